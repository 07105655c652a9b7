#!/usr/bin/env node
'use strict';
/**
 * `npm run fuzz` — a longer fuzzing campaign over the compiled CLI code in lib/ (npm run fuzz builds it first).
 *
 *   npm run fuzz                       100,000 cases, seed from the clock
 *   npm run fuzz -- 500000             500,000 cases
 *   npm run fuzz -- 500000 20261123    ... with that seed
 *   npm run fuzz -- --case 20261123:4711   replay one case and keep its file
 *
 * Crashing inputs are written to os.tmpdir()/tonghop-fuzz/<seed>-<index>.<ext> with the error beside them;
 * exit status 1 when any case crashed.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Fuzzer, fuzzSeeds } = require('./engine');

const ROOT = path.join(__dirname, '..', '..');
const lib = process.env.TONGHOP_LIB || path.join(ROOT, 'lib');
const api = {
  readUnitFile: require(path.join(lib, 'io', 'read-unit-file')).readUnitFile,
  readWorkbook: require(path.join(lib, 'io', 'read-workbook')).readWorkbook,
  writeWorkbook: require(path.join(lib, 'io', 'write-workbook')).writeWorkbook,
  consolidate: require(path.join(lib, 'core', 'consolidate')).consolidate,
  buildSummaryLayout: require(path.join(lib, 'core', 'report')).buildSummaryLayout,
  summaryJson: require(path.join(lib, 'core', 'report')).summaryJson,
};

async function main() {
  const args = process.argv.slice(2);
  const fuzzer = new Fuzzer(api, fuzzSeeds(ROOT));
  const outDir = path.join(os.tmpdir(), 'tonghop-fuzz');
  const caseArg = args.indexOf('--case');
  if (caseArg >= 0) {
    const [seed, index] = args[caseArg + 1].split(':').map(Number);
    const c = fuzzer.makeCase(seed, index);
    fs.mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, `${seed}-${index}-${c.name}`);
    fs.writeFileSync(file, c.bytes);
    process.stdout.write(`case ${c.id} (${c.kind}) → ${file}\n`);
    const r = await fuzzer.run({ seed, count: 1, start: index, batch: 1, writeEvery: 1 });
    for (const x of r.crashes) process.stdout.write(`${x.stage}: ${x.error}\n`);
    process.exitCode = r.crashes.length ? 1 : 0;
    return;
  }
  const count = Number(args[0] || 100_000);
  const seed = args[1] !== undefined ? Number(args[1]) >>> 0 : Date.now() >>> 0;
  process.stdout.write(`fuzz: seed ${seed}, ${count} cases, over ${lib}\n`);
  let last = Date.now();
  const r = await fuzzer.run({
    seed,
    count,
    onCase: process.env.FUZZ_TRACE ? (c) => fs.writeSync(2, `${c.id} ${c.kind} ${c.name}\n`) : undefined,
    onProgress: (n, crashes) => {
      if (Date.now() - last < 10_000) return;
      last = Date.now();
      process.stdout.write(`  ${n} cases, ${crashes} crashes\n`);
    },
  });
  if (r.crashes.length) fs.mkdirSync(outDir, { recursive: true });
  for (const x of r.crashes) {
    process.stdout.write(`CRASH ${x.id} [${x.kind}] ${x.stage}\n${x.error}\n`);
    if (x.bytes) {
      const base = path.join(outDir, `${x.id.replace(':', '-')}-${x.name}`);
      fs.writeFileSync(base, x.bytes);
      fs.writeFileSync(base + '.txt', `${x.stage}\n${x.error}\n`);
    }
  }
  process.stdout.write(
    `fuzz: ${r.cases} cases, seed ${seed}, ${r.crashes.length} uncaught exceptions (${(r.ms / 1000).toFixed(1)} s; ` +
      `bytes ${r.byKind.bytes}, xml ${r.byKind.xml}, cells ${r.byKind.cells}; valid ${r.byStatus.valid}, warnings ${r.byStatus.warnings}, errors ${r.byStatus.errors}, rejected ${r.byStatus.rejected}; ` +
      `slowest ${r.slowest.id} ${r.slowest.ms} ms)\n`,
  );
  process.exitCode = r.crashes.length ? 1 : 0;
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 2;
});
