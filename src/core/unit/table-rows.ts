/**
 * What a row under a table header is (loại dòng): data, or furniture people add around their figures —
 * blank rows, the row of column numbers official forms print, a stated total, the signature block.
 */
import footerData from './data/footer-words.json';
import { type CellValue, isBlank } from '../grid';
import { isBlankRow, isColumnNumberRow, isTotalRow } from '../grid-rows';
import { foldKey } from '../text';

export type RowKind = 'blank' | 'columnNumbers' | 'total' | 'footer' | 'data';

const FOOTER = footerData.footer.map((w) => foldKey(w)).filter((k) => k !== '');
/** "Hà Nội, ngày 15 tháng 6 năm 2020", "ngày … tháng … năm …". */
const DATE_LINE = /(^|\s)ngay( \d{1,2}| \S+)? thang( \d{1,2}| \S+)? nam/;

/** The signature block under a table: no figures, and the first text is a signature word or a date line. */
export function isFooterRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let first: string | null = null;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (typeof v === 'number') return false;
    if (first === null && typeof v === 'string') first = foldKey(v);
  }
  if (first === null) return false;
  const k = first;
  return DATE_LINE.test(k) || FOOTER.some((w) => k === w || k.startsWith(w + ' '));
}

/** Column numbers count up by one (`1 2 3`, `(1) (2) (3)`, `A B 1 2`): figures of a data row do not. */
function numbersCountUp(row: readonly CellValue[] | undefined): boolean {
  let prev: number | null = null;
  for (const v of row ?? []) {
    const m = /^\(?(\d{1,2})\)?$/.exec(String(v ?? '').trim());
    if (!m) continue;
    const n = Number(m[1]);
    if (prev !== null && n !== prev + 1) return false;
    prev = n;
  }
  return true;
}

/**
 * Kind of row `r`; `offset` is its position after the header (0 = first row under it), since column
 * numbers are only printed right under the header.
 */
export function rowKind(rows: readonly (readonly CellValue[])[], r: number, offset: number): RowKind {
  const row = rows[r];
  if (isBlankRow(row)) return 'blank';
  if (offset <= 1 && isColumnNumberRow(row) && numbersCountUp(row)) return 'columnNumbers';
  if (isTotalRow(row)) return 'total';
  if (isFooterRow(row)) return 'footer';
  return 'data';
}
