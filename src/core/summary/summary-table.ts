/**
 * A table as TongHop writes it in its summary sheets (bảng của trang tổng hợp): `STT` in the first column of the
 * header, one or two header rows (a group over some columns), a row of column numbers `(1) (2) …`, one row per
 * unit or field, then `Tổng cộng`. Read back by header text, never by position, so columns added later
 * (comparison columns) do not shift what is read.
 */
import { type Grid, type CellValue, cellAt, isBlank, a1 } from '../grid';
import { foldKey } from '../text/normalize';

export interface SummaryColumn {
  /** Folded group header ('' for a column without a group). */
  group: string;
  /** Folded column label. */
  label: string;
  /** The label as written, NFC (category names: `Thạc sĩ`). */
  text: string;
}

export interface SummaryRow {
  /** Zero-based row in the sheet. */
  row: number;
  /** The name column's text (unit or field), NFC. */
  name: string;
  values: CellValue[];
}

export interface SummaryTable {
  columns: SummaryColumn[];
  rows: SummaryRow[];
  /** The `Tổng cộng` row's values, when there is one. */
  total: CellValue[] | null;
  /** First row after the table (after its total row, or where the reading stopped). */
  end: number;
}

const text = (v: CellValue): string => (typeof v === 'string' ? v : v === null ? '' : String(v));

/**
 * Finds the table below the title block of `g` (or the next one from row `from`: a sheet may hold a second table
 * below the first); null when there is no `STT` header within 20 rows.
 */
export function readSummaryTable(g: Grid, totalLabel: string, from = 0): SummaryTable | null {
  const top = g.rows.findIndex((row, r) => r >= from && r < from + 20 && foldKey(text(cellAt(g, r, 0))) === 'stt');
  if (top < 0) return null;
  const width = Math.max(g.rows[top]?.length ?? 0, g.rows[top + 1]?.length ?? 0);
  const twoRows = !isColumnNumbers(g, top + 1) && (g.rows[top + 1] ?? []).some((v) => !isBlank(v));
  const columns: SummaryColumn[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const upperText = text(cellAt(g, top, c))
      .trim()
      .normalize('NFC');
    const lowerText = twoRows
      ? text(cellAt(g, top + 1, c))
          .trim()
          .normalize('NFC')
      : '';
    const upper = foldKey(upperText);
    const lower = foldKey(lowerText);
    if (lower === '') {
      group = '';
      columns.push({ group: '', label: upper, text: upperText });
    } else {
      if (upper !== '') group = upper;
      columns.push({ group, label: lower, text: lowerText });
    }
  }
  let r = top + (twoRows ? 2 : 1);
  if (isColumnNumbers(g, r)) r++;
  const rows: SummaryRow[] = [];
  const totalKey = foldKey(totalLabel);
  let total: CellValue[] | null = null;
  for (; r < g.rows.length; r++) {
    const first = foldKey(text(cellAt(g, r, 0)));
    if (first === totalKey) {
      total = g.rows[r] ?? [];
      r++;
      break;
    }
    const name = text(cellAt(g, r, 1))
      .trim()
      .normalize('NFC');
    if (name === '') {
      if ((g.rows[r] ?? []).every((v) => isBlank(v))) break;
      continue;
    }
    rows.push({ row: r, name, values: g.rows[r] ?? [] });
  }
  return { columns, rows, total, end: r };
}

function isColumnNumbers(g: Grid, r: number): boolean {
  return /^\(\d+\)$/.test(text(cellAt(g, r, 0)).trim());
}

/** Index of the column with this group and label (either may be '' to match a column without one), or -1. */
export function columnOf(t: SummaryTable, group: string, label: string): number {
  const gk = foldKey(group);
  const lk = foldKey(label);
  return t.columns.findIndex((c) => c.group === gk && c.label === lk);
}

/** A count cell: a whole non-negative number, blank as 0; anything else is reported through `bad`. */
export function countAt(
  values: readonly CellValue[],
  c: number,
  bad: (cell: string, v: CellValue) => void,
  row: number,
): number {
  if (c < 0) return 0;
  const v = values[c] ?? null;
  if (isBlank(v)) return 0;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
  bad(a1(row, c), v);
  return 0;
}
