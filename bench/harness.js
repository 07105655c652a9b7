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

module.exports = { measure, median, fmt, report };
