/**
 * The columns of Biểu II.06a as tthc/data/tthc-columns.json defines them, typed: the one list the unit reader,
 * the unit template, the summary sheets, the Word report, the summary reader, the row checks and =TTHC.COUNT
 * derive from. Figures are named by key everywhere, never by position.
 */
import data from './data/tthc-columns.json';
import { frozenSpecs, type ColumnSpec } from '../text/headers';
import type { TthcCounts } from './types';

/** A figure column (cột số liệu): the counts kept in TthcCounts, plus `pendingWithin`, worked out from them. */
export type Figure = keyof TthcCounts | 'pendingWithin';

/** One column as the data file gives it; the figure properties are present on figure columns only. */
export interface TthcColumn extends ColumnSpec {
  /** Group header written above the column (template, summary), e.g. `Số hồ sơ đã giải quyết`. */
  heading?: string;
  /** Column header written under `heading` when it is not `label`, e.g. `Trong kỳ: Trực tuyến`. */
  header?: string;
  /** Header in the Word report's narrow table when it is not `label`. */
  short?: string;
  /** Width of the Word report's column (10 when absent). */
  documentWidth?: number;
  /** How messages name the figure, e.g. `số hồ sơ giải quyết quá hạn`. */
  name?: string;
  /** Parts a total equals on every row. */
  sumOf?: string[];
  /** false: read and written, not kept in TthcCounts. */
  kept?: boolean;
  /** Vietnamese words =TTHC.COUNT accepts for the figure besides its key. */
  countWords?: string[];
  /** A stock (tồn): over consecutive periods, the first period's or the last's; flows are summed. */
  overPeriods?: 'first' | 'last';
}

/** A figure column with its figure properties present. */
export interface FigureColumn extends TthcColumn {
  key: Figure;
  heading: string;
  name: string;
}

/** All 13 columns, in the order written (STT, Lĩnh vực, then the figures). */
export const TTHC_COLUMNS: readonly TthcColumn[] = frozenSpecs(data.columns as TthcColumn[]);

/** The figure columns in the order written. */
export const FIGURE_COLUMNS: readonly FigureColumn[] = TTHC_COLUMNS.filter(
  (c): c is FigureColumn => c.heading !== undefined,
);

/** The figures in the order written. */
export const FIGURES: readonly Figure[] = FIGURE_COLUMNS.map((c) => c.key);

/** A figure column by key. */
export function figureColumn(f: Figure): FigureColumn {
  return FIGURE_COLUMNS.find((c) => c.key === f)!;
}

/** The column's own header as the template and the summary write it. */
export const headerOf = (c: TthcColumn): string => c.header ?? c.label;

/** A label column's header (STT, Lĩnh vực) by key. */
export function labelOf(key: 'stt' | 'field'): string {
  return TTHC_COLUMNS.find((c) => c.key === key)!.label;
}

/** A figure's value from the counts: `pendingWithin` is what is pending and not overdue. */
export function figureValue(c: TthcCounts, f: Figure): number {
  return f === 'pendingWithin' ? c.pending - c.pendingOverdue : c[f];
}

/** The figure columns under each group header, in order: the header's two rows. */
export function figureGroups(): [string, FigureColumn[]][] {
  const groups: [string, FigureColumn[]][] = [];
  for (const c of FIGURE_COLUMNS) {
    const last = groups[groups.length - 1];
    if (last && last[0] === c.heading) last[1].push(c);
    else groups.push([c.heading, [c]]);
  }
  return groups;
}

/** A total and its parts (tổng và các thành phần), from `sumOf`. */
export interface FigureSum {
  total: Figure;
  parts: readonly Figure[];
}

export const FIGURE_SUMS: readonly FigureSum[] = FIGURE_COLUMNS.flatMap((c) =>
  c.sumOf ? [{ total: c.key, parts: c.sumOf as Figure[] }] : [],
);
