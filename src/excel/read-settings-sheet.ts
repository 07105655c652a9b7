/**
 * The DanhMuc sheet of the open workbook (trang danh mục trong sổ tính đang mở) read back through Office.js as a
 * grid, for the core to check. Kept apart from the writer so the custom functions bundle reads without it.
 */
import type { Grid } from '../core/grid';
import { SETTINGS_SHEET_NAME } from '../core/settings/sheet-text';
import { rowsAtAddress } from './used-range-rows';

/** The DanhMuc sheet's cells as a grid (addresses as in the sheet), or null when the workbook has none. */
export async function readSettingsSheet(): Promise<Grid | null> {
  return (await readSettingsSheetWithId())?.grid ?? null;
}

/**
 * The DanhMuc sheet's cells and its id (to tell its change events from the others'), or null when the workbook
 * has none: two syncs, the id loaded with the name.
 */
export async function readSettingsSheetWithId(): Promise<{ grid: Grid; id: string } | null> {
  return Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
    ws.load('name,id');
    await ctx.sync();
    if (ws.isNullObject) return null;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    await ctx.sync();
    return {
      grid: {
        name: ws.name,
        rows: used.isNullObject ? [] : rowsAtAddress(used.values, used.rowIndex, used.columnIndex),
      },
      id: ws.id,
    };
  });
}
