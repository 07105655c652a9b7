/**
 * The signature block under the summary tables (người lập biểu, thủ trưởng đơn vị), laid out once in core and
 * present in what both doors write: the .xlsx of the file writer (read back by ExcelJS) and the workbook of the
 * Office.js writer (the in-memory double) — same cells, same merges, bold titles and italic notes.
 */
import ExcelJS from 'exceljs';
import { consolidate } from '../../src/core/consolidate';
import { columnLetters } from '../../src/core/grid';
import { buildSummaryLayout } from '../../src/core/report';
import { writeLayoutToWorkbook } from '../../src/excel';
import { writeWorkbook } from '../../src/io/write-workbook';
import { chiCuc, trungTam, vanPhong } from '../core/consolidate/unit-reports';
import { installDouble, options } from './helpers/harness';

const TABLE_SHEETS = ['TH_TTHC', 'TH_LinhVuc', 'TH_NhanSu', 'TH_DaoTao', 'TH_TiepDan'];
const signature = { place: 'Tây Ninh', preparer: 'Trần Thị Bình', signerName: 'Nguyễn Văn An' };
const layout = buildSummaryLayout(consolidate([vanPhong(), chiCuc(), trungTam()]), { signature });

/** The block as the layout has it: A1 address → text, and the merges of its rows, for each table sheet. */
function expected(name: string): { texts: Record<string, string>; merges: string[] } {
  const s = layout.sheets.find((x) => x.name === name)!;
  const cells = s.blocks[0].cells;
  const top = cells.findIndex((row) => row[0].v === 'NGƯỜI LẬP BIỂU') - 1;
  const texts: Record<string, string> = {};
  cells.forEach((row, r) => {
    if (r < top) return;
    row.forEach((c, col) => {
      if (typeof c.v === 'string') texts[`${columnLetters(col)}${r + 1}`] = c.v;
    });
  });
  const merges = s.merges
    .filter((m) => m.r1 >= top)
    .map((m) => `${columnLetters(m.c1)}${m.r1 + 1}:${columnLetters(m.c2)}${m.r2 + 1}`)
    .sort();
  return { texts, merges };
}

test('the layout gives each table sheet the titles, notes, place and both names', () => {
  for (const name of TABLE_SHEETS) {
    const texts = Object.values(expected(name).texts);
    expect(texts).toEqual(
      expect.arrayContaining([
        'NGƯỜI LẬP BIỂU',
        'THỦ TRƯỞNG ĐƠN VỊ',
        '(Ký, ghi rõ họ tên)',
        '(Ký tên, đóng dấu)',
        'Tây Ninh, ngày … tháng … năm …',
        'Trần Thị Bình',
        'Nguyễn Văn An',
      ]),
    );
    expect(expected(name).merges.length).toBe(8);
  }
});

test('the file writer writes the block: texts, merges, bold titles, italic notes', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeWorkbook(layout)) as unknown as ExcelJS.Buffer);
  for (const name of TABLE_SHEETS) {
    const ws = wb.getWorksheet(name)!;
    const { texts, merges } = expected(name);
    for (const [addr, text] of Object.entries(texts)) expect([addr, ws.getCell(addr).value]).toEqual([addr, text]);
    const written = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map(
      (m) => m.range,
    );
    expect(written).toEqual(expect.arrayContaining(merges));
    const title = Object.keys(texts).find((a) => texts[a] === 'THỦ TRƯỞNG ĐƠN VỊ')!;
    const note = Object.keys(texts).find((a) => texts[a] === '(Ký tên, đóng dấu)')!;
    expect(ws.getCell(title).font).toMatchObject({ bold: true });
    expect(ws.getCell(title).alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell(note).font).toMatchObject({ italic: true });
  }
});

test('the Office.js writer writes the same block', async () => {
  const double = installDouble({ sheets: ['Sheet1'] });
  try {
    expect((await writeLayoutToWorkbook(layout, options())).status).toBe('written');
    for (const name of TABLE_SHEETS) {
      const snap = double.snapshot().sheets.find((s) => s.name === name)!;
      const { texts, merges } = expected(name);
      for (const [addr, text] of Object.entries(texts)) expect([addr, snap.cells[addr]?.value]).toEqual([addr, text]);
      expect(snap.merges).toEqual(expect.arrayContaining(merges));
      const title = Object.keys(texts).find((a) => texts[a] === 'NGƯỜI LẬP BIỂU')!;
      const note = Object.keys(texts).find((a) => texts[a] === '(Ký, ghi rõ họ tên)')!;
      expect(snap.cells[title].format).toMatchObject({ bold: true, hAlign: 'Center' });
      expect(snap.cells[note].format).toMatchObject({ italic: true });
    }
  } finally {
    double.uninstall();
  }
});
