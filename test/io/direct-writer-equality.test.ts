/**
 * The direct .xlsx writer (src/io/write-workbook.ts) writes what the ExcelJS writer it replaced wrote
 * (test/support/exceljs-writer.ts): every layout the project produces is written both ways and read back by
 * ExcelJS and by SheetJS — values, formulas and cached results, styles (font, fill, border, number format,
 * alignment), merges, column widths and hidden columns, row heights, frozen panes, page setup, print titles and
 * drop-down lists must be the same. Deliberate differences, normalised where they are read:
 * - a column of width 9: ExcelJS takes 9 for its default and writes no width (Excel then shows 8.43); the direct
 *   writer writes the 9 the layout asks for;
 * - the default font (never seen on a layout's cells): ExcelJS refers to the theme, the direct writer writes no theme;
 * - the sheet tab colour, which ExcelJS's writer was never given (the Office.js writer sets it);
 * - a sheet without print setup: ExcelJS writes orientation="portrait", the direct writer leaves Excel's default
 *   (portrait); the order of the merged ranges.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { writeWorkbook } from '../../src/io/write-workbook';
import { writeWorkbookWithExceljs } from '../support/exceljs-writer';
import { LAYOUTS } from './project-layouts';

/** The default font (the Normal style's): ExcelJS writes it with theme colour and scheme, the direct writer plainly. */
function font(f: Partial<ExcelJS.Font> | undefined): unknown {
  if (f && f.name === 'Calibri' && f.size === 11) return 'Calibri 11';
  return f;
}

function styleOf(c: ExcelJS.Cell): unknown {
  const s = c.style;
  return { font: font(s.font), fill: s.fill, border: s.border, numFmt: s.numFmt, alignment: s.alignment };
}

/** What ExcelJS reads of a workbook, sheet by sheet, in a form to compare. */
async function byExcelJS(bytes: Uint8Array): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return {
    creator: wb.creator,
    definedNames: wb.definedNames.model,
    sheets: wb.worksheets.map((ws) => {
      const cells: Record<string, unknown> = {};
      const rows: Record<number, unknown> = {};
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        if (row.height !== undefined) rows[r] = [row.height, row.hidden];
        row.eachCell({ includeEmpty: true }, (c) => {
          cells[c.address] = { type: c.type, value: c.value, style: styleOf(c) };
        });
      });
      const columns = (ws.columns ?? []).map((col) => [
        col.number,
        col.width === 9 ? undefined : col.width,
        col.hidden,
      ]);
      const p = ws.pageSetup;
      const v = (ws.views ?? [])[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
      return {
        name: ws.name,
        state: ws.state,
        cells,
        rows,
        columns,
        merges: [...(ws.model.merges ?? [])].sort(),
        view: v && { state: v.state, xSplit: v.xSplit, ySplit: v.ySplit, topLeftCell: v.topLeftCell },
        page: {
          paperSize: p.paperSize,
          orientation: p.orientation ?? 'portrait',
          fitToPage: p.fitToPage,
          fitToWidth: p.fitToPage ? p.fitToWidth : undefined,
          fitToHeight: p.fitToPage ? p.fitToHeight : undefined,
          margins: p.margins,
          printTitlesRow: p.printTitlesRow,
        },
        validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
      };
    }),
  };
}

/** What SheetJS reads: every cell's type, value, formula and number format; merges, columns, rows, range. */
function bySheetJS(bytes: Uint8Array): unknown {
  const wb = XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellStyles: true });
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name];
    const cells: Record<string, unknown> = {};
    for (const [k, c] of Object.entries(ws)) {
      if (k.startsWith('!')) continue;
      const cell = c as XLSX.CellObject;
      cells[k] = { t: cell.t, v: cell.v, f: cell.f, z: cell.z, w: cell.w };
    }
    return {
      name,
      // An empty sheet: Excel's own dimension A1 (the direct writer) gives no range, ExcelJS's A1:A1 gives A1.
      ref: ws['!ref'] ?? 'A1',
      cells,
      merges: (ws['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m)).sort(),
      cols: (ws['!cols'] ?? []).map((c) =>
        c && !(c.width === 9 && !c.hidden) ? { wch: c.wch, width: c.width, hidden: c.hidden } : undefined,
      ),
      rows: (ws['!rows'] ?? []).map((r) => r && { hpt: r.hpt, hidden: r.hidden }),
      hidden: wb.Workbook?.Sheets?.find((s) => s.name === name)?.Hidden,
    };
  });
}

describe.each(LAYOUTS)('%s', (_name, make) => {
  let direct: Uint8Array;
  let exceljs: Uint8Array;
  beforeAll(async () => {
    const layout = make();
    direct = await writeWorkbook(layout);
    exceljs = await writeWorkbookWithExceljs(layout);
  });

  test('ExcelJS reads the same values, formulas, styles, merges, sizes, panes, page setup and lists', async () => {
    expect(await byExcelJS(direct)).toEqual(await byExcelJS(exceljs));
  });

  test('SheetJS reads the same cells, number formats, merges, columns, rows and ranges', () => {
    expect(bySheetJS(direct)).toEqual(bySheetJS(exceljs));
  });
});
