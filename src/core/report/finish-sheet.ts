import type { LayoutSheet } from '../layout';
import type { SheetBuilder } from './sheet-builder';
import { SUMMARY_STYLES } from './styles';
import type { TablePlacement } from './table';
import { fitWidths, type WidthLimits } from './widths';

/**
 * Widths of the summary's table sheets: headers wrap at about 11 characters and names at 34, so a sheet of twenty
 * columns still prints on A4 landscape at a readable size (headers at 14 and names at 48 shrank TH_NhanSu to 47%).
 */
export const TABLE_WIDTHS: Partial<WidthLimits> = { shortLine: 11, maxByColumn: { 1: 34 } };

/**
 * The sheet from what the builder holds: widths fitted to the text, panes frozen below the header and
 * right of the name column, A4 landscape fitted to the page width with the header repeated on each page.
 */
export function finishSheet(name: string, b: SheetBuilder, p: TablePlacement, frozenCols: number): LayoutSheet {
  const block = b.block();
  return {
    name,
    widths: fitWidths(block, b.merges, SUMMARY_STYLES, TABLE_WIDTHS),
    blocks: [block],
    merges: b.merges,
    freeze: { rows: p.headerLast + 1, cols: frozenCols },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: { first: p.headerFirst, last: p.headerLast },
    },
  };
}
