/**
 * The command as installed: `tsc -p tsconfig.cli.json` then webpack.cli.config.js, run through bin/tonghop.js
 * with nothing but the two bundled files left of lib/ (packages still come from node_modules). It gives the same
 * summary as the CLI run from source, reads .xls and .ods (SheetJS loaded from outside the bundle) in its reading
 * workers, and writes the Word report (docx loaded from outside).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { consolidateToJson } from '../support/cli';
import { tempDirForTests } from '../support/temp-dir';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples', 'don-vi');
const tmp = tempDirForTests('tonghop-cli-bundle-');

/** Builds lib/ and its bundle into DIR (a copy of the package layout: bin/, lib/, package.json, node_modules). */
function install(dir: string): void {
  const lib = path.join(dir, 'lib');
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.cli.json', '--outDir', lib],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--config', 'webpack.cli.config.js'],
    { cwd: ROOT, env: { ...process.env, TONGHOP_LIB: lib }, stdio: 'pipe' },
  );
  for (const d of fs.readdirSync(lib)) if (d !== 'bundle') fs.rmSync(path.join(lib, d), { recursive: true });
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.copyFileSync(path.join(ROOT, 'bin', 'tonghop.js'), path.join(dir, 'bin', 'tonghop.js'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

function tonghop(dir: string, ...argv: string[]): { code: number | null; err: string } {
  const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'tonghop.js'), ...argv], { encoding: 'utf8' });
  return { code: r.status, err: r.stderr };
}

let installed = '';
beforeAll(() => {
  installed = path.join(tmp(), 'goi');
  fs.mkdirSync(installed);
  install(installed);
}, 180_000);

test('only the two bundled files are left of lib/', () => {
  expect(fs.readdirSync(path.join(installed, 'lib'))).toEqual(['bundle']);
  expect(fs.readdirSync(path.join(installed, 'lib', 'bundle')).sort()).toEqual(['parse-worker.js', 'tonghop.js']);
});

test('the bundled command gives the summary the CLI gives from source, .xls and .ods read in its workers', async () => {
  const out = path.join(tmp(), 'ra');
  fs.mkdirSync(out);
  const files = fs.readdirSync(EXAMPLES);
  expect(files.some((f) => f.endsWith('.xls'))).toBe(true);
  expect(files.some((f) => f.endsWith('.ods'))).toBe(true);
  const bundled = tonghop(
    installed,
    'consolidate',
    EXAMPLES,
    '-o',
    path.join(out, 'goi.xlsx'),
    '--json',
    path.join(out, 'goi.json'),
    '--accept',
    '06-phong-qlkh.xlsx',
    '--quiet',
  );
  expect(bundled.err).not.toContain('Lỗi không mong đợi');
  // The reading workers ran the bundled worker (lib/cli is gone: without it the pool would read in-process and say so).
  expect(bundled.err).not.toContain('Không khởi động được luồng đọc');
  expect(bundled.code).toBe(0);
  const fromSource = await consolidateToJson(out, 'nguon', EXAMPLES, '--accept', '06-phong-qlkh.xlsx');
  expect(fromSource.code).toBe(0);
  expect(JSON.parse(fs.readFileSync(path.join(out, 'goi.json'), 'utf8'))).toEqual(fromSource.json);
}, 120_000);

test('the bundled command writes the Word report from a summary', () => {
  const out = path.join(tmp(), 'ra');
  const json = path.join(out, 'goi.json');
  expect(fs.existsSync(json)).toBe(true);
  const r = tonghop(installed, 'report', json, '-o', path.join(out, 'bao-cao.docx'));
  expect(r.err).not.toContain('Lỗi không mong đợi');
  expect(r.code).toBe(0);
  const docx = fs.readFileSync(path.join(out, 'bao-cao.docx'));
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
}, 60_000);
