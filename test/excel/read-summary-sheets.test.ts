/**
 * The summary already in the open workbook, read back through Office.js (the double) for a Word report made
 * without consolidating again: the sheets the pane wrote give back the figures they were written from.
 */
import { consolidate } from '../../src/core/consolidate';
import { buildSummaryLayout, officeSummaryLayout } from '../../src/core/report/summary-layout';
import { addSettingsSheet, writeLayoutToWorkbook } from '../../src/excel';
import { applySettings, buildSettingsWorkbook, readSettingsJson } from '../../src/core/settings';
import { reportParagraphs } from '../../src/core/report/paragraphs';
import { NO_SUMMARY_SHEETS, summaryOfOpenWorkbook } from '../../src/taskpane/workbook-summary';
import type { OfficeDouble } from '../support/office-double';
import { chiCuc, trungTam, vanPhong } from '../core/consolidate/unit-reports';
import { installDouble, options } from './helpers/harness';

let double: OfficeDouble;
afterEach(() => double.uninstall());

const direct = consolidate([vanPhong(), chiCuc(), trungTam()]);

async function workbookWithSummary(): Promise<void> {
  double = installDouble({ sheets: ['SoTheoDoi'] });
  await writeLayoutToWorkbook(
    buildSummaryLayout(direct, { agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH' }),
    options(),
  );
}

test('the sheets the pane wrote give back the units, the period and every section of the totals', async () => {
  await workbookWithSummary();
  const read = await summaryOfOpenWorkbook();
  if (!read.ok) throw new Error(read.message);
  const s = read.summary;
  expect(s.units.map((u) => u.name)).toEqual(direct.units.map((u) => u.name));
  expect(s.period).toEqual(direct.period);
  expect({ ...s.total.tthc, byField: undefined }).toEqual({ ...direct.total.tthc, byField: undefined });
  expect(s.byField).toEqual(direct.byField);
  for (const u of direct.units) expect(s.units.find((x) => x.name === u.name)?.tthc?.received).toBe(u.tthc?.received);
  expect(s.total.staff).toEqual(direct.total.staff);
  expect(s.total.training?.byKind).toEqual(direct.total.training?.byKind);
  expect(s.total.reception).toEqual(direct.total.reception);
  expect(s.findings.filter((f) => f.severity === 'error')).toEqual([]);
});

test('only the summary sheets are fetched: one request for the sheet list, one per summary sheet, one looking for DanhMuc', async () => {
  await workbookWithSummary();
  const summarySheets = double.workbook.sheets.filter((x) => /^(TH_|KiemTra|BaoCao)/.test(x.name)).length;
  double.resetStats();
  await summaryOfOpenWorkbook();
  expect(double.requests.map((r) => r.ok)).toEqual(Array(1 + summarySheets + 1).fill(true));
});

test("the report is worded as the workbook's DanhMuc sheet says (table 6), as its BaoCao sheet was", async () => {
  await workbookWithSummary();
  const office = applySettings(
    readSettingsJson(
      JSON.stringify({ phrases: [{ name: 'subject', text: 'Sở Khoa học và Công nghệ' }] }),
      'co-quan.json',
    ).input,
  );
  await addSettingsSheet(buildSettingsWorkbook(office), 'run-2');
  const read = await summaryOfOpenWorkbook();
  if (!read.ok) throw new Error(read.message);
  expect(read.summary.phrases).toEqual({ subject: 'Sở Khoa học và Công nghệ' });
  expect(reportParagraphs(read.summary).tthc).toMatch(/^Trong kỳ, Sở Khoa học và Công nghệ đã tiếp nhận/);
});

test('the summary comes with the DanhMuc settings it was read with: they name the agency and sign the layout made from it', async () => {
  await workbookWithSummary();
  const office = applySettings(
    readSettingsJson(
      JSON.stringify({ agency: { agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH', signerName: 'Nguyễn Văn An' } }),
      'co-quan.json',
    ).input,
  );
  await addSettingsSheet(buildSettingsWorkbook(office), 'run-3');
  const read = await summaryOfOpenWorkbook();
  if (!read.ok) throw new Error(read.message);
  expect(read.settings.agency.signerName).toBe('Nguyễn Văn An');
  expect(reportParagraphs(read.summary).tthc).toMatch(/^Trong kỳ, Sở Khoa học và Công nghệ tỉnh Tây Ninh đã tiếp nhận/);
  const th = officeSummaryLayout(read.summary, read.settings.agency).sheets[0];
  expect(th.blocks[0].cells.flat().some((c) => c.v === 'Nguyễn Văn An')).toBe(true);
});

test('a workbook without summary sheets says to consolidate first', async () => {
  double = installDouble({ sheets: ['Sheet1', 'TH_Cu'] });
  await expect(summaryOfOpenWorkbook()).resolves.toEqual({ ok: false, message: NO_SUMMARY_SHEETS });
});

test('hidden summary sheets are not the summary', async () => {
  await workbookWithSummary();
  await Excel.run(async (ctx) => {
    for (const name of ['TH_TTHC', 'TH_LinhVuc', 'TH_NhanSu', 'TH_DaoTao', 'TH_TiepDan', 'KiemTra', 'BaoCao'])
      ctx.workbook.worksheets.getItem(name).visibility = 'Hidden';
    await ctx.sync();
  });
  await expect(summaryOfOpenWorkbook()).resolves.toEqual({ ok: false, message: NO_SUMMARY_SHEETS });
});

test("a count changed by hand into text is an error finding naming the cell, and that unit's TTHC is held out, not a quiet zero", async () => {
  await workbookWithSummary();
  await Excel.run(async (ctx) => {
    const used = ctx.workbook.worksheets.getItem('TH_TTHC').getUsedRange();
    used.load('values,rowIndex');
    await ctx.sync();
    const r = used.values.findIndex((row) => row[1] === direct.units[0].name);
    // Column C holds the unit's received dossiers.
    ctx.workbook.worksheets.getItem('TH_TTHC').getRange(`C${used.rowIndex + r + 1}`).values = [['mười']];
    await ctx.sync();
  });
  const read = await summaryOfOpenWorkbook();
  if (!read.ok) throw new Error(read.message);
  const bad = read.summary.findings.filter((f) => f.severity === 'error');
  // The unit whose row it is has errors, like a unit file: its TTHC is held out of the totals (not counted as 0).
  expect(bad.map((f) => [f.code, f.sheet])).toEqual([
    ['SUMMARY_BAD_CELL', 'TH_TTHC'],
    ['UNIT_SECTION_HELD', ''],
  ]);
  expect(bad[0].message).toContain('«mười»');
  expect(read.summary.files.find((f) => f.unit === direct.units[0].name)).toMatchObject({
    status: 'errors',
    held: ['tthc'],
  });
  expect(read.summary.total.tthc?.received).toBe(direct.total.tthc!.received - direct.units[0].tthc!.received);
});
