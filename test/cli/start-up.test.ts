/**
 * The CLI starts without the heavy libraries: SheetJS (only for files the fast reader passes on), ExcelJS (only
 * when a workbook is written) and the Word libraries (only when a report is written) load on first use.
 */
const HEAVY = ['@e965/xlsx', 'exceljs', 'docx', 'docxtemplater', 'pizzip'];

test('loading the CLI loads none of SheetJS, ExcelJS, docx, docxtemplater and PizZip', () => {
  const loaded: string[] = [];
  jest.isolateModules(() => {
    for (const name of HEAVY) {
      jest.doMock(name, () => {
        loaded.push(name);
        return {};
      });
    }
    const cli = require('../../src/cli/main') as typeof import('../../src/cli/main');
    expect(typeof cli.main).toBe('function');
  });
  expect(loaded).toEqual([]);
});
