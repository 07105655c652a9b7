/**
 * The fuzz run CI makes: 10,000 mutations of valid unit workbooks (zip bytes, XML inside the zip, cell values)
 * with a fixed seed, through readUnitFile → consolidate → summary layout (and the summary writer for a sample).
 * It prints `fuzz: N cases, seed S, K uncaught exceptions` and fails on any crash or broken invariant, naming the
 * case so `npm run fuzz -- --case S:i` replays it. Longer runs with other seeds: `npm run fuzz`.
 */
import * as path from 'path';
import { readUnitFile } from '../../src/io/read-unit-file';
import { readWorkbook } from '../../src/io/read-workbook';
import { writeWorkbook } from '../../src/io/write-workbook';
import { consolidate } from '../../src/core/consolidate';
import { buildSummaryLayout, summaryJson } from '../../src/core/report';

const { Fuzzer, fuzzSeeds } = require('./engine');

const ROOT = path.resolve(__dirname, '..', '..');
const SEED = 20261123;
const CASES = 10_000;

test(
  `${CASES.toLocaleString('en')} mutated unit workbooks (seed ${SEED}): no uncaught exception, every report keeps its shape`,
  async () => {
    const fuzzer = new Fuzzer(
      { readUnitFile, readWorkbook, writeWorkbook, consolidate, buildSummaryLayout, summaryJson },
      fuzzSeeds(ROOT),
    );
    const r = await fuzzer.run({ seed: SEED, count: CASES });
    process.stderr.write(
      `fuzz: ${r.cases} cases, seed ${SEED}, ${r.crashes.length} uncaught exceptions ` +
        `(${(r.ms / 1000).toFixed(1)} s; bytes ${r.byKind.bytes}, xml ${r.byKind.xml}, cells ${r.byKind.cells}; ` +
        `valid ${r.byStatus.valid}, warnings ${r.byStatus.warnings}, errors ${r.byStatus.errors}, rejected ${r.byStatus.rejected})\n`,
    );
    expect(r.cases).toBe(CASES);
    // All three kinds of mutation ran, and the mutations reach past the zip layer (some files are still read).
    for (const k of ['bytes', 'xml', 'cells']) expect(r.byKind[k]).toBeGreaterThan(CASES / 5);
    expect(r.byStatus.valid + r.byStatus.warnings + r.byStatus.errors).toBeGreaterThan(CASES / 5);
    expect(
      r.crashes.map(
        (c: { id: string; stage: string; error: string }) => `${c.id} ${c.stage}: ${c.error.split('\n')[0]}`,
      ),
    ).toEqual([]);
    // A guard against a hang, not a time limit: ~3 min alone on 2 cores, far longer on a busy machine.
  },
  45 * 60_000,
);
