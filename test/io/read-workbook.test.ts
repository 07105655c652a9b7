import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/io/read-workbook';
import type { Grid } from '../../src/core/grid';
import { entriesOf, NFD_TOTAL, numbersWorkbook, odsOf, richWorkbook, u8, writeSheetJS, zipOf } from './helpers';
import XLSXmodule = require('@e965/xlsx');

function sheet(grids: Grid[], name: string): Grid {
  const g = grids.find((x) => x.name === name);
  if (!g) throw new Error(`no sheet ${name} in ${grids.map((x) => x.name).join(', ')}`);
  return g;
}

describe('readWorkbook over files written by SheetJS', () => {
  test.each(['xlsx', 'xlsm', 'xlsb'] as const)(
    '.%s: NFC text, dates as serials marked in dateCells, cached formula values, error cells, merges, hidden sheet and rows',
    (bookType) => {
      const { grids, findings } = readWorkbook(writeSheetJS(richWorkbook(), bookType), `donvi.${bookType}`);
      expect(findings).toEqual([]);
      const g = sheet(grids, 'TTHC');
      expect(g.rows[0][0]).toBe('Báo cáo kết quả giải quyết TTHC');
      expect(g.rows[3][0]).toBe('Phòng Hành chính – Tổng hợp');
      // Written in NFD, read back in NFC.
      expect(g.rows[4][0]).toBe('Tổng cộng'.normalize('NFC'));
      expect(g.rows[4][0]).not.toBe(NFD_TOTAL);
      expect(g.rows[2][1]).toBe(45000);
      expect(g.rows[3][1]).toBe(45001);
      expect(g.dateCells && [...g.dateCells].sort()).toEqual(['2,1', '3,1']);
      expect(g.rows[2][2]).toBe(10); // a plain number is not a date
      expect(g.rows[4][2]).toBe(30); // cached value of SUM(C3:C4), not recalculated
      expect(g.rows[2][3]).toBe(true);
      expect(g.rows[2][4]).toEqual({ error: '#REF!' });
      expect(g.rows[3][4]).toEqual({ error: '#DIV/0!' });
      expect(g.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 3 }]);
      expect(g.hiddenRows).toEqual([3]);
      expect(g.hidden).toBeUndefined();
      const hidden = sheet(grids, 'Ẩn');
      expect(hidden.hidden).toBe(true);
      expect(hidden.rows).toEqual([['Dữ liệu ẩn', 1]]);
    },
  );

  test('.xls (BIFF8): text, dates, cached values, errors, merges and the hidden sheet', () => {
    const { grids, findings } = readWorkbook(writeSheetJS(richWorkbook(), 'xls'), 'donvi.xls');
    expect(findings).toEqual([]);
    const g = sheet(grids, 'TTHC');
    expect(g.rows[4]).toEqual(['Tổng cộng', null, 30]);
    expect(g.rows[2].slice(0, 3)).toEqual(['Sở Khoa học và Công nghệ', 45000, 10]);
    expect(g.dateCells && [...g.dateCells].sort()).toEqual(['2,1', '3,1']);
    expect(g.rows[2][4]).toEqual({ error: '#REF!' });
    expect(g.rows[3][4]).toEqual({ error: '#DIV/0!' });
    expect(g.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 3 }]);
    expect(sheet(grids, 'Ẩn').hidden).toBe(true);
    // SheetJS's BIFF8 writer drops row visibility; hidden rows in .xls are checked on a LibreOffice file.
  });

  test('.ods: text, dates, cached formula values and merges', () => {
    const { grids, findings } = readWorkbook(writeSheetJS(richWorkbook(), 'ods'), 'donvi.ods');
    expect(findings).toEqual([]);
    const g = sheet(grids, 'TTHC');
    expect(g.rows[4]).toEqual(['Tổng cộng', null, 30]);
    expect(g.rows[3].slice(0, 3)).toEqual(['Phòng Hành chính – Tổng hợp', 45001, 20]);
    expect(g.dateCells && [...g.dateCells].sort()).toEqual(['2,1', '3,1']);
    expect(g.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 3 }]);
  });

  test('Excel 2003 XML saved as .xls is read, with a warning that it is not a real .xls', () => {
    const { grids, findings } = readWorkbook(writeSheetJS(richWorkbook(), 'xlml'), 'xuat-tu-phan-mem.xls');
    expect(sheet(grids, 'TTHC').rows[4][2]).toBe(30);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['READ_TEXT_WORKBOOK', 'warning']]);
  });

  test('an HTML table saved as .xls is read, with the same warning', () => {
    const html =
      '<html><body><table><tr><td>Đơn vị</td><td>Số hồ sơ</td></tr><tr><td>Sở Tư pháp</td><td>12</td></tr></table></body></html>';
    const { grids, findings } = readWorkbook(u8(Buffer.from(html, 'utf8')), 'bao-cao.xls');
    expect(grids[0].rows).toEqual([
      ['Đơn vị', 'Số hồ sơ'],
      ['Sở Tư pháp', 12],
    ]);
    expect(findings[0].code).toBe('READ_TEXT_WORKBOOK');
  });
});

describe('readWorkbook cell values', () => {
  test('a formula saved without a cached value reads as an empty cell with its formula text in grid.formulas', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('TTHC');
    ws.getCell('A1').value = 5;
    ws.getCell('A2').value = { formula: 'A1*2' } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = { formula: 'A1*3' } as ExcelJS.CellFormulaValue;
    ws.getCell('A4').value = { formula: 'A1*4', result: 20 } as ExcelJS.CellFormulaValue;
    const { grids, findings } = readWorkbook(u8(await wb.xlsx.writeBuffer()), 'x.xlsx');
    expect(grids[0].rows).toEqual([[5], [], [], [20]]);
    expect(grids[0].formulas).toEqual(
      new Map([
        ['1,0', 'A1*2'],
        ['2,0', 'A1*3'],
      ]),
    );
    expect(findings).toEqual([]);
  });

  test.each(['xlsx', 'xlsb', 'xls'] as const)(
    '.%s: a very hidden sheet is marked hidden and veryHidden, a hidden one hidden only',
    (bookType) => {
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['hiện']]), 'Hiện');
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['ẩn']]), 'Ẩn');
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['rất ẩn']]), 'Rất ẩn');
      wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }, { Hidden: 2 }] };
      const { grids } = readWorkbook(writeSheetJS(wb, bookType), `a.${bookType}`);
      expect(grids.map((g) => [g.name, g.hidden ?? false, g.veryHidden ?? false])).toEqual([
        ['Hiện', false, false],
        ['Ẩn', true, false],
        ['Rất ẩn', true, true],
      ]);
    },
  );

  test('formula text without a cached value keeps cross-sheet references as typed', () => {
    const ws = XLSX.utils.aoa_to_sheet([[1]]);
    ws['B1'] = { t: 'n', f: "SUM('Số liệu kỳ này'!C3:C9)+A1" };
    ws['!ref'] = 'A1:B1';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'TTHC');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[2]]), 'Số liệu kỳ này');
    const { grids } = readWorkbook(writeSheetJS(wb, 'xlsx'), 'a.xlsx');
    expect(grids[0].formulas).toEqual(new Map([['0,1', "SUM('Số liệu kỳ này'!C3:C9)+A1"]]));
  });

  test('far-apart cells do not materialise the empty rectangle between them', () => {
    const ws = XLSX.utils.aoa_to_sheet([['đầu']]);
    ws['Z5000'] = { t: 'n', v: 7 };
    ws['!ref'] = 'A1:Z5000';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const g = readWorkbook(writeSheetJS(wb, 'xlsx'), 'x.xlsx').grids[0];
    expect(g.rows).toHaveLength(5000);
    expect(g.rows[0]).toEqual(['đầu']);
    expect(g.rows[1]).toEqual([]);
    expect(g.rows[4999]).toHaveLength(26);
    expect(g.rows[4999][25]).toBe(7);
  });

  test('styled empty cells (stubs) do not become values or lengthen rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'x';
    for (let c = 2; c <= 30; c++) ws.getCell(1, c).border = { top: { style: 'thin' } };
    for (let r = 2; r <= 50; r++)
      ws.getCell(r, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    const g = readWorkbook(u8(await wb.xlsx.writeBuffer()), 's.xlsx').grids[0];
    expect(g.rows).toEqual([['x']]);
  });
});

describe('readWorkbook limits checked before parsing', () => {
  afterEach(() => jest.restoreAllMocks());

  test('a sheet whose <dimension> exceeds maxCells is refused with the figures, and SheetJS never runs', () => {
    const bytes = numbersWorkbook(100, 50); // 5,000 cells, dimension A1:AX100
    const read = jest.spyOn(XLSXmodule, 'read');
    const { grids, findings } = readWorkbook(bytes, 'lon.xlsx', { maxCells: 1000 });
    expect(read).not.toHaveBeenCalled();
    expect(grids).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      file: 'lon.xlsx',
      sheet: 'Số liệu',
      severity: 'error',
      code: 'READ_TOO_MANY_CELLS',
    });
    expect(findings[0].message).toContain('5.000 ô');
    expect(findings[0].message).toContain('A1:AX100');
    expect(findings[0].message).toContain('1.000 ô');
  });

  test('the same workbook under a larger limit is read (the limit is what refused it)', () => {
    const { grids, findings } = readWorkbook(numbersWorkbook(100, 50), 'lon.xlsx', { maxCells: 5000 });
    expect(findings).toEqual([]);
    expect(grids[0].rows[99][49]).toBe(4999);
  });

  test('a small sheet with a wrong, huge <dimension> is not refused', () => {
    const entries = entriesOf(numbersWorkbook(3, 3)).map((e) =>
      e.name === 'xl/worksheets/sheet1.xml'
        ? { ...e, data: String(e.data).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>') }
        : e,
    );
    expect(String(entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!.data)).toContain('A1:XFD1048576');
    const { grids, findings } = readWorkbook(u8(zipOf(entries)), 'sai-dimension.xlsx');
    expect(findings).toEqual([]);
    expect(grids[0].rows).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8],
    ]);
  });

  test('an .xls over maxCells (no dimension to trust) is counted after parsing and refused', () => {
    const { grids, findings } = readWorkbook(numbersWorkbook(100, 50, 'xls'), 'lon.xls', { maxCells: 1000 });
    expect(grids).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual(['READ_TOO_MANY_CELLS']);
    expect(findings[0].sheet).toBe('Số liệu');
    expect(findings[0].message).toContain('1.000 ô');
    expect(findings[0].message).toContain('"Số liệu"');
  });

  test('an .xls larger than maxUnpackedBytes is refused by its file size', () => {
    const bytes = numbersWorkbook(100, 50, 'xls');
    const read = jest.spyOn(XLSXmodule, 'read');
    const { findings } = readWorkbook(bytes, 'lon.xls', { maxUnpackedBytes: 10_000 });
    expect(read).not.toHaveBeenCalled();
    expect(findings[0].code).toBe('READ_TOO_LARGE');
    expect(findings[0].message).toMatch(/vượt giới hạn 0,0 MB/);
  });

  test('an ODS whose repeated cells expand to millions is refused from content.xml, before SheetJS runs', () => {
    // 2,000 rows × 5,000 repeated cells = 10,000,000 cells from a file of about 1 KB.
    const ods = odsOf(
      '',
      '<table:table table:name="Bom"><table:table-row table:number-rows-repeated="2000">' +
        '<table:table-cell table:number-columns-repeated="5000" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>' +
        '</table:table-row></table:table>',
    );
    expect(ods.length).toBeLessThan(2000);
    const read = jest.spyOn(XLSXmodule, 'read');
    const { grids, findings } = readWorkbook(u8(ods), 'bom.ods');
    expect(read).not.toHaveBeenCalled();
    expect(grids).toEqual([]);
    expect(findings[0]).toMatchObject({ code: 'READ_TOO_MANY_CELLS', sheet: 'Bom' });
    expect(findings[0].message).toContain('10.000.000 ô');
  });
});

describe('readWorkbook ODS details SheetJS does not report', () => {
  test('hidden rows (collapse, filter, repeated) and a hidden sheet come from content.xml', () => {
    const row = (v: string, extra = '') =>
      `<table:table-row${extra}><table:table-cell office:value-type="string"><text:p>${v}</text:p></table:table-cell></table:table-row>`;
    const ods = odsOf(
      '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>' +
        '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>',
      '<table:table table:name="Hiện" table:style-name="ta1">' +
        row('r0') +
        row('r1', ' table:visibility="collapse"') +
        row('r2') +
        '<table:table-row table:number-rows-repeated="2" table:visibility="filter"><table:table-cell office:value-type="float" office:value="5"><text:p>5</text:p></table:table-cell></table:table-row>' +
        row('r5') +
        // Trailing hidden empty rows must not produce indexes beyond the data.
        '<table:table-row table:number-rows-repeated="1048000" table:visibility="collapse"><table:table-cell/></table:table-row>' +
        '</table:table>' +
        `<table:table table:name="Ẩn" table:style-name="ta2">${row('bí mật')}</table:table>`,
    );
    const { grids, findings } = readWorkbook(u8(ods), 'an.ods');
    expect(findings).toEqual([]);
    const g = sheet(grids, 'Hiện');
    expect(g.rows).toEqual([['r0'], ['r1'], ['r2'], [5], [5], ['r5']]);
    expect(g.hiddenRows).toEqual([1, 3, 4]);
    expect(g.hidden).toBeUndefined();
    expect(sheet(grids, 'Ẩn').hidden).toBe(true);
  });
});
