/**
 * The Excel door: writes a layout model into the open workbook through Office.js (ExcelApi 1.9).
 * See write-layout.ts for the procedure, markers.ts for how the add-in recognises its sheets, plan.ts for
 * how requests are kept under the payload limit.
 */
export { writeLayoutToWorkbook, type WriteOptions, type WriteResult } from './write-layout';
export { WriteError, type WriteErrorKind } from './messages';
export { REQUIRED_EXCEL_API, EXCEL_API_USED, hostProblem } from './requirements';
export { planWrite, MAX_REQUEST_BYTES, columnWidthPoints, type Op, type PlannedBlock } from './plan';
export { encodeMark, decodeMark, MARKER_PREFIX, type SheetMark } from './markers';
export { quoteSheetName, rewriteSheetRefs, sanitizeSheetName, uniqueSheetName } from './sheet-names';
export { addSettingsSheet, SETTINGS_PERIOD_KEY, type SettingsSheetOutcome } from './settings-sheet';
export { readSettingsSheet, readSettingsSheetWithId } from './read-settings-sheet';
