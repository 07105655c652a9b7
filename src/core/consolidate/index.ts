export * from './types';
export * from './consolidate';
export * from './duplicates';
export * from './period';
export * from './period-text';
export * from './sections';
export * from './totals';
export * from './labels';
export { countFileStatuses } from './status';
