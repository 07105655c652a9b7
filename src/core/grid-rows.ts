import { type CellValue, isBlank } from './grid';
import { foldKey } from './text';

/** Every cell of the row is empty. */
export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) if (!isBlank(v)) return false;
  return true;
}

const TOTAL_KEYS = ['tong cong', 'tong so', 'cong', 'tong', 'total'];

/** A stated total row (`Tổng cộng`, `Cộng`, `Tổng số`): its label sits in one of the first columns. */
export function isTotalRow(row: readonly CellValue[] | undefined, labelCols = 3): boolean {
  if (!row) return false;
  for (let c = 0; c < Math.min(labelCols, row.length); c++) {
    const v = row[c];
    if (typeof v !== 'string') continue;
    const k = foldKey(v);
    if (TOTAL_KEYS.includes(k) || k.startsWith('tong cong')) return true;
  }
  return false;
}

/**
 * The row of column numbers official forms print under the header: `1 2 3 …`, `(1) (2) …` or `A B 1 2 …`.
 * It is furniture, not data.
 */
export function isColumnNumberRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let seen = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    const s = String(v).trim();
    if (!/^\(?(\d{1,2}|[A-Z])\)?$/.test(s)) return false;
    seen++;
  }
  return seen >= 3;
}
