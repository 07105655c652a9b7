/**
 * The summary sheets already in the open workbook (các trang tổng hợp đã có), read back through Office.js as grids
 * for the core's summary reader: the sheet list first, then only the sheets the reader looks at, one request
 * each, so a large sheet of the user's own is never fetched.
 */
import type { CellValue, Grid } from '../core/grid';
import { summarySheetNames } from '../core/summary/recognize';
import { rowsAtAddress } from './used-range-rows';

/** Office.js gives errors as text (`#DIV/0!`); the grid holds them as errors, as the file readers do. */
function cell(v: unknown): CellValue {
  if (typeof v === 'string' && /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)$/.test(v))
    return { error: v };
  if (v === '' || v === undefined) return null;
  return v as CellValue;
}

/** The grids of the summary sheets (TH_TTHC, TH_LinhVuc, …) of the open workbook; [] when it has none. */
export async function readSummarySheets(): Promise<Grid[]> {
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await ctx.sync();
    const names = summarySheetNames(sheets.items.map((s) => ({ name: s.name, hidden: s.visibility !== 'Visible' })));
    const grids: Grid[] = [];
    for (const name of names) {
      const used = sheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load('values,rowIndex,columnIndex');
      await ctx.sync();
      grids.push({
        name,
        rows: used.isNullObject ? [] : rowsAtAddress(used.values, used.rowIndex, used.columnIndex, cell),
      });
    }
    return grids;
  });
}
