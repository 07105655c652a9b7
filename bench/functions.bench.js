'use strict';
/**
 * Custom-function benchmarks (issue 2):
 * - ONTIME over 1,000,000 status cells versus a bare loop over the same array (goal ≤ 3×);
 * - 1,000,000 DEADLINE calls (goal ≤ 1 µs each), against Excel-style WORKDAY with weekends only.
 * Input arrays go through JSON like Excel's runtime hands them over, so every cell is its own string.
 */
const path = require('path');
const { measure, fmt, report } = require('./harness');

const lib = process.env.TONGHOP_LIB || path.join(__dirname, '..', 'lib');
const tthc = require(path.join(lib, 'core', 'tthc'));
const { defaultCalendar, serialFromYmd, weekday } = require(path.join(lib, 'core', 'calendar'));

function ontimeBench() {
  const labels = ['Trước hạn', 'Đúng hạn', 'Trước hạn', 'Quá hạn', 'Đang giải quyết', 'Trước hạn', 'Đúng hạn'];
  const n = 1000000;
  const cells = JSON.parse(JSON.stringify(Array.from({ length: n }, (_, i) => [labels[(i * 7919) % labels.length]])));
  const cal = defaultCalendar();

  // Baseline: what a hand-written COUNTIF-style loop does on exact labels, nothing more.
  const bare = measure(() => {
    let good = 0,
      resolved = 0;
    for (let r = 0; r < cells.length; r++) {
      const v = cells[r][0];
      if (v === 'Trước hạn' || v === 'Đúng hạn') {
        good++;
        resolved++;
      } else if (v === 'Quá hạn') resolved++;
    }
    return good / resolved;
  });
  const ours = measure(() => tthc.rate('ontime', cells, undefined, undefined, cal));
  if (!ours.result.ok || Math.abs(ours.result.value - bare.result) > 1e-12)
    throw new Error('ONTIME disagrees with the bare loop');
  const ratio = ours.ms / bare.ms;
  report(
    `ONTIME trên ${n.toLocaleString('vi-VN')} ô trạng thái`,
    `${fmt(ours.ms)} so với vòng lặp trần ${fmt(bare.ms)} = ${ratio.toFixed(2)}×`,
    '≤ 3×',
    ratio <= 3,
  );
  return { ontimeMs: ours.ms, bareMs: bare.ms, ratio };
}

function deadlineBench() {
  const cal = defaultCalendar();
  const n = 1000000;
  const start = serialFromYmd(2019, 1, 1);
  const received = new Float64Array(n);
  const days = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    received[i] = start + ((i * 7919) % 2900);
    days[i] = 1 + (i % 30);
  }

  // Baseline: Excel's WORKDAY with weekends only, closed form (no holidays, no swaps).
  const weekendOnly = (s, k) => {
    let d = s,
      left = k;
    const wd = weekday(d);
    if (wd === 6) d += 1;
    else if (wd === 0) d += 0; // start from the weekend's Sunday
    const weeks = Math.floor(left / 5);
    d += weeks * 7;
    left -= weeks * 5;
    while (left > 0) {
      d++;
      const w = weekday(d);
      if (w !== 0 && w !== 6) left--;
    }
    return d;
  };
  const base = measure(
    () => {
      let acc = 0;
      for (let i = 0; i < n; i++) acc += weekendOnly(received[i], days[i]);
      return acc;
    },
    { runs: 5 },
  );
  const ours = measure(
    () => {
      let acc = 0;
      for (let i = 0; i < n; i++) {
        const r = tthc.deadlineOf(received[i], days[i], cal);
        acc += r.value;
      }
      return acc;
    },
    { runs: 5 },
  );
  const perCallNs = (ours.ms * 1e6) / n;
  report(
    `DEADLINE × ${n.toLocaleString('vi-VN')} lần gọi`,
    `${fmt(ours.ms)} = ${perCallNs.toFixed(0)} ns/lần (WORKDAY chỉ tính cuối tuần: ${fmt(base.ms)}, tỷ lệ ${(ours.ms / base.ms).toFixed(2)}×)`,
    '≤ 1 µs/lần',
    perCallNs <= 1000,
  );
  return { deadlineNsPerCall: perCallNs, ratioToWeekendOnly: ours.ms / base.ms };
}

module.exports = { ontimeBench, deadlineBench };
if (require.main === module) {
  ontimeBench();
  deadlineBench();
}
