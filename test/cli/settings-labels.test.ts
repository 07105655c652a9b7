/**
 * `--settings` with the office's ways of writing statuses, degrees, staff categories, political theory, state
 * management and course types (DanhMuc table 4), as JSON and as the DanhMuc sheet `tonghop settings` writes from it:
 * a unit's own wordings are unknown without them and counted under their labels with them.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { run, type Run } from '../support/cli';
import { OFFICE_WORDINGS, officeWordingsBytes } from '../support/office-wordings-unit';
import { tempDirForTests } from '../support/temp-dir';

const work = tempDirForTests('tonghop-labels-');
let units: string;
beforeAll(async () => {
  units = path.join(work(), 'don-vi');
  fs.mkdirSync(units);
  fs.writeFileSync(path.join(units, 'van-phong.xlsx'), await officeWordingsBytes());
});

async function consolidateJson(...extra: string[]): Promise<{ r: Run; json: any }> {
  const out = path.join(work(), `th-${Math.random().toString(36).slice(2)}.xlsx`);
  const jsonFile = out.replace(/\.xlsx$/, '.json');
  const r = await run('consolidate', units, '-o', out, '--json', jsonFile, '--quiet', ...extra);
  return { r, json: JSON.parse(fs.readFileSync(jsonFile, 'utf8')) };
}

test('without --settings: the office wordings are «Khác: …»; the unknown status is an error that holds the TTHC figures', async () => {
  const { r, json } = await consolidateJson();
  expect(r.code).toBe(1);
  const unit = json.units[0];
  expect(json.files[0]).toMatchObject({ status: 'errors', held: ['tthc'] });
  expect(unit.tthc).toBeUndefined();
  expect(unit.staff.byDegree).toEqual({ 'Khác: Chuyên khoa cấp I': 1, 'Thạc sĩ': 1 });
  expect(unit.staff.byType).toEqual({ 'Khác: Biên chế': 1, 'Công chức': 1 });
  expect(unit.staff.byPoliticalTheory).toEqual({ 'Khác: Cử nhân CT': 1, 'Cao cấp': 1 });
  expect(unit.staff.byStateManagement).toEqual({ 'Khác: Ngạch CVC': 1, 'Chuyên viên chính': 1 });
  expect(unit.training.byKind).toEqual({ 'Khác: Lớp KTV chính': 1, 'Kế toán viên chính': 1 });
  expect(json.findings.map((f: any) => f.code)).toContain('REGISTER_BAD_STATUS');
});

test('with --settings (JSON, then the DanhMuc sheet made from it) every wording is counted in its row', async () => {
  const office = path.join(work(), 'co-quan.json');
  fs.writeFileSync(office, JSON.stringify(OFFICE_WORDINGS));
  const sheet = path.join(work(), 'danh-muc-co-quan.xlsx');
  expect((await run('settings', '--settings', office, '-o', sheet)).code).toBe(0);

  for (const file of [office, sheet]) {
    const { r, json } = await consolidateJson('--settings', file);
    expect(r.code).toBe(0);
    const unit = json.units[0];
    expect(unit.tthc).toMatchObject({ resolved: 3, early: 1, onTime: 1, late: 1 });
    expect(unit.staff).toMatchObject({
      byType: { 'Công chức': 2 },
      byDegree: { 'Thạc sĩ': 2 },
      byPoliticalTheory: { 'Cao cấp': 2 },
      byStateManagement: { 'Chuyên viên chính': 2 },
    });
    expect(unit.training.byKindAndType).toEqual({ 'Kế toán viên chính': { 'Công chức': 2 } });
    expect(json.findings).toEqual([]);
    expect(json.settings.file).toBe(path.basename(file));
    expect(json.settings.changes).toHaveLength(6);
  }
});

test('a wording claimed by two labels is a finding naming the entry; the run goes on with the first', async () => {
  const office = path.join(work(), 'trung.json');
  fs.writeFileSync(
    office,
    JSON.stringify({
      labels: [
        ...OFFICE_WORDINGS.labels,
        { list: 'Trạng thái hồ sơ', label: 'Quá hạn', synonyms: ['Đã trả KQ đúng hẹn'] },
      ],
    }),
  );
  const { r, json } = await consolidateJson('--settings', office);
  expect(r.code).toBe(1);
  expect(r.err).toContain('labels[6].synonyms');
  expect(json.findings.map((f: any) => [f.file, f.cell, f.code])).toEqual([
    ['trung.json', 'labels[6].synonyms', 'SETTINGS_SYNONYM_CLAIMED'],
  ]);
  expect(json.units[0].tthc).toMatchObject({ onTime: 1, late: 1 });
});

describe('the report wording in the settings (DanhMuc table 6)', () => {
  const RECEIVED =
    'Trong kỳ, {chủ thể} tiếp nhận tổng cộng {tiếp nhận} hồ sơ ({mới tiếp nhận} hồ sơ mới {trực tuyến}, {kỳ trước} hồ sơ kỳ trước chuyển sang).';

  test('an office sentence and subject (JSON, then the DanhMuc sheet made from it) reach the printed paragraphs', async () => {
    const office = path.join(work(), 'cau-chu.json');
    fs.writeFileSync(
      office,
      JSON.stringify({
        ...OFFICE_WORDINGS,
        phrases: [
          { name: 'Chủ thể của các câu (cơ quan báo cáo)', text: 'Sở Khoa học và Công nghệ' },
          { name: 'TTHC – câu tiếp nhận', text: RECEIVED },
        ],
      }),
    );
    const sheet = path.join(work(), 'danh-muc-cau-chu.xlsx');
    expect((await run('settings', '--settings', office, '-o', sheet)).code).toBe(0);
    for (const file of [office, sheet]) {
      const out = path.join(work(), `bc-${path.basename(file)}.xlsx`);
      const r = await run('consolidate', units, '-o', out, '--settings', file);
      expect(r.code).toBe(0);
      expect(r.err).toContain(
        'Trong kỳ, Sở Khoa học và Công nghệ tiếp nhận tổng cộng 03 hồ sơ (03 hồ sơ mới (không có hồ sơ trực tuyến), 0 hồ sơ kỳ trước chuyển sang).',
      );
      expect(r.err).toContain('Hiện tại, Sở Khoa học và Công nghệ có 02 ');
    }
  });

  test('a blank the report cannot fill is a finding naming the entry; the shipped sentence is printed', async () => {
    const office = path.join(work(), 'cau-sai.json');
    fs.writeFileSync(
      office,
      JSON.stringify({
        ...OFFICE_WORDINGS,
        phrases: [{ name: 'TTHC – câu tiếp nhận', text: 'Tiếp nhận {tổng số} hồ sơ.' }],
      }),
    );
    const r = await run('consolidate', units, '-o', path.join(work(), 'bc-sai.xlsx'), '--settings', office);
    expect(r.code).toBe(1);
    expect(r.err).toContain('phrases[0].text');
    expect(r.err).toContain('chỗ trống {tổng số} không có');
    expect(r.err).toContain('Trong kỳ, Sở đã tiếp nhận 03 hồ sơ');
  });

  test('tonghop report words the Word report as the summary JSON was made, or as --settings says for a summary workbook', async () => {
    const office = path.join(work(), 'cau-chu-bc.json');
    fs.writeFileSync(
      office,
      JSON.stringify({
        ...OFFICE_WORDINGS,
        phrases: [{ name: 'Chủ thể của các câu (cơ quan báo cáo)', text: 'Sở Khoa học và Công nghệ' }],
      }),
    );
    const xlsx = path.join(work(), 'th-bc.xlsx');
    const json = path.join(work(), 'th-bc.json');
    expect((await run('consolidate', units, '-o', xlsx, '--json', json, '--settings', office, '--quiet')).code).toBe(0);
    const text = async (file: string) =>
      (await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string')).replace(
        /<[^>]+>/g,
        '',
      );
    const said = 'Trong kỳ, Sở Khoa học và Công nghệ đã tiếp nhận 03 hồ sơ';

    expect((await run('report', json, '-o', path.join(work(), 'bc-json.docx'))).code).toBe(0);
    expect(await text(path.join(work(), 'bc-json.docx'))).toContain(said);
    expect((await run('report', xlsx, '-o', path.join(work(), 'bc-xlsx.docx'))).code).toBe(0);
    expect(await text(path.join(work(), 'bc-xlsx.docx'))).toContain('Trong kỳ, Sở đã tiếp nhận 03 hồ sơ');
    expect((await run('report', xlsx, '-o', path.join(work(), 'bc-xlsx-dm.docx'), '--settings', office)).code).toBe(0);
    expect(await text(path.join(work(), 'bc-xlsx-dm.docx'))).toContain(said);
  });
});
