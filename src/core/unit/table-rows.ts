/**
 * What a row under a table header is (loại dòng): data, or furniture people add around their figures —
 * blank rows, the row of column numbers official forms print, a stated total, a group's subtotal (`Cộng I`),
 * a group heading (`I`, `II` in the STT column, or a row merged across the first columns), the signature block.
 */
import footerData from './data/footer-words.json';
import { type CellRange, type CellValue, isBlank } from '../grid';
import { isBlankRow, isColumnNumberRow, isSubtotalRow, isTotalRow } from '../grid-rows';
import { foldKey, memoize } from '../text';

export type RowKind = 'blank' | 'columnNumbers' | 'total' | 'subtotal' | 'group' | 'footer' | 'data';

/** Where a table keeps its row labels, to tell group rows: the STT and label columns, and the sheet's merges. */
export interface LabelColumns {
  stt?: number;
  label?: number;
  merges?: readonly CellRange[];
}

/** I, II, III … XXXIX, with an optional dot: how official forms number groups of rows. */
const ROMAN = /^(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})\.?$/;

const FOOTER = footerData.footer.map((w) => foldKey(w)).filter((k) => k !== '');
/** "Hà Nội, ngày 15 tháng 6 năm 2020", "ngày … tháng … năm …". */
const DATE_LINE = /(^|\s)ngay( \d{1,2}| \S+)? thang( \d{1,2}| \S+)? nam/;

/** A signature word or a date line: worked out once per distinct text, since every row's first text is asked. */
const isFooterText = memoize((v: string): boolean => {
  const k = foldKey(v);
  return DATE_LINE.test(k) || FOOTER.some((w) => k === w || k.startsWith(w + ' '));
});

/** The signature block under a table: no figures, and the first text is a signature word or a date line. */
export function isFooterRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let first: string | null = null;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (typeof v === 'number') return false;
    if (first === null && typeof v === 'string') first = v;
  }
  return first !== null && isFooterText(first);
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
export function rowKind(rows: readonly (readonly CellValue[])[], r: number, offset: number, labels: LabelColumns = {}): RowKind {
  const row = rows[r];
  if (isBlankRow(row)) return 'blank';
  if (offset <= 1 && isColumnNumberRow(row) && numbersCountUp(row)) return 'columnNumbers';
  if (isTotalRow(row)) return 'total';
  if (isSubtotalRow(row)) return 'subtotal';
  if (isFooterRow(row)) return 'footer';
  if (labels.stt !== undefined) {
    const stt = row?.[labels.stt];
    if (typeof stt === 'string' && ROMAN.test(stt.trim().toUpperCase())) return 'group';
  }
  if (labels.stt !== undefined && labels.label !== undefined && mergedAcross(labels.merges ?? [], r, labels.stt, labels.label)) return 'group';
  return 'data';
}

/** A merged area on row r spanning both columns (a group heading written across STT and the label). */
function mergedAcross(merges: readonly CellRange[], r: number, a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return merges.some((m) => m.r1 <= r && r <= m.r2 && m.c1 <= lo && m.c2 >= hi);
}
