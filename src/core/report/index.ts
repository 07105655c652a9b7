export * from '../layout';
export * from './summary-layout';
export * from './paragraphs';
export * from './summary-json';
export * from './styles';
