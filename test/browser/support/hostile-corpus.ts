/**
 * The hostile corpus (scripts/make-hostile-corpus.js) for the pane's browser tests: made into a temp folder of
 * this run — the small files and, on the fly, the big ones — with expected.json read back from there.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export type { ExpectedFinding, Expectation } from '../../hostile/support';
import type { Expectation } from '../../hostile/support';

/** What the tests use of the generator's exports. */
export interface CorpusScript {
  makeHostileCorpus(outDir: string, opts?: { big?: boolean; only?: string[] }): string[];
  unitWorkbook(name: string, seed: number, over?: Record<string, unknown>, bookType?: string): Buffer;
  INJECTION: Record<'unit' | 'field1' | 'field2' | 'field3' | 'person' | 'program', string>;
  HTML_NAME: string;
}

export const corpusScript = require('../../../scripts/make-hostile-corpus.js') as CorpusScript;

export interface CorpusFile {
  name: string;
  /** Absolute path in the temp folder. */
  file: string;
  expect: Expectation;
}

export interface Corpus {
  dir: string;
  files: CorpusFile[];
  byName(name: string): CorpusFile;
  remove(): void;
}

/** Makes every file of the corpus (big ones included) into a new temp folder. */
export function makeCorpus(): Corpus {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-pane-hostile-'));
  corpusScript.makeHostileCorpus(dir, { big: true });
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
    files: Record<string, Expectation>;
  };
  const files = Object.entries(expected.files)
    .map(([name, e]) => ({ name, file: path.join(dir, name), expect: e }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const f of files) if (!fs.existsSync(f.file)) throw new Error(`the corpus script did not make ${f.name}`);
  return {
    dir,
    files,
    byName(name: string): CorpusFile {
      const f = files.find((x) => x.name === name);
      if (!f) throw new Error(`the corpus has no file ${name}; it has ${files.map((x) => x.name).join(', ')}`);
      return f;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
