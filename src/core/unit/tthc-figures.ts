/**
 * The figures of one row of the TTHC table (Biểu II.06a) and the identities between them:
 * tổng nhận = trực tuyến + trực tiếp/BCCI + từ kỳ trước; đã giải quyết = trước + đúng + quá hạn;
 * đang giải quyết = trong hạn + quá hạn; tổng nhận = đã + đang giải quyết.
 * A stated total that disagrees with its parts is reported naming its cell, and the parts are used.
 */
import { type TthcCounts, emptyCounts } from '../tthc/types';
import { type Figure, type FigureSum, FIGURES, FIGURE_COLUMNS, FIGURE_SUMS, figureColumn } from '../tthc/columns';
import type { SheetReader } from './sheet-reader';

export { type Figure, FIGURES } from '../tthc/columns';

/** Vietnamese names of the figures, for messages. */
export const FIGURE_NAMES = Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.key, c.name])) as Record<Figure, string>;

/** A total and its parts (tổng và các thành phần). */
interface Group extends FigureSum {
  /** How the parts are named in a message, e.g. `trực tuyến + trực tiếp, bưu chính + từ kỳ trước`. */
  partsText: string;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const GROUPS: readonly Group[] = FIGURE_SUMS.map((g) => ({
  ...g,
  partsText: g.parts
    .map((p) => {
      const c = figureColumn(p);
      return lowerFirst(c.short ?? c.label);
    })
    .join(' + '),
}));

/** One row as read: a value per figure (null = blank), which cells were unreadable, and their columns. */
export interface RowFigures {
  values: Partial<Record<Figure, number | null>>;
  bad: Set<Figure>;
}

/** Reads the figure cells of row r; unreadable cells are reported by the reader and marked bad. */
export function readRowFigures(
  reader: SheetReader,
  r: number,
  columns: Record<string, number>,
  label: string,
): RowFigures {
  const values: Partial<Record<Figure, number | null>> = {};
  const bad = new Set<Figure>();
  for (const f of FIGURES) {
    if (columns[f] === undefined) continue;
    const v = reader.count(r, columns[f], `${capitalise(FIGURE_NAMES[f])} của dòng «${label}»`);
    if (v.ok) values[f] = v.value;
    else bad.add(f);
  }
  return { values, bad };
}

export function hasAnyFigure(row: RowFigures): boolean {
  return row.bad.size > 0 || FIGURES.some((f) => row.values[f] !== undefined && row.values[f] !== null);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Counts of one row, checked: each total against its parts (the parts win, the total's cell is named),
 * then received against resolved + pending. `where` names the row in messages.
 */
export function checkedCounts(
  reader: SheetReader,
  r: number,
  columns: Record<string, number>,
  row: RowFigures,
  where: string,
): TthcCounts {
  const v = (f: Figure): number => row.values[f] ?? 0;
  const c = emptyCounts();
  const out: Record<Figure, number> = { ...c, pendingWithin: 0 };
  for (const f of FIGURES) out[f] = v(f);

  for (const g of GROUPS) {
    const partsPresent = g.parts.every((p) => columns[p] !== undefined);
    const anyPart = g.parts.some((p) => row.values[p] !== undefined && row.values[p] !== null);
    const unreadable = row.bad.has(g.total) || g.parts.some((p) => row.bad.has(p));
    const stated = row.values[g.total];
    const sum = g.parts.reduce((s, p) => s + v(p), 0);
    if (stated === undefined || stated === null) {
      out[g.total] = sum;
      continue;
    }
    if (!partsPresent || unreadable) continue;
    if (!anyPart) {
      if (stated !== undefined && stated !== null && stated > 0) {
        reader.add(
          r,
          columns[g.total],
          'warning',
          'TTHC_NO_BREAKDOWN',
          `${capitalise(where)}: ${FIGURE_NAMES[g.total]} là ${stated} nhưng không ghi chi tiết (${g.partsText}); hãy điền các cột chi tiết.`,
        );
      }
      continue;
    }
    if (stated !== sum) {
      const detail = g.parts.map((p) => v(p)).join(' + ');
      reader.add(
        r,
        columns[g.total],
        'error',
        'TTHC_ROW_SUM_MISMATCH',
        `${capitalise(where)}: ${FIGURE_NAMES[g.total]} ghi ${stated} nhưng ${g.partsText} = ${detail} = ${sum}; số liệu tổng hợp dùng ${sum}. Hãy sửa lại cho khớp.`,
        { stated, added: sum },
      );
      out[g.total] = sum;
    }
  }

  const balanceReadable = !['received', 'resolved', 'pending'].some((f) => row.bad.has(f as Figure));
  if (balanceReadable && columns.received !== undefined && out.received !== out.resolved + out.pending) {
    reader.add(
      r,
      columns.received,
      'error',
      'TTHC_ROW_BALANCE',
      `${capitalise(where)}: tổng số hồ sơ nhận giải quyết (${out.received}) khác số đã giải quyết + đang giải quyết (${out.resolved} + ${out.pending} = ${out.resolved + out.pending}). Hãy kiểm tra lại.`,
      { stated: out.received, added: out.resolved + out.pending },
    );
  }
  if (out.pendingOverdue > out.pending) {
    // Only possible when the pending breakdown could not be checked (a column is missing).
    reader.add(
      r,
      columns.pendingOverdue ?? columns.pending,
      'error',
      'TTHC_ROW_SUM_MISMATCH',
      `${capitalise(where)}: số hồ sơ đang giải quyết quá hạn (${out.pendingOverdue}) lớn hơn tổng số đang giải quyết (${out.pending}).`,
    );
  }
  for (const k of Object.keys(c) as (keyof TthcCounts)[]) c[k] = out[k];
  return c;
}
