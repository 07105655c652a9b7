/**
 * `tonghop consolidate` with TongHop summaries among its inputs (interfaces.md §5), on the summaries 0.1 wrote
 * (test/fixtures/summaries/v0.1): merged collapsed and with --expand, mixed with a unit, a summary in a folder.
 * Figures from the fixtures' README: part A 48 received, part B 5, the province 53.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

const V01 = path.join(__dirname, '..', 'fixtures', 'summaries', 'v0.1');
const EXAMPLES = path.join(__dirname, '..', '..', 'examples', 'don-vi');

interface Run { code: number; out: string; err: string; json: any }

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-sum-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

async function run(name: string, ...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const json = path.join(work, `${name}.json`);
  const code = await main(['consolidate', ...argv, '-o', path.join(work, `${name}.xlsx`), '--json', json, '--quiet'],
    { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') }, '0.0.0-test');
  return { code, out, err, json: fs.existsSync(json) ? JSON.parse(fs.readFileSync(json, 'utf8')) : null };
}

describe('tonghop consolidate with summaries as inputs', () => {
  test('two summaries (workbook and JSON) merge into one: two units, the province totals, exit 0', async () => {
    const r = await run('merged', path.join(V01, 'phan-a.xlsx'), path.join(V01, 'phan-b.json'));
    expect(r.code).toBe(0);
    expect(r.json.units.map((u: any) => [u.name, u.source, u.tthc.received])).toEqual([
      ['Sở Khoa học và Công nghệ tỉnh Tây Ninh', 'summary', 48],
      ['phan-b', 'summary', 5],
    ]);
    expect(r.json.total.tthc.received).toBe(53);
    expect(r.err).toContain('Đã tổng hợp 2/2 tệp');
  }, 60_000);

  test('--expand keeps the summaries’ own six units; the totals do not change', async () => {
    const r = await run('expanded', path.join(V01, 'phan-a.xlsx'), path.join(V01, 'phan-b.xlsx'), '--expand');
    expect(r.code).toBe(0);
    expect(r.json.units).toHaveLength(6);
    expect(r.json.units.every((u: any) => u.source === 'unit')).toBe(true);
    expect(r.json.total.tthc.received).toBe(53);
    expect(r.json.total.staff.present).toBe(182);
    expect(r.err).toContain('Đã tổng hợp 2/2 tệp');
  }, 60_000);

  test('a unit that is also inside a summary: exit 1, the finding names both files, counted once', async () => {
    const r = await run('twice', path.join(V01, 'phan-a.xlsx'), path.join(EXAMPLES, '01-van-phong.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Bị loại: 01-van-phong.xlsx');
    const f = r.json.findings.find((x: any) => x.code === 'UNIT_IN_SUMMARY');
    expect(f.message).toContain('phan-a.xlsx');
    expect(r.json.total.tthc.received).toBe(48);
  }, 60_000);

  test('the examples’ folder with an old summary of them inside: the summary is left out, totals unchanged', async () => {
    const folder = path.join(work, 'don-vi');
    fs.cpSync(EXAMPLES, folder, { recursive: true });
    fs.copyFileSync(path.join(V01, 'tong-hop.xlsx'), path.join(folder, 'zz-tong-hop-cu.xlsx'));
    const r = await run('folder', folder);
    expect(r.code).toBe(1);
    expect(r.json.units.map((u: any) => u.name)).not.toContain('Sở Khoa học và Công nghệ');
    expect(r.json.total.tthc.received).toBe(53);
    expect(r.json.findings.find((x: any) => x.code === 'SUMMARY_UNITS_SENT_DIRECTLY').file).toBe('zz-tong-hop-cu.xlsx');
  }, 60_000);
});
