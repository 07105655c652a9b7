'use strict';
/**
 * The fuzzer: random mutations of valid unit workbooks, through readUnitFile → consolidate → buildSummaryLayout
 * (and the summary writer for a sample), checking that nothing throws and that every result keeps its shape.
 *
 * Plain JavaScript so two callers share it: test/fuzz/fuzz.test.ts (the TypeScript sources under ts-jest, a fixed
 * seed, 10,000 cases) and test/fuzz/run.js (`npm run fuzz`: the compiled lib/, any seed and count).
 *
 * Three kinds of case, each made from one random number stream so that (seed, index) reproduces it alone:
 * - bytes: bit flips, overwritten runs, cuts, duplicated runs and zip header fields set to edge values;
 * - xml:   one part of the zip (sheet, shared strings, workbook, rels…) edited as text — slices cut, copied and
 *          swapped, hostile snippets inserted, attributes and numbers replaced — then zipped again (stored,
 *          deflated, with data descriptors or lying sizes);
 * - cells: the unit workbook rebuilt with random cells replaced by hostile values (control characters, huge and
 *          NaN-like numbers, formulas, legacy encodings, NFD, 30,000-character text, error cells…), sometimes with a
 *          dossier register (SoTheoDoi) whose dates and time limits are extreme (years 0, 1899, 9999, 10000,
 *          negative serials, huge counts, times of day).
 */
const fs = require('fs');
const path = require('path');
const H = require('../../scripts/make-hostile-corpus.js');

/** mulberry32: small, fast, good enough to pick mutations. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of case `i` of a campaign: each case can be replayed on its own. */
function caseSeed(seed, i) {
  let h = (seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const HOSTILE_TEXT = [
  '',
  ' ',
  '\u00a0',
  '\t\n',
  'a\u0000b',
  '\u0001\u0002\u001f',
  '_x0001_',
  '_x000B_x',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDC00x',
  '😀',
  'e\u0301',
  '\u200B\u200D',
  '\u202Eabc',
  '=1+1',
  '+1',
  '-1',
  '@SUM(A1)',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://x","y")',
  '<script>alert(1)</script>',
  '</t></si>',
  ']]>',
  '&amp;',
  '&#0;',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '1e-400',
  '0x1F',
  '1,5',
  '1.234,5',
  '1,234.5',
  ' 12 ',
  '12 hồ sơ',
  '1,5 triệu',
  '81,6%',
  '(12)',
  '--5',
  '31/02/2020',
  '29/02/2021',
  '00/00/0000',
  '2020-13-45',
  '15-3-24',
  '99999',
  '45000',
  'ngày 15 tháng 3 năm 2020',
  '15/12/2019',
  '14/06/2020',
  'Tổng cộng',
  'TỔNG CỘNG',
  'Tổng cộng'.normalize('NFD'),
  'Ho¹t ®éng',
  'Thaïc syõ',
  'Trước hạn',
  'TH',
  'Đang giải quyết - quá hạn',
  'Công chức',
  'Viên chức',
  'Thạc sĩ',
  'TS',
  'Nữ',
  'x',
  'Cao cấp LLCT',
  'Trực tuyến',
  'Tên đơn vị',
  'Kỳ báo cáo',
  'Từ ngày',
  'Đến ngày',
  'Biên chế được giao',
  'STT',
  'Lĩnh vực',
  'Họ và tên',
];
const HOSTILE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  2.5,
  -3.7,
  12,
  1e15,
  2 ** 53 + 1,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  5e-324,
  43814,
  43996,
  45000.75,
  2958465,
  2958466,
  60,
  1,
  99999999,
  1234.5,
];
/** Dates and time limits at and past the edges of Excel's calendar, for the register's date columns. */
const EXTREME_DATES = [
  '31/12/9999',
  '30/12/9999',
  '01/01/10000',
  '31/12/1899',
  '01/01/1900',
  '28/02/1900',
  '29/02/1900',
  '01/03/1900',
  '01/01/0000',
  '00/01/2025',
  '10/03/2025 10:00',
  '10/03/2025 16:00',
  '10/03/2025 24:00',
  '10/03/2025 25:61',
  '2025-03-10T23:59:59+07:00',
  '30 ngày',
  '30 ngày làm việc',
  '999 ngày',
  '1000 ngày',
  '9999999 ngày',
  '-5 ngày',
  '0 ngày',
  '1e308 ngày',
  '30 tháng',
  2958465,
  2958464.99,
  2958466,
  1,
  0,
  -1,
  -45000,
  60,
  61,
  0.5,
  45726.4166,
  45726.6666,
  999,
  1000,
  1e10,
  1e308,
  -1e308,
  30,
  -30,
  2.5,
];
const XML_SNIPPETS = [
  '<c r="A1"><v>1</v></c>',
  '<c r="XFD1048576"><v>1</v></c>',
  '<c r="ZZZZ99999999"><v>1</v></c>',
  '<c r="A0"/>',
  '<c t="e"><v>#REF!</v></c>',
  '<c r="B2" t="s"><v>99999</v></c>',
  '<c r="B2" t="s"><v>-1</v></c>',
  '<c r="C3" t="d"><v>not a date</v></c>',
  '<c r="C3" t="b"><v>2</v></c>',
  '<c r="D4" t="str"><f>SUM(A1:A2)</f></c>',
  '<c r="D4"><f t="shared" si="0" ref="D4:D9999"/></c>',
  '<row r="0">',
  '<row r="1048577">',
  '<row>',
  '</row>',
  '</sheetData>',
  '<sheetData>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCells count="1"><mergeCell ref="B2:A1"/></mergeCells>',
  '<dimension ref="A1:XFD1048576"/>',
  '<dimension ref="ZZ"/>',
  '<v>NaN</v>',
  '<v>1e999</v>',
  '<v></v>',
  '<t xml:space="preserve"> </t>',
  '<si><t>x</t></si>',
  '<si/>',
  '<r><t>run</t></r>',
  '&#0;',
  '&#xD800;',
  '&#xFFFE;',
  '&lt;&gt;',
  '&undefined;',
  '<![CDATA[<x>]]>',
  '<!-- -->',
  '<?pi x?>',
  '<!DOCTYPE x [<!ENTITY e "eeeeeeeeee">]>',
  '<sheet name="" sheetId="0" r:id="rId999"/>',
  '<sheet name="TTHC" sheetId="9" r:id="rId1"/>',
  '<sheet name="NhanSu" state="hidden" sheetId="8" r:id="rId2"/>',
  '<Relationship Id="rId1" Type="x" Target="../../../../etc/passwd"/>',
  '<row r="5" hidden="1">',
  '<hyperlink ref="A1" r:id="rId9"/>',
  '<x:c r="A1"><x:v>1</x:v></x:c>',
  '\u0000',
  '\uFFFE',
  '\u00ff\u00fe',
];
const ATTR_VALUES = [
  '',
  '0',
  '-1',
  'A1',
  'A0',
  'XFD1048576',
  'A1:XFD1048576',
  'ZZZ1',
  '1e9',
  'NaN',
  's',
  'e',
  'b',
  'str',
  'inlineStr',
  'd',
  'n',
  '4294967295',
  '9007199254740993',
  'rId999',
  '../x.xml',
  '/xl/worksheets/sheet1.xml',
  'x'.repeat(300),
];

/** One random mutation run over the seeds; `lib` holds the functions under test (TypeScript sources or lib/). */
class Fuzzer {
  /**
   * @param {any} lib readUnitFile, consolidate, buildSummaryLayout, summaryJson, writeWorkbook, readWorkbook
   * @param {Array<{ name: string, bytes: Buffer, weight?: number }>} seeds
   */
  constructor(lib, seeds) {
    this.lib = lib;
    this.seeds = seeds.map((s) => ({
      ...s,
      weight: s.weight || 1,
      entries: s.bytes[0] === 0x50 && s.bytes[1] === 0x4b ? H.unzip(s.bytes) : null,
    }));
    this.zipSeeds = this.seeds.filter((s) => s.entries && s.name.endsWith('.xlsx'));
    this.totalWeight = this.seeds.reduce((n, s) => n + s.weight, 0);
  }

  pickSeed(r, list = this.seeds) {
    let x = r() * list.reduce((n, s) => n + s.weight, 0);
    for (const s of list) if ((x -= s.weight) < 0) return s;
    return list[list.length - 1];
  }

  /** Case `i` of campaign `seed`: { id, kind, name, bytes }. */
  makeCase(seed, i) {
    const r = rng(caseSeed(seed, i));
    const pick = (xs) => xs[Math.floor(r() * xs.length)];
    const roll = r();
    const kind = roll < 0.34 ? 'bytes' : roll < 0.68 ? 'xml' : 'cells';
    let name;
    let bytes;
    if (kind === 'bytes') {
      const s = this.pickSeed(r);
      name = s.name;
      bytes = mutateBytes(Buffer.from(s.bytes), r, pick);
    } else if (kind === 'xml') {
      const s = this.pickSeed(r, this.zipSeeds);
      name = s.name;
      bytes = mutateXml(s.entries, r, pick);
    } else {
      name = 'o-ngau-nhien.xlsx';
      bytes = mutateCells(i, r, pick);
    }
    return {
      id: `${seed}:${i}`,
      kind,
      name: `${i}-${name}`,
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    };
  }

  /**
   * Runs cases 0..count-1 (or until `timeBudgetMs`), reading `batch` files at a time into one consolidation.
   * Every `writeEvery`-th batch also writes the summary workbook and reads it back.
   * @param {{ seed: number, count: number, timeBudgetMs?: number, batch?: number, writeEvery?: number, start?: number,
   *   onProgress?: (cases: number, crashes: number) => void, onCase?: (c: any) => void }} options
   * Returns { cases, crashes: [{ id, kind, name, stage, error, bytes }], ms, slowest: { id, ms }, byKind, byStatus }.
   */
  async run({ seed, count, timeBudgetMs = Infinity, batch = 8, writeEvery = 25, onProgress, start = 0, onCase }) {
    const t0 = Date.now();
    const crashes = [];
    const byKind = { bytes: 0, xml: 0, cells: 0 };
    const byStatus = { valid: 0, warnings: 0, errors: 0, rejected: 0 };
    let slowest = { id: '', ms: 0 };
    let cases = 0;
    let batchNo = 0;
    for (let i = start; i < start + count; i += batch) {
      if (Date.now() - t0 > timeBudgetMs) break;
      const reports = [];
      const made = [];
      for (let k = i; k < Math.min(i + batch, start + count); k++) {
        let c;
        try {
          c = this.makeCase(seed, k);
        } catch (e) {
          crashes.push({ id: `${seed}:${k}`, kind: '?', name: '', stage: 'make', error: stack(e), bytes: null });
          continue;
        }
        made.push(c);
        if (onCase) onCase(c);
        byKind[c.kind]++;
        cases++;
        const tc = Date.now();
        try {
          const report = this.lib.readUnitFile(c.bytes, c.name);
          const problem = checkReport(report, c.name);
          if (problem) throw new Error(`invariant: ${problem}`);
          byStatus[report.status]++;
          reports.push(report);
        } catch (e) {
          crashes.push({
            id: c.id,
            kind: c.kind,
            name: c.name,
            stage: 'readUnitFile',
            error: stack(e),
            bytes: c.bytes,
          });
        }
        const ms = Date.now() - tc;
        if (ms > slowest.ms) slowest = { id: c.id, ms };
      }
      batchNo++;
      const ids = made.map((c) => c.id).join(',');
      let layout = null;
      try {
        const summary = this.lib.consolidate(reports, {});
        JSON.stringify(this.lib.summaryJson(summary));
        layout = this.lib.buildSummaryLayout(summary, {});
        const problem = checkLayout(layout);
        if (problem) throw new Error(`invariant: ${problem}`);
      } catch (e) {
        crashes.push({ id: ids, kind: 'batch', name: '', stage: 'consolidate/layout', error: stack(e), bytes: null });
        layout = null;
      }
      if (layout && batchNo % writeEvery === 0) {
        try {
          const out = await this.lib.writeWorkbook(layout);
          for (const e of H.unzip(Buffer.from(out))) {
            if (/\.(xml|rels)$/.test(e.name) && XML_FORBIDDEN.test(e.data.toString('utf8')))
              throw new Error(`invariant: ${e.name} holds a character XML forbids`);
          }
          const back = this.lib.readWorkbook(out, 'TongHop.xlsx');
          if (back.findings.some((f) => f.severity === 'error'))
            throw new Error(`invariant: the written summary does not read back: ${back.findings[0].message}`);
        } catch (e) {
          crashes.push({ id: ids, kind: 'batch', name: '', stage: 'writeWorkbook', error: stack(e), bytes: null });
        }
      }
      if (onProgress) onProgress(cases, crashes.length);
    }
    return { cases, crashes, ms: Date.now() - t0, slowest, byKind, byStatus };
  }
}

function stack(e) {
  return e && e.stack ? String(e.stack).split('\n').slice(0, 8).join('\n') : String(e);
}

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** What every UnitReport must be, whatever the input: '' when fine, else what is wrong. */
function checkReport(r, name) {
  if (!r || typeof r !== 'object') return 'no report';
  if (r.file !== name) return `file ${r.file}`;
  if (!['valid', 'warnings', 'errors', 'rejected'].includes(r.status)) return `status ${r.status}`;
  if (typeof r.name !== 'string') return 'name not a string';
  if (!Array.isArray(r.findings)) return 'findings not an array';
  for (const f of r.findings) {
    if (f.file !== name) return `finding file ${f.file}`;
    if (f.severity !== 'error' && f.severity !== 'warning') return `severity ${f.severity}`;
    if (typeof f.code !== 'string' || !/^[A-Z][A-Z0-9_]+$/.test(f.code)) return `code ${f.code}`;
    if (typeof f.message !== 'string' || f.message === '' || f.message !== f.message.normalize('NFC'))
      return `message of ${f.code}`;
    if (!VIETNAMESE.test(f.message)) return `message of ${f.code} not Vietnamese`;
    if (typeof f.sheet !== 'string' || typeof f.cell !== 'string') return `place of ${f.code}`;
    if (f.cell !== '' && (!/^[A-Z]{1,3}[1-9]\d*$/.test(f.cell) || f.sheet === ''))
      return `cell ${f.sheet}!${f.cell} of ${f.code}`;
  }
  const hasError = r.findings.some((f) => f.severity === 'error');
  if ((r.status === 'rejected' || r.status === 'errors') && !hasError) return `${r.status} without an error`;
  // An error finding must show in the file's status: never 'valid' or 'warnings' (issue 8, item 4).
  if ((r.status === 'valid' || r.status === 'warnings') && hasError) return `${r.status} with an error`;
  if (r.status === 'valid' && r.findings.length > 0) return 'valid with findings';
  for (const k of ['tthc', 'staff', 'training', 'reception']) {
    const v = r[k];
    if (v === undefined) continue;
    const bad = badCount(v);
    if (bad) return `${k}: ${bad}`;
  }
  if (r.tthc) {
    const t = r.tthc;
    if (t.received !== t.online + t.inPerson + t.carriedOver || t.resolved !== t.early + t.onTime + t.late) {
      // Identities hold for figures the core computed; a stated table that disagrees is reported, never summed wrong.
      if (
        !r.findings.some(
          (f) => f.severity === 'error' || /MISMATCH|BALANCE|MISSING_COLUMNS|NO_BREAKDOWN|ONLY_TOTAL/.test(f.code),
        )
      )
        return 'tthc identities broken silently';
    }
  }
  return '';
}

/** Every count in a section: a non-negative safe integer (or null for an unstated quota). */
function badCount(v, path = '') {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? '' : `${path} = ${v}`;
  if (typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const bad = badCount(x, `${path}.${k}`);
      if (bad) return bad;
    }
  }
  return '';
}

function checkLayout(layout) {
  for (const s of layout.sheets) {
    for (const b of s.blocks) {
      for (const row of b.cells) {
        for (const c of row) {
          if (typeof c.v === 'string' && c.v.length > 32767) return `${s.name}: text of ${c.v.length} characters`;
          if (typeof c.v === 'number' && !Number.isFinite(c.v)) return `${s.name}: ${c.v}`;
          if (c.f !== undefined && /[|!"]/.test(c.f.replace(/""/g, ''))) return `${s.name}: formula ${c.f}`;
        }
      }
    }
  }
  return '';
}

// --- bytes --------------------------------------------------------------------------------------------------

function mutateBytes(b, r, pick) {
  const ops = 1 + Math.floor(r() * 4);
  for (let k = 0; k < ops && b.length > 0; k++) {
    const op = r();
    const at = Math.floor(r() * b.length);
    if (op < 0.3) {
      for (let j = 0, n = 1 + Math.floor(r() * 16); j < n; j++)
        b[Math.floor(r() * b.length)] ^= 1 << Math.floor(r() * 8);
    } else if (op < 0.45) {
      const n = Math.min(b.length - at, 1 + Math.floor(r() * 64));
      for (let j = 0; j < n; j++) b[at + j] = Math.floor(r() * 256);
    } else if (op < 0.55) {
      b = b.subarray(0, at);
    } else if (op < 0.65) {
      const n = Math.min(b.length - at, 1 + Math.floor(r() * 512));
      b = Buffer.concat([b.subarray(0, at), b.subarray(at, at + n), b.subarray(at)]);
    } else if (op < 0.7) {
      b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + Math.floor(r() * 512)))]);
    } else {
      // A zip header field (after a PK signature) set to an edge value.
      const sigs = [];
      for (let p = b.indexOf('PK'); p >= 0 && sigs.length < 400; p = b.indexOf('PK', p + 2)) sigs.push(p);
      if (sigs.length === 0) continue;
      const p = pick(sigs) + 4 + 2 * Math.floor(r() * 20);
      if (p + 4 > b.length) continue;
      const v = pick([0, 1, 0xff, 0xffff, 0xffffffff, 0x7fffffff, 0x80000000, b.length, Math.floor(r() * 0xffffffff)]);
      if (r() < 0.5) b.writeUInt16LE(v & 0xffff, p);
      else b.writeUInt32LE(v >>> 0, p);
    }
  }
  return b;
}

// --- xml ------------------------------------------------------------------------------------------------------

function mutateXml(entries, r, pick) {
  const parts = entries.map((e) => ({ name: e.name, data: e.data }));
  const candidates = parts.filter((e) => /\.(xml|rels)$/.test(e.name));
  const weighted = candidates.flatMap((e) =>
    /worksheets\/sheet|sharedStrings/.test(e.name) ? [e, e, e, e] : /workbook|rels/.test(e.name) ? [e, e] : [e],
  );
  const target = pick(weighted);
  let s = target.data.toString('utf8');
  const ops = 1 + Math.floor(r() * 3);
  for (let k = 0; k < ops; k++) s = mutateText(s, r, pick);
  target.data = Buffer.from(s, 'utf8');
  const packing = r();
  return H.zipOf(
    parts.map((e) => ({
      name: e.name,
      data: e.data,
      ...(packing < 0.4 ? { store: true } : { level: 1 }),
      ...(packing > 0.9 ? { descriptor: true } : {}),
      ...(packing > 0.95 && e === target ? { centralSize: Math.floor(e.data.length * r()) } : {}),
    })),
  );
}

function mutateText(s, r, pick) {
  if (s.length === 0) return pick(XML_SNIPPETS);
  const at = Math.floor(r() * s.length);
  const len = Math.floor(r() * Math.min(400, s.length - at));
  const op = r();
  if (op < 0.15) return s.slice(0, at) + s.slice(at + len);
  if (op < 0.25) return s.slice(0, at) + s.slice(at, at + len) + s.slice(at);
  if (op < 0.32) {
    const b = Math.floor(r() * s.length);
    const [x, y] = at < b ? [at, b] : [b, at];
    const l = Math.min(len, y - x);
    return s.slice(0, x) + s.slice(y, y + l) + s.slice(x + l, y) + s.slice(x, x + l) + s.slice(y + l);
  }
  if (op < 0.5) {
    // A snippet at a tag boundary (or anywhere).
    const gt = s.indexOf('>', at);
    const p = gt >= 0 && r() < 0.8 ? gt + 1 : at;
    let snip = pick(XML_SNIPPETS);
    if (r() < 0.05) snip = snip.repeat(1 + Math.floor(r() * 2000));
    return s.slice(0, p) + snip + s.slice(p);
  }
  if (op < 0.7) {
    // An attribute value replaced.
    const m = /\b([a-zA-Z:]+)="([^"]*)"/g;
    m.lastIndex = at;
    const x = m.exec(s) || /\b([a-zA-Z:]+)="([^"]*)"/.exec(s);
    if (!x) return s;
    const value = r() < 0.7 ? pick(ATTR_VALUES) : x[2] + pick(ATTR_VALUES);
    return s.slice(0, x.index) + `${x[1]}="${value}"` + s.slice(x.index + x[0].length);
  }
  if (op < 0.85) {
    // A value or text node replaced.
    const m = /<(v|t)( [^>]*)?>([^<]*)</g;
    m.lastIndex = at;
    const x = m.exec(s) || /<(v|t)( [^>]*)?>([^<]*)</.exec(s);
    if (!x) return s;
    const v = r() < 0.5 ? String(pick(HOSTILE_NUMBERS)) : escapeXml(pick(HOSTILE_TEXT));
    const start = x.index + x[0].length - 1 - x[3].length;
    return s.slice(0, start) + v + s.slice(start + x[3].length);
  }
  if (op < 0.92) {
    // Deep nesting.
    const n = 1 + Math.floor(r() * 5000);
    return s.slice(0, at) + '<a>'.repeat(n) + '</a>'.repeat(r() < 0.5 ? n : 0) + s.slice(at);
  }
  // Cut the part short.
  return s.slice(0, at);
}

function escapeXml(t) {
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// --- cells ----------------------------------------------------------------------------------------------------

function hostileValue(r, pick) {
  const x = r();
  if (x < 0.4) return pick(HOSTILE_TEXT);
  if (x < 0.7) return pick(HOSTILE_NUMBERS);
  if (x < 0.75) return r() < 0.5;
  if (x < 0.8) return null;
  if (x < 0.85) return 'x'.repeat(1 + Math.floor(r() * 30000));
  if (x < 0.9) return H.toTcvn3(pick(HOSTILE_TEXT));
  if (x < 0.95) return pick(HOSTILE_TEXT).normalize('NFD') + pick(HOSTILE_TEXT);
  // Random Unicode (all planes, surrogates included).
  let s = '';
  for (let k = 0, n = 1 + Math.floor(r() * 12); k < n; k++) s += String.fromCharCode(Math.floor(r() * 0x10000));
  return s;
}

function mutateCells(i, r, pick) {
  const sheets = H.unitSheets(`Đơn vị ${i}`, i);
  const edits = 1 + Math.floor(r() * 8);
  for (let k = 0; k < edits; k++) {
    const sh = pick(sheets);
    const aoa = sh[1];
    const row = Math.floor(r() * (aoa.length + 2));
    const col = Math.floor(r() * 15);
    while (aoa.length <= row) aoa.push([]);
    aoa[row][col] = hostileValue(r, pick);
  }
  if (r() < 0.25) sheets.push(['SoTheoDoi', extremeRegister(r, pick), []]);
  if (r() < 0.1) pick(sheets)[0] = pick(['TTHC', 'NhanSu', 'Sheet1', 'Tổng hợp', 'ThongTin', '=x', 'a'.repeat(31)]);
  if (r() < 0.1) sheets.splice(Math.floor(r() * sheets.length), 1);
  // Unique sheet names (SheetJS refuses duplicates); text cells within Excel's limit (SheetJS refuses longer).
  const seen = new Set();
  for (const s of sheets) {
    while (seen.has(s[0].toLowerCase())) s[0] = (s[0] + '_').slice(-31);
    seen.add(s[0].toLowerCase());
    for (const row of s[1])
      for (let c = 0; c < row.length; c++)
        if (typeof row[c] === 'string' && row[c].length > 32767) row[c] = row[c].slice(0, 32767);
  }
  const wb = H.bookOf(
    sheets.map(([n, aoa, m]) => [
      n,
      aoa,
      r() < 0.8 ? m : [{ s: { r: 0, c: 0 }, e: { r: Math.floor(r() * 5), c: Math.floor(r() * 14) } }],
    ]),
  );
  const type = r() < 0.9 ? 'xlsx' : pick(['biff8', 'ods', 'xlsb']);
  try {
    return H.write(wb, type);
  } catch {
    return H.write(wb, 'xlsx');
  }
}

/** A small register whose received / deadline / resolved cells mix ordinary dates with EXTREME_DATES. */
function extremeRegister(r, pick) {
  const aoa = [['STT', 'Lĩnh vực', 'Ngày tiếp nhận', 'Hạn giải quyết', 'Ngày có kết quả']];
  const ordinary = [43850, 43900, 15, '20/03/2020', ''];
  for (let i = 0, n = 1 + Math.floor(r() * 6); i < n; i++) {
    const cell = () => (r() < 0.6 ? pick(EXTREME_DATES) : pick(ordinary));
    aoa.push([i + 1, 'Sở hữu trí tuệ', cell(), cell(), cell()]);
  }
  return aoa;
}

/** The seed workbooks: the example province and the valid files of the hostile corpus (`root`: the repository). */
function fuzzSeeds(root) {
  const list = [];
  const examples = path.join(root, 'examples', 'don-vi');
  for (const f of fs.readdirSync(examples).sort())
    list.push({ name: f, bytes: fs.readFileSync(path.join(examples, f)), weight: f.endsWith('.xls') ? 0.5 : 1 });
  const hostile = path.join(root, 'test', 'fixtures', 'hostile');
  for (const f of [
    'hop-le.xlsx',
    'nhi-phan.xlsb',
    'du-lieu-mo-ta.xlsx',
    'tcvn3.xlsx',
    'ngay-thang.xlsx',
    'html-doi-ten.xls',
    'xml-2003.xls',
    'an-dong-an-trang.xlsx',
  ]) {
    list.push({ name: f, bytes: fs.readFileSync(path.join(hostile, f)), weight: f === 'hop-le.xlsx' ? 3 : 1 });
  }
  return list;
}

module.exports = { Fuzzer, fuzzSeeds, rng, caseSeed, checkReport, checkLayout };
