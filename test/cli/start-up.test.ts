/**
 * The CLI starts without the heavy libraries: SheetJS (only for files the fast reader passes on) and the Word
 * libraries (only when a report is written) load on first use; ExcelJS and JSZip never (the .xlsx writer is ours).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

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

test('writing a workbook (tonghop template) loads neither ExcelJS nor JSZip', async () => {
  const loaded: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-start-up-'));
  try {
    let commands!: typeof import('../../src/cli/commands');
    jest.isolateModules(() => {
      for (const name of ['exceljs', 'jszip']) {
        jest.doMock(name, () => {
          loaded.push(name);
          return {};
        });
      }
      commands = require('../../src/cli/commands') as typeof import('../../src/cli/commands');
    });
    const out = path.join(dir, 'mau.xlsx');
    const code = await commands.templateCommand(
      { positional: [], options: new Map([['-o', out]]) },
      { out: () => {}, err: () => {} },
    );
    expect(code).toBe(0);
    expect([...fs.readFileSync(out).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(loaded).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
