import type { ProvincialSummary } from '../consolidate/types';
import type { ReceptionCounts, ReceptionSummary } from '../unit/types';
import type { LayoutSheet } from '../layout';
import { finishSheet } from './finish-sheet';
import { SheetBuilder } from './sheet-builder';
import { writeSignatureBlock } from './signature-block';
import { writeTable, type RowValue, type TableColumn } from './table';
import { TITLE_ROWS, writeTitleBlock, type SheetContext } from './title-block';

/** The four counts of the TiepDan sheet, each received and resolved. */
const ITEMS: readonly [keyof ReceptionCounts, string][] = [
  ['citizens', 'Lượt tiếp công dân'],
  ['complaints', 'Đơn khiếu nại'],
  ['denunciations', 'Đơn tố cáo'],
  ['petitions', 'Kiến nghị, phản ánh'],
];

const COLUMNS: TableColumn[] = [
  { label: 'STT', kind: 'index' },
  { label: 'Đơn vị', kind: 'name' },
  ...ITEMS.flatMap(([, group]): TableColumn[] => [
    { group, label: 'Tiếp nhận', kind: 'count' },
    { group, label: 'Đã giải quyết', kind: 'count' },
  ]),
];

function row(name: string, r: ReceptionSummary): RowValue[] {
  return [null, name, ...ITEMS.flatMap(([k]) => [r[k], r.resolved[k]])];
}

/** TH_TiepDan: per unit, citizens received and letters (complaints, denunciations, petitions) received and resolved. */
export function receptionSheet(summary: ProvincialSummary, ctx: SheetContext): LayoutSheet {
  const units = summary.units.flatMap((u): [string, ReceptionSummary][] =>
    u.reception ? [[u.name, u.reception]] : [],
  );
  const b = new SheetBuilder();
  writeTitleBlock(
    b,
    ctx,
    'Tổng hợp kết quả tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh',
    COLUMNS.length - 1,
    'Đơn vị tính: Lượt, đơn',
  );
  const p = writeTable(b, {
    top: TITLE_ROWS,
    columns: COLUMNS,
    rows: units.map(([n, r]) => row(n, r)),
    totalLabel: 'Tổng cộng',
  });
  writeSignatureBlock(b, p.nextRow + 1, ctx.signature);
  return finishSheet('TH_TiepDan', b, p, 2);
}
