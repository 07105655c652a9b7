'use strict';
/**
 * Consolidation benchmarks (issue 3):
 * - 50 unit workbooks (each a 2,000-row register, a 200-row staff list, a 50-row training list) → summary
 *   workbook, against parse-only time (bytes → grids) of the same files in the same run (goal ≤ 1.5×, < 3 s);
 * - peak memory of the CLI consolidating 200 such workbooks, in a fresh process (goal ≤ 500 MB).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { measure, fmt, report, consolidatePeak } = require('./harness');

const lib = process.env.TONGHOP_LIB || path.join(__dirname, '..', 'lib');
const { readWorkbook } = require(path.join(lib, 'io', 'read-workbook'));
const { readUnitFile } = require(path.join(lib, 'io', 'read-unit-file'));
const { consolidate } = require(path.join(lib, 'core', 'consolidate'));
const { buildSummaryLayout } = require(path.join(lib, 'core', 'report'));
const { writeWorkbook } = require(path.join(lib, 'io', 'write-workbook'));

const { unitWorkbook } = require('./unit-workbook');

function makeFiles(dir, n) {
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < n; i++) {
    const p = path.join(dir, `don-vi-${String(i + 1).padStart(3, '0')}.xlsx`);
    fs.writeFileSync(p, unitWorkbook(i));
    files.push(p);
  }
  return files;
}

async function consolidateBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-bench-'));
  try {
    const files = makeFiles(dir, 50);
    const bytes = files.map((f) => new Uint8Array(fs.readFileSync(f)));
    const parseOnly = measure(() => bytes.map((b, i) => readWorkbook(b, path.basename(files[i])).grids.length), {
      runs: 3,
      warmup: 1,
    });
    let written = 0;
    const full = await measureAsync(async () => {
      const reports = bytes.map((b, i) => readUnitFile(b, path.basename(files[i])));
      const summary = consolidate(reports);
      const out = await writeWorkbook(buildSummaryLayout(summary));
      written = out.length;
      return summary;
    });
    const s = full.result;
    if (s.units.length !== 50 || !s.total.tthc || s.total.staff.present !== 50 * 200)
      throw new Error('consolidation lost units or figures');
    const ratio = full.ms / parseOnly.ms;
    report(
      '50 sổ tính (sổ theo dõi 2.000 dòng, 200 nhân sự, 50 lượt đào tạo) → bảng tổng hợp',
      `${fmt(full.ms)} so với chỉ đọc tệp ${fmt(parseOnly.ms)} = ${ratio.toFixed(2)}× (bảng tổng hợp ${Math.round(written / 1024)} KB)`,
      '≤ 1,5× và < 3 s',
      ratio <= 1.5 && full.ms < 3000,
    );
    return { fullMs: full.ms, parseMs: parseOnly.ms, ratio };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function measureAsync(fn, runs = 3) {
  let result = await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], result };
}

function memoryBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-bench-mem-'));
  try {
    makeFiles(dir, 200);
    // The real CLI in a fresh process: its peak resident memory.
    const r = consolidatePeak(lib, dir);
    const { ms, mb } = r;
    const baseline =
      JSON.parse(
        execFileSync(
          process.execPath,
          ['-e', 'process.stdout.write(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }))'],
          { encoding: 'utf8' },
        ),
      ).maxRSS / 1024;
    report(
      'Bộ nhớ đỉnh khi tổng hợp 200 sổ tính bằng dòng lệnh',
      `${mb.toFixed(0)} MB (tiến trình Node rỗng: ${baseline.toFixed(0)} MB, gấp ${(mb / baseline).toFixed(1)}×; thời gian ${fmt(ms)}, mã thoát ${r.code})`,
      '≤ 500 MB',
      mb <= 500 && r.code === 0,
    );
    return { peakMB: mb, baselineMB: baseline };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { consolidateBench, memoryBench };
if (require.main === module) consolidateBench().then(memoryBench);
