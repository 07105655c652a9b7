/**
 * Builds the add-in once and shares the result between test files and jest workers.
 *
 * The build goes to a temp directory named by a fingerprint of everything that affects it (sources,
 * scripts, assets, manifest, webpack/ts config, lockfile), so a second test file, a second worker or
 * a later run with unchanged inputs reuses it. A directory lock makes concurrent workers wait for one
 * build instead of starting their own. The build is the real one: `webpack --mode production` through
 * webpack-cli, type-checked by ts-loader, with --output-path pointing at the temp directory.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Inputs of the build (relative to the repository root); directories are read recursively. */
const INPUTS = [
  'webpack.config.js',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'manifest.xml',
  'assets',
  'scripts',
  'src/functions',
  'src/core',
  'src/taskpane',
  'src/io',
  'src/excel',
];

export interface BuildResult {
  /** Directory holding the emitted files (functions.js, functions.json, taskpane.html, …). */
  dir: string;
  /** Wall-clock build time in milliseconds (of the build that produced `dir`). */
  ms: number;
  /** true when this call reused an earlier build. */
  cached: boolean;
  /** webpack's output. */
  log: string;
}

function filesUnder(rel: string): string[] {
  const abs = path.join(ROOT, rel);
  if (!fs.existsSync(abs)) return [];
  if (fs.statSync(abs).isFile()) return [rel];
  return fs
    .readdirSync(abs, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() || e.isFile() ? filesUnder(path.join(rel, e.name)) : []));
}

/** Hash of the paths and contents of every build input. */
export function buildFingerprint(): string {
  const h = createHash('sha256');
  h.update(process.version);
  for (const rel of INPUTS.flatMap(filesUnder)) {
    h.update(rel.split(path.sep).join('/'));
    h.update('\0');
    h.update(fs.readFileSync(path.join(ROOT, rel)));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 20);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const OK_MARKER = '.build-ok.json';
const LOCK_STALE_MS = 10 * 60 * 1000;
const WAIT_LIMIT_MS = 8 * 60 * 1000;
const FAILURE_REUSE_MS = 90 * 1000;

function readOk(dir: string): BuildResult | null {
  const marker = path.join(dir, OK_MARKER);
  if (!fs.existsSync(marker)) return null;
  const info = JSON.parse(fs.readFileSync(marker, 'utf8')) as { ms: number; log: string };
  return { dir, ms: info.ms, log: info.log, cached: true };
}

function readRecentFailure(failFile: string): string | null {
  if (!fs.existsSync(failFile)) return null;
  if (Date.now() - fs.statSync(failFile).mtimeMs > FAILURE_REUSE_MS) return null;
  return fs.readFileSync(failFile, 'utf8');
}

function runWebpack(outDir: string, baseUrl: string | undefined): { ms: number; log: string } {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const started = Date.now();
  try {
    const log = execFileSync(process.execPath, [cli, '--mode', 'production', '--output-path', outDir], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production', TONGHOP_BASE_URL: baseUrl ?? '' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ms: Date.now() - started, log };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`webpack build failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`.trim());
  }
}

/** Builds of this process, by base URL ('' = the development URL of manifest.xml). */
const memos = new Map<string, BuildResult>();

/**
 * File naming the build this jest run uses. Jest workers share their parent's pid, so every test file
 * of one run gets the same build even when other people edit the sources while the run goes on.
 */
function runFile(baseUrl: string): string {
  const runKey = process.env.JEST_WORKER_ID !== undefined ? process.ppid : process.pid;
  const rootKey = createHash('sha256').update(ROOT).update(baseUrl).digest('hex').slice(0, 8);
  return path.join(os.tmpdir(), `tonghop-build-run-${rootKey}-${runKey}.json`);
}

function fromThisRun(baseUrl: string): BuildResult | null {
  const file = runFile(baseUrl);
  if (!fs.existsSync(file) || Date.now() - fs.statSync(file).mtimeMs > 60 * 60 * 1000) return null;
  const { dir } = JSON.parse(fs.readFileSync(file, 'utf8')) as { dir: string };
  return readOk(dir);
}

/** Removes builds and run files older than a day (they are only a cache). */
function sweep(): void {
  const cutoff = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith('tonghop-build-')) continue;
    const p = path.join(os.tmpdir(), name);
    try {
      if (fs.statSync(p).mtimeMs < cutoff) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // raced with another sweeper; nothing to do
    }
  }
}

/**
 * Returns a production build of the current sources, building at most once per jest run, fingerprint and base URL.
 * `baseUrl` is passed as TONGHOP_BASE_URL (a build for a server); without it the manifest keeps the development URL.
 */
export function buildOnce(baseUrl = ''): BuildResult {
  const known = memos.get(baseUrl);
  if (known) return known;
  const shared = fromThisRun(baseUrl);
  if (shared) {
    memos.set(baseUrl, shared);
    return shared;
  }
  const fp =
    baseUrl === ''
      ? buildFingerprint()
      : `${buildFingerprint()}-${createHash('sha256').update(baseUrl).digest('hex').slice(0, 8)}`;
  const result = buildForFingerprint(fp, baseUrl);
  memos.set(baseUrl, result);
  fs.writeFileSync(runFile(baseUrl), JSON.stringify({ dir: result.dir }));
  return result;
}

function buildForFingerprint(fp: string, baseUrl: string): BuildResult {
  const dir = path.join(os.tmpdir(), `tonghop-build-${fp}`);
  const lock = `${dir}.lock`;
  const failFile = `${dir}.failed.log`;
  const deadline = Date.now() + WAIT_LIMIT_MS;

  for (;;) {
    const done = readOk(dir);
    if (done) return done;
    const failure = readRecentFailure(failFile);
    if (failure !== null) throw new Error(failure);
    try {
      fs.mkdirSync(lock);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const age = Date.now() - fs.statSync(lock).mtimeMs;
      if (age > LOCK_STALE_MS) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for another build (${lock})`);
      sleep(250);
      continue;
    }
    // We hold the lock: build into a scratch directory, then move it into place.
    const scratch = `${dir}.tmp-${process.pid}`;
    try {
      fs.rmSync(scratch, { recursive: true, force: true });
      const { ms, log } = runWebpack(scratch, baseUrl || undefined);
      fs.writeFileSync(path.join(scratch, OK_MARKER), JSON.stringify({ ms, log }));
      fs.rmSync(dir, { recursive: true, force: true });
      fs.renameSync(scratch, dir);
      fs.rmSync(failFile, { force: true });
      sweep();
      return { dir, ms, log, cached: false };
    } catch (e) {
      fs.writeFileSync(failFile, (e as Error).message);
      fs.rmSync(scratch, { recursive: true, force: true });
      throw e;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** Reads and parses a JSON file of the build. */
export function readBuiltJson<T = unknown>(build: BuildResult, name: string): T {
  return JSON.parse(fs.readFileSync(path.join(build.dir, name), 'utf8')) as T;
}
