import { a1, columnLetters } from '../grid';
import type { SheetBuilder } from './sheet-builder';
import type { StyleName } from './styles';

/**
 * What a column holds: the row number (STT), a name, a count, a ratio computed by formula from
 * other columns of the row, or plain text (left or centred).
 */
export type ColumnKind = 'index' | 'name' | 'count' | 'ratio' | 'difference' | 'text' | 'center';

export interface TableColumn {
  label: string;
  /** Group header over consecutive columns of the same group (two header rows); none: the label spans both. */
  group?: string;
  kind: ColumnKind;
  /** For ratio columns: the columns summed above and below the line, as indexes of this table. */
  ratio?: { num: readonly number[]; den: readonly number[] };
  /** For difference columns (tăng, giảm): column `a` minus column `b`, as indexes of this table. */
  difference?: { a: number; b: number };
}

export type RowValue = number | string | null;

export interface TableSpec {
  /** Row of the first header row. */
  top: number;
  columns: readonly TableColumn[];
  /** One array per row, indexed like `columns`; values of index and ratio columns are ignored. */
  rows: readonly (readonly RowValue[])[];
  /** Print the row of column numbers (1), (2)… under the header; default true. */
  columnNumbers?: boolean;
  /** Label of the total row (`Tổng cộng`); none: no total row. */
  totalLabel?: string;
}

/** Where the parts of a written table ended up (zero-based rows). */
export interface TablePlacement {
  headerFirst: number;
  /** Last row of the header, the column-number row included. */
  headerLast: number;
  /** Data rows; lastDataRow < firstDataRow when there are none. */
  firstDataRow: number;
  lastDataRow: number;
  totalRow: number | null;
  /** First row after the table. */
  nextRow: number;
}

const DATA_STYLE: Record<ColumnKind, StyleName> = {
  index: 'center',
  name: 'text',
  count: 'integer',
  ratio: 'percent',
  difference: 'integer',
  text: 'text',
  center: 'center',
};

function sumExpr(cols: readonly number[], row: number): string {
  const refs = cols.map((c) => a1(row, c));
  return refs.length === 1 ? refs[0] : `(${refs.join('+')})`;
}

/** `IF(G10=0,"",(H10+I10)/G10)`: a share, blank when the whole is zero. */
export function ratioFormula(num: readonly number[], den: readonly number[], row: number): string {
  const d = sumExpr(den, row);
  return `IF(${d}=0,"",${sumExpr(num, row)}/${d})`;
}

const numberAt = (values: readonly RowValue[], c: number): number => {
  const v = values[c];
  return typeof v === 'number' ? v : 0;
};

/** The value `ratioFormula` computes, from the same cells, in the same order of operations. */
export function ratioValue(
  num: readonly number[],
  den: readonly number[],
  values: readonly RowValue[],
): number | string {
  const d = den.reduce((s, c) => s + numberAt(values, c), 0);
  if (d === 0) return '';
  return num.reduce((s, c) => s + numberAt(values, c), 0) / d;
}

function writeHeader(b: SheetBuilder, spec: TableSpec): number {
  const two = spec.columns.some((c) => c.group !== undefined);
  const h0 = spec.top;
  const h1 = two ? h0 + 1 : h0;
  spec.columns.forEach((col, c) => {
    if (col.group === undefined) {
      b.set(h0, c, col.label, 'header');
      b.merge(h0, c, h1, c, 'header');
      return;
    }
    b.set(h1, c, col.label, 'header');
    if (c > 0 && spec.columns[c - 1].group === col.group) return;
    let end = c;
    while (end + 1 < spec.columns.length && spec.columns[end + 1].group === col.group) end++;
    b.set(h0, c, col.group, 'header');
    b.merge(h0, c, h0, end, 'header');
  });
  if (spec.columnNumbers === false) return h1;
  spec.columns.forEach((_, c) => b.set(h1 + 1, c, `(${c + 1})`, 'columnNumber'));
  return h1 + 1;
}

/** `C8-P8` and its value; blank when either side is blank (a unit the earlier period did not have). */
function writeDifference(
  b: SheetBuilder,
  r: number,
  c: number,
  d: { a: number; b: number },
  values: readonly RowValue[],
  style: StyleName,
): void {
  const a = values[d.a];
  const v = values[d.b];
  if (typeof a !== 'number' || typeof v !== 'number') b.set(r, c, null, style);
  else b.formula(r, c, `${a1(r, d.a)}-${a1(r, d.b)}`, a - v, style);
}

function writeRow(b: SheetBuilder, spec: TableSpec, r: number, values: readonly RowValue[], index: number): void {
  spec.columns.forEach((col, c) => {
    if (col.kind === 'index') b.set(r, c, index, DATA_STYLE.index);
    else if (col.kind === 'difference' && col.difference)
      writeDifference(b, r, c, col.difference, values, DATA_STYLE.difference);
    else if (col.kind === 'ratio' && col.ratio) {
      b.formula(
        r,
        c,
        ratioFormula(col.ratio.num, col.ratio.den, r),
        ratioValue(col.ratio.num, col.ratio.den, values),
        'percent',
      );
    } else b.set(r, c, values[c] ?? null, DATA_STYLE[col.kind]);
  });
}

/** Total row: SUM of each count column over the data rows, ratios by the same formula on the totals. */
function writeTotal(b: SheetBuilder, spec: TableSpec, r: number, first: number, last: number, label: string): void {
  const labelEnd = Math.max(
    0,
    spec.columns.findIndex((c) => c.kind !== 'index' && c.kind !== 'name' && c.kind !== 'text' && c.kind !== 'center') -
      1,
  );
  const totals: RowValue[] = spec.columns.map(() => null);
  spec.columns.forEach((col, c) => {
    if (col.kind !== 'count') return;
    const numbers = spec.rows.map((row) => row[c]).filter((v): v is number => typeof v === 'number');
    if (numbers.length === 0) {
      b.set(r, c, null, 'totalInteger');
      return;
    }
    totals[c] = numbers.reduce((s, n) => s + n, 0);
    const letters = columnLetters(c);
    b.formula(r, c, `SUM(${letters}${first + 1}:${letters}${last + 1})`, totals[c], 'totalInteger');
  });
  spec.columns.forEach((col, c) => {
    if (col.kind === 'difference' && col.difference) {
      writeDifference(b, r, c, col.difference, totals, 'totalInteger');
      totals[c] =
        typeof totals[col.difference.a] === 'number' && typeof totals[col.difference.b] === 'number'
          ? (totals[col.difference.a] as number) - (totals[col.difference.b] as number)
          : null;
    }
  });
  spec.columns.forEach((col, c) => {
    if (col.kind === 'difference') return;
    if (col.kind === 'ratio' && col.ratio) {
      b.formula(
        r,
        c,
        ratioFormula(col.ratio.num, col.ratio.den, r),
        ratioValue(col.ratio.num, col.ratio.den, totals),
        'totalPercent',
      );
    } else if (col.kind !== 'count' && c > labelEnd) b.set(r, c, null, 'totalLabel');
  });
  b.set(r, 0, label, 'totalLabel');
  b.merge(r, 0, r, labelEnd, 'totalLabel');
}

/** Writes a table (header, optional column numbers, data rows, optional total row) from `spec.top`. */
export function writeTable(b: SheetBuilder, spec: TableSpec): TablePlacement {
  const headerLast = writeHeader(b, spec);
  const first = headerLast + 1;
  spec.rows.forEach((values, i) => writeRow(b, spec, first + i, values, i + 1));
  const last = first + spec.rows.length - 1;
  let totalRow: number | null = null;
  if (spec.totalLabel !== undefined) {
    totalRow = last + 1;
    writeTotal(b, spec, totalRow, first, last, spec.totalLabel);
  }
  return {
    headerFirst: spec.top,
    headerLast,
    firstDataRow: first,
    lastDataRow: last,
    totalRow,
    nextRow: (totalRow ?? last) + 1,
  };
}
