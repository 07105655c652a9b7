/**
 * The office's settings (danh mục của cơ quan): shipped lists overlaid by the office's own entries, from its
 * DanhMuc sheet or a JSON file. Use `settings.fields`, `settings.units`, `settings.agency`,
 * `settingsCalendar(settings)`, `nameResolver(settings.fields)`.
 */
export type {
  Settings,
  DayEntry,
  NamedEntry,
  LabelSynonyms,
  LabelListKey,
  AgencyDetails,
  AgencyKey,
  SettingsChange,
} from './types';
export type { SettingsInput, RawRow } from './input';
export { defaultSettings, defaultFields, defaultAgency, canonicalLabels } from './defaults';
export { applySettings, hasSettingsErrors, splitSynonyms } from './overlay';
export { fieldKey, nameResolver, type NameResolver, type Resolved } from './fields';
export { findSettingsSheet, readSettingsGrid } from './read-sheet';
export { readSettingsJson } from './read-json';
export { buildSettingsSheet, buildSettingsWorkbook, SETTINGS_STYLES } from './sheet-layout';
export { settingsCalendar } from './calendar';
export { labelSets, SHIPPED_LABEL_SETS, type LabelSets } from './label-sets';
export { SETTINGS_SHEET_NAME } from './sheet-text';

import type { Grid } from '../grid';
import { applySettings } from './overlay';
import { findSettingsSheet, readSettingsGrid } from './read-sheet';
import type { Settings } from './types';

/** Settings from a workbook's sheets: its DanhMuc sheet over the shipped lists, or the shipped lists alone. */
export function settingsFromGrids(grids: readonly Grid[], file: string): Settings {
  const sheet = findSettingsSheet(grids);
  return sheet ? applySettings(readSettingsGrid(sheet, file)) : applySettings(null);
}
