export * from './document-model';
export * from './report-document';
