'use strict';
/**
 * `node bench/io-libraries.js` — the figures behind docs/libraries.md, measured on this machine.
 *
 * Reads 20 generated unit registers (2,000 rows × 8 columns, written by ExcelJS like a filled-in template)
 * with SheetJS CE (@e965/xlsx, the options readWorkbook uses) and with ExcelJS, each in a fresh child process
 * so peak RSS is the library's own; then .xls/.ods support, the reader's memory at the 2,000,000-cell limit,
 * compression ratios of real workbook parts, and browser bundle sizes (minified dist files, gzipped).
 * Options: --runs N (default 3), --json (print raw results as JSON too).
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { REGISTER_HEADER } = require('../scripts/support/unit-workbook');

const ROOT = path.join(__dirname, '..');
const NM = path.join(ROOT, 'node_modules');

/* ---------- child mode: one measurement in a clean process ---------- */

/**
 * Transpiles src/io and src/core (the core modules io imports, whichever they are, and their JSON data) to plain
 * JS in `outDir` (TypeScript's transpiler, no type check), so the measured child loads only the reader, not the
 * TypeScript compiler.
 */
function transpileReader(outDir) {
  const ts = require('typescript');
  /** @type {(dir: string) => string[]} */
  const under = (dir) =>
    fs
      .readdirSync(path.join(ROOT, 'src', dir), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? under(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
  const all = [...under('io'), ...under('core')];
  for (const rel of all.filter((f) => f.endsWith('.json'))) {
    fs.mkdirSync(path.dirname(path.join(outDir, rel)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'src', rel), path.join(outDir, rel));
  }
  for (const rel of all.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
    const src = fs.readFileSync(path.join(ROOT, 'src', rel), 'utf8');
    const out = ts.transpileModule(src, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      fileName: rel,
    });
    const dst = path.join(outDir, rel.replace(/\.ts$/, '.js'));
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    fs.writeFileSync(dst, out.outputText);
  }
}

/** Peak RSS of this process in MB. VmHWM belongs to the address space, so it starts afresh at exec; getrusage's
 * maxRSS would carry over the parent's figure on Linux. */
function peakRssMB() {
  try {
    const m = /VmHWM:\s*(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    /* not Linux */
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function child(kind, dir, jsDir) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => path.join(dir, f));
  // Load the library (and, for readWorkbook, the TypeScript transpiler) before the clock starts.
  /** @type {any} the library measured: ExcelJS or SheetJS */
  const lib = kind === 'exceljs' ? require('exceljs') : require('@e965/xlsx');
  let readWorkbook = null;
  if (kind === 'readWorkbook') readWorkbook = require(path.join(jsDir, 'io/read-workbook.js')).readWorkbook;
  const baseMB = peakRssMB();
  const t0 = process.hrtime.bigint();
  let cells = 0;
  let error = null;
  if (kind === 'sheetjs' || kind === 'sheetjs-nostyles') {
    const XLSX = lib;
    for (const f of files) {
      const b = fs.readFileSync(f);
      const wb = XLSX.read(new Uint8Array(b.buffer, b.byteOffset, b.length), {
        type: 'array',
        dense: true,
        cellDates: false,
        cellFormula: true,
        cellNF: true,
        cellText: false,
        cellHTML: false,
        cellStyles: kind === 'sheetjs' && /\.xlsx$/.test(f),
      });
      for (const n of wb.SheetNames)
        for (const row of wb.Sheets[n]['!data'] || []) if (row) for (const c of row) if (c && c.t !== 'z') cells++;
    }
  } else if (kind === 'readWorkbook') {
    for (const f of files) {
      const b = fs.readFileSync(f);
      const r = readWorkbook(new Uint8Array(b.buffer, b.byteOffset, b.length), path.basename(f));
      if (r.grids.length === 0) throw new Error(`${f}: ${JSON.stringify(r.findings)}`);
      for (const g of r.grids) for (const row of g.rows) for (const v of row) if (v !== null) cells++;
    }
  } else if (kind === 'exceljs') {
    const ExcelJS = lib;
    try {
      for (const f of files) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(fs.readFileSync(f));
        wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell(() => cells++)));
      }
    } catch (e) {
      error = String((e && e.message) || e).slice(0, 120);
    }
  } else throw new Error(`unknown kind ${kind}`);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms, cells, error, maxRssMB: peakRssMB(), baseMB }));
}

/* ---------- parent mode ---------- */

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

let JS_DIR = '';

function run(kind, dir, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, [__filename, '--child', kind, dir, JS_DIR], {
      cwd: ROOT,
      maxBuffer: 1 << 20,
      env: { ...process.env, NODE_PATH: NM },
    });
    results.push(JSON.parse(out.toString()));
  }
  return {
    kind,
    ms: median(results.map((r) => r.ms)),
    maxRssMB: median(results.map((r) => r.maxRssMB)),
    baseMB: median(results.map((r) => r.baseMB)),
    cells: results[0].cells,
    error: results[0].error,
  };
}

async function makeRegisters(dir, count, rows) {
  const ExcelJS = require('exceljs');
  fs.mkdirSync(dir, { recursive: true });
  const fields = [
    'Khoa học và công nghệ',
    'Sở hữu trí tuệ',
    'Tiêu chuẩn đo lường chất lượng',
    'An toàn bức xạ hạt nhân',
    'Hoạt động KH&CN',
  ];
  const channels = ['Trực tuyến', 'Trực tiếp', 'Dịch vụ bưu chính'];
  for (let u = 0; u < count; u++) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('SoTheoDoi');
    ws.addRow(REGISTER_HEADER).font = { bold: true };
    for (let r = 0; r < rows; r++) {
      const received = 45292 + ((r * 7 + u) % 170);
      const row = ws.addRow([
        `H${String(u).padStart(2, '0')}.${String(r).padStart(5, '0')}`,
        fields[(r + u) % fields.length],
        `Thủ tục cấp giấy chứng nhận số ${(r % 40) + 1}`,
        channels[r % 3],
        received,
        received + 15,
        r % 9 === 0 ? null : received + (r % 20),
        r % 13 === 0 ? 'Bổ sung hồ sơ lần 1' : null,
      ]);
      for (const c of [5, 6, 7]) row.getCell(c).numFmt = 'dd/mm/yyyy';
    }
    fs.writeFileSync(
      path.join(dir, `donvi-${String(u + 1).padStart(2, '0')}.xlsx`),
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
  }
}

function convertDir(srcDir, dstDir, bookType) {
  const XLSX = require('@e965/xlsx');
  fs.mkdirSync(dstDir, { recursive: true });
  for (const f of fs.readdirSync(srcDir)) {
    const wb = XLSX.read(fs.readFileSync(path.join(srcDir, f)), { type: 'buffer', cellNF: true });
    XLSX.writeFile(wb, path.join(dstDir, f.replace(/\.xlsx$/, `.${bookType}`)), { bookType });
  }
}

function zipRatios(file) {
  const b = fs.readFileSync(file);
  const { listZipEntries } = require(path.join(JS_DIR, 'io/zip.js'));
  const l = listZipEntries(new Uint8Array(b.buffer, b.byteOffset, b.length));
  if (!l.ok) return [];
  return l.entries
    .filter((e) => e.compressedSize > 0)
    .map((e) => ({ name: e.name, ratio: e.uncompressedSize / e.compressedSize, size: e.uncompressedSize }));
}

function gz(file) {
  const b = fs.readFileSync(file);
  return { min: b.length, gzip: zlib.gzipSync(b, { level: 9 }).length };
}

async function main() {
  const runs = Number(process.argv.find((a, i) => process.argv[i - 1] === '--runs') || 3);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-bench-io-'));
  const out = {
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0].model,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
  };
  try {
    JS_DIR = path.join(work, 'js');
    transpileReader(JS_DIR);
    const xlsxDir = path.join(work, 'xlsx');
    await makeRegisters(xlsxDir, 20, 2000);
    const bytes = fs.readdirSync(xlsxDir).reduce((n, f) => n + fs.statSync(path.join(xlsxDir, f)).size, 0);
    out.input = { files: 20, rowsPerFile: 2000, cols: 8, totalBytes: bytes };
    out.read20 = ['sheetjs', 'sheetjs-nostyles', 'readWorkbook', 'exceljs'].map((k) => run(k, xlsxDir, runs));

    for (const bt of ['xls', 'ods']) {
      const d = path.join(work, bt);
      convertDir(xlsxDir, d, bt);
      out[`read20_${bt}`] = ['sheetjs', 'readWorkbook', 'exceljs'].map((k) => run(k, d, runs));
    }

    // Memory at the default cell limit: one workbook of 100,000 rows × 20 columns = 2,000,000 cells.
    const bigDir = path.join(work, 'big');
    fs.mkdirSync(bigDir);
    {
      const XLSX = require('@e965/xlsx');
      const aoa = [];
      for (let r = 0; r < 100000; r++) {
        const row = [];
        for (let c = 0; c < 20; c++) row.push(c % 4 === 0 ? `Đơn vị ${r % 97}` : r * 20 + c);
        aoa.push(row);
      }
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Lon');
      XLSX.writeFile(wb, path.join(bigDir, 'lon.xlsx'));
      out.bigFileBytes = fs.statSync(path.join(bigDir, 'lon.xlsx')).size;
    }
    out.read2M = ['sheetjs', 'readWorkbook', 'exceljs'].map((k) => run(k, bigDir, runs));

    // Compression ratios of real parts (ExcelJS-written registers, the SheetJS-written big file, an all-zero sheet).
    const zerosDir = path.join(work, 'zeros');
    fs.mkdirSync(zerosDir);
    {
      const ExcelJS = require('exceljs');
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Khong');
      for (let r = 0; r < 50000; r++) ws.addRow([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
      fs.writeFileSync(path.join(zerosDir, 'khong.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    }
    const parts = [
      ...zipRatios(path.join(xlsxDir, 'donvi-01.xlsx')),
      ...zipRatios(path.join(bigDir, 'lon.xlsx')),
      ...zipRatios(path.join(work, 'ods', 'donvi-01.ods')),
    ].filter((p) => p.size >= 64 * 1024);
    const zeros = zipRatios(path.join(zerosDir, 'khong.xlsx')).filter((p) => p.size >= 64 * 1024);
    out.ratios = {
      maxOrdinary: parts.reduce((a, p) => (p.ratio > a.ratio ? p : a), { ratio: 0 }),
      allZeroSheet: zeros.reduce((a, p) => (p.ratio > a.ratio ? p : a), { ratio: 0 }),
    };

    out.bundle = {
      'xlsx.mini.min.js': gz(path.join(NM, '@e965/xlsx/dist/xlsx.mini.min.js')),
      'xlsx.core.min.js': gz(path.join(NM, '@e965/xlsx/dist/xlsx.core.min.js')),
      'xlsx.full.min.js': gz(path.join(NM, '@e965/xlsx/dist/xlsx.full.min.js')),
      'cpexcel.js': gz(path.join(NM, '@e965/xlsx/dist/cpexcel.js')),
      'exceljs.min.js': gz(path.join(NM, 'exceljs/dist/exceljs.min.js')),
      'exceljs.bare.min.js': gz(path.join(NM, 'exceljs/dist/exceljs.bare.min.js')),
      'jszip.min.js': gz(path.join(NM, 'jszip/dist/jszip.min.js')),
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  print(out);
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

function print(o) {
  const p = (s) => process.stdout.write(s + '\n');
  p(`Node ${o.node}, ${o.cpus} cores (${o.cpu}), ${o.memGiB} GiB`);
  p(
    `Input: ${o.input.files} files × ${o.input.rowsPerFile} rows × ${o.input.cols} columns, ${(o.input.totalBytes / 1e6).toFixed(2)} MB of .xlsx`,
  );
  const table = (title, rows) => {
    p(`\n${title}`);
    p('| reader | time (median) | peak RSS (library loaded before: MB) | cells seen | error |');
    p('|---|---|---|---|---|');
    for (const r of rows)
      p(
        `| ${r.kind} | ${(r.ms / 1000).toFixed(2)} s | ${r.maxRssMB.toFixed(0)} MB (${r.baseMB.toFixed(0)}) | ${r.cells.toLocaleString('en-US')} | ${r.error || ''} |`,
      );
  };
  table('20 × .xlsx', o.read20);
  table('20 × .xls (BIFF8, written by SheetJS)', o.read20_xls);
  table('20 × .ods (written by SheetJS)', o.read20_ods);
  table(`2,000,000 cells in one .xlsx (${(o.bigFileBytes / 1e6).toFixed(1)} MB)`, o.read2M);
  p(
    `\nLargest compression ratio of an ordinary part ≥ 64 KB: ${o.ratios.maxOrdinary.ratio.toFixed(1)}× (${o.ratios.maxOrdinary.name})`,
  );
  p(
    `All-zero 50,000 × 10 sheet written by ExcelJS: ${o.ratios.allZeroSheet.ratio.toFixed(1)}× (${o.ratios.allZeroSheet.name})`,
  );
  p('\n| file | minified | gzip -9 |');
  p('|---|---|---|');
  for (const [k, v] of Object.entries(o.bundle))
    p(`| ${k} | ${v.min.toLocaleString('en-US')} B | ${v.gzip.toLocaleString('en-US')} B |`);
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4], process.argv[5]).catch((e) => {
    process.stderr.write(String((e && e.stack) || e) + '\n');
    process.exit(1);
  });
} else {
  main().catch((e) => {
    process.stderr.write(String((e && e.stack) || e) + '\n');
    process.exitCode = 1;
  });
}
