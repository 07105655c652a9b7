export * from './document-model';
export * from './report-document';
export * from './office-settings';
