/**
 * Rules Excel enforces on an .xlsx that LibreOffice, SheetJS and ExcelJS let pass: a file breaking one opens in Excel
 * only through "repair", which drops parts. Checked on every layout the project writes (the parts as written, not
 * as a library reads them back), and on the texts that need Excel's own escapes.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { LayoutSheet, LayoutWorkbook } from '../../src/core/layout';
import { MAX_ALERT_MESSAGE } from '../../src/core/list-sources';
import { writeWorkbook } from '../../src/io/write-workbook';
import { readWorkbook } from '../../src/io/read-workbook';
import { LAYOUTS } from './project-layouts';

type Parts = Map<string, string>;

async function partsOf(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = new Map();
  for (const name of Object.keys(zip.files)) parts.set(name, await zip.file(name)!.async('string'));
  return parts;
}

/** Each element `<name …>` of `xml` with its attributes, decoded by a strict XML parser. */
function elements(xml: string, name: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  const p = new SaxesParser();
  p.on('opentag', (t) => {
    if (t.name === name) out.push(t.attributes as Record<string, string>);
  });
  p.write(xml).close();
  return out;
}

/** Number of direct children of the element `parent` (which must occur once). */
function childCount(xml: string, parent: string): number {
  let depth = -1;
  let n = 0;
  const p = new SaxesParser();
  p.on('opentag', (t) => {
    if (depth >= 0) {
      if (depth === 0) n++;
      depth++;
    } else if (t.name === parent) depth = 0;
  });
  p.on('closetag', (t) => {
    if (depth > 0) depth--;
    else if (depth === 0 && t.name === parent) depth = -2;
  });
  p.write(xml).close();
  return n;
}

/** Zero-based row and column of an A1 reference. */
function cellOf(ref: string): { r: number; c: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]) - 1, c: c - 1 };
}

function rangeOf(ref: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b = a] = ref.split(':');
  const p = cellOf(a);
  const q = cellOf(b);
  return { r1: p.r, c1: p.c, r2: q.r, c2: q.c };
}

function overlap(a: ReturnType<typeof rangeOf>, b: ReturnType<typeof rangeOf>): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

describe.each(LAYOUTS)('%s, as written', (_name, make) => {
  let parts: Parts;
  beforeAll(async () => {
    parts = await partsOf(await writeWorkbook(make()));
  });

  test('xmllint finds every part well-formed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-parts-'));
    try {
      const files = [...parts.keys()].filter((n) => !n.endsWith('/')).map((n) => join(dir, 'p', n));
      [...parts].forEach(([n, text]) => {
        mkdirSync(dirname(join(dir, 'p', n)), { recursive: true });
        writeFileSync(join(dir, 'p', n), text);
      });
      // Throws (exit status 1 and the parser's message) on the first part that is not well-formed.
      execFileSync('xmllint', ['--noout', ...files], { stdio: 'pipe' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('every part has a content type, every override names a part, every relationship target exists', () => {
    const types = parts.get('[Content_Types].xml')!;
    const defaults = new Set(elements(types, 'Default').map((d) => d.Extension));
    const overrides = elements(types, 'Override').map((o) => o.PartName.slice(1));
    for (const o of overrides) expect(parts.has(o)).toBe(true);
    expect(new Set(overrides).size).toBe(overrides.length);
    for (const name of parts.keys()) {
      if (name === '[Content_Types].xml') continue;
      expect([name, overrides.includes(name) || defaults.has(name.split('.').pop()!)]).toEqual([name, true]);
    }
    for (const [name, xml] of parts) {
      if (!name.endsWith('.rels')) continue;
      // xl/_rels/workbook.xml.rels → targets relative to xl/; _rels/.rels → relative to the package root.
      const base = name.replace(/_rels\/[^/]*$/, '');
      const ids = new Set<string>();
      for (const r of elements(xml, 'Relationship')) {
        const resolved: string[] = [];
        for (const step of (base + r.Target).split('/')) {
          if (step === '..') resolved.pop();
          else resolved.push(step);
        }
        expect([r.Target, parts.has(resolved.join('/'))]).toEqual([r.Target, true]);
        expect(ids.has(r.Id)).toBe(false);
        ids.add(r.Id);
      }
    }
  });

  test('workbook: valid unique sheet names and ids, print titles on existing sheets', () => {
    const wb = parts.get('xl/workbook.xml')!;
    const sheets = elements(wb, 'sheet');
    const keys = sheets.map((s) => s.name.toUpperCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(sheets.map((s) => s.sheetId)).size).toBe(sheets.length);
    for (const s of sheets) {
      expect(s.name.length).toBeGreaterThan(0);
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
    for (const d of elements(wb, 'definedName')) {
      expect(Number(d.localSheetId)).toBeLessThan(sheets.length);
    }
  });

  test('styles: the two fills Excel reserves, counts equal to the children, ids in range, custom formats from 164', () => {
    const st = parts.get('xl/styles.xml')!;
    const fills = elements(st, 'patternFill');
    expect(fills[0].patternType).toBe('none');
    expect(fills[1].patternType).toBe('gray125');
    for (const list of ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs']) {
      const el = elements(st, list);
      if (el.length === 0) continue;
      expect([list, Number(el[0].count)]).toEqual([list, childCount(st, list)]);
    }
    const custom = elements(st, 'numFmt').map((f) => Number(f.numFmtId));
    for (const id of custom) expect(id).toBeGreaterThanOrEqual(164);
    const fonts = childCount(st, 'fonts');
    const fillCount = childCount(st, 'fills');
    const borders = childCount(st, 'borders');
    const xfs = elements(st, 'xf');
    for (const xf of xfs) {
      expect(Number(xf.fontId)).toBeLessThan(fonts);
      expect(Number(xf.fillId)).toBeLessThan(fillCount);
      expect(Number(xf.borderId)).toBeLessThan(borders);
      const n = Number(xf.numFmtId);
      expect(n < 164 || custom.includes(n)).toBe(true);
    }
  });

  test('worksheets: rows and cells in order, cols sorted and apart, merges and lists apart, styles and strings in range', () => {
    const cellXfs = childCount(parts.get('xl/styles.xml')!, 'cellXfs');
    const sst = parts.get('xl/sharedStrings.xml') ?? '<sst count="0" uniqueCount="0"/>';
    const unique = childCount(sst, 'sst');
    let stringCells = 0;
    const sheetParts = [...parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheetParts.length).toBeGreaterThan(0);
    for (const name of sheetParts) {
      const xml = parts.get(name)!;
      // Rows ascending; each cell in its row, columns ascending.
      let lastRow = 0;
      let row = 0;
      let lastCol = -1;
      const p = new SaxesParser();
      let inString = false;
      p.on('opentag', (t) => {
        const a = t.attributes as Record<string, string>;
        if (t.name === 'row') {
          row = Number(a.r);
          expect(row).toBeGreaterThan(lastRow);
          lastRow = row;
          lastCol = -1;
        } else if (t.name === 'c') {
          const at = cellOf(a.r);
          expect([a.r, at.r + 1]).toEqual([a.r, row]);
          expect(at.c).toBeGreaterThan(lastCol);
          lastCol = at.c;
          if (a.s !== undefined) expect(Number(a.s)).toBeLessThan(cellXfs);
          inString = a.t === 's';
          if (inString) stringCells++;
        }
      });
      p.on('text', (text) => {
        if (inString && text.trim() !== '') expect(Number(text)).toBeLessThan(unique);
      });
      p.on('closetag', (t) => {
        if (t.name === 'c') inString = false;
      });
      p.write(xml).close();

      let lastMax = 0;
      for (const col of elements(xml, 'col')) {
        expect(Number(col.min)).toBeGreaterThan(lastMax);
        expect(Number(col.max)).toBeGreaterThanOrEqual(Number(col.min));
        lastMax = Number(col.max);
      }
      const merges = elements(xml, 'mergeCell').map((m) => rangeOf(m.ref));
      merges.forEach((m, i) => merges.slice(i + 1).forEach((n) => expect(overlap(m, n)).toBe(false)));
      const mc = elements(xml, 'mergeCells');
      if (mc.length > 0) expect(Number(mc[0].count)).toBe(merges.length);

      const rules = elements(xml, 'dataValidation');
      const ranges = rules.map((v) => rangeOf(v.sqref));
      ranges.forEach((m, i) => ranges.slice(i + 1).forEach((n) => expect(overlap(m, n)).toBe(false)));
      for (const v of rules) {
        expect((v.errorTitle ?? '').length).toBeLessThanOrEqual(32);
        expect((v.error ?? '').length).toBeLessThanOrEqual(MAX_ALERT_MESSAGE);
      }
      // A list typed into the rule: at most 255 characters between its quotes.
      const typed = [...xml.matchAll(/<formula1>&quot;(.*?)&quot;<\/formula1>/g)].map((m) =>
        m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      );
      for (const list of typed) expect(list.length).toBeLessThanOrEqual(255);
    }
    const head = elements(sst, 'sst')[0];
    expect(Number(head.uniqueCount)).toBe(unique);
    expect(Number(head.count)).toBe(stringCells);
  });
});

/** A one-sheet layout of plain cells, one text per row of column A. */
function textLayout(texts: string[], sheet: Partial<LayoutSheet> = {}): LayoutWorkbook {
  return {
    styles: {},
    sheets: [
      {
        name: 'Trang',
        widths: [],
        merges: [],
        blocks: [{ row: 0, col: 0, cells: texts.map((v) => [{ v }]) }],
        ...sheet,
      },
    ],
  };
}

test('a workbook without text has no shared strings part (as Excel writes it), and reads back', async () => {
  const layout: LayoutWorkbook = {
    styles: {},
    sheets: [{ name: 'Số', widths: [], merges: [], blocks: [{ row: 0, col: 0, cells: [[{ v: 1 }, { v: 2.5 }]] }] }],
  };
  const bytes = await writeWorkbook(layout);
  const parts = await partsOf(bytes);
  expect(parts.has('xl/sharedStrings.xml')).toBe(false);
  expect(parts.get('[Content_Types].xml')).not.toContain('sharedStrings');
  expect(parts.get('xl/_rels/workbook.xml.rels')).not.toContain('sharedStrings');
  expect(readWorkbook(bytes, 'so.xlsx').grids[0].rows).toEqual([[1, 2.5]]);
});

describe("Excel's _xHHHH_ escape in cell text", () => {
  const texts = ['bc_x2024_quy4.xlsx', '_x0041_', 'a_X00e9_b', 'không_x12_ngắn', 'x_x'];

  test('a text holding _xHHHH_ literally is written with its underscore escaped (_x005F_), as Excel writes it', async () => {
    const parts = await partsOf(await writeWorkbook(textLayout(texts)));
    const sst = parts.get('xl/sharedStrings.xml')!;
    expect(sst).toContain('<t>bc_x005F_x2024_quy4.xlsx</t>');
    expect(sst).toContain('<t>_x005F_x0041_</t>');
    expect(sst).toContain('<t>a_x005F_X00e9_b</t>');
    // Not the escape's shape: left as it is.
    expect(sst).toContain('<t>không_x12_ngắn</t>');
    expect(sst).toContain('<t>x_x</t>');
  });

  test('a reader that decodes the escape as Excel does (SheetJS) reads back the texts written', async () => {
    const { grids } = readWorkbook(await writeWorkbook(textLayout(texts)), 'x.xlsx');
    expect(grids[0].rows.map((r) => r[0])).toEqual(texts);
  });

  test('so is the text result of a formula', async () => {
    const layout = textLayout([]);
    layout.sheets[0].blocks = [{ row: 0, col: 0, cells: [[{ v: 'mã_x0041_', f: 'TRIM("mã_x0041_")' }]] }];
    const sheet = (await partsOf(await writeWorkbook(layout))).get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<v>mã_x005F_x0041_</v>');
  });
});

describe("a drop-down's error alert", () => {
  const withError = (error: string): LayoutWorkbook =>
    textLayout(['Có'], { validations: [{ r1: 1, c1: 0, r2: 9, c2: 0, values: ['Có', 'Không'], error }] });

  test(`a message over ${MAX_ALERT_MESSAGE} characters is cut to Excel's limit and ends with "…"`, async () => {
    const long = 'Hãy chọn trong danh sách ' + 'Lựa chọn dài, '.repeat(30);
    const sheet = (await partsOf(await writeWorkbook(withError(long)))).get('xl/worksheets/sheet1.xml')!;
    const error = elements(sheet, 'dataValidation')[0].error;
    expect(error.length).toBe(MAX_ALERT_MESSAGE);
    expect(error.endsWith('…')).toBe(true);
    expect(long.startsWith(error.slice(0, -1))).toBe(true);
  });

  test('a line break in the message stays a line break (an attribute would read a literal one as a space)', async () => {
    const sheet = (await partsOf(await writeWorkbook(withError('Dòng một\nDòng hai\tcột')))).get(
      'xl/worksheets/sheet1.xml',
    )!;
    expect(elements(sheet, 'dataValidation')[0].error).toBe('Dòng một\nDòng hai\tcột');
  });
});

describe('sheet names Excel refuses are refused before anything is written', () => {
  const named = (...names: string[]): LayoutWorkbook => ({
    styles: {},
    sheets: names.map((name) => ({ name, widths: [], merges: [], blocks: [] })),
  });

  test.each([
    ['over 31 characters', ['Tổng hợp kết quả giải quyết TTHC năm']],
    ['empty', ['']],
    ['a slash', ['TTHC/2024']],
    ['a bracket', ['[TTHC]']],
    ['an apostrophe at the start', ["'TTHC"]],
    ['History', ['history']],
    ['the same name twice, ignoring case', ['TTHC', 'tthc']],
  ])('%s', async (_why, names) => {
    await expect(writeWorkbook(named(...names))).rejects.toThrow(/^layout: sheet name/);
  });

  test('31 characters, inner apostrophes and Vietnamese letters are accepted', async () => {
    await expect(writeWorkbook(named("Đơn vị's", 'x'.repeat(31)))).resolves.toBeInstanceOf(Uint8Array);
  });
});
