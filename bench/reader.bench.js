'use strict';
/**
 * Reading workbooks at the speed of the bytes (issue 13), all figures from one run on the same 50 unit workbooks
 * (2,000-row register, 200 staff, 50 training rows each), as ratios to the floor:
 * - floor: unpack each sheet's XML (node:zlib) and pass once over every cell (`<c` … `</c>`), nothing built;
 * - fast reader (bytes → grids), SheetJS (bytes → grids), the core's unit reading (grids → reports);
 * - end-to-end CLI consolidation of the 50 files in a fresh process, start-up included;
 * - the pane's parse of the 50 files: the built parsing worker in headless Chromium (bench/pane-parse.js);
 * - fallbacks: files the fast reader passed to SheetJS, by reason;
 * - peak memory of the CLI for 200 workbooks and for one 200,000-row register.
 * Goals: fast ≤ 3×, core ≤ 1×, CLI ≤ 8×, pane ≤ 10× the floor; memory ≤ 300 MB and ≤ 400 MB.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');
const { measure, fmt, report, median, consolidatePeak } = require('./harness');
const { unitWorkbook } = require('./unit-workbook');
const { paneParse } = require('./pane-parse');

const lib = process.env.TONGHOP_LIB || path.join(__dirname, '..', 'lib');
const BIN = path.join(__dirname, '..', 'bin', 'tonghop.js');

function makeDir(prefix, n, rows) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (let i = 0; i < n; i++)
    fs.writeFileSync(path.join(dir, `don-vi-${String(i + 1).padStart(3, '0')}.xlsx`), unitWorkbook(i, rows));
  return dir;
}

/** The floor: every worksheet part unpacked, and one pass counting its cells. */
function floor(files, listZipEntries) {
  let cells = 0;
  for (const bytes of files) {
    const listing = listZipEntries(bytes);
    for (const e of listing.entries) {
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) continue;
      const xml = zlib.inflateRawSync(bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize));
      for (let i = 0; i < xml.length - 2; i++)
        if (xml[i] === 0x3c && xml[i + 1] === 0x63 && xml[i + 2] === 0x20) cells++;
    }
  }
  return cells;
}

function cliRun(dir) {
  const out = path.join(dir, 'out', 'TongHop.xlsx');
  const t0 = performance.now();
  execFileSync(process.execPath, [BIN, 'consolidate', dir, '-o', out, '--quiet'], { stdio: 'ignore' });
  return performance.now() - t0;
}

function peakMB(dir) {
  return consolidatePeak(lib, dir);
}

async function readerBench() {
  const { listZipEntries } = require(path.join(lib, 'io', 'zip'));
  const { readWorkbookWithSheetjs, readWorkbook, readerStats } = require(path.join(lib, 'io', 'read-workbook'));
  const { readXlsxFast } = require(path.join(lib, 'io', 'xlsx-fast', 'read-xlsx'));
  const { installNodeInflater } = require(path.join(lib, 'cli', 'node-inflater'));
  const { readUnitWorkbook } = require(path.join(lib, 'core', 'unit'));
  const { DEFAULT_LIMITS } = require(path.join(lib, 'io', 'limits'));
  installNodeInflater();

  const dir = makeDir('tonghop-bench-reader-', 50);
  try {
    const names = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.xlsx'))
      .sort();
    const files = names.map((f) => new Uint8Array(fs.readFileSync(path.join(dir, f))));
    const fl = measure(() => floor(files, listZipEntries), { runs: 5, warmup: 1 });
    const fast = measure(
      () =>
        files.map((b, i) => {
          const r = readXlsxFast(b, names[i], DEFAULT_LIMITS);
          if (!r.ok) throw new Error(`fast reader passed ${names[i]} on: ${r.reason}`);
          return r.grids;
        }),
      { runs: 5, warmup: 1 },
    );
    const sheetjs = measure(() => files.map((b, i) => readWorkbookWithSheetjs(b, names[i]).grids.length), {
      runs: 3,
      warmup: 1,
    });
    const grids = fast.result;
    const core = measure(() => grids.map((g, i) => readUnitWorkbook(g, names[i]).status), { runs: 5, warmup: 1 });
    const before = readerStats.fast;
    files.forEach((b, i) => readWorkbook(b, names[i]));
    const fallbacks = [...readerStats.fallbacks].map(([k, n]) => `${k}: ${n}`).join('; ') || 'không có';
    cliRun(dir);
    const cli = median([cliRun(dir), cliRun(dir), cliRun(dir)]);
    const pane = await paneParse(dir, names);
    const f = fl.ms;
    const ratio = (ms) => (ms / f).toFixed(2) + '×';
    process.stdout.write(
      `Đọc 50 sổ tính (${fl.result.toLocaleString('vi-VN')} ô trong các trang): sàn (giải nén XML các trang + một lượt qua mọi ô) ${fmt(f)}\n`,
    );
    report(
      'Bộ đọc nhanh .xlsx (byte → bảng)',
      `${fmt(fast.ms)} = ${ratio(fast.ms)} sàn; SheetJS ${fmt(sheetjs.ms)} = ${ratio(sheetjs.ms)} sàn (nhanh hơn ${(sheetjs.ms / fast.ms).toFixed(1)} lần)`,
      '≤ 3× sàn',
      fast.ms <= 3 * f,
    );
    report(
      'Lõi đọc báo cáo đơn vị (bảng → báo cáo)',
      `${fmt(core.ms)} = ${ratio(core.ms)} sàn`,
      '≤ 1× sàn',
      core.ms <= f,
    );
    report('Dòng lệnh tổng hợp 50 sổ tính, cả khởi động', `${fmt(cli)} = ${ratio(cli)} sàn`, '≤ 8× sàn', cli <= 8 * f);
    if (pane.skipped) process.stdout.write(`BỎ QUA  Ngăn tác vụ đọc 50 sổ tính: ${pane.skipped}\n`);
    else
      report(
        `Ngăn tác vụ đọc 50 sổ tính (luồng đọc trong Chromium không giao diện, ${pane.read}/${pane.files} tệp đọc được)`,
        `${fmt(pane.ms)} = ${ratio(pane.ms)} sàn`,
        '≤ 10× sàn',
        pane.ms <= 10 * f && pane.read === pane.files,
      );
    report(
      'Tệp chuyển cho SheetJS (bộ đọc nhanh không đọc)',
      `${readerStats.fast - before === files.length ? 0 : files.length - (readerStats.fast - before)} / ${files.length} (${fallbacks})`,
      '0',
      readerStats.fast - before === files.length,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const many = makeDir('tonghop-bench-mem200-', 200);
  try {
    const m = peakMB(many);
    report(
      'Bộ nhớ đỉnh, dòng lệnh tổng hợp 200 sổ tính',
      `${m.mb.toFixed(0)} MB (mã thoát ${m.code})`,
      '≤ 300 MB',
      m.mb <= 300,
    );
  } finally {
    fs.rmSync(many, { recursive: true, force: true });
  }
  const big = makeDir('tonghop-bench-mem-big-', 1, 200000);
  try {
    const m = peakMB(big);
    report(
      'Bộ nhớ đỉnh, một sổ theo dõi 200.000 dòng',
      `${m.mb.toFixed(0)} MB (mã thoát ${m.code})`,
      '≤ 400 MB',
      m.mb <= 400,
    );
  } finally {
    fs.rmSync(big, { recursive: true, force: true });
  }
}

module.exports = { readerBench };
if (require.main === module) readerBench();
