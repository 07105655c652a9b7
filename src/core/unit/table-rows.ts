/**
 * What a row under a table header is (loại dòng): data, or furniture people add around their figures —
 * blank rows, the row of column numbers official forms print, a stated total, a group's subtotal (`Cộng I`),
 * a group heading (`I`, `II` in the STT column, or a row merged across the first columns), the signature block,
 * the template's example row (`Ví dụ`).
 */
import exampleData from './data/template-example.json';
import footerData from './data/footer-words.json';
import { type CellRange, type CellValue, isBlank } from '../grid';
import { isBlankRow, isColumnNumberRow, isSubtotalRow, isTotalRow } from '../grid-rows';
import { foldKey, foldedInitial } from '../text/normalize';
import { memoize } from '../text/memo';
import { parseVnDate } from '../text/dates';
import type { SheetReader } from './sheet-reader';

export type RowKind = 'blank' | 'columnNumbers' | 'total' | 'subtotal' | 'group' | 'footer' | 'example' | 'data';

const EXAMPLE_MARKER = foldKey(exampleData.marker);
const MARKER_INITIAL = EXAMPLE_MARKER.charCodeAt(0);

/** Keys a cell value is compared by: text folded; a number as written; a dd/mm/yyyy text also as its date serial. */
function valueKeys(v: string | number): string[] {
  if (typeof v === 'number') return [String(v)];
  const d = parseVnDate(v);
  return d.ok ? [foldKey(v), String(d.serial)] : [foldKey(v)];
}

/** Every value the template's example rows hold, the marker included. */
const EXAMPLE_VALUES = new Set([
  EXAMPLE_MARKER,
  ...Object.values(exampleData.sheets).flatMap((cols) => Object.values(cols).flatMap((v) => valueKeys(v))),
]);

/** Column of the row's first filled cell, when that cell is the template's example marker (`Ví dụ`); else -1. */
export function exampleMarkerColumn(row: readonly CellValue[] | undefined): number {
  for (let c = 0; c < (row?.length ?? 0); c++) {
    const v = row![c];
    if (isBlank(v)) continue;
    if (typeof v !== 'string') return -1;
    // Most rows start with a code or a name: a first letter other than the marker's rules it out without folding.
    const first = foldedInitial(v);
    if (first > 0 && first !== MARKER_INITIAL) return -1;
    return foldKey(v) === EXAMPLE_MARKER ? c : -1;
  }
  return -1;
}

/** Says so on `reader` when row `r`, an example row the reader skips, was typed over (see editedExampleRow). */
export function noteExampleRow(reader: SheetReader, r: number): void {
  const edited = editedExampleRow(reader.grid.rows[r], r);
  if (edited) reader.add(r, edited.col, 'warning', EXAMPLE_EDITED, edited.message);
}

/**
 * The rows of a list table (staff, training) from `first`, the row under its header, that its reader looks at:
 * blank rows, column numbers, total and subtotal rows are passed over, an example row too (with a note when it was
 * typed over), and the footer ends the table.
 */
export function* listRows(reader: SheetReader, first: number): Generator<number> {
  for (let r = first; r < reader.rowCount; r++) {
    const kind = rowKind(reader.grid.rows, r, r - first);
    if (kind === 'blank' || kind === 'columnNumbers' || kind === 'total' || kind === 'subtotal') continue;
    if (kind === 'footer') return;
    if (kind === 'example') {
      noteExampleRow(reader, r);
      continue;
    }
    yield r;
  }
}

/** Finding code of an example row typed over. */
export const EXAMPLE_EDITED = 'UNIT_EXAMPLE_ROW_EDITED';

/** The template's example row (dòng ví dụ), skipped by every reader. */
export function isExampleRow(row: readonly CellValue[] | undefined): boolean {
  return exampleMarkerColumn(row) >= 0;
}

/**
 * For an example row that holds something else than the template's example (the unit typed over it but left the
 * marker): the marker's column and a message saying the row is not counted; null when the example is as shipped.
 */
export function editedExampleRow(
  row: readonly CellValue[] | undefined,
  r: number,
): { col: number; message: string } | null {
  const col = exampleMarkerColumn(row);
  if (col < 0) return null;
  const edited = (row ?? []).some(
    (v) =>
      (typeof v === 'string' || typeof v === 'number') &&
      !isBlank(v) &&
      !valueKeys(v).some((k) => EXAMPLE_VALUES.has(k)),
  );
  if (!edited) return null;
  return {
    col,
    message: `Hàng ${r + 1} bắt đầu bằng «${exampleData.marker}» nên được coi là dòng ví dụ của mẫu và không được tính, nhưng đã được sửa. Nếu đây là số liệu thật, hãy xóa chữ «${exampleData.marker}» và ghi số thứ tự hoặc mã hồ sơ vào ô đó.`,
  };
}

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
export function rowKind(
  rows: readonly (readonly CellValue[])[],
  r: number,
  offset: number,
  labels: LabelColumns = {},
): RowKind {
  const row = rows[r];
  if (isBlankRow(row)) return 'blank';
  if (isExampleRow(row)) return 'example';
  if (offset <= 1 && isColumnNumberRow(row) && numbersCountUp(row)) return 'columnNumbers';
  if (isTotalRow(row)) return 'total';
  if (isSubtotalRow(row)) return 'subtotal';
  if (isFooterRow(row)) return 'footer';
  if (labels.stt !== undefined) {
    const stt = row?.[labels.stt];
    if (typeof stt === 'string' && ROMAN.test(stt.trim().toUpperCase())) return 'group';
  }
  if (
    labels.stt !== undefined &&
    labels.label !== undefined &&
    mergedAcross(labels.merges ?? [], r, labels.stt, labels.label)
  )
    return 'group';
  return 'data';
}

/** A merged area on row r spanning both columns (a group heading written across STT and the label). */
function mergedAcross(merges: readonly CellRange[], r: number, a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return merges.some((m) => m.r1 <= r && r <= m.r2 && m.c1 <= lo && m.c2 >= hi);
}
