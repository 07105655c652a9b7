import type { ProvincialSummary } from '../consolidate/types';
import type { LayoutSheet } from '../layout';
import { reportParagraphs, type ReportParagraphs } from './paragraphs';
import { SheetBuilder } from './sheet-builder';
import { TITLE_ROWS, writeTitleBlock, type SheetContext } from './title-block';

/** Section headings of the report text, in order; a section without text is left out and not numbered. */
const HEADINGS: readonly [keyof ReportParagraphs, string][] = [
  ['tthc', 'Kết quả giải quyết thủ tục hành chính'],
  ['byField', 'Kết quả giải quyết thủ tục hành chính theo lĩnh vực'],
  ['staff', 'Tình hình đội ngũ công chức, viên chức và người lao động'],
  ['training', 'Công tác đào tạo, bồi dưỡng'],
  ['reception', 'Công tác tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh'],
];

/** Columns merged into the one wide, wrapped text column, and their width in characters. */
const TEXT_COLS = 8;
const COL_WIDTH = 14;

/**
 * BaoCao: the report's numeric paragraphs (đoạn văn báo cáo), each in one cell merged across a wide
 * column and wrapped, under a numbered heading, ready to copy into the written report.
 */
export function reportSheet(summary: ProvincialSummary, ctx: SheetContext, padCounts = true): LayoutSheet {
  const text = reportParagraphs(summary, { padCounts });
  const b = new SheetBuilder();
  const last = TEXT_COLS - 1;
  writeTitleBlock(b, ctx, 'Báo cáo số liệu tổng hợp', last);
  let r = TITLE_ROWS;
  let no = 0;
  for (const [key, heading] of HEADINGS) {
    if (text[key] === '') continue;
    b.set(r, 0, `${++no}. ${heading}`, 'heading');
    b.merge(r, 0, r, last, 'heading');
    b.set(r + 1, 0, text[key], 'paragraph');
    b.merge(r + 1, 0, r + 1, last, 'paragraph');
    r += 3;
  }
  if (no === 0) {
    b.set(r, 0, 'Chưa có số liệu của đơn vị nào để lập báo cáo.', 'paragraph');
    b.merge(r, 0, r, last, 'paragraph');
  }
  return {
    name: 'BaoCao',
    widths: new Array<number>(TEXT_COLS).fill(COL_WIDTH),
    blocks: [b.block()],
    merges: b.merges,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
  };
}
