/**
 * The CLI's per-file bounds: each file is read in a worker thread, stopped after `--file-timeout` seconds, and a
 * worker that runs out of memory or dies costs only its file. Checked in-process (main, with the TypeScript worker
 * entry) and with the compiled CLI in a child process (the worker entry as `npm run build` emits it).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { readUnitFiles, outcomeReport } from '../../src/cli/read-files';
import { DEFAULT_FILE_TIMEOUT_S, ReadPool } from '../../src/cli/read-pool';
import { HELP } from '../../src/cli/main';
import { ROOT, FIXTURES, checkFinding, corpusFiles, corpusScript, runCli, sha256 } from './support';
import { tempDirForTests } from '../support/temp-dir';

// Every worker of the pool runs hanging-worker.ts: the real reader, except that a file named treo*.xlsx never ends.
jest.mock('../../src/cli/worker-entry', () => ({
  parseWorkerEntry: () => require('path').join(__dirname, 'hanging-worker.ts'),
}));

const { zipOf, unzip, unitWorkbook } = corpusScript;
const quiet = { step: () => undefined, done: () => undefined };

const work = tempDirForTests('tonghop-timeout-');
let slow: string; // cham.xlsx: a legit workbook of 80,000 staff rows, seconds to read
let hanging: string; // treo.xlsx: a valid workbook whose reading never ends (see hanging-worker.ts)
const valid = path.join(FIXTURES, 'hop-le.xlsx');
const empty = path.join(FIXTURES, 'rong.xlsx');

beforeAll(() => {
  slow = corpusFiles().find((f) => f.name === 'cham.xlsx')!.file;
  hanging = path.join(work(), 'treo.xlsx');
  fs.copyFileSync(valid, hanging);
}, 120_000);

/** A legal but heavy workbook: 300,000 staff rows (600,000 cells), written directly as XML. */
function heavyWorkbook(): string {
  const file = path.join(work(), 'nang.xlsx');
  if (fs.existsSync(file)) return file;
  const rows = [
    '<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>',
  ];
  for (let r = 2; r <= 300_001; r++)
    rows.push(
      `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c><c r="B${r}" t="inlineStr"><is><t>Nguyễn Văn ${r % 997}</t></is></c></row>`,
    );
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B300001"/><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const entries = unzip(unitWorkbook('Phòng Nặng', 70)).map((e: { name: string; data: Buffer }) =>
    e.name === 'xl/worksheets/sheet3.xml' ? { name: e.name, data: xml, level: 1 } : e,
  );
  fs.writeFileSync(file, zipOf(entries));
  return file;
}

describe('--file-timeout', () => {
  test('a file still being read after the limit is rejected with a Vietnamese finding naming it; the others are read', async () => {
    const dir = path.join(work(), 'mix');
    fs.mkdirSync(dir);
    for (const f of [hanging, valid, empty]) fs.copyFileSync(f, path.join(dir, path.basename(f)));
    const before = sha256(path.join(dir, 'treo.xlsx'));
    const out = path.join(work(), 'mix.xlsx');
    const r = await runCli(
      'consolidate',
      dir,
      '-o',
      out,
      '--json',
      path.join(work(), 'mix.json'),
      '--quiet',
      '--file-timeout',
      '1',
    );
    expect(r.code).toBe(1);
    const json = JSON.parse(fs.readFileSync(path.join(work(), 'mix.json'), 'utf8'));
    expect(json.units.map((u: any) => u.file)).toEqual(['hop-le.xlsx']);
    const timeout = json.findings.filter((f: any) => f.file === 'treo.xlsx');
    expect(timeout).toHaveLength(1);
    expect(timeout[0]).toMatchObject({ code: 'READ_TIMEOUT', severity: 'error', sheet: '', cell: '' });
    expect(timeout[0].message).toContain('Quá thời gian đọc tệp «treo.xlsx»: sau 1 giây');
    expect(timeout[0].message).toContain('--file-timeout');
    checkFinding(timeout[0], 'treo.xlsx');
    expect(json.findings.some((f: any) => f.file === 'rong.xlsx' && f.code === 'READ_EMPTY_FILE')).toBe(true);
    expect(r.err).toContain('Bị loại: treo.xlsx');
    expect(fs.existsSync(out)).toBe(true);
    expect(sha256(path.join(dir, 'treo.xlsx'))).toBe(before);
  }, 60_000);

  test('fractions of a second are accepted (with a decimal comma too); 0 means no limit: a slow legit file is read in full', async () => {
    const a = await runCli('check', '--json', '--quiet', '--file-timeout', '0,5', hanging);
    expect(a.code).toBe(1);
    expect(JSON.parse(a.out).files[0].findings[0].message).toContain('sau 0,5 giây');
    const b = await runCli('check', '--json', '--quiet', '--file-timeout', '0', slow);
    expect(b.code).toBe(0);
    expect(JSON.parse(b.out).files[0].status).toBe('valid');
  }, 60_000);

  test('a value that is not a number of seconds is a usage error (exit 2)', async () => {
    for (const bad of ['abc', '-1', '', 'Infinity']) {
      const r = await runCli('check', '--file-timeout', bad, valid);
      expect(r.code).toBe(2);
      expect(r.err).toContain('--file-timeout');
      expect(r.err).toContain('không phải số giây hợp lệ');
    }
  });

  test('the help names the option and its default', () => {
    expect(HELP).toContain('--file-timeout');
    expect(HELP).toContain(`mặc định ${DEFAULT_FILE_TIMEOUT_S}`);
  });
});

describe('a worker that runs out of memory or dies costs only its file', () => {
  test('out of memory: the heavy file is rejected (READ_OUT_OF_MEMORY), the next file is read by a fresh worker', async () => {
    const heavy = heavyWorkbook();
    const seen: string[] = [];
    const reports = await readUnitFiles([heavy, valid], {}, quiet, {
      maxHeapMb: 48,
      workers: 1,
      onFile: (f, _ms, kind) => seen.push(`${f}:${kind}`),
    });
    expect(seen).toEqual(['nang.xlsx:crashed', 'hop-le.xlsx:report']);
    expect(reports[0].status).toBe('rejected');
    expect(reports[0].findings).toHaveLength(1);
    expect(reports[0].findings[0]).toMatchObject({ file: 'nang.xlsx', code: 'READ_OUT_OF_MEMORY', severity: 'error' });
    expect(reports[0].findings[0].message).toContain('vượt 48 MB');
    checkFinding(reports[0].findings[0], 'nang.xlsx');
    expect(reports[1].status).toBe('valid');
  }, 120_000);

  test('with the default heap the same file is read', async () => {
    const reports = await readUnitFiles([heavyWorkbook()], {}, quiet, {});
    expect(reports[0].findings.map((f) => f.code)).not.toContain('READ_OUT_OF_MEMORY');
    expect(reports[0].staff?.present).toBe(300_000);
  }, 120_000);

  test('a worker killed in the middle of a file gives a crash outcome; the pool starts another', async () => {
    const pool = new ReadPool({ workers: 1, timeoutMs: 0, maxHeapMb: 512 });
    const live = await pool.spawn();
    const bytes = new Uint8Array(fs.readFileSync(hanging));
    const pending = pool.run(live, { bytes: bytes.buffer as ArrayBuffer, file: 'treo.xlsx' });
    setTimeout(() => void live.worker.terminate(), 300);
    const outcome = await pending;
    expect(outcome.kind).toBe('crashed');
    const report = outcomeReport('treo.xlsx', outcome, 60_000, 512);
    expect(report).toMatchObject({ file: 'treo.xlsx', status: 'rejected' });
    expect(report.findings[0].code).toBe('READ_CRASHED');
    checkFinding(report.findings[0], 'treo.xlsx');
    const next = await pool.spawn();
    const again = await pool.run(next, {
      bytes: new Uint8Array(fs.readFileSync(valid)).buffer as ArrayBuffer,
      file: 'hop-le.xlsx',
    });
    expect(again.kind).toBe('report');
    await pool.stop(next);
  }, 60_000);

  test("every outcome becomes a report: the file's own, or one Vietnamese rejection naming it", () => {
    const cases = [
      outcomeReport('a.xlsx', { kind: 'timeout', ms: 60_000 }, 60_000, 2048),
      outcomeReport('a.xlsx', { kind: 'crashed', memory: true, detail: 'heap', ms: 1 }, 60_000, 2048),
      outcomeReport(
        'a.xlsx',
        { kind: 'crashed', memory: false, detail: 'luồng đọc thoát với mã 1', ms: 1 },
        60_000,
        2048,
      ),
      outcomeReport('a.xlsx', { kind: 'failed', error: 'x is not a function', ms: 1 }, 60_000, 2048),
    ];
    expect(cases.map((c) => c.findings[0].code)).toEqual([
      'READ_TIMEOUT',
      'READ_OUT_OF_MEMORY',
      'READ_CRASHED',
      'READ_FAILED',
    ]);
    for (const c of cases) {
      expect(c.status).toBe('rejected');
      expect(c.findings[0].message).toContain('«a.xlsx»');
      checkFinding(c.findings[0], 'a.xlsx');
    }
    expect(cases[0].findings[0].message).toContain('sau 60 giây');
    expect(cases[1].findings[0].message).toContain('vượt 2.048 MB');
  });
});

describe('the compiled CLI (tsc → lib) in a child process', () => {
  test('its worker entry loads from JavaScript and reads each file in a worker', () => {
    const out = path.join(work(), 'lib');
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        path.join(ROOT, 'tsconfig.cli.json'),
        '--outDir',
        out,
      ],
      { cwd: ROOT },
    );
    expect(fs.existsSync(path.join(out, 'cli', 'parse-worker.js'))).toBe(true);
    // A notice on stderr would say the workers could not start and the files were read on the main thread.
    const script =
      `require(${JSON.stringify(path.join(out, 'cli', 'main.js'))}).main(process.argv.slice(1), ` +
      '{ out: (s) => process.stdout.write(s + "\\n"), err: (s) => process.stderr.write(s + "\\n") }, "t").then((c) => { process.exitCode = c; });';
    const r = spawnSync(
      process.execPath,
      ['-e', script, 'check', '--json', '--quiet', '--file-timeout', '30', valid, empty],
      {
        encoding: 'utf8',
        env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
        timeout: 60_000,
      },
    );
    expect(r.stderr).not.toContain('Không khởi động được luồng đọc');
    expect(r.status).toBe(1);
    const files = JSON.parse(r.stdout).files;
    expect(files.map((f: any) => [f.file, f.status])).toEqual([
      ['hop-le.xlsx', 'valid'],
      ['rong.xlsx', 'rejected'],
    ]);
  }, 120_000);
});
