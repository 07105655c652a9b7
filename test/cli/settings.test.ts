/**
 * `tonghop settings` and `--settings`: the starting DanhMuc sheet, the office's entries from JSON or from the
 * sheet, an extra day off that changes a deadline, field synonyms that merge rows, wrong entries as findings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { run, type Run } from '../support/cli';
import { parseArgs } from '../../src/cli/args';
import { REPORT_OPTIONS, reportSettings } from '../../src/cli/report';
import { readWorkbook } from '../../src/io/read-workbook';
import { registerUnitBytes } from '../support/register-unit';
import { applySettings, findSettingsSheet, readSettingsGrid } from '../../src/core/settings';
import { tempDirForTests } from '../support/temp-dir';

const work = tempDirForTests('tonghop-settings-');
let unit: string;
beforeAll(async () => {
  unit = path.join(work(), 'don-vi', 'chi-cuc.xlsx');
  fs.mkdirSync(path.dirname(unit));
  fs.writeFileSync(unit, await registerUnitBytes());
});

async function consolidateJson(...extra: string[]): Promise<{ r: Run; json: any }> {
  const out = path.join(work(), `th-${Math.random().toString(36).slice(2)}.xlsx`);
  const jsonFile = out.replace(/\.xlsx$/, '.json');
  const r = await run('consolidate', path.dirname(unit), '-o', out, '--json', jsonFile, '--quiet', ...extra);
  return { r, json: JSON.parse(fs.readFileSync(jsonFile, 'utf8')) };
}

test('`tonghop settings -o` writes the starting DanhMuc sheet, which reads back as the shipped lists', async () => {
  const file = path.join(work(), 'danh-muc.xlsx');
  const r = await run('settings', '-o', file);
  expect(r.code).toBe(0);
  const { grids } = readWorkbook(new Uint8Array(fs.readFileSync(file)), 'danh-muc.xlsx');
  const sheet = findSettingsSheet(grids)!;
  expect(sheet.name).toBe('DanhMuc');
  const s = applySettings(readSettingsGrid(sheet, 'danh-muc.xlsx'));
  expect(s.findings).toEqual([]);
  expect(s.changes).toEqual([]);
  expect(s.fields.map((f) => f.name)).toContain('Tần số vô tuyến điện');
});

test('without --settings: the shipped calendar makes the dossier late; the JSON says no settings file was used', async () => {
  const { r, json } = await consolidateJson();
  expect(r.code).toBe(0);
  expect(json.total.tthc).toMatchObject({ resolved: 2, early: 1, onTime: 0, late: 1 });
  expect(Object.keys(json.total.tthc.byField)).toEqual(['Tiêu chuẩn đo lường chất lượng', 'Đo lường điện']);
  expect(json.settings).toEqual({ file: null, changes: [] });
});

test('an extra day off in the settings (JSON, then the DanhMuc sheet made from it) changes the deadline; a field synonym merges the rows', async () => {
  const office = path.join(work(), 'co-quan.json');
  fs.writeFileSync(
    office,
    JSON.stringify({
      days: [{ date: '13/10/2026', kind: 'Nghỉ', note: 'Quyết định của UBND tỉnh' }],
      fields: [{ name: 'Tiêu chuẩn đo lường chất lượng', synonyms: ['Đo lường điện'] }],
    }),
  );
  const fromJson = await consolidateJson('--settings', office);
  expect(fromJson.r.code).toBe(0);
  expect(fromJson.json.total.tthc).toMatchObject({ resolved: 2, early: 1, onTime: 1, late: 0 });
  expect(Object.keys(fromJson.json.total.tthc.byField)).toEqual(['Tiêu chuẩn đo lường chất lượng']);
  expect(fromJson.json.settings.file).toBe('co-quan.json');
  expect(fromJson.json.settings.changes.map((c: any) => c.change)).toEqual([
    'thêm ngày nghỉ 13/10/2026 (Quyết định của UBND tỉnh)',
    '«Tiêu chuẩn đo lường chất lượng»: thêm tên gọi khác «Đo lường điện»',
  ]);

  const sheet = path.join(work(), 'danh-muc-co-quan.xlsx');
  expect((await run('settings', '--settings', office, '-o', sheet)).code).toBe(0);
  const fromSheet = await consolidateJson('--settings', sheet);
  expect(fromSheet.r.code).toBe(0);
  expect(fromSheet.json.total.tthc).toEqual(fromJson.json.total.tthc);
  expect(fromSheet.json.settings.file).toBe('danh-muc-co-quan.xlsx');
  expect(fromSheet.json.settings.changes.map((c: any) => c.at)).toEqual([
    expect.stringMatching(/^DanhMuc!A\d+$/),
    expect.stringMatching(/^DanhMuc!A\d+$/),
  ]);
});

test('wrong entries are printed as findings, left out, and make the exit status 1; the summary is still written', async () => {
  const office = path.join(work(), 'sai.json');
  fs.writeFileSync(
    office,
    JSON.stringify({
      days: [{ date: '31/02/2026', kind: 'Nghỉ' }],
      fields: [
        { name: 'Đo lường điện', synonyms: ['Điện'] },
        { name: 'Điện lực', synonyms: ['Điện'] },
      ],
    }),
  );
  const { r, json } = await consolidateJson('--settings', office);
  expect(r.code).toBe(1);
  expect(r.err).toContain('days[0].date');
  expect(r.err).toContain('«31/02/2026»');
  expect(json.findings.filter((f: any) => f.file === 'sai.json').map((f: any) => [f.cell, f.code])).toEqual([
    ['days[0].date', 'SETTINGS_BAD_DATE'],
    ['fields[1].synonyms', 'SETTINGS_SYNONYM_CLAIMED'],
  ]);
  expect(json.total.tthc).toMatchObject({ late: 1 });
});

test('a settings file that cannot be used is a usage error (exit 2), naming it', async () => {
  const notJson = path.join(work(), 'hong.json');
  fs.writeFileSync(notJson, '{ days: ');
  const r1 = await run('check', unit, '--settings', notJson);
  expect(r1.code).toBe(2);
  expect(r1.err).toContain('hong.json');
  const r2 = await run('check', unit, '--settings', unit);
  expect(r2.code).toBe(2);
  expect(r2.err).toContain('không có trang DanhMuc');
});

test('the report document takes the agency and signer details the settings give, unless an option says otherwise', () => {
  const office = {
    parent: 'UBND TỈNH TÂY NINH',
    agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    place: 'Tây Ninh',
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Nguyễn Văn A',
    preparer: '',
  };
  const none = parseArgs([], REPORT_OPTIONS, []);
  expect(reportSettings(none, office)).toMatchObject({
    governingBody: 'UBND TỈNH TÂY NINH',
    place: 'Tây Ninh',
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Nguyễn Văn A',
  });
  const given = parseArgs(['--signer', 'Trần Thị B', '--place', 'Hà Nội'], REPORT_OPTIONS, []);
  expect(reportSettings(given, office)).toMatchObject({
    signerName: 'Trần Thị B',
    place: 'Hà Nội',
    governingBody: 'UBND TỈNH TÂY NINH',
  });
  expect(reportSettings(none)).toMatchObject({ governingBody: undefined, signerName: undefined });
});
