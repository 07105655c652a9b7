'use strict';
/**
 * Tiny benchmark harness: median of several timed runs after a warm-up, so the JIT has settled.
 * Figures are reported as ratios against a baseline timed in the same run, on the same data.
 */

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs fn `runs` times after `warmup` runs; returns the median milliseconds and the last result. */
function measure(fn, { runs = 7, warmup = 2 } = {}) {
  let result;
  for (let i = 0; i < warmup; i++) result = fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

function fmt(ms) {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;
}

function report(name, value, goal, ok) {
  process.stdout.write(`${ok ? 'ĐẠT ' : 'CHƯA'}  ${name}: ${value}  (mục tiêu ${goal})\n`);
}

/**
 * `tonghop consolidate DIR` from the compiled CLI in `lib`, in a fresh Node process: its exit code, peak resident
 * memory (MB) and wall time (ms). The summary goes to DIR/out.
 */
function consolidatePeak(lib, dir) {
  const { execFileSync } = require('child_process');
  const fs = require('fs');
  const path = require('path');
  const probe = path.join(dir, 'peak.js');
  fs.writeFileSync(
    probe,
    `
    const { main } = require(${JSON.stringify(path.join(lib, 'bundle', 'tonghop.js'))}).loadMain();
    main(['consolidate', ${JSON.stringify(dir)}, '-o', ${JSON.stringify(path.join(dir, 'out', 'TongHop.xlsx'))}, '--quiet'],
         { out: () => {}, err: () => {} }, 'bench')
      .then((code) => { process.stdout.write(JSON.stringify({ code, maxRSS: process.resourceUsage().maxRSS })); });
  `,
  );
  const t0 = performance.now();
  const r = JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  return { code: r.code, mb: r.maxRSS / 1024, ms: performance.now() - t0 };
}

module.exports = { measure, median, fmt, report, consolidatePeak };
