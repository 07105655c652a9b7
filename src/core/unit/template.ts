/**
 * The unit workbook template (mẫu báo cáo của đơn vị) of docs/formats.md, as a layout model: HuongDan, ThongTin,
 * TTHC (Biểu II.06a with two header rows and a Tổng cộng row of SUM formulas), SoTheoDoi, NhanSu, DaoTao, TiepDan.
 * Field rows come from the shipped fields of the settings (src/core/settings/data/fields.json), drop-down values from the category data files.
 */
import guide from './data/template-guide.json';
import { defaultFields } from '../settings/defaults';
import { columnLetters } from '../grid';
import { figureGroups, headerOf, labelOf } from '../tthc/columns';
import type { LayoutCell, LayoutSheet, LayoutWorkbook } from '../layout';
import { rowHeights } from '../row-heights';
import { TEMPLATE_STYLES, blankRow, cell } from './template-styles';
import { listsSheet, receptionSheet, registerSheet, staffSheet, trainingSheet } from './template-lists';

export interface UnitTemplateOptions {
  /** Pre-filled in ThongTin. */
  unitName?: string;
  /** Field rows of the TTHC sheet (default: the shipped fields, src/core/settings/data/fields.json). */
  fields?: readonly string[];
}

/** Empty field rows left under the listed fields for the unit's own. */
const SPARE_FIELD_ROWS = 5;

function guideSheet(): LayoutSheet {
  const rows: LayoutCell[][] = [[cell(guide.title, 'title')], [cell(null, 'paragraph')]];
  for (const p of guide.paragraphs)
    rows.push(['heading' in p ? cell(p.heading!, 'heading') : cell(p.text!, 'paragraph')]);
  return {
    name: 'HuongDan',
    // 75 characters (of the workbook's Times New Roman) fit the printable width of A4 portrait at 100%;
    // the paragraphs wrap and rows grow to fit.
    widths: [75],
    blocks: [{ row: 0, col: 0, cells: rows }],
    merges: [],
    tabColor: '70AD47',
    // Printed on A4 portrait, the one column fitted to the page width (it came out on Letter, cut at the right).
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
  };
}

const INFO_ROWS: readonly [string, 'input' | 'inputDate' | 'inputInteger', string][] = [
  ['Tên đơn vị', 'input', 'Tên đầy đủ của đơn vị.'],
  ['Kỳ báo cáo', 'input', 'Ví dụ: 6 tháng đầu năm 2025.'],
  ['Từ ngày', 'inputDate', 'Ngày đầu kỳ, dạng dd/mm/yyyy (kỳ chính thức bắt đầu ngày 15 của tháng trước kỳ).'],
  ['Đến ngày', 'inputDate', 'Ngày cuối kỳ, dạng dd/mm/yyyy (kỳ chính thức kết thúc ngày 14).'],
  ['Biên chế được giao', 'inputInteger', 'Số biên chế (số người làm việc) được giao.'],
  ['Người lập biểu', 'input', 'Họ và tên người lập biểu.'],
  ['Ngày lập', 'inputDate', 'Ngày lập biểu, dạng dd/mm/yyyy.'],
];

function infoSheet(unitName: string | undefined): LayoutSheet {
  const rows: LayoutCell[][] = [
    [cell('THÔNG TIN CHUNG', 'title'), cell(null, 'title'), cell(null, 'title')],
    blankRow(3, 'subtitle'),
    [cell('Nội dung', 'header'), cell('Giá trị', 'header'), cell('Hướng dẫn', 'header')],
    ...INFO_ROWS.map(([label, style, hint]) => [
      cell(label, 'label'),
      cell(label === 'Tên đơn vị' && unitName ? unitName.normalize('NFC') : null, style),
      cell(hint, 'hint'),
    ]),
  ];
  return {
    name: 'ThongTin',
    widths: [24, 40, 70],
    blocks: [{ row: 0, col: 0, cells: rows }],
    merges: [{ r1: 0, c1: 0, r2: 0, c2: 2 }],
    freeze: { rows: 3, cols: 0 },
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
  };
}

/** The figure columns of Biểu II.06a under their groups (the second header row), from tthc-columns.json. */
const TTHC_GROUPS: readonly [string, readonly string[]][] = figureGroups().map(([group, cols]) => [
  group,
  cols.map(headerOf),
]);

/** First row of the TTHC header (zero-based); the fields start two rows below. */
export const TTHC_HEADER_ROW = 3;

function tthcSheet(fields: readonly string[]): LayoutSheet {
  const width = 2 + TTHC_GROUPS.reduce((n, [, cols]) => n + cols.length, 0);
  const figures = width - 2;
  const top: LayoutCell[] = [cell(labelOf('stt'), 'header'), cell(labelOf('field'), 'header')];
  const sub: LayoutCell[] = [cell(null, 'header'), cell(null, 'header')];
  const merges = [
    { r1: 0, c1: 0, r2: 0, c2: width - 1 },
    { r1: 1, c1: 0, r2: 1, c2: width - 1 },
    { r1: TTHC_HEADER_ROW, c1: 0, r2: TTHC_HEADER_ROW + 1, c2: 0 },
    { r1: TTHC_HEADER_ROW, c1: 1, r2: TTHC_HEADER_ROW + 1, c2: 1 },
  ];
  let c = 2;
  for (const [group, cols] of TTHC_GROUPS) {
    merges.push({ r1: TTHC_HEADER_ROW, c1: c, r2: TTHC_HEADER_ROW, c2: c + cols.length - 1 });
    cols.forEach((label, i) => {
      top.push(cell(i === 0 ? group : null, 'header'));
      sub.push(cell(label, 'header'));
    });
    c += cols.length;
  }
  const rows: LayoutCell[][] = [
    [cell('KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', 'title'), ...blankRow(width - 1, 'title')],
    [
      cell('(Biểu II.06a/VPCP/KSTT ban hành kèm theo Thông tư 01/2020/TT-VPCP)', 'subtitle'),
      ...blankRow(width - 1, 'subtitle'),
    ],
    [...blankRow(width - 1, 'note'), cell('Đơn vị tính: Số hồ sơ TTHC', 'note')],
    top,
    sub,
  ];
  const firstData = TTHC_HEADER_ROW + 2;
  const names = [...fields, ...Array.from({ length: SPARE_FIELD_ROWS }, () => null)];
  names.forEach((name, i) => {
    rows.push([cell(name === null ? null : i + 1, 'center'), cell(name, 'text'), ...blankRow(figures, 'inputInteger')]);
  });
  const lastData = firstData + names.length - 1;
  const total: LayoutCell[] = [cell(null, 'totalLabel'), cell('Tổng cộng', 'totalLabel')];
  for (let k = 2; k < width; k++) {
    const col = columnLetters(k);
    total.push({ v: 0, f: `SUM(${col}${firstData + 1}:${col}${lastData + 1})`, s: 'totalInteger' });
  }
  rows.push(total);
  return {
    name: 'TTHC',
    widths: [6, 40, ...Array.from({ length: figures }, () => 12)],
    blocks: [{ row: 0, col: 0, cells: rows }],
    merges,
    freeze: { rows: firstData, cols: 2 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: { first: TTHC_HEADER_ROW, last: TTHC_HEADER_ROW + 1 },
    },
  };
}

/** The canonical unit workbook, empty but for the field names (and the unit's name when given). */
export function buildUnitTemplate(opts: UnitTemplateOptions = {}): LayoutWorkbook {
  const fields = opts.fields ?? defaultFields().map((f) => f.name);
  const sheets = [
    guideSheet(),
    infoSheet(opts.unitName),
    tthcSheet(fields),
    registerSheet(fields),
    staffSheet(),
    trainingSheet(),
    receptionSheet(),
  ];
  const all = [...sheets, listsSheet(sheets)];
  return { sheets: all.map((s) => ({ ...s, heights: rowHeights(s, TEMPLATE_STYLES) })), styles: TEMPLATE_STYLES };
}
