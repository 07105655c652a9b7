import type { ProvincialSummary } from '../consolidate/types';
import type { TrainingSummary } from '../unit/types';
import { COURSE_KINDS, STAFF_TYPES, categoryLabels, countOf } from './categories';
import type { LayoutSheet } from '../layout';
import { finishSheet } from './finish-sheet';
import { SheetBuilder } from './sheet-builder';
import { writeSignatureBlock } from './signature-block';
import { writeTable, type TableColumn, type TablePlacement } from './table';
import { TITLE_ROWS, writeTitleBlock, type SheetContext } from './title-block';

/** Heading and labels of the second table, who went on each kind of course (all units together). */
const BY_TYPE_TITLE = 'Chia theo đối tượng cử đi (tất cả các đơn vị)';
const BY_TYPE_GROUP = 'Chia theo đối tượng';
const UNKNOWN_TYPE = 'Chưa rõ đối tượng';

/**
 * The second table of TH_DaoTao, from row `top`: each course kind with people-courses in total and by staff type
 * (công chức, viên chức, người lao động…), what no type was given for under `Chưa rõ đối tượng`. It is what the
 * report's sentence «02 công chức học cao cấp LLCT» is made of, so a report made from the workbook says the same.
 */
function byTypeTable(b: SheetBuilder, top: number, t: TrainingSummary, kinds: readonly string[]): TablePlacement {
  const present = kinds.filter((k) => countOf(t.byKind, k) > 0);
  const known = (k: string): Record<string, number> =>
    Object.fromEntries(Object.entries(t.byKindAndType[k] ?? {}).filter(([type]) => type !== ''));
  const types = categoryLabels(
    STAFF_TYPES,
    present.flatMap((k) => Object.keys(known(k))),
  );
  const unknown = (k: string): number => countOf(t.byKind, k) - Object.values(known(k)).reduce((n, v) => n + v, 0);
  const withUnknown = present.some((k) => unknown(k) > 0);
  const cols: TableColumn[] = [
    { label: 'STT', kind: 'index' },
    { label: 'Loại khóa học', kind: 'name' },
    { label: 'Tổng số lượt người', kind: 'count' },
    ...types.map((label): TableColumn => ({ group: BY_TYPE_GROUP, label, kind: 'count' })),
    ...(withUnknown ? [{ group: BY_TYPE_GROUP, label: UNKNOWN_TYPE, kind: 'count' } as TableColumn] : []),
  ];
  const rows = present.map((k) => [
    null,
    k,
    countOf(t.byKind, k),
    ...types.map((type) => countOf(known(k), type)),
    ...(withUnknown ? [unknown(k)] : []),
  ]);
  b.set(top, 1, BY_TYPE_TITLE, 'heading');
  return writeTable(b, { top: top + 1, columns: cols, rows, totalLabel: 'Tổng cộng' });
}

/** TH_DaoTao: per unit, people-courses (lượt người) in total and by course type; then by course type and staff type. */
export function trainingSheet(summary: ProvincialSummary, ctx: SheetContext): LayoutSheet {
  const units = summary.units.flatMap((u): [string, TrainingSummary][] => (u.training ? [[u.name, u.training]] : []));
  const kinds = categoryLabels(
    COURSE_KINDS,
    units.flatMap(([, t]) => Object.keys(t.byKind)),
  );
  const cols: TableColumn[] = [
    { label: 'STT', kind: 'index' },
    { label: 'Đơn vị', kind: 'name' },
    { label: 'Tổng số lượt người', kind: 'count' },
    ...kinds.map((label): TableColumn => ({ group: 'Chia theo loại khóa học', label, kind: 'count' })),
  ];
  const rows = units.map(([name, t]) => [null, name, t.total, ...kinds.map((k) => countOf(t.byKind, k))]);
  const b = new SheetBuilder();
  writeTitleBlock(
    b,
    ctx,
    'Tổng hợp kết quả đào tạo, bồi dưỡng công chức, viên chức',
    cols.length - 1,
    'Đơn vị tính: Lượt người',
  );
  const p = writeTable(b, { top: TITLE_ROWS, columns: cols, rows, totalLabel: 'Tổng cộng' });
  const total = summary.total.training;
  const end = total && total.total > 0 ? byTypeTable(b, p.nextRow + 1, total, kinds).nextRow : p.nextRow;
  writeSignatureBlock(b, end + 1, ctx.signature);
  return finishSheet('TH_DaoTao', b, p, 2);
}
