export * from './types';
export * from './consolidate';
export * from './duplicates';
export * from './period';
export * from './period-text';
export * from './sections';
export * from './totals';
export * from './labels';
export {
  countFileStatuses,
  fileTally,
  statusTally,
  unacceptedErrors,
  resultsByFile,
  FILE_STATUS_ORDER,
} from './status';
export * from './period-presets';
export { statedAgainstAdded } from './held';
