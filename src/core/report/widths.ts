import { formatVnInteger, formatVnPercent } from '../text/format';
import type { CellBlock, CellStyle, LayoutCell, LayoutMerge } from '../layout';

export interface WidthLimits {
  min: number;
  max: number;
  /** Cells in these styles (headers) wrap onto lines of about `shortLine` characters. */
  shortLineStyles: readonly string[];
  shortLine: number;
  /** A narrower maximum for some columns (by index): the name column, whose long names wrap onto two lines. */
  maxByColumn?: Readonly<Record<number, number>>;
}

const DEFAULT_LIMITS: WidthLimits = { min: 5, max: 48, shortLineStyles: ['header'], shortLine: 14 };

/** Characters a cell needs on one line, as shown (numbers in their format). */
function shownLength(cell: LayoutCell, style: CellStyle | undefined, shortLine: number | undefined): number {
  const v = cell.v;
  if (v === null || v === '') return 0;
  if (typeof v === 'number') {
    if (style?.numFmt?.includes('%')) return formatVnPercent(v, 1).length;
    return formatVnInteger(v).length + (Number.isInteger(v) ? 0 : 3);
  }
  if (typeof v === 'boolean') return 5;
  const lines = v.split('\n');
  const longestLine = Math.max(...lines.map((l) => l.length));
  if (!style?.wrap) return longestLine;
  // Wrapped text may break between words: never narrower than its longest word.
  const longestWord = Math.max(...v.split(/\s+/).map((w) => w.length));
  return Math.max(longestWord, Math.min(longestLine, shortLine ?? longestLine));
}

/**
 * Column widths that fit the text, estimated from string lengths and clamped. Cells merged across
 * several columns (titles, group headers) do not widen a column.
 */
export function fitWidths(
  block: CellBlock,
  merges: readonly LayoutMerge[],
  styles: Readonly<Record<string, CellStyle>>,
  limits: Partial<WidthLimits> = {},
): number[] {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const wide = new Set(merges.filter((m) => m.c2 > m.c1).map((m) => `${m.r1},${m.c1}`));
  const width = block.cells.reduce((m, row) => Math.max(m, row.length), 0);
  const need = new Array<number>(width).fill(0);
  block.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      const r = block.row + i;
      const c = block.col + j;
      if (wide.has(`${r},${c}`)) return;
      const style = cell.s !== undefined ? styles[cell.s] : undefined;
      const shortLine = cell.s !== undefined && lim.shortLineStyles.includes(cell.s) ? lim.shortLine : undefined;
      need[j] = Math.max(need[j], shownLength(cell, style, shortLine));
    }),
  );
  const widths = new Array<number>(block.col).fill(lim.min);
  need.forEach((n, j) => widths.push(Math.min(lim.maxByColumn?.[block.col + j] ?? lim.max, Math.max(lim.min, n + 2))));
  return widths;
}
