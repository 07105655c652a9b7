/**
 * Every layout the project writes as a workbook (summaries, comparison, rollup, unit template, DanhMuc), and edge
 * cases none has today: the writers' tests run over all of them.
 */
import type { LayoutWorkbook } from '../../src/core/layout';
import { consolidate } from '../../src/core/consolidate';
import { previousPeriodOf } from '../../src/core/compare';
import { buildSummaryLayout } from '../../src/core/report';
import { consolidateInputs, rollup } from '../../src/core/summary';
import { buildUnitTemplate } from '../../src/core/unit';
import { buildSettingsWorkbook } from '../../src/core/settings';
import { defaultSettings } from '../../src/core/settings/defaults';
import { EXAMPLE_FILES, example, v01 } from '../core/summary/fixtures';
import { summaryLayout } from './layout-fixture';

/** Edge cases no project layout has today: the writer must still agree with ExcelJS on them. */
function edgeLayout(): LayoutWorkbook {
  const long = Array.from({ length: 40 }, (_, i) => `Lựa chọn số ${i + 1}, dài`);
  return {
    styles: {
      head: { bold: true, italic: true, fontSize: 14, fill: 'ddebf7', color: '808080', border: true, wrap: true },
      date: { numFmt: 'dd/mm/yyyy', hAlign: 'right', vAlign: 'top' },
      pct: { numFmt: '0.0%', vAlign: 'bottom' },
      text: { numFmt: '@', hAlign: 'left' },
    },
    sheets: [
      {
        name: 'Chỉ hàng',
        widths: [0, 20, 20, 8, 8, 8],
        freeze: { rows: 2, cols: 0 },
        tabColor: '70ad47',
        heights: { 0: 30, 9: 45 },
        merges: [
          { r1: 0, c1: 0, r2: 0, c2: 3 },
          { r1: 2, c1: 2, r2: 2, c2: 2 },
          { r1: 4, c1: 0, r2: 6, c2: 1 },
        ],
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              [{ v: 'Tiêu đề  có hai dấu cách ', s: 'head' }],
              [{ v: true }, { v: false }, { v: 45458, s: 'date' }, { v: 0.816, s: 'pct' }, { v: '', s: 'text' }],
              [{ v: 'x' }, { v: 'dòng một\ndòng hai' }, { v: 1e21 }, { v: -0.5 }, { v: Infinity }, { v: NaN }],
              [
                { v: 7, f: '=A1' },
                { v: 'chữ', f: 'B3&"!"' },
                { v: true, f: 'TRUE()' },
                { v: null, f: 'NOW()' },
              ],
              [{ v: 1, s: 'head' }, { v: 2 }],
            ],
          },
          // A later block: a blank restyles the cell and keeps its value; a value replaces it.
          {
            row: 1,
            col: 0,
            cells: [
              [
                { v: null, s: 'head' },
                { v: 'thay', s: 'text' },
              ],
            ],
          },
        ],
        validations: [
          { r1: 10, c1: 1, r2: 30, c2: 1, values: ['Có', 'Không'], error: 'Chọn Có hoặc Không' },
          { r1: 10, c1: 2, r2: 30, c2: 2, values: long },
          { r1: 10, c1: 3, r2: 30, c2: 4, values: ['a'], sourceFormula: "'Chỉ cột'!$A$1:$A$3" },
        ],
      },
      {
        name: 'Chỉ cột',
        widths: [12],
        freeze: { rows: 0, cols: 1 },
        merges: [],
        print: { orientation: 'portrait', paper: 'A4', fitToWidth: false, repeatRows: { first: 0, last: 0 } },
        blocks: [{ row: 0, col: 0, cells: [[{ v: 'A' }], [{ v: 'B' }], [{ v: 'C' }]] }],
      },
      { name: 'Trống', widths: [], merges: [], blocks: [] },
    ],
  };
}

function comparison(): LayoutWorkbook {
  const s = consolidate(EXAMPLE_FILES.map(example), { periodLabel: '6 tháng đầu năm 2021' });
  const prev = previousPeriodOf(v01('phan-a.xlsx'));
  if ('message' in prev) throw new Error(prev.message);
  return buildSummaryLayout({ ...s, previous: prev });
}

export const LAYOUTS: Array<[string, () => LayoutWorkbook]> = [
  ['the test summary (charts, texts that look like formulas)', summaryLayout],
  ['the example summary', () => buildSummaryLayout(consolidate(EXAMPLE_FILES.map(example)))],
  [
    'the example summary with a signature, unpadded counts and units expanded from a summary',
    () =>
      buildSummaryLayout(consolidateInputs([example('01-van-phong.xlsx'), v01('phan-b.xlsx')], { expand: true }), {
        agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH',
        padCounts: false,
        signature: { place: 'Tây Ninh', date: 45458, preparer: 'Nguyễn Văn A', signerName: 'Trần Thị B' },
      }),
  ],
  ['the comparison with the earlier period', comparison],
  ['the rollup of two periods', () => buildSummaryLayout(rollup([v01('tong-hop.xlsx'), example('01-van-phong.xlsx')]))],
  ['the unit template', () => buildUnitTemplate({ unitName: 'Chi cục Tiêu chuẩn Đo lường Chất lượng' })],
  ['the unit template without a unit', () => buildUnitTemplate()],
  ['the DanhMuc sheet', () => buildSettingsWorkbook(defaultSettings())],
  ['edge cases (booleans, errors, formulas without results, frozen rows or columns only, lists)', edgeLayout],
];
