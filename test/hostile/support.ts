/**
 * The hostile corpus for tests: the committed small files (test/fixtures/hostile, made by
 * scripts/make-hostile-corpus.js) and the big ones, made once per script version into the temp folder.
 * Reusable by the task-pane tests: `corpusFiles()` gives every file's path with its expectation.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run, type Run as CliRun } from '../support/cli';
import type { Finding } from '../../src/core/findings';

export const corpusScript = require('../../scripts/make-hostile-corpus.js');

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'hostile');
const SCRIPT = path.join(ROOT, 'scripts', 'make-hostile-corpus.js');

export interface ExpectedFinding {
  code: string;
  sheet?: string;
  cell?: string;
}

export interface Expectation {
  about: string;
  big: boolean;
  status: 'valid' | 'warnings' | 'errors' | 'rejected';
  findings: ExpectedFinding[];
  /** Findings that appear only when consolidated with the rest of the corpus. */
  corpus?: ExpectedFinding[];
  /** Status in the whole-corpus consolidation when it differs from the file alone. */
  corpusStatus?: 'valid' | 'warnings' | 'errors' | 'rejected';
}

export function expectations(): Record<string, Expectation> {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')).files;
}

/**
 * The big files, made once per version of the script into os.tmpdir() (a second test file or a later run reuses
 * them). Made in a folder of its own and renamed into place, so parallel jest workers never see half a corpus.
 */
export function bigCorpusDir(): string {
  const hash = createHash('sha256').update(fs.readFileSync(SCRIPT)).update(process.version).digest('hex').slice(0, 16);
  const dir = path.join(os.tmpdir(), `tonghop-hostile-big-${hash}`);
  if (fs.existsSync(path.join(dir, 'expected.json'))) return dir;
  const tmp = `${dir}.${process.pid}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const big = Object.entries(expectations())
    .filter(([, e]) => e.big)
    .map(([f]) => f);
  corpusScript.makeHostileCorpus(tmp, { big: true, only: big });
  try {
    fs.renameSync(tmp, dir);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true }); // another worker was first
  }
  return dir;
}

/** Every corpus file: path, name and expectation (small from the fixtures, big from the temp folder). */
export function corpusFiles(): Array<{ file: string; name: string; expect: Expectation }> {
  const exp = expectations();
  const bigDir = Object.values(exp).some((e) => e.big) ? bigCorpusDir() : '';
  return Object.entries(exp).map(([name, e]) => ({
    name,
    expect: e,
    file: path.join(e.big ? bigDir : FIXTURES, name),
  }));
}

/** A run of the CLI with how long it took (printed, never asserted). */
export interface Run extends CliRun {
  ms: number;
}

/** The CLI in-process, as bin/tonghop.js calls it. */
export async function runCli(...argv: string[]): Promise<Run> {
  const t0 = Date.now();
  const r = await run(...argv);
  return { ...r, ms: Date.now() - t0 };
}

export const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Letters only Vietnamese uses (with their tone marks): a message without one is not Vietnamese. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** A finding as the house rules want it: Vietnamese NFC naming the file, and the sheet whenever a cell is named. */
export function checkFinding(f: Finding, file: string): void {
  expect(f.file).toBe(file);
  expect(['error', 'warning']).toContain(f.severity);
  expect(f.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
  expect(f.message).toBe(f.message.normalize('NFC'));
  expect(f.message).toMatch(VIETNAMESE);
  if (f.cell !== '') {
    expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
    expect(f.sheet).not.toBe('');
  }
}

/** True when `findings` holds one matching the expectation (sheet and cell compared when given). */
export function hasFinding(findings: Finding[], e: ExpectedFinding): boolean {
  return findings.some(
    (f) =>
      f.code === e.code &&
      (e.sheet === undefined || f.sheet === e.sheet) &&
      (e.cell === undefined || f.cell === e.cell),
  );
}

/** The parts of a (well-formed) .xlsx as text, by name. */
export function xlsxParts(file: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const e of corpusScript.unzip(fs.readFileSync(file)) as Array<{ name: string; data: Buffer }>)
    parts.set(e.name, e.data.toString('utf8'));
  return parts;
}

/** Characters XML 1.0 does not allow (a part holding one makes Excel refuse the whole file). */
export const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;
