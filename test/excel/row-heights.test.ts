/**
 * Row heights for wrapped text: computed once in core from text length, font size and (merged) column widths, and
 * present in what both doors write — the .xlsx of ExcelJS (row `ht` in the sheet XML) and the Office.js double.
 */
import JSZip from 'jszip';
import { consolidate } from '../../src/core/consolidate';
import { buildSummaryLayout } from '../../src/core/report';
import { linesNeeded } from '../../src/core/row-heights';
import { writeLayoutToWorkbook } from '../../src/excel';
import { writeWorkbook } from '../../src/io/write-workbook';
import { chiCuc, trungTam, vanPhong } from '../core/consolidate/unit-reports';
import { installDouble, options } from './helpers/harness';

const layout = buildSummaryLayout(consolidate([vanPhong(), chiCuc(), trungTam()]));
const sheet = (name: string) => layout.sheets.find((s) => s.name === name)!;

/** The zero-based row of BaoCao holding the by-field paragraph (a head line and one line per field). */
function byFieldRow(): number {
  for (const b of sheet('BaoCao').blocks) {
    const i = b.cells.findIndex((row) =>
      row.some((c) => typeof c.v === 'string' && c.v.startsWith('Tiếp nhận 53 hồ sơ')),
    );
    if (i >= 0) return b.row + i;
  }
  throw new Error('no by-field paragraph');
}

test("lines are counted by words and by the text's own line breaks", () => {
  expect(linesNeeded('một hai ba', 40, 12)).toBe(1);
  expect(linesNeeded('a\nb\nc', 40, 12)).toBe(3);
  expect(linesNeeded('chữ '.repeat(100), 20, 12)).toBeGreaterThan(linesNeeded('chữ '.repeat(100), 40, 12));
  expect(linesNeeded('chữ '.repeat(100), 40, 14)).toBeGreaterThan(linesNeeded('chữ '.repeat(100), 40, 12));
});

test('the report paragraphs in merged cells get a height for all their lines; short rows keep the default', () => {
  const h = sheet('BaoCao').heights!;
  // Five lines at least (the head line and four fields) at 12 pt.
  expect(h[byFieldRow()]).toBeGreaterThanOrEqual(5 * 12 * 1.25);
  expect(Object.values(h).every((x) => x > 15 && x <= 409)).toBe(true);
  // The two-line column headers of TH_TTHC wrap without clipping.
  expect(Object.keys(sheet('TH_TTHC').heights!).length).toBeGreaterThan(0);
});

test('the file writer writes the heights into the sheet XML', async () => {
  const zip = await JSZip.loadAsync(await writeWorkbook(layout));
  const i = layout.sheets.findIndex((s) => s.name === 'BaoCao');
  const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
  const row = byFieldRow() + 1;
  const m = new RegExp(`<row r="${row}"[^>]*ht="([\\d.]+)"[^>]*customHeight="1"`).exec(xml);
  expect(Number(m![1])).toBe(sheet('BaoCao').heights![row - 1]);
});

test('the Office.js writer sets the same heights', async () => {
  const double = installDouble({ sheets: ['Sheet1'] });
  try {
    expect((await writeLayoutToWorkbook(layout, options())).status).toBe('written');
    const snap = double.snapshot().sheets.find((s) => s.name === 'BaoCao')!;
    const expected = Object.fromEntries(
      Object.entries(sheet('BaoCao').heights!).map(([r, h]) => [String(Number(r) + 1), h]),
    );
    expect(snap.rowHeights).toEqual(expected);
  } finally {
    double.uninstall();
  }
});
