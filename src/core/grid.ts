/**
 * A grid is the only thing the core reads from a sheet (bảng dữ liệu của một trang tính).
 * Dates are Excel serial numbers (1900 date system); the reader that made the grid converted them.
 */

/** An error value shown in a cell, e.g. `#REF!` or `#DIV/0!`. */
export interface CellError {
  error: string;
  /**
   * Set only by the formula evaluator (src/io/formulas) on a cell whose formula had no cached value and could not
   * be evaluated: the formula text, so messages can name it. Readers never set it.
   */
  formula?: string;
}

export type CellValue = number | string | boolean | null | CellError;

/** Zero-based inclusive rectangle. */
export interface CellRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface Grid {
  /** Sheet name. */
  name: string;
  /** rows[r][c], zero-based; ragged rows allowed, missing cells mean empty. */
  rows: CellValue[][];
  /** Merged areas (the value sits in the top-left cell). */
  merges?: CellRange[];
  /** The sheet itself is hidden (also true when it is very hidden). */
  hidden?: boolean;
  /** Very hidden: Excel's `state="veryHidden"` / BIFF hidden state 2, which only VBA or a tool can show. Implies `hidden`. */
  veryHidden?: boolean;
  /** Zero-based indexes of hidden rows. */
  hiddenRows?: number[];
  /** Cells whose number format marks them as dates, keyed `r,c` (readers fill this when they know). */
  dateCells?: Set<string>;
  /**
   * Formulas saved without a cached value (công thức chưa có giá trị đã tính), keyed `r,c`: the formula text as
   * the file stores it, A1 style, without the leading `=` (e.g. `SUM(C3:C9)`, `'TTHC 6T'!D4+3`). The cell itself is
   * absent from `rows`; src/io/formulas evaluates these after reading, for every reader alike.
   * Cells with a cached value carry that value only and are not listed here.
   */
  formulas?: Map<string, string>;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}

export function cellAt(grid: Grid, r: number, c: number): CellValue {
  const row = grid.rows[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

/** True for null, undefined and strings of only white space. */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  if (v.length === 0) return true;
  // Asked of every cell of a register: a text starting with a printable ASCII character is not blank, untrimmed.
  const first = v.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return v.trim() === '';
}

export { a1, columnIndex, columnLetters } from './cell-address';
