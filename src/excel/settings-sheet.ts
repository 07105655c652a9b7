/**
 * «Danh mục» in the pane: the starting DanhMuc sheet written into the open workbook from the layout model
 * when the workbook has none. An existing DanhMuc sheet is the office's own work: never replaced, only shown.
 */
import type { LayoutWorkbook } from '../core/layout';
import { SETTINGS_SHEET_NAME } from '../core/settings/sheet-text';
import { writeLayoutToWorkbook } from './write-layout';

/** The marker key of the add-in's DanhMuc sheet (one per workbook, whatever the period). */
export const SETTINGS_PERIOD_KEY = 'danh-muc';

export type SettingsSheetOutcome = 'written' | 'exists';

/** Writes the starting DanhMuc sheet unless the workbook has one; either way the sheet is shown. */
export async function addSettingsSheet(layout: LayoutWorkbook, runId: string): Promise<SettingsSheetOutcome> {
  const exists = await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
    await ctx.sync();
    if (ws.isNullObject) return false;
    ws.activate();
    await ctx.sync();
    return true;
  });
  if (exists) return 'exists';
  await writeLayoutToWorkbook(layout, { runId, periodKey: SETTINGS_PERIOD_KEY, confirmReplace: async () => false });
  return 'written';
}
