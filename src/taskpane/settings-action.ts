/**
 * «Danh mục» in the pane, and the settings a consolidation uses: the open workbook's DanhMuc sheet over the
 * shipped lists. Outside Excel, or in an Excel whose API cannot read it, the shipped lists are used (with a note).
 */
import {
  applySettings,
  buildSettingsWorkbook,
  defaultSettings,
  readSettingsGrid,
  type Settings,
} from '../core/settings';
import { addSettingsSheet, readSettingsSheet, type SettingsSheetOutcome } from '../excel';
import { newRunId } from './write-summary';

/** Where the pane's settings findings say they come from. */
export const OPEN_WORKBOOK = 'sổ tính đang mở';

export interface WorkbookSettings {
  settings: Settings;
  /** Vietnamese note when the sheet could not be read (the shipped lists are used). */
  note: string | null;
}

export async function workbookSettings(inExcel: boolean): Promise<WorkbookSettings> {
  if (!inExcel) return { settings: applySettings(null), note: null };
  try {
    const grid = await readSettingsSheet();
    return { settings: grid ? applySettings(readSettingsGrid(grid, OPEN_WORKBOOK)) : applySettings(null), note: null };
  } catch {
    return {
      settings: applySettings(null),
      note: 'Không đọc được trang DanhMuc của sổ tính nên dùng danh mục mặc định.',
    };
  }
}

/** Adds the starting DanhMuc sheet (the shipped lists) unless the workbook has one. */
export function addStartingSettingsSheet(): Promise<SettingsSheetOutcome> {
  return addSettingsSheet(buildSettingsWorkbook(defaultSettings()), newRunId());
}

/** One sentence for the message bar about the settings used, or '' when they are the shipped ones unchanged. */
export function settingsSentence(s: Settings): string {
  if (s.file === null) return '';
  const errors = s.findings.filter((f) => f.severity === 'error');
  const parts = [`Dùng trang DanhMuc (${s.changes.length} mục thay đổi so với mặc định).`];
  if (errors.length > 0) {
    const first = errors[0];
    parts.push(`${errors.length} mục sai không được dùng, ví dụ ô ${first.cell}: ${first.message} Xem trang KiemTra.`);
  }
  return parts.join(' ');
}
