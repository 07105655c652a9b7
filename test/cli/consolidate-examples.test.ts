/**
 * The README's main job, end to end on real files: the example province (made by scripts/make-examples.js)
 * through `tonghop consolidate`: figures, exit codes, stdout/stderr. LibreOffice's recalculation of the same summary:
 * consolidate-examples.libreoffice.test.ts.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { consolidateToJson, run, type Run } from '../support/cli';
import { readWorkbook } from '../../src/io/read-workbook';
import { tempDirForTests } from '../support/temp-dir';

const { makeExamples } = require('../../scripts/make-examples.js');

const EXAMPLES = path.join(__dirname, '..', '..', 'examples', 'don-vi');

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

const work = tempDirForTests('tonghop-cli-');

describe('tonghop consolidate on the bundled examples', () => {
  let result: Run;
  let json: any;
  const before = new Map<string, string>();

  beforeAll(async () => {
    for (const f of fs.readdirSync(EXAMPLES)) before.set(f, sha(path.join(EXAMPLES, f)));
    // As `npm run example` runs it: the file with a wrong stated total accepted as added up.
    const r = await consolidateToJson(work(), 'TongHop', EXAMPLES, '--accept', '06-phong-qlkh.xlsx');
    result = r;
    json = r.json;
  }, 60_000);

  test('succeeds (warnings allowed, the file with errors accepted) and says where the summary went', () => {
    expect(result.code).toBe(0);
    expect(result.err).toContain(path.join(work(), 'TongHop.xlsx'));
    expect(result.err).toContain(
      'Có lỗi: 06-phong-qlkh.xlsx (đã chấp nhận số cộng lại)\n  TTHC!C4 ghi 3, cộng lại được 0',
    );
    expect(result.out).toBe('');
    expect(json.files.find((f: any) => f.file === '06-phong-qlkh.xlsx')).toEqual({
      file: '06-phong-qlkh.xlsx',
      unit: 'Phòng Quản lý khoa học',
      status: 'errors',
      accepted: true,
    });
  });

  test('the JSON has the shape of docs/interfaces.md §3 and the seed report figures', () => {
    expect(json.period).toEqual({ label: '6 tháng đầu năm 2020', from: '2019-12-15', to: '2020-06-14' });
    expect(json.units).toHaveLength(6);
    const { byField, ...tthc } = json.total.tthc;
    expect(tthc).toEqual({
      received: 53,
      online: 17,
      inPerson: 29,
      carriedOver: 7,
      resolved: 49,
      early: 40,
      onTime: 9,
      late: 0,
      pending: 4,
      pendingOverdue: 0,
    });
    expect(Object.keys(byField).sort()).toEqual([
      'Hoạt động khoa học và công nghệ',
      'Sở hữu trí tuệ',
      'Tiêu chuẩn đo lường chất lượng',
    ]);
    expect(json.total.staff.present).toBe(182);
    expect(json.total.staff.byDegree).toMatchObject({ 'Tiến sĩ': 2, 'Thạc sĩ': 70, 'Đại học': 110 });
    expect(json.total.training.byKind).toEqual({
      'Cao cấp lý luận chính trị': 2,
      'Bồi dưỡng lãnh đạo, quản lý cấp phòng': 1,
      'QLNN ngạch chuyên viên': 2,
      'QLNN ngạch chuyên viên chính': 2,
      'Kế toán viên chính': 3,
    });
    // A unit that sent no TTHC section has no tthc key (absent, not zero).
    const thanhTra = json.units.find((u: any) => u.name === 'Thanh tra Sở');
    expect(thanhTra.tthc).toBeUndefined();
    expect(
      json.findings.every((f: any) => ['file', 'sheet', 'cell', 'severity', 'code', 'message'].every((k) => k in f)),
    ).toBe(true);
  });

  test('--quiet prints no report paragraphs', () => {
    expect(result.err).not.toContain('Trong kỳ, Sở đã tiếp nhận'); // --quiet: no paragraphs
  });

  test('source files are byte-identical afterwards', () => {
    for (const [f, h] of before) expect(sha(path.join(EXAMPLES, f))).toBe(h);
  });

  test("the summary workbook has the seven sheets and GuiLai (the examples have findings), the legacy-text unit name repaired, and BaoCao gives the seed report's paragraph", () => {
    const { grids, findings } = readWorkbook(
      new Uint8Array(fs.readFileSync(path.join(work(), 'TongHop.xlsx'))),
      'TongHop.xlsx',
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(grids.map((g) => g.name)).toEqual([
      'TH_TTHC',
      'TH_LinhVuc',
      'TH_NhanSu',
      'TH_DaoTao',
      'TH_TiepDan',
      'KiemTra',
      'BaoCao',
      'GuiLai',
    ]);
    const names = grids[0].rows.map((r) => r[1]);
    expect(names).toContain('Trung tâm ứng dụng tiến bộ khoa học và công nghệ');
    const text = grids[6].rows
      .flat()
      .filter((v) => typeof v === 'string')
      .join('\n');
    expect(text).toContain(
      'Trong kỳ, Sở đã tiếp nhận 53 hồ sơ, trong đó: số hồ sơ mới tiếp nhận 46 (17 hồ sơ trực tuyến); số hồ sơ từ kỳ trước chuyển sang 07. Đã giải quyết 49 hồ sơ: trước hạn 40 (81,6%), đúng hạn 09 (18,4%), quá hạn 0; đang giải quyết 04 hồ sơ.',
    );
    expect(text).toContain('182 công chức, viên chức và người lao động, gồm: 02 Tiến sĩ; 70 Thạc sĩ; 110 Đại học');
    expect(text).toContain('cử 02 công chức học cao cấp LLCT; 01 viên chức bồi dưỡng lãnh đạo, quản lý cấp phòng');
  });
});

describe('exit codes and inputs', () => {
  test('1 when a file is rejected: the summary is still written, the rejected file listed in it', async () => {
    const dir = path.join(work(), 'mix');
    fs.mkdirSync(dir);
    for (const f of ['01-van-phong.xlsx', '03-trung-tam-kiem-dinh.xls'])
      fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'hong.xlsx'), Buffer.from('PK\x03\x04 not really a workbook'));
    fs.writeFileSync(path.join(dir, '~$01-van-phong.xlsx'), 'lock file'); // Office lock file: skipped
    fs.mkdirSync(path.join(dir, 'con'));
    fs.copyFileSync(path.join(EXAMPLES, '04-thanh-tra.ods'), path.join(dir, 'con', '04-thanh-tra.ods')); // found in a subfolder
    const out = path.join(work(), 'mix.xlsx');
    const r = await run('consolidate', dir, '-o', out, '--quiet');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Bị loại: hong.xlsx');
    expect(r.err).not.toContain('~$');
    const { grids } = readWorkbook(new Uint8Array(fs.readFileSync(out)), 'mix.xlsx');
    const check = grids.find((g) => g.name === 'KiemTra')!;
    const cells = check.rows.flat().map(String);
    expect(cells).toContain('hong.xlsx');
    expect(cells).toContain('Bị loại');
    expect(cells).toContain('04-thanh-tra.ods');
  }, 60_000);

  test('2 on a usage error or when nothing is usable, writing no summary; progress never on stdout', async () => {
    expect((await run('consolidate', EXAMPLES)).code).toBe(2); // no -o
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('consolidate', EXAMPLES, '-o', path.join(work(), 'x.xlsx'), '--as-of', '31/02/2020')).code).toBe(
      2,
    );
    const bad = path.join(work(), 'bad.xlsx');
    fs.writeFileSync(bad, 'hello');
    const r = await run('consolidate', bad, '-o', path.join(work(), 'none.xlsx'), '--quiet');
    expect(r.code).toBe(2);
    expect(fs.existsSync(path.join(work(), 'none.xlsx'))).toBe(false);
    expect(r.out).toBe('');
  });

  test('an output that is one of the inputs is a usage error (2) and the input is left byte-identical', async () => {
    const dir = path.join(work(), 'same');
    fs.mkdirSync(dir);
    const src = path.join(dir, 'a.xlsx');
    fs.copyFileSync(path.join(EXAMPLES, '01-van-phong.xlsx'), src);
    const h = sha(src);
    const r = await run('consolidate', src, '-o', src);
    expect(r.code).toBe(2);
    expect(sha(src)).toBe(h);
  });

  test('1 when a file has errors not accepted: its TTHC is left out and named (stated vs added-up figure) on stderr, in the JSON and on KiemTra; --accept of a file not among the inputs is 2', async () => {
    const out = path.join(work(), 'held.xlsx');
    const r = await consolidateToJson(work(), 'held', EXAMPLES);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'Có lỗi: 06-phong-qlkh.xlsx (không tính vào tổng hợp: TTHC)\n  TTHC!C4 ghi 3, cộng lại được 0',
    );
    const j = r.json;
    expect(j.files.find((f: any) => f.file === '06-phong-qlkh.xlsx')).toEqual({
      file: '06-phong-qlkh.xlsx',
      unit: 'Phòng Quản lý khoa học',
      status: 'errors',
      held: ['tthc'],
    });
    // Its TTHC rows add up to 0, so the province's figures are the seed's either way; its staff still count.
    expect(j.units.find((u: any) => u.file === '06-phong-qlkh.xlsx').tthc).toBeUndefined();
    expect(j.total.tthc.received).toBe(53);
    expect(j.total.staff.present).toBe(182);
    const { grids } = readWorkbook(new Uint8Array(fs.readFileSync(out)), 'held.xlsx');
    const cells = grids
      .find((g) => g.name === 'KiemTra')!
      .rows.flat()
      .map(String);
    expect(cells).toContain('Có lỗi');
    expect(
      cells.some((c) =>
        c.startsWith('Phần thủ tục hành chính của đơn vị "Phòng Quản lý khoa học" không được tính vào tổng hợp'),
      ),
    ).toBe(true);
    expect((await run('consolidate', EXAMPLES, '-o', out, '--quiet', '--accept', 'khong-co.xlsx')).code).toBe(2);
  }, 60_000);

  test('check prints findings on stdout with file, sheet and cell; exit 1 for a file with errors unless accepted', async () => {
    const r = await run('check', path.join(EXAMPLES, '06-phong-qlkh.xlsx'), '--quiet');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Có lỗi: 06-phong-qlkh.xlsx (không tính vào tổng hợp: TTHC) — Phòng Quản lý khoa học');
    expect(
      (await run('check', path.join(EXAMPLES, '06-phong-qlkh.xlsx'), '--quiet', '--accept', '06-phong-qlkh.xlsx')).code,
    ).toBe(0);
    expect(r.out).toContain('06-phong-qlkh.xlsx › TTHC › C4');
    expect(r.out).toContain('06-phong-qlkh.xlsx › DaoTao › G2');
    const j = await run('check', path.join(EXAMPLES, '01-van-phong.xlsx'), '--json', '--quiet');
    expect(JSON.parse(j.out).files[0]).toMatchObject({ file: '01-van-phong.xlsx', status: 'valid' });
  });

  test("template writes a workbook with the unit sheets and the unit's name on ThongTin", async () => {
    const out = path.join(work(), 'mau.xlsx');
    const r = await run('template', '-o', out, '--unit', 'Chi cục TĐC');
    expect(r.code).toBe(0);
    const { grids } = readWorkbook(new Uint8Array(fs.readFileSync(out)), 'mau.xlsx');
    expect(grids.map((g) => g.name)).toEqual(
      expect.arrayContaining(['ThongTin', 'TTHC', 'SoTheoDoi', 'NhanSu', 'DaoTao', 'TiepDan']),
    );
    expect(grids.find((g) => g.name === 'ThongTin')!.rows.flat()).toContain('Chi cục TĐC');
  });

  test('--help is Vietnamese and lists the commands', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('tonghop consolidate');
    expect(r.out).toContain('Mã thoát');
  });
});

describe('examples/ is what scripts/make-examples.js makes', () => {
  test('regenerated workbooks hold the same cells as the committed ones', () => {
    const dir = path.join(work(), 'regen');
    const files: string[] = makeExamples(dir);
    expect(files.sort()).toEqual(fs.readdirSync(EXAMPLES).sort());
    for (const f of files) {
      const a = readWorkbook(new Uint8Array(fs.readFileSync(path.join(dir, f))), f).grids;
      const b = readWorkbook(new Uint8Array(fs.readFileSync(path.join(EXAMPLES, f))), f).grids;
      expect(a.map((g) => [g.name, g.rows])).toEqual(b.map((g) => [g.name, g.rows]));
    }
  });
});
