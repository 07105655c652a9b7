/** The pure parts of the writer: request planning, cell encoding, sheet names and references, markers, messages. */
import type { LayoutCell, LayoutWorkbook } from '../../src/core/layout';
import {
  cellInput,
  cellNumberFormat,
  columnWidthPoints,
  MAX_REQUEST_BYTES,
  planWrite,
  rectA1,
  REQUEST_BASE_BYTES,
  type Op,
  type PlanSetup,
} from '../../src/excel/plan';
import { decodeMark, encodeMark, markedSheetName, runTag } from '../../src/excel/markers';
import { MSG, reasonOf } from '../../src/excel/messages';
import { EXCEL_API_USED, REQUIRED_EXCEL_API } from '../../src/excel/requirements';
import {
  quoteSheetName,
  rewriteSheetRefs,
  sanitizeSheetName,
  sheetKey,
  uniqueSheetName,
} from '../../src/excel/sheet-names';
import { bigLayout, STYLES, summaryLayout, TRICKY_TEXT } from './helpers/summary-fixture';

const setupFor = (layout: LayoutWorkbook, maxRequestBytes?: number): PlanSetup => ({
  sheets: layout.sheets.map((_, i) => ({
    tempName: `TH~t~${i + 1}`,
    markerName: `_TongHop_t_${i + 1}`,
    markerComment: '{}',
  })),
  refTarget: (name) => {
    const i = layout.sheets.findIndex((s) => sheetKey(s.name) === sheetKey(name));
    return i < 0 ? null : `TH~t~${i + 1}`;
  },
  maxRequestBytes,
});

describe('cell encoding', () => {
  test.each(TRICKY_TEXT)('text %j is written as itself with the Text format', (text) => {
    const cell: LayoutCell = { v: text, s: 'integer' };
    expect(cellInput(cell, (f) => f)).toBe(text);
    expect(cellNumberFormat(cell, STYLES.integer)).toBe('@');
  });

  test('formulas get "=", their style’s format (never "@"), numbers their style’s format', () => {
    expect(cellInput({ v: 3, f: 'SUM(A1:A2)' }, (f) => f)).toBe('=SUM(A1:A2)');
    expect(cellInput({ v: 3, f: '=A1' }, (f) => f)).toBe('=A1');
    expect(cellNumberFormat({ v: 0.5, f: 'A1/2', s: 'percent' }, STYLES.percent)).toBe('0.0%');
    expect(cellNumberFormat({ v: 'x', f: 'A1&"x"' }, { numFmt: '@' })).toBe('General');
    expect(cellNumberFormat({ v: 12 }, STYLES.integer)).toBe('#,##0');
    expect(cellNumberFormat({ v: true }, {})).toBe('General');
    expect(cellInput({ v: Infinity }, (f) => f)).toBe('#NUM!');
    expect(cellNumberFormat({ v: NaN }, STYLES.integer)).toBe('General');
    expect(cellInput({ v: null }, (f) => f)).toBeNull();
  });
});

describe('sheet names and references', () => {
  test('sanitize, quote, make unique (ignoring case, cut to 31 characters)', () => {
    expect(sanitizeSheetName('Báo cáo 6/2024: [tổng]?*')).toBe('Báo cáo 6_2024_ _tổng___');
    expect(sanitizeSheetName("'Trích'")).toBe('Trích');
    expect(sanitizeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(sanitizeSheetName('')).toBe('Trang');
    expect(sanitizeSheetName('history')).toBe('History_');
    const taken = new Set(['TH_TTHC', 'TH_TTHC (2)'].map(sheetKey));
    expect(uniqueSheetName('th_tthc', taken)).toBe('th_tthc (3)');
    const long = 'Tổng hợp kết quả giải quyết TTHC'.slice(0, 31);
    const u = uniqueSheetName(long, new Set([sheetKey(long)]));
    expect(u).toHaveLength(31);
    expect(u.endsWith(' (2)')).toBe(true);
    expect(quoteSheetName('TH_TTHC')).toBe('TH_TTHC');
    expect(quoteSheetName('Tổng_hợp.2024')).toBe('Tổng_hợp.2024');
    for (const q of ['TH_TTHC (2)', 'A1', 'R1C1', '2024', 'TRUE', 'TH~x~1']) expect(quoteSheetName(q)).toBe(`'${q}'`);
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
  });

  test('rewrites only sheet prefixes it is asked to, outside string literals, whatever the quoting or case', () => {
    const to = (name: string): string | null =>
      (({ TH_TTHC: 'TH_TTHC (2)', "BOB'S": "Bob's sheet" }) as Record<string, string>)[sheetKey(name)] ?? null;
    expect(rewriteSheetRefs('SUM(TH_TTHC!C8:C57)', to)).toBe("SUM('TH_TTHC (2)'!C8:C57)");
    expect(rewriteSheetRefs("'TH_TTHC'!A1+th_tthc!B2+Other!C3", to)).toBe("'TH_TTHC (2)'!A1+'TH_TTHC (2)'!B2+Other!C3");
    expect(rewriteSheetRefs('"TH_TTHC!C1"&TH_TTHC!C1', to)).toBe(`"TH_TTHC!C1"&'TH_TTHC (2)'!C1`);
    expect(rewriteSheetRefs("'Bob''s'!A1", to)).toBe("'Bob''s sheet'!A1");
    expect(rewriteSheetRefs('IFERROR(LOG10(A1),#REF!)+#N/A', to)).toBe('IFERROR(LOG10(A1),#REF!)+#N/A');
  });
});

describe('markers', () => {
  test('round trip, and only the add-in’s own JSON counts', () => {
    const m = { period: '2024-H1', run: 'r-1', sheet: 'TH_TTHC' };
    expect(decodeMark(encodeMark(m))).toEqual(m);
    expect(decodeMark('{"app":"Other","v":1,"period":"x","run":"y","sheet":"z"}')).toBeNull();
    expect(decodeMark('ghi chú của người dùng')).toBeNull();
    expect(decodeMark('{broken')).toBeNull();
    expect(markedSheetName('=TH_TTHC!$A$1')).toBe('TH_TTHC');
    expect(markedSheetName("='TH_TTHC (2)'!$A$1")).toBe('TH_TTHC (2)');
    expect(markedSheetName("='Bob''s'!$A$1")).toBe("Bob's");
    expect(markedSheetName('=#REF!$A$1')).toBeNull();
    expect(markedSheetName('=#REF!')).toBeNull();
    expect(runTag('abc')).toBe(runTag('abc'));
    expect(runTag('abc')).not.toBe(runTag('abd'));
    expect(runTag('any id at all')).toMatch(/^[0-9a-z]{7,}$/);
  });
});

/** Rebuilds what the ops would write, cell by cell. */
function replay(
  blocks: Array<{ ops: Op[] }>,
  sheet: number,
): { values: Map<string, unknown>; formats: Map<string, string>; styles: Map<string, string> } {
  const values = new Map<string, unknown>();
  const formats = new Map<string, string>();
  const styles = new Map<string, string>();
  const styleName = (s: object): string => Object.entries(STYLES).find(([, v]) => v === s)?.[0] ?? '';
  for (const b of blocks) {
    for (const op of b.ops) {
      if (op.kind === 'cells' && op.sheet === sheet) {
        op.formulas.forEach((row, dr) =>
          row.forEach((v, dc) => {
            const key = rectA1({ r1: op.row + dr, c1: op.col + dc, r2: op.row + dr, c2: op.col + dc });
            if (v !== null) {
              expect(values.has(key)).toBe(false);
              values.set(key, v);
            }
            const nf = op.numberFormats[dr][dc];
            if (nf !== null) formats.set(key, nf);
          }),
        );
      }
      if (op.kind === 'format' && op.sheet === sheet) {
        for (const a of op.areas) {
          for (let r = a.r1; r <= a.r2; r++) {
            for (let c = a.c1; c <= a.c2; c++) {
              const key = rectA1({ r1: r, c1: c, r2: r, c2: c });
              expect(styles.has(key)).toBe(false);
              styles.set(key, styleName(op.style));
            }
          }
          const rows = a.r2 - a.r1 + 1;
          const cols = a.c2 - a.c1 + 1;
          if (op.style.border) {
            // Every area of the op has the shape its edges were chosen for.
            expect(op.edges.includes('InsideHorizontal')).toBe(rows > 1);
            expect(op.edges.includes('InsideVertical')).toBe(cols > 1);
          }
        }
        expect(op.areas.length).toBeLessThanOrEqual(100);
      }
    }
  }
  return { values, formats, styles };
}

describe('planWrite', () => {
  test('the 50-unit summary fits one request; every cell is written once with its format and style', () => {
    const { layout } = summaryLayout(50);
    const blocks = planWrite(layout, setupFor(layout));
    expect(blocks).toHaveLength(1);
    expect(blocks[0].ops.slice(0, 7).map((o) => o.kind)).toEqual(Array(7).fill('create'));
    layout.sheets.forEach((sheet, i) => {
      const { values, formats, styles } = replay(blocks, i);
      for (const b of sheet.blocks) {
        b.cells.forEach((row, dr) =>
          row.forEach((cell, dc) => {
            const key = rectA1({ r1: b.row + dr, c1: b.col + dc, r2: b.row + dr, c2: b.col + dc });
            const expected = cell.f !== undefined ? `=${rewriteSheetRefs(cell.f, setupFor(layout).refTarget)}` : cell.v;
            expect([sheet.name, key, values.get(key) ?? null]).toEqual([sheet.name, key, expected]);
            expect([sheet.name, key, formats.get(key)]).toEqual([
              sheet.name,
              key,
              cellNumberFormat(cell, cell.s ? STYLES[cell.s] : {}),
            ]);
            expect([sheet.name, key, styles.get(key)]).toEqual([sheet.name, key, cell.s ?? '']);
          }),
        );
      }
    });
    // BaoCao's references point at the temporary name of TH_TTHC.
    const report = replay(blocks, 6).values;
    expect(report.get('B4')).toBe("='TH~t~1'!C58");
  });

  test('a small budget cuts tables by rows; every request stays within it and nothing is lost or repeated', () => {
    const { layout } = summaryLayout(120);
    const budget = 60_000;
    const blocks = planWrite(layout, setupFor(layout, budget));
    expect(blocks.length).toBeGreaterThan(5);
    for (const b of blocks) {
      expect(b.bytes).toBeLessThanOrEqual(budget);
      expect(b.bytes).toBe(REQUEST_BASE_BYTES + b.ops.reduce((s, o) => s + o.bytes, 0));
    }
    const whole = replay(planWrite(layout, setupFor(layout)), 0);
    const cut = replay(blocks, 0);
    expect(cut.values).toEqual(whole.values);
    expect(cut.formats).toEqual(whole.formats);
    expect(cut.styles).toEqual(whole.styles);
    // Finishing touches come after all of their sheet's cells.
    const ops = blocks.flatMap((b) => b.ops).filter((o) => 'sheet' in o && o.sheet === 0);
    const lastCells = ops.map((o) => o.kind).lastIndexOf('cells');
    expect(ops.findIndex((o) => o.kind === 'merge' || o.kind === 'chart')).toBeGreaterThan(lastCells);
  });

  test('the budget cannot be raised above 4,000,000 bytes; large sheets fill requests close to it', () => {
    const layout = bigLayout(26000);
    const blocks = planWrite(layout, setupFor(layout, 50_000_000));
    expect(blocks.length).toBe(3); // ≈ 8.9 MB of estimated payload
    for (const b of blocks) expect(b.bytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(blocks.slice(0, -1).every((b) => b.bytes > 0.95 * MAX_REQUEST_BYTES)).toBe(true);
  });

  test('a single row wider than a request is written in column pieces', () => {
    const wide: LayoutWorkbook = {
      sheets: [
        {
          name: 'Rộng',
          widths: [],
          merges: [],
          blocks: [
            {
              row: 0,
              col: 0,
              cells: [Array.from({ length: 400 }, (_, c) => ({ v: `ô ${c} `.padEnd(300, 'x'), s: 'text' }))],
            },
          ],
        },
      ],
      styles: STYLES,
    };
    const budget = 40_000;
    const blocks = planWrite(wide, setupFor(wide, budget));
    const cells = blocks.flatMap((b) => b.ops).filter((o): o is Extract<Op, { kind: 'cells' }> => o.kind === 'cells');
    expect(cells.length).toBeGreaterThan(2);
    expect(cells.reduce((n, o) => n + o.formulas[0].length, 0)).toBe(400);
    for (const b of blocks) expect(b.bytes).toBeLessThanOrEqual(budget);
    expect(replay(blocks, 0).values.size).toBe(400);
  });

  test('a list with commas gets a column of its own after the used columns', () => {
    const { layout } = summaryLayout(5);
    const ops = planWrite(layout, setupFor(layout))
      .flatMap((b) => b.ops)
      .filter((o): o is Extract<Op, { kind: 'validation' }> => o.kind === 'validation');
    expect(ops.map((o) => [o.listColumn, o.values.length])).toEqual([
      [null, 3],
      [8, 5],
    ]);
  });

  test('an unknown style is a programming error', () => {
    const bad: LayoutWorkbook = {
      sheets: [{ name: 'X', widths: [], merges: [], blocks: [{ row: 0, col: 0, cells: [[{ v: 1, s: 'nope' }]] }] }],
      styles: {},
    };
    expect(() => planWrite(bad, setupFor(bad))).toThrow('unknown style "nope"');
  });
});

describe('units and messages', () => {
  test('column widths: characters as stored in the file to points (Excel’s default 8.43 → 48 pt)', () => {
    expect(columnWidthPoints(9.140625)).toBe(48);
    expect(columnWidthPoints(20)).toBe(105);
    expect(columnWidthPoints(0)).toBe(0);
  });

  test('the highest ExcelApi version listed is the one required', () => {
    const versions = EXCEL_API_USED.map((u) => u.version);
    expect(versions[versions.length - 1]).toBe(REQUIRED_EXCEL_API);
  });

  test('messages are Vietnamese in NFC and name the cause', () => {
    const texts = [
      MSG.noExcel,
      MSG.tooOld('1.9'),
      MSG.cellTooLong('KiemTra', 'B3', 40000),
      MSG.readFailed('x'),
      MSG.confirmFailed,
      MSG.writeFailedRestored('x'),
      MSG.writeFailedRestoredRenamed('x', [['A', 'A (2)']]),
      MSG.writeFailedNotRestored('x', ['TH~a~1']),
      MSG.cleanupRetried,
      ...['RequestPayloadSizeLimitExceeded', 'ItemAlreadyExists', 'InvalidArgument', 'AccessDenied', 'Weird'].map(
        (code) => reasonOf({ code }),
      ),
      reasonOf(new Error('no code')),
    ];
    for (const t of texts) expect(t).toBe(t.normalize('NFC'));
    expect(reasonOf({ code: 'RequestPayloadSizeLimitExceeded' })).toContain('5 MB');
    expect(reasonOf({ code: 'Weird' })).toBe('Excel báo lỗi (mã Weird)');
    expect(MSG.cellTooLong('KiemTra', 'B3', 40000)).toContain('40.000 ký tự');
  });
});
