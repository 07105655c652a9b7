/** Vietnamese text: Unicode hygiene, legacy encodings, numbers, dates, formatting, header and label matching. */
export { nfc, cleanText, clipText, dropNonText, foldKey, foldedInitial, isAscii } from './normalize';
export {
  detectLegacy,
  fromTcvn3,
  fromVni,
  fromLegacy,
  legacyFromFont,
  repairVietnamese,
  type LegacyEncoding,
  type LegacyFont,
  type RepairResult,
} from './legacy';
export { parseVnNumber, parseCount, type NumberResult } from './numbers';
export {
  parseVnDate,
  formatVnDate,
  vnLongDate,
  MAX_EXCEL_SERIAL,
  type DateResult,
  type ParseDateOptions,
} from './dates';
export {
  formatVnInteger,
  formatVnDecimal,
  formatVnPercent,
  padCount,
  roundHalfAwayFromZero,
  type PercentOptions,
} from './format';
export { findHeader, type ColumnSpec, type HeaderMatch, type FindHeaderOptions } from './headers';
export { addWordings, createLabelMatcher, type AddedWordings, type LabelCategory, type LabelMatcher } from './labels';
export { memoize } from './memo';
