#!/usr/bin/env node
'use strict';
// Entry of the `tonghop` command; the code is compiled from src/ by `npm run build` into lib/ and bundled into
// lib/bundle/ (webpack.cli.config.js).
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'lib', 'bundle', 'tonghop.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('TongHop chưa được biên dịch. Hãy chạy: npm run build\n');
  process.exit(2);
}
const cli = require(entry);
// Commands that read files start their reading workers now, so they load the reader while this thread loads the
// rest of the CLI (src/cli/read-pool.ts, startWorkersEarly).
if (['consolidate', 'check', 'rollup'].includes(process.argv[2]) && !process.argv.includes('--help')) {
  cli.startWorkersEarly(cli.defaultWorkerCount(Infinity));
}
const { main } = cli.loadMain();
const { version } = require('../package.json');
main(
  process.argv.slice(2),
  { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') },
  version,
)
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    process.stderr.write(`Lỗi không mong đợi: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 2;
  });
