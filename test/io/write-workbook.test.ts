import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';
import { SaxesParser } from 'saxes';
import { writeWorkbook } from '../../src/io/write-workbook';
import { readWorkbook } from '../../src/io/read-workbook';
import { buildUnitTemplate } from '../../src/core/unit';
import { buildSettingsWorkbook } from '../../src/core/settings';
import { defaultSettings } from '../../src/core/settings/defaults';
import { INJECTION_TEXTS, summaryLayout, UNITS } from './layout-fixture';

/** Parses with a strict, namespace-aware XML parser; throws on anything not well-formed. */
function wellFormed(xml: string): void {
  const p = new SaxesParser({ xmlns: true });
  p.on('error', (e) => {
    throw e;
  });
  p.write(xml).close();
}

async function zipText(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`missing part ${path}; parts: ${Object.keys(zip.files).join(', ')}`);
  return f.async('string');
}

let bytes: Uint8Array;
let zip: JSZip;
let excel: ExcelJS.Workbook;

beforeAll(async () => {
  bytes = await writeWorkbook(summaryLayout());
  zip = await JSZip.loadAsync(bytes);
  excel = new ExcelJS.Workbook();
  await excel.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
});

describe('writeWorkbook values and formulas', () => {
  test('returns the bytes of an .xlsx (a zip)', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  test('ExcelJS reads back values and formulas with their cached results', () => {
    const ws = excel.getWorksheet('TH TTHC')!;
    expect(ws.getCell('A1').value).toBe('TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(ws.getCell('B6').value).toBe('Chi cục Tiêu chuẩn Đo lường Chất lượng');
    expect(ws.getCell('C5').value).toBe(40);
    expect(ws.getCell('C8').value).toEqual({ formula: 'SUM(C5:C7)', result: 77 });
    expect(ws.getCell('E8').value).toEqual({ formula: 'SUM(E5:E7)', result: 3 });
    const ratio = ws.getCell('F5').value as ExcelJS.CellFormulaValue;
    expect(ratio.formula).toBe('(C5+D5)/(C5+D5+E5)');
    expect(ratio.result).toBeCloseTo(1, 10);
    expect((ws.getCell('F6').value as ExcelJS.CellFormulaValue).result).toBeCloseTo(29 / 30, 12);
  });

  test('SheetJS (through readWorkbook) reads the same cached values, with no findings', () => {
    const { grids, findings } = readWorkbook(bytes, 'tong-hop.xlsx');
    expect(findings).toEqual([]);
    const g = grids.find((x) => x.name === 'TH TTHC')!;
    UNITS.forEach(([name, e, o, l], i) => expect(g.rows[4 + i].slice(1, 5)).toEqual([name, e, o, l]));
    expect(g.rows[7].slice(2, 5)).toEqual([77, 16, 3]);
    expect(g.rows[7][5]).toBeCloseTo(93 / 96, 12);
    expect(g.rows[2][0]).toBe(45458);
    expect(g.dateCells?.has('2,0')).toBe(true);
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { r1: 0, c1: 0, r2: 0, c2: 5 },
        { r1: 7, c1: 0, r2: 7, c2: 1 },
      ]),
    );
  });

  test('SheetJS sees the formulas themselves too', () => {
    const wb = XLSX.read(bytes, { type: 'array', cellFormula: true });
    expect(wb.Sheets['TH TTHC']['C8']).toMatchObject({ f: 'SUM(C5:C7)', v: 77 });
  });

  test('text starting with = + - @ is written as a text cell, never a formula', async () => {
    const sheetXml = await zipText(zip, 'xl/worksheets/sheet2.xml');
    const shared = await zipText(zip, 'xl/sharedStrings.xml');
    const strings = [...shared.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) =>
      m[1]
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    );
    INJECTION_TEXTS.forEach((t, i) => {
      const cell = new RegExp(`<c r="A${i + 1}"[^>]*>(.*?)</c>`).exec(sheetXml);
      expect(cell).not.toBeNull();
      expect(cell![0]).toContain('t="s"');
      expect(cell![1]).not.toContain('<f>');
      expect(strings[Number(/<v>(\d+)<\/v>/.exec(cell![1])![1])]).toBe(t);
    });
    expect(sheetXml).not.toContain('<f>');
    const ws = excel.getWorksheet("Đơn vị's")!;
    INJECTION_TEXTS.forEach((t, i) => expect(ws.getCell(i + 1, 1).value).toBe(t));
    expect(ws.getCell('A5').value).toBe(true);
  });
});

describe('writeWorkbook formatting', () => {
  test('named styles: Times New Roman, size, bold, italic, fill, thin borders, number formats, alignment, wrap', () => {
    const ws = excel.getWorksheet('TH TTHC')!;
    const title = ws.getCell('A1');
    expect(title.font).toMatchObject({ name: 'Times New Roman', size: 14, bold: true });
    expect(title.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    expect(ws.getCell('A2').font).toMatchObject({ name: 'Times New Roman', size: 12, italic: true });
    const header = ws.getCell('F4');
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(header.border).toMatchObject({
      top: { style: 'thin' },
      left: { style: 'thin' },
      bottom: { style: 'thin' },
      right: { style: 'thin' },
    });
    expect(header.alignment).toMatchObject({ wrapText: true, horizontal: 'center' });
    expect(ws.getCell('C5').numFmt).toBe('#,##0');
    expect(ws.getCell('F5').numFmt).toBe('0.0%');
    expect(ws.getCell('A3').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('C8').font).toMatchObject({ bold: true });
    // A cell without a named style still gets the house font.
    expect(excel.getWorksheet("Đơn vị's")!.getCell('A5').font).toMatchObject({ name: 'Times New Roman', size: 12 });
  });

  test('each named style becomes one cell format, not one per cell', async () => {
    const styles = await zipText(zip, 'xl/styles.xml');
    const xfs = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
    const named = Object.keys(summaryLayout().styles).length;
    expect(xfs).toBeLessThanOrEqual(named + 2); // + the default format and the unstyled house font
  });

  test('merges, column widths, frozen panes', () => {
    const ws = excel.getWorksheet('TH TTHC')!;
    expect(Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort()).toEqual([
      'A1',
      'A2',
      'A8',
    ]);
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect([1, 2, 3, 6].map((c) => ws.getColumn(c).width)).toEqual([6, 40, 12, 14]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 4 });
    expect((excel.getWorksheet("Đơn vị's")!.views ?? []).every((v) => v.state !== 'frozen')).toBe(true);
  });

  test('print setup: A4 landscape, fit to one page wide, header row repeated', async () => {
    const sheetXml = await zipText(zip, 'xl/worksheets/sheet1.xml');
    const setup = /<pageSetup\b[^>]*>/.exec(sheetXml)![0];
    expect(setup).toContain('paperSize="9"');
    expect(setup).toContain('orientation="landscape"');
    expect(setup).toContain('fitToWidth="1"');
    expect(setup).toContain('fitToHeight="0"');
    expect(sheetXml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    const workbookXml = await zipText(zip, 'xl/workbook.xml');
    expect(workbookXml).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;TH TTHC&apos;!$4:$4</definedName>',
    );
  });
});

describe('writeWorkbook charts', () => {
  test('chart, drawing and relationship parts exist and every XML part is well-formed', async () => {
    for (const p of [
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/drawings/drawing1.xml',
      'xl/drawings/drawing2.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/_rels/drawing2.xml.rels',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/worksheets/_rels/sheet2.xml.rels',
    ]) {
      expect(zip.file(p)).not.toBeNull();
    }
    const xmlParts = Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p));
    expect(xmlParts.length).toBeGreaterThan(12);
    for (const p of xmlParts) {
      const text = await zipText(zip, p);
      expect(() => wellFormed(text)).not.toThrow();
    }
  });

  test('the well-formedness check itself rejects broken XML', () => {
    expect(() => wellFormed('<c:chartSpace xmlns:c="x"><c:chart></c:chartSpace>')).toThrow();
    expect(() => wellFormed('<a:b/>')).toThrow(); // unbound prefix
  });

  test('content types declare the chart and drawing parts', async () => {
    const ct = await zipText(zip, '[Content_Types].xml');
    for (const n of [1, 2]) {
      expect(ct).toContain(
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
      expect(ct).toContain(
        `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
      );
    }
  });

  test('each sheet points at its own drawing, placed where the schema wants it', async () => {
    for (const n of [1, 2]) {
      const sheetXml = await zipText(zip, `xl/worksheets/sheet${n}.xml`);
      const rels = await zipText(zip, `xl/worksheets/_rels/sheet${n}.xml.rels`);
      const id = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)![1];
      expect(rels).toContain(
        `Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing${n}.xml"`,
      );
      // <drawing> after pageSetup and before the end of the worksheet.
      expect(sheetXml.indexOf('<drawing ')).toBeGreaterThan(sheetXml.indexOf('<pageMargins'));
      expect(sheetXml.endsWith('</worksheet>')).toBe(true);
      const drawingRels = await zipText(zip, `xl/drawings/_rels/drawing${n}.xml.rels`);
      expect(drawingRels).toContain(`Target="../charts/chart${n}.xml"`);
    }
  });

  test('series reference the sheet ranges with quoted sheet names and carry cached values', async () => {
    const chart = await zipText(zip, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(chart).toContain('<c:f>&apos;TH TTHC&apos;!$B$5:$B$7</c:f>');
    expect(chart).toContain('<c:f>&apos;TH TTHC&apos;!$C$5:$C$7</c:f>');
    expect(chart).toContain('<c:f>&apos;TH TTHC&apos;!$E$5:$E$7</c:f>');
    expect(chart).toContain('<c:v>Trước hạn</c:v>');
    expect(chart).toContain('Kết quả giải quyết hồ sơ theo đơn vị');
    const cats = [...chart.matchAll(/<c:strCache>(.*?)<\/c:strCache>/g)][0][1];
    expect([...cats.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1].replace(/&amp;/g, '&'))).toEqual(
      UNITS.map((u) => u[0]),
    );
    const firstSeries = [...chart.matchAll(/<c:numCache>(.*?)<\/c:numCache>/g)].map((m) =>
      [...m[1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((x) => Number(x[1])),
    );
    expect(firstSeries).toEqual([UNITS.map((u) => u[1]), UNITS.map((u) => u[2]), UNITS.map((u) => u[3])]);
    const anchor = await zipText(zip, 'xl/drawings/drawing1.xml');
    expect(anchor).toMatch(/<xdr:from><xdr:col>0<\/xdr:col>.*?<xdr:row>10<\/xdr:row>/);
    expect(anchor).toMatch(/<xdr:to><xdr:col>6<\/xdr:col>.*?<xdr:row>28<\/xdr:row>/);
  });

  test("a sheet name with an apostrophe is quoted with the quote doubled ('Đơn vị''s')", async () => {
    const chart = await zipText(zip, 'xl/charts/chart2.xml');
    expect(chart).toContain('<c:grouping val="clustered"/>');
    expect(chart).toContain('<c:f>&apos;Đơn vị&apos;&apos;s&apos;!$B$1:$B$4</c:f>');
  });

  test('a layout without charts gets no chart parts', async () => {
    const layout = summaryLayout();
    layout.sheets.forEach((s) => delete s.charts);
    const z = await JSZip.loadAsync(await writeWorkbook(layout));
    expect(Object.keys(z.files).filter((p) => /chart|drawing/.test(p))).toEqual([]);
  });
});

/** The names of the root element's children, in order. */
function childrenOfRoot(xml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  const p = new SaxesParser();
  p.on('opentag', (t) => {
    if (depth === 1) names.push(t.name);
    depth++;
  });
  p.on('closetag', () => depth--);
  p.write(xml).close();
  return names;
}

/** CT_Worksheet's sequence (ECMA-376 Part 1, §18.3.1.99). */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins',
  'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors',
  'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls',
  'webPublishItems', 'tableParts', 'extLst',
]; // prettier-ignore

/** CT_Workbook's sequence (§18.2.28), the part we use. */
const WORKBOOK_ORDER = ['fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets',
  'functionGroups', 'externalReferences', 'definedNames', 'calcPr']; // prettier-ignore

function inSchemaOrder(names: string[], order: string[]): boolean {
  const at = names.map((n) => order.indexOf(n));
  return at.every((i, k) => i >= 0 && (k === 0 || at[k - 1] < i));
}

describe.each([
  ['the test summary', summaryLayout],
  ['the unit template', () => buildUnitTemplate({ unitName: 'Thanh tra Sở' })],
  ['the DanhMuc sheet', () => buildSettingsWorkbook(defaultSettings())],
])('the parts of %s', (_name, make) => {
  let parts: JSZip;
  beforeAll(async () => {
    parts = await JSZip.loadAsync(await writeWorkbook(make()));
  });

  test('every part is well-formed XML', async () => {
    for (const name of Object.keys(parts.files)) {
      const text = await zipText(parts, name);
      try {
        wellFormed(text);
      } catch (e) {
        throw new Error(`${name}: ${String(e)}`);
      }
    }
  });

  test('each worksheet has its elements in the order CT_Worksheet requires, the workbook in CT_Workbook order', async () => {
    const sheets = Object.keys(parts.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBeGreaterThan(0);
    for (const name of sheets) {
      const names = childrenOfRoot(await zipText(parts, name));
      expect([name, names, inSchemaOrder(names, WORKSHEET_ORDER)]).toEqual([name, names, true]);
    }
    const wb = childrenOfRoot(await zipText(parts, 'xl/workbook.xml'));
    expect(inSchemaOrder(wb, WORKBOOK_ORDER)).toBe(true);
  });
});

test("the sheet tab colours of the layout are written (the unit template's tabs)", async () => {
  const bytes = await writeWorkbook(buildUnitTemplate());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const layout = buildUnitTemplate();
  const coloured = layout.sheets.filter((s) => s.tabColor);
  expect(coloured.length).toBeGreaterThan(0);
  for (const s of coloured) {
    expect(wb.getWorksheet(s.name)!.properties.tabColor).toEqual({ argb: 'FF' + s.tabColor!.toUpperCase() });
  }
});

test('a cell naming a style the layout does not define is refused before anything is written', async () => {
  const layout = summaryLayout();
  layout.sheets[0].blocks[0].cells[0][0].s = 'không-có';
  await expect(writeWorkbook(layout)).rejects.toThrow('layout: unknown style "không-có" in sheet "TH TTHC"');
});
