/**
 * The hostile corpus through the CLI door (`tonghop check` and `tonghop consolidate`, in-process, files read in
 * the reading workers): no uncaught exception, no hang, every rejection or warning a Vietnamese finding naming the
 * file (and sheet and cell where a cell is at fault), the expected findings of expected.json, sources untouched,
 * and untrusted text written as text, never as a formula.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbook } from '../../src/io/read-workbook';
import type { Finding } from '../../src/core/findings';
import { tempDirForTests } from '../support/temp-dir';
import {
  FIXTURES,
  XML_FORBIDDEN,
  checkFinding,
  corpusFiles,
  corpusScript,
  expectations,
  hasFinding,
  runCli,
  sha256,
  xlsxParts,
  type Expectation,
} from './support';

const { INJECTION, HTML_NAME } = corpusScript;

const work = tempDirForTests('tonghop-hostile-');
let files: ReturnType<typeof corpusFiles>;
const before = new Map<string, string>();

beforeAll(() => {
  files = corpusFiles();
  for (const f of files) before.set(f.file, sha256(f.file));
}, 120_000);

describe('the corpus is what scripts/make-hostile-corpus.js makes', () => {
  test("at least 40 files, each with an expected outcome; the committed ones are the script's output byte for byte", () => {
    const exp = expectations();
    expect(Object.keys(exp).length).toBeGreaterThanOrEqual(40);
    for (const [name, e] of Object.entries(exp)) {
      expect(['valid', 'warnings', 'errors', 'rejected']).toContain(e.status);
      // A file that is not valid must name at least one finding it produces.
      if (e.status !== 'valid') expect(e.findings.length).toBeGreaterThan(0);
      expect(e.about.length).toBeGreaterThan(5);
      expect(fs.existsSync(path.join(FIXTURES, name))).toBe(!e.big);
    }
    const regen = path.join(work(), 'regen');
    const made: string[] = corpusScript.makeHostileCorpus(regen);
    expect(made.sort()).toEqual(
      Object.keys(exp)
        .filter((n) => !exp[n].big)
        .sort(),
    );
    for (const name of [...made, 'expected.json']) {
      // A difference here means the fixtures are stale: rerun `node scripts/make-hostile-corpus.js`.
      expect(`${name} ${sha256(path.join(regen, name))}`).toBe(`${name} ${sha256(path.join(FIXTURES, name))}`);
    }
    // Nothing committed is big (the big files are made at test time).
    for (const name of made) expect(fs.statSync(path.join(FIXTURES, name)).size).toBeLessThan(200 * 1024);
  }, 120_000);
});

describe('each file alone through `tonghop check --json`', () => {
  const times: Array<[string, number]> = [];
  afterAll(() => {
    times.sort((a, b) => b[1] - a[1]);
    process.stderr.write(
      `hostile corpus: ${times.length} files checked; slowest ${times
        .slice(0, 3)
        .map(([f, ms]) => `${f} ${ms} ms`)
        .join(', ')}\n`,
    );
  });

  const names = Object.keys(expectations());
  test.each(names)(
    '%s',
    async (name) => {
      const f = files.find((x) => x.name === name)!;
      const e: Expectation = f.expect;
      const r = await runCli('check', '--json', '--quiet', f.file);
      times.push([name, r.ms]);
      expect(r.code).toBe(e.status === 'rejected' || e.status === 'errors' ? 1 : 0);
      const result = JSON.parse(r.out).files[0] as { file: string; status: string; findings: Finding[] };
      expect(result.file).toBe(name);
      expect({ name, status: result.status }).toEqual({ name, status: e.status });
      for (const want of e.findings) {
        expect({ want, found: hasFinding(result.findings, want) }).toEqual({ want, found: true });
      }
      for (const x of result.findings) checkFinding(x, name);
      if (e.status === 'rejected' || e.status === 'errors')
        expect(result.findings.some((x) => x.severity === 'error')).toBe(true);
      if (e.status !== 'valid') expect(result.findings.length).toBeGreaterThan(0);
      if (e.status === 'valid') expect(result.findings).toEqual([]);
      expect(sha256(f.file)).toBe(before.get(f.file));
    },
    60_000,
  );
});

describe('the whole corpus through `tonghop consolidate`', () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  let json: any;
  let summary: string;
  const slip = path.join(os.tmpdir(), 'tonghop-zip-slip.txt');

  beforeAll(async () => {
    fs.rmSync(slip, { force: true });
    const dirs = [...new Set(files.map((f) => path.dirname(f.file)))];
    summary = path.join(work(), 'TongHop.xlsx');
    run = await runCli('consolidate', ...dirs, '-o', summary, '--json', path.join(work(), 'TongHop.json'), '--quiet');
    json = JSON.parse(fs.readFileSync(path.join(work(), 'TongHop.json'), 'utf8'));
  }, 180_000);

  test('exit 1 (some files are rejected) and the summary is still written from the others', () => {
    expect(run.code).toBe(1);
    expect(fs.statSync(summary).size).toBeGreaterThan(10_000);
    expect(run.err).toContain(`Đã tổng hợp ${json.units.length}/${files.length} tệp`);
    expect(run.out).toBe('');
  });

  test('every file is listed in KiemTra with its result; rejected ones and those with errors are exactly those expected', () => {
    const { grids } = readWorkbook(new Uint8Array(fs.readFileSync(summary)), 'TongHop.xlsx');
    const check = grids.find((g) => g.name === 'KiemTra')!;
    const byFile = new Map<string, string>();
    for (const row of check.rows)
      if (typeof row[1] === 'string' && typeof row[4] === 'string') byFile.set(row[1], row[4]);
    const text: Record<string, string> = {
      valid: 'Hợp lệ',
      warnings: 'Có cảnh báo',
      errors: 'Có lỗi',
      rejected: 'Bị loại',
    };
    for (const f of files) expect([f.name, byFile.has(f.name)]).toEqual([f.name, true]);
    const rejected = files
      .filter((f) => (f.expect.corpusStatus ?? f.expect.status) === 'rejected')
      .map((f) => f.name)
      .sort();
    expect(
      [...byFile]
        .filter(([, s]) => s === text.rejected)
        .map(([f]) => f)
        .sort(),
    ).toEqual(rejected);
    const withErrors = files
      .filter((f) => (f.expect.corpusStatus ?? f.expect.status) === 'errors')
      .map((f) => f.name)
      .sort();
    expect(
      [...byFile]
        .filter(([, s]) => s === text.errors)
        .map(([f]) => f)
        .sort(),
    ).toEqual(withErrors);
    // Files with errors count only the sections no error concerns: listed among the units only when one is left.
    const units = json.units.map((u: any) => u.file);
    expect(units.filter((n: string) => !withErrors.includes(n)).sort()).toEqual(
      files
        .map((f) => f.name)
        .filter((n) => !rejected.includes(n) && !withErrors.includes(n))
        .sort(),
    );
    for (const n of withErrors) expect(json.files.find((x: any) => x.file === n).held.length).toBeGreaterThan(0);
  });

  test('cross-file findings: the same unit twice, a period unlike the others', () => {
    for (const f of files) {
      for (const want of f.expect.corpus ?? []) {
        const mine = (json.findings as Finding[]).filter((x) => x.file === f.name);
        expect({ file: f.name, want, found: hasFinding(mine, want) }).toEqual({ file: f.name, want, found: true });
      }
    }
    for (const x of json.findings as Finding[]) checkFinding(x, x.file);
  });

  test('source files are byte-identical afterwards; nothing was unpacked to disk', () => {
    for (const f of files) expect([f.name, sha256(f.file)]).toEqual([f.name, before.get(f.file)]);
    expect(fs.existsSync(slip)).toBe(false);
  });

  test('untrusted text is written as text: no formula carries it, every formula is one the summary makes', () => {
    const parts = xlsxParts(summary);
    const sheets = [...parts].filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(8); // the seven summary sheets and GuiLai (what each unit must fix)
    let formulas = 0;
    for (const [, xml] of sheets) {
      for (const m of xml.matchAll(/<f>([^<]*)<\/f>/g)) {
        formulas++;
        // Only SUM and IF over cell references, with "" as the only text.
        const f = m[1].replace(/&quot;&quot;/g, '');
        expect(f).toMatch(/^(?:SUM|IF|[A-Z]{1,3}\d+|[-+*/(),:=<>.0-9])+$/);
      }
      for (const payload of ['cmd|', 'HYPERLINK', 'WEBSERVICE', 'evil.example', 'onerror']) {
        expect(
          xml.includes(`<f>${payload}`) || /<f>[^<]*(cmd\||HYPERLINK|WEBSERVICE|evil\.example|onerror)/.test(xml),
        ).toBe(false);
      }
    }
    expect(formulas).toBeGreaterThan(50);
    // The payloads are there, as shared strings.
    const strings = parts.get('xl/sharedStrings.xml')!;
    expect(strings).toContain('=HYPERLINK(&quot;http://evil.example/');
    expect(strings).toContain('+cmd|&apos; /C calc&apos;!A0');
    expect(strings).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;');
  });

  test('TH_TTHC, TH_LinhVuc and KiemTra show the hostile names literally', () => {
    const { grids } = readWorkbook(new Uint8Array(fs.readFileSync(summary)), 'TongHop.xlsx');
    const cells = (name: string) =>
      grids
        .find((g) => g.name === name)!
        .rows.flat()
        .filter((v): v is string => typeof v === 'string');
    expect(cells('TH_TTHC')).toContain(INJECTION.unit);
    expect(cells('TH_TTHC')).toContain(HTML_NAME);
    for (const field of [INJECTION.field1, INJECTION.field2, INJECTION.field3])
      expect(cells('TH_LinhVuc')).toContain(field);
    expect(cells('KiemTra')).toContain(INJECTION.unit);
    expect(cells('KiemTra')).toContain(HTML_NAME);
    expect(cells('KiemTra').some((s) => s.includes('=HYPERLINK("x")'))).toBe(true); // a sheet name, in a finding
    // Control characters and broken surrogates are gone; the unit is still there by name.
    expect(cells('TH_TTHC')).toContain('Phòng Điều khiển');
    // XXE: the entity stays text, nothing was read from the disk.
    expect(cells('TH_TTHC')).toContain('Phòng XXE &xxe; &h;');
    expect(fs.readFileSync(summary).includes('root:x:0:0')).toBe(false);
    // A 100,000-character unit name is cut to what a cell holds.
    const long = cells('TH_TTHC').find((s) => s.startsWith('Trung tâm rất rất'))!;
    expect(long.length).toBe(32767);
    expect(long.endsWith('…')).toBe(true);
  });

  test('the summary is well-formed XML that Excel accepts (no character XML forbids)', () => {
    const parts = xlsxParts(summary);
    for (const [name, xml] of parts) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      expect([name, XML_FORBIDDEN.test(xml)]).toEqual([name, false]);
    }
    let xmllint = '';
    try {
      xmllint = execFileSync('which', ['xmllint'], { encoding: 'utf8' }).trim();
    } catch {
      return; // xmllint not installed: the character check above stands alone
    }
    const dir = path.join(work(), 'parts');
    for (const [name, xml] of parts) {
      if (!name.endsWith('.xml')) continue;
      const p = path.join(dir, name);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, xml);
      execFileSync(xmllint, ['--noout', p]); // throws on a parse error
    }
  });

  test('the JSON summary keeps the names (cleaned) and every finding Vietnamese', () => {
    const names = json.units.map((u: any) => u.name);
    expect(names).toContain(INJECTION.unit);
    expect(names).toContain(HTML_NAME);
    expect(names.every((n: string) => !XML_FORBIDDEN.test(n))).toBe(true);
  });
});
