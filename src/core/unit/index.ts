/** Reading one unit's workbook (template or free register) into a UnitReport, and making the unit template. */
export * from './types';
export { readUnitWorkbook, type ReadUnitOptions } from './read-workbook';
export { buildUnitTemplate, type UnitTemplateOptions } from './template';
export { contentKey, fnv1a32, canonicalJson } from './content-key';
export { periodFromLabel, periodFromRange, type PeriodDates } from './period-label';
export { sectionByName, SHEET_NAMES, type SectionKind } from './sheets';
export { TTHC_COLUMNS } from '../tthc/columns';
export { STAFF_COLUMNS } from './read-staff';
export { TRAINING_COLUMNS } from './read-training';
export { rejectedReport, readTimeoutReport, secondsText } from './rejected';
export { FILE_STATUS_TEXT, fileStatus, hasFigures, sectionsInDoubt, FIGURE_SECTIONS } from './file-status';
