/**
 * `tonghop consolidate` with TongHop summaries among its inputs (docs/interfaces.md §5), on the summaries 0.1 wrote
 * (test/fixtures/summaries/v0.1): merged collapsed and with --expand, mixed with a unit, a summary in a folder.
 * Figures from the fixtures' README: part A 48 received, part B 5, the province 53.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { consolidateToJson, run } from '../support/cli';
import { readWorkbook } from '../../src/io/read-workbook';
import { tempDirForTests } from '../support/temp-dir';
import { docxParagraphs } from '../support/docx-text';

const V01 = path.join(__dirname, '..', 'fixtures', 'summaries', 'v0.1');
const EXAMPLES = path.join(__dirname, '..', '..', 'examples', 'don-vi');

const work = tempDirForTests('tonghop-sum-');

const consolidate = (name: string, ...argv: string[]) => consolidateToJson(work(), name, ...argv);

describe('tonghop consolidate with summaries as inputs', () => {
  test('two summaries (workbook and JSON) merge into one: two units, the province totals, exit 0', async () => {
    const r = await consolidate('merged', path.join(V01, 'phan-a.xlsx'), path.join(V01, 'phan-b.json'));
    expect(r.code).toBe(0);
    expect(r.json.units.map((u: any) => [u.name, u.source, u.tthc.received])).toEqual([
      ['Sở Khoa học và Công nghệ tỉnh Tây Ninh', 'summary', 48],
      ['phan-b', 'summary', 5],
    ]);
    expect(r.json.total.tthc.received).toBe(53);
    expect(r.err).toContain('Đã tổng hợp 2/2 tệp');
  }, 60_000);

  test('--expand keeps the summaries’ own six units; the totals do not change', async () => {
    const r = await consolidate('expanded', path.join(V01, 'phan-a.xlsx'), path.join(V01, 'phan-b.xlsx'), '--expand');
    expect(r.code).toBe(0);
    expect(r.json.units).toHaveLength(6);
    expect(r.json.units.every((u: any) => u.source === 'unit')).toBe(true);
    expect(r.json.total.tthc.received).toBe(53);
    expect(r.json.total.staff.present).toBe(182);
    expect(r.err).toContain('Đã tổng hợp 2/2 tệp');
  }, 60_000);

  test('a unit that is also inside a summary: exit 1, the unit file rejected with a finding naming the summary, its figures counted once', async () => {
    const r = await consolidate('twice', path.join(V01, 'phan-a.xlsx'), path.join(EXAMPLES, '01-van-phong.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Bị loại: 01-van-phong.xlsx');
    const f = r.json.findings.find((x: any) => x.code === 'UNIT_IN_SUMMARY');
    expect(f.message).toContain('phan-a.xlsx');
    expect(r.json.total.tthc.received).toBe(48);
  }, 60_000);

  test('the examples’ folder with an old summary of them inside: the summary is left out, totals unchanged', async () => {
    const folder = path.join(work(), 'don-vi');
    fs.cpSync(EXAMPLES, folder, { recursive: true });
    fs.copyFileSync(path.join(V01, 'tong-hop.xlsx'), path.join(folder, 'zz-tong-hop-cu.xlsx'));
    const r = await consolidate('folder', folder);
    expect(r.code).toBe(1);
    expect(r.json.units.map((u: any) => u.name)).not.toContain('Sở Khoa học và Công nghệ');
    expect(r.json.total.tthc.received).toBe(53);
    expect(r.json.findings.find((x: any) => x.code === 'SUMMARY_UNITS_SENT_DIRECTLY').file).toBe('zz-tong-hop-cu.xlsx');
  }, 60_000);
});

/** The period options of the second half of 2020, the one after the summaries of test/fixtures/summaries/v0.1. */
const SECOND_HALF_2020 = ['--period', '6 tháng cuối năm 2020', '--from', '15/06/2020', '--as-of', '14/12/2020'];

/** The first half of 2021 compared with part A's first half of 2020 (48 received, 44 resolved). */
const COMPARED_WITH_PART_A = [
  '--previous',
  path.join(V01, 'phan-a.json'),
  '--period',
  '6 tháng đầu năm 2021',
  '--from',
  '15/12/2020',
  '--as-of',
  '14/06/2021',
];

/** Part A's workbook with Văn phòng Sở's received dossiers (16, TH_TTHC column C) typed as «mười», saved as `name`. */
async function partAWithBadCell(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(V01, 'phan-a.xlsx'));
  const ws = wb.getWorksheet('TH_TTHC')!;
  let cell: ExcelJS.Cell | undefined;
  ws.eachRow((row) => {
    if (row.getCell(2).value === 'Văn phòng Sở') cell = row.getCell(3);
  });
  expect(cell?.value).toBe(16);
  cell!.value = 'mười';
  const file = path.join(work(), name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a summary with an error among the inputs, like a unit workbook with one', () => {
  test('Có lỗi and exit 1, its TTHC held out; --accept takes it in (exit 0) with the error kept', async () => {
    const file = await partAWithBadCell('phan-a-loi.xlsx');
    const held = await consolidate('loi', file, path.join(V01, 'phan-b.xlsx'));
    expect(held.code).toBe(1);
    expect(held.err).toContain('Có lỗi: phan-a-loi.xlsx');
    expect(held.err).not.toContain('Bị loại');
    expect(held.json.total.tthc.received).toBe(5);
    expect(held.json.total.staff.present).toBe(182);

    const accepted = await consolidate('loi-nhan', file, path.join(V01, 'phan-b.xlsx'), '--accept', 'phan-a-loi.xlsx');
    expect(accepted.code).toBe(0);
    expect(accepted.err).toContain('Có lỗi: phan-a-loi.xlsx (đã chấp nhận số cộng lại)');
    // 48 − 16 (the cell counted as 0) + 5.
    expect(accepted.json.total.tthc.received).toBe(37);
    expect(accepted.json.findings.map((f: any) => f.code)).toEqual(['SUMMARY_BAD_CELL', 'UNIT_ERRORS_ACCEPTED']);
  }, 60_000);

  test('tonghop rollup joins it but Có lỗi and exit 1; --accept makes it exit 0', async () => {
    const file = await partAWithBadCell('phan-a-ky.xlsx');
    const units = ['01-van-phong.xlsx', '02-chi-cuc-tdc.xlsx', '03-trung-tam-kiem-dinh.xls'].map((u) =>
      path.join(EXAMPLES, u),
    );
    await consolidate('h2-a', ...units, ...SECOND_HALF_2020);
    const argv = [file, path.join(work(), 'h2-a.json'), '-o', path.join(work(), 'nam-a.xlsx')];
    const held = await run('rollup', ...argv);
    expect(held.code).toBe(1);
    expect(held.err).toContain('Có lỗi: phan-a-ky.xlsx');
    expect(held.err).toContain('«mười»');
    const accepted = await run('rollup', ...argv, '--accept', 'phan-a-ky.xlsx');
    expect(accepted.code).toBe(0);
    expect(accepted.err).toContain('Có lỗi: phan-a-ky.xlsx (đã chấp nhận số liệu)');
  }, 60_000);

  test('tonghop report refuses that workbook (exit 2, nothing written), saying why in the words the pane uses', async () => {
    const file = await partAWithBadCell('phan-a-bao-cao.xlsx');
    const docx = path.join(work(), 'phan-a-bao-cao.docx');
    const r = await run('report', file, '-o', docx);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /Lỗi: Không lập báo cáo vì bảng tổng hợp phan-a-bao-cao\.xlsx có số liệu sai: Ô C\d+ của trang «TH_TTHC» .*«mười»/,
    );
    expect(fs.existsSync(docx)).toBe(false);
  }, 60_000);
});

describe('tonghop consolidate --units and --previous', () => {
  test('--units lists who has not sent on stderr and in missingUnits, matching names by meaning', async () => {
    const list = path.join(work(), 'don-vi.txt');
    fs.writeFileSync(list, 'VĂN PHÒNG SỞ\nThanh tra so\nQuản lý khoa học\nPhòng Hợp tác quốc tế\n');
    const r = await consolidate(
      'units',
      path.join(EXAMPLES, '01-van-phong.xlsx'),
      path.join(EXAMPLES, '04-thanh-tra.ods'),
      path.join(EXAMPLES, '06-phong-qlkh.xlsx'),
      '--units',
      list,
    );
    expect(r.json.missingUnits).toEqual(['Phòng Hợp tác quốc tế']);
    expect(r.err).toContain('Chưa gửi báo cáo (1/4 đơn vị): Phòng Hợp tác quốc tế');
  }, 60_000);

  test('--previous: JSON previous and the comparison clause (53 vs 48 received: tăng 10,4%)', async () => {
    const r = await consolidate('compare', EXAMPLES, ...COMPARED_WITH_PART_A);
    expect(r.json.previous.total.tthc.received).toBe(48);
    expect(r.json.previous.period.label).toBe('6 tháng đầu năm 2020');
    const { grids } = readWorkbook(new Uint8Array(fs.readFileSync(path.join(work(), 'compare.xlsx'))), 'compare.xlsx');
    const text = grids
      .find((g) => g.name === 'BaoCao')!
      .rows.flat()
      .join('\n');
    expect(text).toContain('đã tiếp nhận 53 hồ sơ (tăng 10,4% so với cùng kỳ năm 2020)');
  }, 60_000);

  test('--previous with an office received sentence lacking {so với kỳ trước}: the change follows it as its own sentence, in BaoCao, the Word report and `tonghop report` from the JSON alike', async () => {
    const settings = path.join(work(), 'cau-chu.json');
    const received =
      'Trong kỳ, {chủ thể} tiếp nhận tổng cộng {tiếp nhận} hồ sơ ({mới tiếp nhận} hồ sơ mới {trực tuyến}, {kỳ trước} hồ sơ kỳ trước chuyển sang).';
    fs.writeFileSync(settings, JSON.stringify({ phrases: [{ name: 'tthcReceived', text: received }] }));
    const docx = path.join(work(), 'cau-chu.docx');
    const r = await consolidate('cau-chu', EXAMPLES, ...COMPARED_WITH_PART_A, '--settings', settings, '--docx', docx);
    const paragraph =
      'Trong kỳ, Sở tiếp nhận tổng cộng 53 hồ sơ (46 hồ sơ mới (17 hồ sơ trực tuyến), 07 hồ sơ kỳ trước chuyển sang). ' +
      'Số hồ sơ tiếp nhận tăng 10,4% so với cùng kỳ năm 2020. Đã giải quyết 49 hồ sơ (tăng 11,4% so với cùng kỳ năm 2020): ';
    const { grids } = readWorkbook(new Uint8Array(fs.readFileSync(path.join(work(), 'cau-chu.xlsx'))), 'cau-chu.xlsx');
    const sheet = grids.find((g) => g.name === 'BaoCao')!.rows.flat();
    expect(sheet.find((c) => typeof c === 'string' && c.startsWith('Trong kỳ, Sở tiếp nhận'))).toContain(paragraph);
    const word = (await docxParagraphs(docx)).find((t) => t.startsWith('Trong kỳ, Sở tiếp nhận'));
    expect(word).toContain(paragraph);
    const later = path.join(work(), 'cau-chu-sau.docx');
    expect((await run('report', path.join(work(), 'cau-chu.json'), '-o', later)).code).toBe(0);
    expect((await docxParagraphs(later)).find((t) => t.startsWith('Trong kỳ, Sở tiếp nhận'))).toBe(word);
    expect(r.json.settings.phrases).toEqual({ tthcReceived: received });
  }, 60_000);

  test('--previous with a file that is not a summary is a usage error (exit 2) naming it', async () => {
    const r = await consolidate('bad-previous', EXAMPLES, '--previous', path.join(EXAMPLES, '01-van-phong.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('01-van-phong.xlsx');
  }, 60_000);
});

describe('tonghop rollup', () => {
  test('a half-year summary and a JSON of the next are joined; an overlapping third one makes exit 1', async () => {
    const h2 = await consolidate('h2', EXAMPLES, ...SECOND_HALF_2020);
    expect(h2.json.period.to).toBe('2020-12-14');
    const year = await run(
      'rollup',
      path.join(V01, 'tong-hop.xlsx'),
      path.join(work(), 'h2.json'),
      '-o',
      path.join(work(), 'nam.xlsx'),
      '--json',
      path.join(work(), 'nam.json'),
      '--period',
      'Năm 2020',
      '--quiet',
    );
    expect(year.code).toBe(0);
    const y = JSON.parse(fs.readFileSync(path.join(work(), 'nam.json'), 'utf8'));
    expect(y.period).toEqual({ label: 'Năm 2020', from: '2019-12-15', to: '2020-12-14' });
    // 7 carried over + 2 × (17 + 29) new = 99; 2 × 49 = 98 resolved; 4 pending at the end.
    expect([y.total.tthc.received, y.total.tthc.resolved, y.total.tthc.pending]).toEqual([99, 98, 4]);
    expect(year.err).toContain('Đã ghép 2/2 bảng tổng hợp');
    const gap = await run(
      'rollup',
      path.join(V01, 'phan-a.xlsx'),
      path.join(work(), 'h2.json'),
      path.join(work(), 'units.json'),
      '-o',
      path.join(work(), 'hong.xlsx'),
      '--quiet',
    );
    expect(gap.code).toBe(1);
  }, 120_000);
});
