/** The Office/Excel double: see double.ts for what it enforces and README.md for how to use it. */
export { createOfficeDouble } from './double';
export type { FaultSpec, OfficeDouble, OfficeDoubleOptions, RequestRecord } from './double';
export { DoubleError } from './errors';
export { WorkbookModel, SheetModel, DEFAULT_FORMAT, DEFAULT_COLUMN_WIDTH } from './model';
export type { CellModel, CellSnapshot, FormatModel, SheetSnapshot, WorkbookSnapshot } from './model';
export { evaluateFormula, renameSheetInFormula } from './formula';
export { utf8Length, parseAddress, quoteSheet } from './util';
