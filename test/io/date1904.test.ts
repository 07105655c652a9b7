/**
 * Workbooks in the 1904 date system (Excel for Mac's old default): dates must read as the day the user sees.
 * The files are made here by two writers (ExcelJS with `properties.date1904`, SheetJS with `WBProps.date1904`),
 * so the reader's handling is checked against libraries other than the one path it uses.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { serialFromYmd } from '../../src/core/calendar/serial';
import { DATE1904_OFFSET, date1904FromWorkbookXml, toSerial1900 } from '../../src/io/date-system';
import { readUnitFile } from '../../src/io/read-unit-file';
import { readWorkbook } from '../../src/io/read-workbook';
import { u8, writeSheetJS } from './helpers';

/** 15/03/2024 as the 1900 system counts it (the core's dates). */
const MAR_15_2024 = serialFromYmd(2024, 3, 15);

/** 15/03/2024 as a 1904-system workbook stores it: 1462 days fewer (by hand: 45366 − 1462 = 43904). */
const MAR_15_2024_IN_1904 = 43904;

async function excelJs1904Unit(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet('ThongTin');
  const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  ws.addRows([
    ['THÔNG TIN CHUNG', ''],
    ['Tên đơn vị', 'Chi cục Tiêu chuẩn Đo lường Chất lượng'],
    ['Kỳ báo cáo', 'Quý I năm 2024'],
    ['Từ ngày', date(2023, 12, 15)],
    ['Đến ngày', date(2024, 3, 14)],
    ['Người lập biểu', 'Nguyễn Thị Lan'],
    ['Ngày lập', date(2024, 3, 15)],
  ]);
  for (const a of ['B4', 'B5', 'B7']) ws.getCell(a).numFmt = 'dd/mm/yyyy';
  return u8(await wb.xlsx.writeBuffer());
}

describe('1904 date system', () => {
  test('the shared conversion adds 1462 days, and only for 1904 workbooks', () => {
    expect(DATE1904_OFFSET).toBe(1462);
    expect(toSerial1900(MAR_15_2024_IN_1904, true)).toBe(MAR_15_2024);
    expect(toSerial1900(MAR_15_2024, false)).toBe(MAR_15_2024);
    // 1904 serial 0 is 01/01/1904.
    expect(toSerial1900(0, true)).toBe(serialFromYmd(1904, 1, 1));
  });

  test.each([
    ['<workbookPr date1904="1"/>', true],
    ['<x:workbookPr defaultThemeVersion="164011" date1904="true" />', true],
    ["<workbookPr date1904 = '1'>", true],
    ['<workbookPr date1904="0"/>', false],
    ['<workbookPr date1904="false"/>', false],
    ['<workbookPr defaultThemeVersion="164011"/>', false],
    ['<workbook><sheets/></workbook>', false],
  ])('workbook.xml %s → date1904 %s', (xml, expected) => {
    expect(date1904FromWorkbookXml(`<?xml version="1.0"?><workbook>${xml}</workbook>`)).toBe(expected);
  });

  test('a unit file written by ExcelJS in the 1904 system, dated 15/03/2024, reads as 15/03/2024 with its period', async () => {
    const bytes = await excelJs1904Unit();
    const { grids } = readWorkbook(bytes, 'donvi-mac.xlsx');
    expect(grids[0].rows[6][1]).toBe(MAR_15_2024);
    const report = readUnitFile(bytes, 'donvi-mac.xlsx');
    expect(report.preparedOn).toBe(MAR_15_2024);
    expect(report.period.from).toBe(serialFromYmd(2023, 12, 15));
    expect(report.period.to).toBe(serialFromYmd(2024, 3, 14));
  });

  test.each(['xlsx', 'xlsb', 'xls'] as const)(
    '.%s from SheetJS in the 1904 system: date cells shift, plain numbers do not',
    (bookType) => {
      const ws = XLSX.utils.aoa_to_sheet([
        ['Ngày tiếp nhận', 'Số hồ sơ'],
        [MAR_15_2024_IN_1904, 43904],
      ]);
      ws['A2'].z = 'dd/mm/yyyy';
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, ws, 'SoTheoDoi');
      wb.Workbook = { WBProps: { date1904: true } };
      const { grids, findings } = readWorkbook(writeSheetJS(wb, bookType), `donvi.${bookType}`);
      expect(findings).toEqual([]);
      expect(grids[0].rows[1]).toEqual([MAR_15_2024, 43904]);
      expect([...(grids[0].dateCells ?? [])]).toEqual(['1,0']);
    },
  );

  test('the same date in a 1900-system workbook is read unchanged', () => {
    const ws = XLSX.utils.aoa_to_sheet([[MAR_15_2024]]);
    ws['A1'].z = 'dd/mm/yyyy';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    expect(readWorkbook(writeSheetJS(wb, 'xlsx'), 'a.xlsx').grids[0].rows[0][0]).toBe(MAR_15_2024);
  });
});
