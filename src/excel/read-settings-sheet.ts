/**
 * The DanhMuc sheet of the open workbook (trang danh mục trong sổ tính đang mở) read back through Office.js as a
 * grid, for the core to check. Kept apart from the writer so the custom functions bundle reads without it.
 */
import type { Grid } from '../core/grid';
import { SETTINGS_SHEET_NAME } from '../core/settings/sheet-text';
import { rowsAtAddress } from './used-range-rows';

/** The DanhMuc sheet's cells as a grid (addresses as in the sheet), or null when the workbook has none. */
export async function readSettingsSheet(): Promise<Grid | null> {
  return Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
    ws.load('name');
    await ctx.sync();
    if (ws.isNullObject) return null;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    await ctx.sync();
    return {
      name: ws.name,
      rows: used.isNullObject ? [] : rowsAtAddress(used.values, used.rowIndex, used.columnIndex),
    };
  });
}

/** The id of the DanhMuc sheet, or null: to tell its change events from the others'. */
export async function settingsSheetId(): Promise<string | null> {
  return Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
    ws.load('id');
    await ctx.sync();
    return ws.isNullObject ? null : ws.id;
  });
}
