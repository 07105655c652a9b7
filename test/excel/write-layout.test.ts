/**
 * The whole summary written into the open workbook through the double, read back through the API, and the
 * round trips / request sizes the brief allows.
 */
import type { LayoutWorkbook } from '../../src/core/layout';
import {
  columnWidthPoints,
  MAX_REQUEST_BYTES,
  writeLayoutToWorkbook,
  WriteError,
  type WriteResult,
} from '../../src/excel';
import type { OfficeDouble } from '../support/office-double';
import { at, installDouble, layoutCells, options, readSheet, sheetNames } from './helpers/harness';
import { bigLayout, COURSE_KINDS, STYLES, summaryLayout, TRICKY_TEXT } from './helpers/summary-fixture';

const SUMMARY = ['TH_TTHC', 'TH_LinhVuc', 'TH_NhanSu', 'TH_DaoTao', 'TH_TiepDan', 'KiemTra', 'BaoCao'];

let double: OfficeDouble;

/** Every write request stays under 4 MB as measured by the double, and under the writer's own estimate. */
function expectRequestsWithinBudget(d: OfficeDouble, result: WriteResult): void {
  const writes = d.requests.slice(1, 1 + result.blocks);
  expect(writes).toHaveLength(result.blocks);
  writes.forEach((req, i) => {
    expect(req.ok).toBe(true);
    expect(req.payloadBytes).toBeLessThan(4 * 1024 * 1024);
    expect(req.payloadBytes).toBeLessThanOrEqual(result.requestBytes[i]);
    expect(result.requestBytes[i]).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(req.suspendedCalculation).toBe(true);
    expect(req.suspendedScreenUpdating).toBe(true);
  });
  for (const req of d.requests) expect(req.payloadBytes).toBeLessThan(4 * 1024 * 1024);
}

describe('the 7-sheet summary for 50 units', () => {
  const { layout, tthcTotalRow } = summaryLayout(50);
  let result: WriteResult;
  const progress: Array<[number, number]> = [];

  beforeAll(async () => {
    double = installDouble({ sheets: ['Sheet1'] });
    result = await writeLayoutToWorkbook(layout, options({ onProgress: (d, t) => progress.push([d, t]) }));
  });
  afterAll(() => double.uninstall());

  test('writes the seven sheets after the existing one, in one block, within blocks + 2 round trips', () => {
    expect(result.status).toBe('written');
    expect(sheetNames(double)).toEqual(['Sheet1', ...SUMMARY]);
    expect(result.sheets.map((s) => s.name)).toEqual(SUMMARY);
    expect(result.blocks).toBe(1);
    expect(result.syncs).toBeLessThanOrEqual(result.blocks + 2);
    expect(result.syncs).toBe(double.syncCount);
    expect(result.syncs).toBe(result.blocks + 2);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expectRequestsWithinBudget(double, result);
    expect(double.snapshot().activeSheet).toBe('TH_TTHC');
  });

  test('values, formulas and number formats read back cell by cell; formulas compute the cached figures', async () => {
    for (let s = 0; s < layout.sheets.length; s++) {
      const name = layout.sheets[s].name;
      const rb = await readSheet(name);
      let formulas = 0;
      for (const [addr, { r, c, cell }] of layoutCells(layout, s)) {
        const style = cell.s ? STYLES[cell.s] : {};
        const value = at(rb, 'values', r, c);
        const formula = at(rb, 'formulas', r, c);
        const nf = at(rb, 'numberFormat', r, c);
        const where = `${name}!${addr}`;
        if (cell.f !== undefined) {
          formulas++;
          expect([where, formula]).toEqual([where, expect.stringMatching(/^=/)]);
          expect([where, nf]).toEqual([where, style.numFmt ?? 'General']);
          if (typeof cell.v === 'number') expect([where, value]).toEqual([where, expect.closeTo(cell.v, 12)]);
          else expect([where, value]).toEqual([where, cell.v]);
        } else if (typeof cell.v === 'string') {
          expect([where, value, formula, nf]).toEqual([where, cell.v, cell.v, '@']);
        } else if (typeof cell.v === 'number') {
          expect([where, value, nf]).toEqual([where, cell.v, style.numFmt ?? 'General']);
        } else if (cell.v === null) {
          expect([where, value]).toEqual([where, '']);
        }
      }
      if (name.startsWith('TH_')) expect(formulas).toBeGreaterThanOrEqual(4);
    }
  });

  test('formulas keep their text, and the report points at the written sheets', async () => {
    const tthc = await readSheet('TH_TTHC');
    const total = tthcTotalRow;
    expect(at(tthc, 'formulas', total, 2)).toBe(`=SUM(C8:C${total})`);
    expect(at(tthc, 'formulas', 7, 13)).toBe('=IF(G8=0,"",(H8+I8)/G8)');
    const report = await readSheet('BaoCao');
    expect(at(report, 'formulas', 3, 1)).toBe(`=TH_TTHC!C${total + 1}`);
    expect(at(report, 'formulas', 4, 1)).toBe(`=TH_TTHC!N${total + 1}`);
    expect(at(report, 'formulas', 5, 1)).toBe(`=TH_TTHC!H${total + 1}+TH_TTHC!I${total + 1}`);
    expect(at(report, 'formulas', 6, 1)).toBe('=TH_NhanSu!D58');
    // Text that mentions a sheet is not a reference.
    expect(at(report, 'values', 7, 0)).toBe(
      'Ghi chú: số liệu trong ngoặc "(…)" lấy từ "TH_TTHC!C1" — chỉ là chữ, không phải công thức.',
    );
  });

  test('formats, merges, widths, freeze panes, printing and tab colour', () => {
    const snap = double.snapshot();
    const sheet = (n: string) => snap.sheets.find((s) => s.name === n)!;
    const tthc = sheet('TH_TTHC');
    const header = tthc.cells.C5.format;
    expect(header).toMatchObject({
      fontName: 'Times New Roman',
      fontSize: 12,
      bold: true,
      fill: '#DDEBF7',
      hAlign: 'Center',
      vAlign: 'Center',
      wrap: true,
    });
    for (const side of ['top', 'bottom', 'left', 'right'] as const)
      expect(header[side]).toEqual({ style: 'Continuous', weight: 'Thin', color: '#000000' });
    expect(tthc.cells.B2.format).toMatchObject({ fontSize: 14, bold: true });
    expect(tthc.cells.C9.format).toMatchObject({ hAlign: 'Right', bold: false });
    expect(tthc.cells.C9.numberFormat).toBe('#,##0');
    expect(tthc.cells.N9.numberFormat).toBe('0.0%');
    expect(tthc.cells.C58.format.bold).toBe(true);
    // Inner cells of a bordered table have all four edges too.
    expect(tthc.cells.E20.format.top).toEqual({ style: 'Continuous', weight: 'Thin', color: '#000000' });

    layout.sheets.forEach((ls) => {
      const s = sheet(ls.name);
      const expected = ls.merges
        .filter((m) => m.r1 !== m.r2 || m.c1 !== m.c2)
        .map((m) => `${String.fromCharCode(65 + m.c1)}${m.r1 + 1}:${String.fromCharCode(65 + m.c2)}${m.r2 + 1}`);
      expect([ls.name, [...s.merges].sort()]).toEqual([ls.name, [...expected].sort()]);
      ls.widths.forEach((w, c) => {
        const pts = s.columnWidths[String.fromCharCode(65 + c)];
        expect(pts).toBe(columnWidthPoints(w));
        // Back to characters (7-pixel digits at 96 dpi, 0.75 pt per pixel): within a seventh of a character.
        expect(Math.abs(pts / 0.75 / 7 - w)).toBeLessThan(1 / 7);
      });
      expect(s.freeze).toEqual(ls.freeze ?? { rows: 0, cols: 0 });
      if (ls.print) {
        expect(s.pageLayout).toMatchObject({
          orientation: ls.print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
          paperSize: 'A4',
        });
        // Exactly one page wide and nothing else: only documented PageLayoutZoomOptions values are sent.
        expect(s.pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
        if (ls.print.repeatRows)
          expect(s.pageLayout.printTitleRows).toBe(
            `$${ls.print.repeatRows.first + 1}:$${ls.print.repeatRows.last + 1}`,
          );
      }
    });
    expect(tthc.tabColor).toBe('#1F4E79');
    expect(sheet('TH_LinhVuc').tabColor).toBe('');
  });

  test('the chart: stacked columns over the unit rows, one series per status, categories from the unit names', () => {
    const charts = double.snapshot().sheets.find((s) => s.name === 'TH_TTHC')!.charts;
    expect(charts).toEqual([
      {
        name: expect.any(String),
        type: 'ColumnStacked',
        title: 'Kết quả giải quyết hồ sơ theo đơn vị',
        legend: { position: 'Bottom', visible: true },
        position: { start: 'B60', end: 'K77' },
        series: [
          { name: 'Trước hạn', values: 'TH_TTHC!$H$8:$H$57', xValues: 'TH_TTHC!$B$8:$B$57' },
          { name: 'Đúng hạn', values: 'TH_TTHC!$I$8:$I$57', xValues: 'TH_TTHC!$B$8:$B$57' },
          { name: 'Quá hạn', values: 'TH_TTHC!$J$8:$J$57', xValues: 'TH_TTHC!$B$8:$B$57' },
        ],
      },
    ]);
  });

  test('list validations: a short list typed in, a list with commas from a hidden column', () => {
    const check = double.snapshot().sheets.find((s) => s.name === 'KiemTra')!;
    const last = 5 + 50 * 3 - 1;
    expect(check.validations).toEqual([
      {
        range: `E6:E${last + 1}`,
        list: { inCellDropDown: true, source: 'Hợp lệ,Có cảnh báo,Bị loại' },
        errorAlert: {
          showAlert: true,
          style: 'Stop',
          title: 'Giá trị không hợp lệ',
          message: 'Chọn một trong: Hợp lệ, Có cảnh báo, Bị loại.',
        },
      },
      {
        range: `D6:D${last + 1}`,
        list: { inCellDropDown: true, source: `=KiemTra!$I$1:$I$${COURSE_KINDS.length}` },
        errorAlert: expect.objectContaining({ message: 'Chọn loại khóa học trong danh sách.' }),
      },
    ]);
    expect(check.hiddenColumns).toEqual(['I']);
    COURSE_KINDS.forEach((k, i) => expect(check.cells[`I${i + 1}`]).toMatchObject({ value: k, numberFormat: '@' }));
  });

  test('each sheet is marked as the add-in’s by a hidden name that records the period and run', () => {
    const marks = double.snapshot().names;
    expect(marks).toHaveLength(7);
    for (const m of marks) {
      expect(m.name).toMatch(/^_TongHop_[0-9a-z]+_\d$/);
      expect(m.visible).toBe(false);
      const comment = JSON.parse(m.comment) as Record<string, unknown>;
      expect(comment).toMatchObject({ app: 'TongHop', v: 1, period: '2024-H1', run: 'run-0001' });
      expect(m.formula).toBe(`=${comment.sheet as string}!$A$1`);
    }
    expect(marks.map((m) => JSON.parse(m.comment).sheet).sort()).toEqual([...SUMMARY].sort());
  });

  test('text that looks like a formula, a number, a date or a boolean lands as the same text', () => {
    const check = double.workbook.sheetByName('KiemTra')!;
    const found = new Map<string, { value: unknown; formula: unknown; numberFormat: string }>();
    for (const cell of check.cells.values())
      if (typeof cell.value === 'string' && TRICKY_TEXT.includes(cell.value)) found.set(cell.value, cell);
    expect([...found.keys()].sort()).toEqual([...TRICKY_TEXT].sort());
    for (const [text, cell] of found) expect([text, cell.formula, cell.numberFormat]).toEqual([text, null, '@']);
  });
});

describe('large layouts', () => {
  afterEach(() => double.uninstall());

  test('a check sheet of ~13 MB is cut into requests under 4 MB; round trips ≤ blocks + 2', async () => {
    double = installDouble({ sheets: ['Sheet1'] });
    const rows = 26000;
    const layout = bigLayout(rows);
    const result = await writeLayoutToWorkbook(layout, options());
    expect(result.blocks).toBeGreaterThanOrEqual(3);
    expect(result.syncs).toBeLessThanOrEqual(result.blocks + 2);
    expectRequestsWithinBudget(double, result);
    const total = double.requests.reduce((s, r) => s + r.payloadBytes, 0);
    expect(total).toBeGreaterThan(5_000_000); // one request could not have carried it
    // Most requests are well filled: the split is by size, not by a fixed row count.
    expect(double.requests.slice(1, result.blocks).every((r) => r.payloadBytes > 2_000_000)).toBe(true);
    const sheet = double.workbook.sheetByName('KiemTra')!;
    const texts = layout.sheets[0].blocks[1].cells;
    for (const i of [0, 1, 4999, 5000, 12345, rows - 2, rows - 1]) {
      texts[i].forEach((cell, c) => expect([i, c, sheet.peek(i + 1, c)?.value]).toEqual([i, c, cell.v]));
    }
    expect(sheet.usedRect(true)).toEqual({ r1: 0, c1: 0, r2: rows, c2: 5 });
  }, 60000);

  test('the same layout in a single request would be refused by the double (so the split is needed)', async () => {
    double = installDouble({ sheets: ['Sheet1'] });
    const layout = bigLayout(26000);
    const code = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add('Một lần');
      const cells = layout.sheets[0].blocks[1].cells;
      ws.getRangeByIndexes(1, 0, cells.length, 6).values = cells.map((row) => row.map((c) => c.v)) as never;
      try {
        await context.sync();
        return 'no error';
      } catch (e) {
        return (e as { code: string }).code;
      }
    });
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(sheetNames(double)).toEqual(['Sheet1']);
  }, 60000);
});

describe('refusals before anything is written', () => {
  afterEach(() => double.uninstall());

  test('an Excel too old for ExcelApi 1.9 gets a Vietnamese explanation and no request', async () => {
    double = installDouble({ apiVersion: '1.8' });
    const before = double.snapshot();
    const err = await writeLayoutToWorkbook(summaryLayout(3).layout, options()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteError);
    expect((err as WriteError).kind).toBe('host');
    expect((err as WriteError).message).toContain('ExcelApi 1.9');
    expect((err as WriteError).message).toBe((err as WriteError).message.normalize('NFC'));
    expect((err as WriteError).unchanged).toBe(true);
    expect(double.syncCount).toBe(0);
    expect(double.snapshot()).toEqual(before);
  });

  test('outside Excel (no Office global) the message says so', async () => {
    double = installDouble();
    double.uninstall();
    const err = (await writeLayoutToWorkbook(summaryLayout(3).layout, options()).catch(
      (e: unknown) => e,
    )) as WriteError;
    expect(err.kind).toBe('host');
    expect(err.message).toMatch(/^Không tìm thấy Excel/);
    double.install();
  });

  test('a cell longer than Excel allows is reported by sheet and cell, before any request', async () => {
    double = installDouble();
    const layout: LayoutWorkbook = {
      sheets: [
        { name: 'BaoCao', widths: [], merges: [], blocks: [{ row: 2, col: 1, cells: [[{ v: 'x'.repeat(40000) }]] }] },
      ],
      styles: {},
    };
    const err = (await writeLayoutToWorkbook(layout, options()).catch((e: unknown) => e)) as WriteError;
    expect(err.kind).toBe('layout');
    expect(err.message).toContain('Ô B3 của trang BaoCao');
    expect(double.syncCount).toBe(0);
  });

  test('an ExcelApi 1.9 host is enough: every member the writer uses exists there', async () => {
    double = installDouble({ apiVersion: '1.9' });
    const result = await writeLayoutToWorkbook(summaryLayout(5).layout, options());
    expect(result.status).toBe('written');
    expect(double.requests.every((r) => r.ok)).toBe(true);
  });
});
