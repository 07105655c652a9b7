/**
 * Is this a summary TongHop wrote (nhận biết bảng tổng hợp của TongHop)? Checked before a workbook is read as a
 * unit's, so a summary left among the units' files is never taken for a unit named after a header cell.
 */
import { type Grid, cellAt } from '../grid';
import { foldKey } from '../text/normalize';
import format from './data/summary-format.json';

/**
 * The sheet of a summary with this name, ignoring case and diacritics; a name Excel or the pane suffixed
 * (`TH_TTHC (2)`) counts too. Hidden sheets are not the summary's.
 */
export function summarySheet(grids: readonly Grid[], name: string): Grid | undefined {
  const key = foldKey(name);
  const visible = grids.filter((g) => !g.hidden);
  return visible.find((g) => foldKey(g.name) === key) ?? visible.find((g) => foldKey(g.name).startsWith(key + ' '));
}

/** The title in capitals of row 2 matches this sheet's title in the summary format. */
function hasTitle(g: Grid | undefined, title: string): boolean {
  const v = g ? cellAt(g, 1, 0) : null;
  return typeof v === 'string' && foldKey(v) === foldKey(title);
}

/**
 * A TongHop summary workbook: at least `fewestSheets` of its sheet names (TH_TTHC, TH_LinhVuc, TH_NhanSu,
 * TH_DaoTao, TH_TiepDan, KiemTra, BaoCao), or TH_TTHC / TH_LinhVuc with the title TongHop writes.
 */
export function isSummaryWorkbook(grids: readonly Grid[]): boolean {
  const found = Object.values(format.sheets).filter((n) => summarySheet(grids, n) !== undefined).length;
  if (found >= format.fewestSheets) return true;
  return (
    hasTitle(summarySheet(grids, format.sheets.tthc), format.titles.tthc) ||
    hasTitle(summarySheet(grids, format.sheets.byField), format.titles.byField)
  );
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The JSON of docs/interfaces.md §3: `period`, `units` (an array), `total` and `findings`. */
export function isSummaryJson(v: unknown): boolean {
  return isObject(v) && isObject(v.period) && Array.isArray(v.units) && isObject(v.total) && Array.isArray(v.findings);
}

/**
 * The sheets a summary reader looks at, chosen from the workbook's sheet names alone (as summarySheet would), so
 * a door can fetch only those and leave the user's other sheets unread.
 */
export function summarySheetNames(sheets: readonly { name: string; hidden?: boolean }[]): string[] {
  const grids: Grid[] = sheets.map((s) => ({ name: s.name, rows: [], hidden: s.hidden }));
  const names = Object.values(format.sheets).flatMap((n) => summarySheet(grids, n)?.name ?? []);
  return [...new Set(names)];
}
