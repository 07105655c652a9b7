import type { ProvincialSummary } from '../consolidate/types';
import { comparisonColumns, comparisonValues } from '../compare/comparison-columns';
import { earlierPeriodName } from '../compare/comparison-text';
import { unitKey } from '../summary/unit-key';
import { foldKey } from '../text/normalize';
import type { TthcCounts } from '../tthc/types';
import { type Figure, FIGURES, FIGURE_COLUMNS, figureValue, headerOf, labelOf } from '../tthc/columns';
import type { ChartSpec, LayoutSheet } from '../layout';
import { finishSheet } from './finish-sheet';
import { SheetBuilder } from './sheet-builder';
import { writeSignatureBlock } from './signature-block';
import { writeTable, type RowValue, type TableColumn, type TablePlacement } from './table';
import { TITLE_ROWS, writeTitleBlock, type SheetContext } from './title-block';

/**
 * Column indexes of the TTHC table: STT, the name, the figures of tthc-columns.json in their order, then the two
 * ratios.
 */
export const TTHC_COL = {
  index: 0,
  name: 1,
  ...(Object.fromEntries(FIGURES.map((f, i) => [f, 2 + i])) as Record<Figure, number>),
  onTimeRate: 2 + FIGURES.length,
  onlineRate: 3 + FIGURES.length,
};

/** The 13 columns of Biểu II.06a, with `Đơn vị` or `Lĩnh vực` as the name column, then the two ratios. */
export function tthcColumns(nameHeader: string): TableColumn[] {
  const C = TTHC_COL;
  return [
    { label: labelOf('stt'), kind: 'index' },
    { label: nameHeader, kind: 'name' },
    ...FIGURE_COLUMNS.map((c): TableColumn => ({ group: c.heading, label: headerOf(c), kind: 'count' })),
    { label: 'Tỷ lệ đúng và trước hạn (%)', kind: 'ratio', ratio: { num: [C.early, C.onTime], den: [C.resolved] } },
    { label: 'Tỷ lệ tiếp nhận trực tuyến (%)', kind: 'ratio', ratio: { num: [C.online], den: [C.online, C.inPerson] } },
  ];
}

function tthcRow(name: string, c: TthcCounts): RowValue[] {
  return [null, name, ...FIGURES.map((f) => figureValue(c, f)), null, null];
}

/** Stacked columns of dossiers by unit and status, drawn from row `top`, below the table and its signature block. */
function statusChart(p: TablePlacement, top: number): ChartSpec {
  const C = TTHC_COL;
  return {
    kind: 'columnStacked',
    title: 'Kết quả giải quyết hồ sơ thủ tục hành chính theo đơn vị',
    categoryCol: C.name,
    firstRow: p.firstDataRow,
    lastRow: p.lastDataRow,
    series: [
      { name: 'Trước hạn', col: C.early },
      { name: 'Đúng hạn', col: C.onTime },
      { name: 'Quá hạn', col: C.late },
      { name: 'Đang giải quyết', col: C.pending },
    ],
    anchor: { row: top, col: C.name, widthCols: 10, heightRows: 20 },
  };
}

/** With an earlier period (`--previous`): how it is named, and each row's earlier figures by the row's name. */
interface Comparison {
  name: string;
  before: (rowName: string) => TthcCounts | undefined;
}

function tthcSheet(
  name: string,
  title: string,
  nameHeader: string,
  rows: readonly [string, TthcCounts][],
  ctx: SheetContext,
  chart: boolean,
  compare?: Comparison,
): LayoutSheet {
  const b = new SheetBuilder();
  const own = tthcColumns(nameHeader);
  const at = { received: TTHC_COL.received, resolved: TTHC_COL.resolved, first: own.length };
  const columns = [...own, ...(compare ? comparisonColumns(compare.name, at) : [])];
  const values = ([n, c]: [string, TthcCounts]): RowValue[] => [
    ...tthcRow(n, c),
    ...(compare ? comparisonValues(compare.before(n)) : []),
  ];
  writeTitleBlock(b, ctx, title, columns.length - 1, 'Đơn vị tính: Số hồ sơ');
  const p = writeTable(b, { top: TITLE_ROWS, columns, rows: rows.map(values), totalLabel: 'Tổng cộng' });
  const end = writeSignatureBlock(b, p.nextRow + 1, ctx.signature);
  const sheet = finishSheet(name, b, p, 2);
  if (chart && p.lastDataRow >= p.firstDataRow) sheet.charts = [statusChart(p, end + 1)];
  return sheet;
}

/** TH_TTHC: one row per unit that reported TTHC figures, a total row, and a chart of results by unit. */
export function tthcByUnitSheet(summary: ProvincialSummary, ctx: SheetContext): LayoutSheet {
  const rows = summary.units.flatMap((u): [string, TthcCounts][] => (u.tthc ? [[u.name, u.tthc]] : []));
  const prev = summary.previous;
  const compare = prev && {
    name: earlierPeriodName(summary.period, prev.period),
    before: (n: string) => prev.units.find((u) => unitKey(u.name) === unitKey(n))?.tthc,
  };
  return tthcSheet(
    'TH_TTHC',
    'Tổng hợp tình hình, kết quả giải quyết thủ tục hành chính',
    'Đơn vị',
    rows,
    ctx,
    true,
    compare,
  );
}

/** TH_LinhVuc: the same columns by field (lĩnh vực), across units. */
export function tthcByFieldSheet(summary: ProvincialSummary, ctx: SheetContext): LayoutSheet {
  const rows = Object.entries(summary.byField);
  const prev = summary.previous;
  const compare = prev && {
    name: earlierPeriodName(summary.period, prev.period),
    before: (n: string) => Object.entries(prev.byField).find(([f]) => foldKey(f) === foldKey(n))?.[1],
  };
  return tthcSheet(
    'TH_LinhVuc',
    'Tổng hợp kết quả giải quyết thủ tục hành chính theo lĩnh vực',
    'Lĩnh vực',
    rows,
    ctx,
    false,
    compare,
  );
}
