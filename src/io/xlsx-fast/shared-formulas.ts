/**
 * Shared formulas as SheetJS expands them (shift_formula_xlsx / shift_formula_str): the master cell's formula text
 * with its relative references moved by the distance from the master to the cell.
 */
import { columnIndex, columnLetters } from '../../core/cell-address';
import { unsupported } from './workbook-parts';

const CREF =
  /(^|[^._A-Z0-9])([$]?)([A-Z]{1,2}|[A-W][A-Z]{2}|X[A-E][A-Z]|XF[A-D])([$]?)(10[0-3]\d{4}|104[0-7]\d{3}|1048[0-4]\d{2}|10485[0-6]\d|104857[0-6]|[1-9]\d{0,5})(?![_.(A-Za-z0-9])/g;

function decodeCol(s: string): number {
  return columnIndex(s.replace(/^\$([A-Z])/, '$1'));
}

function encodeCol(col: number): string {
  // SheetJS throws here, and drops the whole sheet: such a workbook goes to SheetJS.
  if (col < 0) unsupported('shared formula shifted before column A');
  return columnLetters(col);
}

/** decode_cell in SheetJS: digits anywhere make the row, capitals anywhere the column. */
export function decodeCell(ref: string): { r: number; c: number } {
  let R = 0;
  let C = 0;
  for (let i = 0; i < ref.length; ++i) {
    const cc = ref.charCodeAt(i);
    if (cc >= 48 && cc <= 57) R = 10 * R + (cc - 48);
    else if (cc >= 65 && cc <= 90) C = 26 * C + (cc - 64);
  }
  return { c: C - 1, r: R - 1 };
}

/** The formula of a cell sharing the formula written at `masterRef`. */
export function shiftFormula(f: string, masterRef: string, cellRef: string): string {
  const s = decodeCell(masterRef);
  const c = decodeCell(cellRef);
  const dr = c.r - s.r;
  const dc = c.c - s.c;
  return f.replace(
    CREF,
    ($0: string, $1: string, $2: string, $3: string, $4: string, $5: string) =>
      $1 +
      ($2 === '$' ? $2 + $3 : encodeCol(decodeCol($3) + dc)) +
      ($4 === '$' ? $4 + $5 : String(parseInt($5, 10) - 1 + dr + 1)),
  );
}
