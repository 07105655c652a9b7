/**
 * The fast .xlsx reader against SheetJS on 2,000 fuzzed workbooks (test/fuzz/engine.js): where the fast reader reads
 * one, both must agree. In the full suite only (about 40 s); the fixture, example and hostile-corpus comparisons run
 * in the unit loop (test/io/fast-reader-differential.test.ts).
 */
import * as path from 'path';
import { DEFAULT_LIMITS } from '../../src/io/read-workbook';
import { readXlsxFast } from '../../src/io/xlsx-fast/read-xlsx';
import { both } from '../support/reader-differential';

const { Fuzzer, fuzzSeeds } = require('./engine');

const ROOT = path.resolve(__dirname, '..', '..');
const FUZZ_SEED = 20261204;
const FUZZ_CASES = 2000;

test(`${FUZZ_CASES.toLocaleString('en')} fuzzed workbooks (seed ${FUZZ_SEED}): where the fast reader reads one, it agrees with SheetJS`, () => {
  const fuzzer = new Fuzzer({}, fuzzSeeds(ROOT));
  const reasons = new Map<string, number>();
  const diffs: string[] = [];
  let fast = 0;
  for (let i = 0; i < FUZZ_CASES; i++) {
    const c = fuzzer.makeCase(FUZZ_SEED, i);
    // SheetJS only where there is something to compare: a file passed on is SheetJS's alone.
    const r = readXlsxFast(c.bytes, c.name, DEFAULT_LIMITS);
    if (!r.ok) {
      reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
      continue;
    }
    fast++;
    const o = both(c.bytes, c.name);
    if (o.diff) diffs.push(`${c.id} (${c.kind}) ${o.diff}`);
  }
  const top = [...reasons]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, n]) => `${k} ${n}`)
    .join('; ');
  process.stderr.write(
    `fast reader: ${fast} of ${FUZZ_CASES} fuzzed files read, the others passed to SheetJS (${top})\n`,
  );
  expect(diffs).toEqual([]);
  expect([...reasons.keys()].filter((k) => k.startsWith('defect'))).toEqual([]);
  // The mutations that keep a file readable (cells, most XML edits) stay on the fast path.
  expect(fast).toBeGreaterThan(FUZZ_CASES / 3);
}, 300_000);
