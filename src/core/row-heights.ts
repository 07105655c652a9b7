/**
 * Row heights (chiều cao dòng) for wrapped text, estimated from the text's length, the font size and the width of
 * the cell (merged cells: the merged columns together). Excel does not fit merged rows and LibreOffice prints an
 * unfitted wrapped row as one line, so paragraphs and long messages would be cut on paper without this.
 */
import type { CellStyle, LayoutSheet } from './layout';

/** Excel's default row height (points) and its tallest row. */
const DEFAULT_HEIGHT = 15;
const MAX_HEIGHT = 409;
/**
 * Column width units are characters of the default font (about 5.25 pt wide at 11 pt). Vietnamese text in Times New
 * Roman averages 0.41 em a character, spaces included (measured on the BaoCao paragraphs printed by LibreOffice);
 * 0.43 keeps a margin for Excel's own rounding without leaving a blank line under most paragraphs.
 */
const POINTS_PER_WIDTH_UNIT = 5.25;
const AVERAGE_CHAR_EM = 0.43;
const LINE_SPACING = 1.25;
/** Cell padding and the safety margin of an estimate. */
const PADDING = 4;

/** Lines `text` needs in a cell `widthUnits` wide at `fontSize` points, breaking at spaces. */
export function linesNeeded(text: string, widthUnits: number, fontSize: number): number {
  const perLine = Math.max(
    1,
    Math.floor(((widthUnits * POINTS_PER_WIDTH_UNIT - PADDING) / (fontSize * AVERAGE_CHAR_EM)) * 0.95),
  );
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(' ')) {
      const w = word.length;
      if (used === 0) used = w;
      else if (used + 1 + w <= perLine) used += 1 + w;
      else {
        count++;
        used = w;
      }
      while (used > perLine) {
        count++;
        used -= perLine;
      }
    }
    lines += count;
  }
  return lines;
}

/** Heights of the rows whose wrapped text needs more than the default height; rows spanned by a tall merge are left. */
export function rowHeights(sheet: LayoutSheet, styles: Readonly<Record<string, CellStyle>>): Record<number, number> {
  const width = (c: number): number => sheet.widths[c] ?? 8.43;
  const mergeAt = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    mergeAt.set(`${m.r1},${m.c1}`, { rows: m.r2 - m.r1 + 1, cols: m.c2 - m.c1 + 1 });
    for (let r = m.r1; r <= m.r2; r++)
      for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) covered.add(`${r},${c}`);
  }
  const heights: Record<number, number> = {};
  for (const b of sheet.blocks) {
    b.cells.forEach((row, dr) => {
      row.forEach((cell, dc) => {
        const r = b.row + dr;
        const c = b.col + dc;
        if (typeof cell.v !== 'string' || cell.v === '' || covered.has(`${r},${c}`)) return;
        const style = cell.s !== undefined ? (styles[cell.s] ?? {}) : {};
        if (!style.wrap && !cell.v.includes('\n')) return;
        const span = mergeAt.get(`${r},${c}`) ?? { rows: 1, cols: 1 };
        let w = 0;
        for (let k = 0; k < span.cols; k++) w += width(c + k);
        const size = style.fontSize ?? 12;
        const needed = linesNeeded(cell.v, w, size) * size * LINE_SPACING + PADDING;
        // A merge over several rows shares the height; the rows get an equal part.
        const perRow = Math.min(MAX_HEIGHT, Math.ceil(needed / span.rows));
        for (let k = 0; k < span.rows; k++)
          if (perRow > Math.max(DEFAULT_HEIGHT, heights[r + k] ?? 0)) heights[r + k] = perRow;
      });
    });
  }
  return heights;
}
