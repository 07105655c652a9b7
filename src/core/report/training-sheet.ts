import type { ProvincialSummary } from '../consolidate/types';
import type { TrainingSummary } from '../unit/types';
import { COURSE_KINDS, categoryLabels, countOf } from './categories';
import type { LayoutSheet } from '../layout';
import { finishSheet } from './finish-sheet';
import { SheetBuilder } from './sheet-builder';
import { writeSignatureBlock } from './signature-block';
import { writeTable, type TableColumn } from './table';
import { TITLE_ROWS, writeTitleBlock, type SheetContext } from './title-block';

/** TH_DaoTao: per unit, people-courses (lượt người) in total and by course type. */
export function trainingSheet(summary: ProvincialSummary, ctx: SheetContext): LayoutSheet {
  const units = summary.units.flatMap((u): [string, TrainingSummary][] => (u.training ? [[u.name, u.training]] : []));
  const kinds = categoryLabels(COURSE_KINDS, units.flatMap(([, t]) => Object.keys(t.byKind)));
  const cols: TableColumn[] = [
    { label: 'STT', kind: 'index' },
    { label: 'Đơn vị', kind: 'name' },
    { label: 'Tổng số lượt người', kind: 'count' },
    ...kinds.map((label): TableColumn => ({ group: 'Chia theo loại khóa học', label, kind: 'count' })),
  ];
  const rows = units.map(([name, t]) => [null, name, t.total, ...kinds.map((k) => countOf(t.byKind, k))]);
  const b = new SheetBuilder();
  writeTitleBlock(b, ctx, 'Tổng hợp kết quả đào tạo, bồi dưỡng công chức, viên chức', cols.length - 1, 'Đơn vị tính: Lượt người');
  const p = writeTable(b, { top: TITLE_ROWS, columns: cols, rows, totalLabel: 'Tổng cộng' });
  writeSignatureBlock(b, p.nextRow + 1, ctx.signature);
  return finishSheet('TH_DaoTao', b, p, 2);
}
