'use strict';
/** `npm run bench`: every benchmark, figures printed as ratios against baselines measured in the same run. */
const fs = require('fs');
const path = require('path');

/** @type {Array<[string, string[]]>} */
const benches = [
  ['functions.bench.js', ['ontimeBench', 'deadlineBench']],
  ['consolidate.bench.js', ['consolidateBench', 'memoryBench']],
  ['preflight.bench.js', ['preflightBench']],
  ['reader.bench.js', ['readerBench']],
  ['taskpane.bench.js', ['taskpaneBench']],
];

(async () => {
  process.stdout.write(`TongHop bench — Node ${process.version}, ${require('os').cpus().length} lõi\n\n`);
  for (const [file, names] of benches) {
    const p = path.join(__dirname, file);
    if (!fs.existsSync(p)) continue;
    const mod = require(p);
    for (const n of names) await mod[n]();
  }
})().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exitCode = 1;
});
