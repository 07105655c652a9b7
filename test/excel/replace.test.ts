/**
 * Nothing is lost: the add-in replaces only the sheets it made for the same period, asks first, and never
 * touches a user's sheet — even one with a name it wants.
 */
import { writeLayoutToWorkbook, type WriteResult } from '../../src/excel';
import type { OfficeDouble, SheetSnapshot } from '../support/office-double';
import { installDouble, options, readSheet, at, sheetNames } from './helpers/harness';
import { summaryLayout } from './helpers/summary-fixture';
import { addUserNotes, addUserTthc } from './helpers/workbooks';

const SUMMARY = ['TH_TTHC', 'TH_LinhVuc', 'TH_NhanSu', 'TH_DaoTao', 'TH_TiepDan', 'KiemTra', 'BaoCao'];

let double: OfficeDouble;
afterEach(() => double.uninstall());

const userSheet = (d: OfficeDouble, name: string): SheetSnapshot => {
  const s = d.snapshot().sheets.find((x) => x.name === name)!;
  return { ...s, position: -1 };
};
const marks = (d: OfficeDouble) =>
  d
    .snapshot()
    .names.filter((n) => n.name.startsWith('_TongHop_'))
    .map((n) => ({ ...n, comment: JSON.parse(n.comment) as Record<string, string> }));

describe('a user sheet called TH_TTHC', () => {
  let first: WriteResult;
  let userBefore: SheetSnapshot;

  beforeEach(async () => {
    double = installDouble({ sheets: ['Sheet1'] });
    await addUserTthc();
    userBefore = userSheet(double, 'TH_TTHC');
    first = await writeLayoutToWorkbook(summaryLayout(50, 1).layout, options({ runId: 'run-1' }));
  });

  test('is left alone; the report sheet becomes "TH_TTHC (2)" and the report text follows it', async () => {
    expect(first.sheets[0]).toEqual({ layoutName: 'TH_TTHC', name: 'TH_TTHC (2)' });
    expect(sheetNames(double)).toEqual(['Sheet1', 'TH_TTHC', 'TH_TTHC (2)', ...SUMMARY.slice(1)]);
    expect(userSheet(double, 'TH_TTHC')).toEqual(userBefore);
    const report = await readSheet('BaoCao');
    expect(at(report, 'formulas', 3, 1)).toBe("='TH_TTHC (2)'!C58");
    expect(at(report, 'formulas', 5, 1)).toBe("='TH_TTHC (2)'!H58+'TH_TTHC (2)'!I58");
    // The figures come from the report sheet, not from the user's.
    const tthc = await readSheet('TH_TTHC (2)');
    expect(at(report, 'values', 3, 1)).toBe(at(tthc, 'values', 57, 2));
    expect(marks(double).find((m) => m.comment.sheet === 'TH_TTHC')!.formula).toBe("='TH_TTHC (2)'!$A$1");
  });

  test('a second run for the same period asks, replaces only the add-in’s sheets, in place, and the user sheet survives', async () => {
    await addUserNotes(); // a user sheet after the report, referring to it
    const oldIds = double.workbook.sheets
      .filter((s) => s.name !== 'Sheet1' && s.name !== 'TH_TTHC' && s.name !== 'Ghi chú')
      .map((s) => s.id);
    const notesBefore = userSheet(double, 'Ghi chú');
    const asked: string[][] = [];
    double.resetStats();
    const second = await writeLayoutToWorkbook(
      summaryLayout(50, 2).layout,
      options({ runId: 'run-2', confirmReplace: async (s) => (asked.push(s), true) }),
    );
    expect(asked).toEqual([['TH_TTHC (2)', ...SUMMARY.slice(1)]]);
    expect(second.replaced).toEqual(['TH_TTHC (2)', ...SUMMARY.slice(1)]);
    expect(sheetNames(double)).toEqual(['Sheet1', 'TH_TTHC', 'TH_TTHC (2)', ...SUMMARY.slice(1), 'Ghi chú']);
    expect(userSheet(double, 'TH_TTHC')).toEqual(userBefore);
    // Old sheets gone, new ones in their place, marked with the new run.
    expect(double.workbook.sheets.some((s) => oldIds.includes(s.id))).toBe(false);
    expect(marks(double)).toHaveLength(7);
    expect(marks(double).every((m) => m.comment.run === 'run-2' && m.comment.period === '2024-H1')).toBe(true);
    expect(second.syncs).toBe(second.blocks + 2);
    // The new figures are there (seed 2 differs from seed 1).
    const fresh = summaryLayout(50, 2).layout.sheets[0].blocks[1].cells[3][2].v;
    expect(double.workbook.sheetByName('TH_TTHC (2)')!.peek(7, 2)!.value).toBe(fresh);
    // The notes refer to the user's TH_TTHC, which was not touched, so they are exactly as before.
    expect(userSheet(double, 'Ghi chú')).toEqual(notesBefore);
  });

  test('a run for another period keeps the first period’s sheets and takes the next free names', async () => {
    let asked = false;
    const other = await writeLayoutToWorkbook(
      summaryLayout(50, 3).layout,
      options({ runId: 'run-3', periodKey: '2024-H2', confirmReplace: async () => (asked = true) }),
    );
    expect(asked).toBe(false);
    expect(other.replaced).toEqual([]);
    expect(other.sheets.map((s) => s.name)).toEqual(['TH_TTHC (3)', ...SUMMARY.slice(1).map((n) => `${n} (2)`)]);
    expect(sheetNames(double)).toHaveLength(2 + 7 + 7);
    expect(userSheet(double, 'TH_TTHC')).toEqual(userBefore);
    const periods = marks(double).map((m) => m.comment.period);
    expect(periods.filter((p) => p === '2024-H1')).toHaveLength(7);
    expect(periods.filter((p) => p === '2024-H2')).toHaveLength(7);
    expect(other.syncs).toBe(other.blocks + 2);
  });

  test('declining the confirmation changes nothing', async () => {
    const before = double.snapshot();
    double.resetStats();
    const r = await writeLayoutToWorkbook(
      summaryLayout(50, 4).layout,
      options({ runId: 'run-4', confirmReplace: async () => false }),
    );
    expect(r.status).toBe('cancelled');
    expect(r.syncs).toBe(1);
    expect(double.requests).toHaveLength(1);
    expect(double.snapshot()).toEqual(before);
  });
});

describe('what the user did to the add-in’s sheets', () => {
  beforeEach(async () => {
    double = installDouble({ sheets: ['Sheet1'] });
    await writeLayoutToWorkbook(summaryLayout(20, 1).layout, options({ runId: 'run-1' }));
  });

  test('a renamed sheet is still the add-in’s; a deleted one leaves a stale marker that is cleaned up; a new user sheet with the old name is kept', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('TH_DaoTao').name = 'Đào tạo (bản cũ)';
      context.workbook.worksheets.getItem('TH_TiepDan').delete();
      await context.sync();
      const mine = context.workbook.worksheets.add('TH_TiepDan');
      mine.getRange('A1').values = [['Sổ tiếp dân của tôi']];
      await context.sync();
    });
    const mineBefore = userSheet(double, 'TH_TiepDan');
    const asked: string[][] = [];
    const r = await writeLayoutToWorkbook(
      summaryLayout(20, 2).layout,
      options({ runId: 'run-2', confirmReplace: async (s) => (asked.push(s), true) }),
    );
    expect(asked).toEqual([['TH_TTHC', 'TH_LinhVuc', 'TH_NhanSu', 'Đào tạo (bản cũ)', 'KiemTra', 'BaoCao']]);
    expect(r.sheets.map((s) => s.name)).toEqual([
      'TH_TTHC',
      'TH_LinhVuc',
      'TH_NhanSu',
      'TH_DaoTao',
      'TH_TiepDan (2)',
      'KiemTra',
      'BaoCao',
    ]);
    expect(sheetNames(double)).not.toContain('Đào tạo (bản cũ)');
    expect(userSheet(double, 'TH_TiepDan')).toEqual(mineBefore);
    const m = marks(double);
    expect(m).toHaveLength(7);
    expect(m.every((x) => x.comment.run === 'run-2' && !x.formula.includes('#REF!'))).toBe(true);
  });

  test('a sheet without a marker is never replaced, whatever its name', async () => {
    await Excel.run(async (context) => {
      const names = context.workbook.names;
      names.load('items/name,items/comment');
      await context.sync();
      // The user removes the add-in's marker of KiemTra (e.g. in the Name Manager): the sheet is theirs now.
      for (const n of names.items) if (JSON.parse(n.comment).sheet === 'KiemTra') n.delete();
      await context.sync();
    });
    const kept = userSheet(double, 'KiemTra');
    const r = await writeLayoutToWorkbook(summaryLayout(20, 2).layout, options({ runId: 'run-2' }));
    expect(r.replaced).not.toContain('KiemTra');
    expect(r.sheets[5].name).toBe('KiemTra (2)');
    expect(userSheet(double, 'KiemTra')).toEqual(kept);
  });
});
