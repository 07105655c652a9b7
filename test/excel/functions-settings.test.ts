/**
 * `=TTHC.DEADLINE` and `=TTHC.WORKDAYS` honour the open workbook's DanhMuc sheet, through the Office double:
 * the functions bundle's own start-up in the shared runtime (Office.onReady → read the sheet, follow its edits),
 * the pane's «Danh mục» writing the starting sheet, and an edit of the sheet raised as Excel raises it.
 */
import { serialFromYmd } from '../../src/core/calendar';
import { buildSettingsSheet, buildSettingsWorkbook, defaultSettings } from '../../src/core/settings';
import { addSettingsSheet } from '../../src/excel';
import { installDouble } from './helpers/harness';
import type { OfficeDouble } from '../support/office-double';

type Fn = (...args: unknown[]) => unknown;
let double: OfficeDouble;
let fn: (id: string) => Fn;

beforeEach(async () => {
  double = installDouble({ sheets: ['SoTheoDoi'] });
  jest.isolateModules(() => {
    require('../../src/functions/functions');
  });
  fn = (id) => double.CustomFunctions.functions.get(id) as Fn;
  // Let the start-up read (Office.onReady → watchWorkbookSettings) finish.
  for (let i = 0; i < 20; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
});
afterEach(() => double.uninstall());

/** Types into the DanhMuc sheet as a user would, then lets Excel raise its change event. */
async function typeInSettings(address: string, values: unknown[][]): Promise<void> {
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('DanhMuc').getRange(address).values = values as any;
    await ctx.sync();
  });
  await double.raiseWorksheetChanged('DanhMuc', address);
}

/** Received Fri 09/10/2026 with 2 working days: due Tue 13/10/2026 by the shipped calendar. */
const deadline = () => fn('DEADLINE')('09/10/2026', 2);

test('without a DanhMuc sheet the functions count as before', () => {
  expect(deadline()).toBe(serialFromYmd(2026, 10, 13));
  expect(fn('WORKDAYS')('12/10/2026', '16/10/2026')).toBe(5);
});

test('an extra day off typed in the DanhMuc sheet moves =TTHC.DEADLINE and =TTHC.WORKDAYS, without extra arguments', async () => {
  expect(await addSettingsSheet(buildSettingsWorkbook(defaultSettings()), 'run-1')).toBe('written');
  expect(deadline()).toBe(serialFromYmd(2026, 10, 13));

  const before = double.requests.length;
  // The first empty row of the days table: title, hint, header, then A7.
  await typeInSettings('A7:C7', [['13/10/2026', 'Nghỉ', 'Quyết định của UBND tỉnh']]);
  expect(deadline()).toBe(serialFromYmd(2026, 10, 14));
  expect(fn('WORKDAYS')('12/10/2026', '16/10/2026')).toBe(4);
  // The function's own extra days still add to the sheet's.
  expect(fn('DEADLINE')('09/10/2026', 2, [['14/10/2026']])).toBe(serialFromYmd(2026, 10, 15));
  // The change was read back and the workbook recalculated (read requests, then one that calculates).
  expect(double.requests.length).toBeGreaterThan(before + 1);
  expect(double.requests.every((r) => r.ok)).toBe(true);
});

test('a wrong day in the DanhMuc sheet makes the day-counting functions #VALUE! naming the cell; status labels still count', async () => {
  await addSettingsSheet(buildSettingsWorkbook(defaultSettings()), 'run-1');
  await typeInSettings('A8:B8', [['thứ Hai tuần sau', 'Nghỉ']]);
  let err: any;
  try {
    deadline();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(double.CustomFunctions.Error);
  expect(err.code).toBe('#VALUE!');
  expect(err.message).toContain('Trang DanhMuc, ô A8');
  expect(err.message).toContain('«thứ Hai tuần sau»');
  expect(fn('ONTIME')([['Trước hạn'], ['Quá hạn']])).toBe(0.5);

  await typeInSettings('A8:B8', [['', '']]);
  expect(deadline()).toBe(serialFromYmd(2026, 10, 13));
});

/** The first empty row of table 4 (ways of writing) in the starting sheet, 1-based: after its title, hint and header. */
function firstLabelRow(): number {
  const cells = buildSettingsSheet(defaultSettings()).blocks[0].cells;
  return cells.findIndex((r) => typeof r[0].v === 'string' && r[0].v.startsWith('4. ')) + 4;
}

test('ways of writing typed in the DanhMuc sheet (table 4) reach =TTHC.ONTIME, COUNT, STAFF and TRAINING', async () => {
  await addSettingsSheet(buildSettingsWorkbook(defaultSettings()), 'run-1');
  const statuses = [['Trước hạn'], ['Đã trả KQ đúng hẹn'], ['Quá hạn'], ['Quá hạn']];
  const unknownStatus = (() => {
    try {
      return fn('ONTIME')(statuses);
    } catch (e) {
      return (e as { code: string }).code;
    }
  })();
  expect(unknownStatus).toBe('#VALUE!');
  expect(fn('STAFF')([['Biên chế'], ['Công chức']], 'Công chức')).toEqual([[1]]);
  expect(fn('TRAINING')([['Lớp KTV chính'], ['Kế toán viên chính']], 'Kế toán viên chính')).toEqual([[1]]);

  const r = firstLabelRow();
  await typeInSettings(`A${r}:C${r + 2}`, [
    ['Trạng thái hồ sơ', 'Đúng hạn', 'Đã trả KQ đúng hẹn'],
    ['Loại cán bộ', 'Công chức', 'Biên chế'],
    ['Loại khóa đào tạo', 'Kế toán viên chính', 'KTV chính'],
  ]);
  expect(fn('ONTIME')(statuses)).toBe(0.5);
  expect(fn('COUNT')(statuses, 'Đúng hạn')).toBe(1);
  expect(fn('STAFF')([['Biên chế'], ['Công chức']], 'Công chức')).toEqual([[2]]);
  expect(fn('TRAINING')([['Lớp KTV chính'], ['Kế toán viên chính']], 'Kế toán viên chính')).toEqual([[2]]);

  // Cleared again: back to the shipped wordings.
  await typeInSettings(`A${r}:C${r + 2}`, [
    ['', '', ''],
    ['', '', ''],
    ['', '', ''],
  ]);
  expect(fn('STAFF')([['Biên chế'], ['Công chức']], 'Công chức')).toEqual([[1]]);
});

test('«Danh mục» never replaces a DanhMuc sheet the workbook already has', async () => {
  await addSettingsSheet(buildSettingsWorkbook(defaultSettings()), 'run-1');
  await typeInSettings('A7:B7', [['13/10/2026', 'Nghỉ']]);
  expect(await addSettingsSheet(buildSettingsWorkbook(defaultSettings()), 'run-2')).toBe('exists');
  const values = await Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('DanhMuc').getRange('A7:B7');
    r.load('values');
    await ctx.sync();
    return r.values;
  });
  expect(values).toEqual([[serialFromYmd(2026, 10, 13), 'Nghỉ']]);
  expect(double.snapshot().sheets.map((s: any) => s.name)).toEqual(['SoTheoDoi', 'DanhMuc']);
});

describe('following the DanhMuc sheet costs requests only where it may have changed', () => {
  /** The functions' runtime started against a double of ExcelApi `apiVersion`. */
  async function startWith(apiVersion: string): Promise<void> {
    double.uninstall();
    double = installDouble({ sheets: ['SoTheoDoi'], apiVersion });
    jest.isolateModules(() => {
      require('../../src/functions/functions');
    });
    fn = (id) => double.CustomFunctions.functions.get(id) as Fn;
    for (let i = 0; i < 20; i++) await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
  }

  async function rename(before: string, after: string): Promise<void> {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(before).name = after;
      await ctx.sync();
    });
    await double.raiseWorksheetNameChanged(before, after);
  }

  test('an edit of the DanhMuc sheet is read back in two requests, then one recalculates', async () => {
    await addSettingsSheet(buildSettingsWorkbook(defaultSettings()), 'run-1');
    const before = double.requests.length;
    await typeInSettings('A7:B7', [['13/10/2026', 'Nghỉ']]);
    // The edit itself, the sheet with its id, its used range, the recalculation.
    expect(double.requests.length - before).toBe(4);
    expect(deadline()).toBe(serialFromYmd(2026, 10, 14));
  });

  test('ExcelApi 1.17: without a DanhMuc sheet an edit elsewhere reads nothing; a sheet renamed to or from DanhMuc is followed', async () => {
    await startWith('1.17');
    const before = double.requests.length;
    await double.raiseWorksheetChanged('SoTheoDoi', 'B2');
    expect(double.requests.length).toBe(before);

    await addSettingsSheet(buildSettingsWorkbook(defaultSettings()), 'run-1');
    await rename('DanhMuc', 'DanhMuc kỳ trước');
    // Typed into the sheet while it is not the DanhMuc sheet: not read.
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('DanhMuc kỳ trước').getRange('A7:B7').values = [['13/10/2026', 'Nghỉ']];
      await ctx.sync();
    });
    const quiet = double.requests.length;
    await double.raiseWorksheetChanged('DanhMuc kỳ trước', 'A7:B7');
    expect(double.requests.length).toBe(quiet);
    expect(deadline()).toBe(serialFromYmd(2026, 10, 13));
    await rename('DanhMuc kỳ trước', 'DanhMuc');
    expect(deadline()).toBe(serialFromYmd(2026, 10, 14));
    await rename('DanhMuc', 'DanhMuc kỳ trước');
    expect(deadline()).toBe(serialFromYmd(2026, 10, 13));
  });

  test('before ExcelApi 1.17 (no rename event): without a DanhMuc sheet an edit elsewhere looks for one again', async () => {
    const before = double.requests.length;
    await double.raiseWorksheetChanged('SoTheoDoi', 'B2');
    expect(double.requests.length).toBe(before + 1);
  });
});
