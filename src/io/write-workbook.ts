/**
 * Layout model → .xlsx bytes (ghi sổ tính tổng hợp), with ExcelJS, then charts added as DrawingML parts.
 * Used by the CLI and, for downloads, by the task pane; no Node APIs. ExcelJS writes its parts stored
 * (uncompressed); the charts are added to them and the package is compressed once (zip-write.ts).
 */
import type * as ExcelJS from 'exceljs';
import type { CellStyle, ChartSpec, LayoutCell, LayoutSheet, LayoutWorkbook } from '../core/layout';
import { fitText } from '../core/layout';
import { dropNonText } from '../core/text/normalize';
import { decodeXmlText } from './xml-text';
import { listZipEntries } from './zip';
import { writeZip, type ZipPart } from './zip-write';
import { columnLetters } from '../core/grid';
import { listColumns } from '../core/list-sources';
import {
  chartXml,
  CT_CHART,
  CT_DRAWING,
  drawingXml,
  REL_CHART,
  REL_DRAWING,
  relsXml,
  xmlEscape,
  type CachedValue,
} from './chart-xml';

export const DEFAULT_FONT = 'Times New Roman';
export const DEFAULT_FONT_SIZE = 12;

/** ExcelJS style for a named layout style. Built once per name, shared by every cell that uses it. */
export function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: DEFAULT_FONT,
      size: s.fontSize ?? DEFAULT_FONT_SIZE,
      bold: s.bold ?? false,
      italic: s.italic ?? false,
    },
  };
  if (s.color) style.font!.color = { argb: 'FF' + s.color.toUpperCase() };
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + s.fill.toUpperCase() } };
  if (s.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
    style.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.numFmt) style.numFmt = s.numFmt;
  if (s.hAlign || s.vAlign || s.wrap) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (s.hAlign) alignment.horizontal = s.hAlign;
    if (s.vAlign) alignment.vertical = s.vAlign;
    if (s.wrap) alignment.wrapText = true;
    style.alignment = alignment;
  }
  return style;
}

/**
 * Text as a cell can hold it: without characters XML 1.0 forbids (controls, U+FFFE/U+FFFF, lone surrogates —
 * ExcelJS drops only some of them, and one left in makes Excel refuse the file as damaged), and at most
 * 32,767 characters (Excel's limit for a cell).
 */
export function excelText(s: string): string {
  return fitText(dropNonText(s).replace(/[\u000B\u000C]/g, ' '));
}

/** Value for ExcelJS. Strings stay strings: ExcelJS writes them as shared strings, never as formulas. */
function toExcelValue(cell: LayoutCell): ExcelJS.CellValue {
  const v = typeof cell.v === 'string' ? excelText(cell.v) : cell.v;
  if (cell.f !== undefined) {
    const formula = cell.f.replace(/^=/, '');
    if (v === null) return { formula } as ExcelJS.CellFormulaValue;
    const result = typeof v === 'number' && !Number.isFinite(v) ? { error: '#NUM!' as const } : v;
    return { formula, result } as ExcelJS.CellFormulaValue;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return { error: '#NUM!' } as ExcelJS.CellErrorValue;
  return v;
}

export async function writeWorkbook(layout: LayoutWorkbook): Promise<Uint8Array> {
  // Loaded here, not at start-up: reading files does not need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Workbook } = require('exceljs') as typeof ExcelJS;
  const wb = new Workbook();
  wb.creator = 'TongHop';
  const named = new Map<string, Partial<ExcelJS.Style>>();
  for (const [name, s] of Object.entries(layout.styles)) named.set(name, toExcelStyle(s));
  const plain = toExcelStyle({});

  for (const sheet of layout.sheets) {
    const frozen = sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0);
    const ws = wb.addWorksheet(
      sheet.name,
      frozen ? { views: [{ state: 'frozen', xSplit: sheet.freeze!.cols, ySplit: sheet.freeze!.rows }] } : {},
    );
    sheet.widths.forEach((w, i) => {
      if (w > 0) ws.getColumn(i + 1).width = w;
    });
    for (const block of sheet.blocks) {
      block.cells.forEach((row, dr) => {
        row.forEach((cell, dc) => {
          const target = ws.getCell(block.row + dr + 1, block.col + dc + 1);
          const v = toExcelValue(cell);
          if (v !== null) target.value = v;
          const style = cell.s !== undefined ? named.get(cell.s) : plain;
          if (style === undefined) throw new Error(`layout: unknown style "${cell.s}" in sheet "${sheet.name}"`);
          target.style = style;
        });
      });
    }
    for (const m of sheet.merges) {
      if (m.r1 === m.r2 && m.c1 === m.c2) continue;
      ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
    }
    for (const [r, h] of Object.entries(sheet.heights ?? {})) ws.getRow(Number(r) + 1).height = h;
    if (sheet.print) {
      const p = sheet.print;
      ws.pageSetup.paperSize = 9; // A4
      ws.pageSetup.orientation = p.orientation;
      ws.pageSetup.margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
      if (p.fitToWidth) {
        ws.pageSetup.fitToPage = true;
        ws.pageSetup.fitToWidth = 1;
        ws.pageSetup.fitToHeight = 0;
      }
      if (p.repeatRows) ws.pageSetup.printTitlesRow = `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}`;
    }
    writeValidations(ws, sheet);
  }

  // Stored, not deflated: the parts are compressed once, by writeZip, after the charts are added.
  const stored = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  const parts = Parts.ofStoredZip(stored);
  if (layout.sheets.some((s) => s.charts && s.charts.length > 0)) addCharts(parts, layout.sheets);
  return writeZip(parts.list());
}

/**
 * Drop-down lists (data validation). A short list is typed into the rule; a long one, or one with commas, is
 * written into a hidden column of the sheet, where the Office.js writer puts it too (core listColumns).
 */
function writeValidations(ws: ExcelJS.Worksheet, sheet: LayoutSheet): void {
  const columns = listColumns(sheet);
  (sheet.validations ?? []).forEach((v, i) => {
    const own = columns[i];
    let source = v.sourceFormula ?? `"${v.values.join(',')}"`;
    if (own !== null) {
      v.values.forEach((value, r) => {
        const c = ws.getCell(r + 1, own + 1);
        c.value = value;
        c.numFmt = '@';
      });
      ws.getColumn(own + 1).hidden = true;
      const letters = columnLetters(own);
      source = `$${letters}$1:$${letters}$${Math.max(1, v.values.length)}`;
    }
    const range = `${columnLetters(v.c1)}${v.r1 + 1}:${columnLetters(v.c2)}${v.r2 + 1}`;
    // Excel shows at most 225 characters of an error alert message.
    const error = v.error ? v.error.normalize('NFC').slice(0, 225) : undefined;
    const rule: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [source],
      showErrorMessage: error !== undefined,
      errorStyle: 'stop',
      errorTitle: 'Giá trị không hợp lệ',
      error,
    };
    (
      ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(range, rule);
  });
}

/** The cached value the layout puts at (r, c) of a sheet (the last block writing the cell wins, as in the writer). */
function cellLookup(sheet: LayoutSheet): (r: number, c: number) => CachedValue {
  const map = new Map<string, CachedValue>();
  for (const b of sheet.blocks) {
    b.cells.forEach((row, dr) => row.forEach((cell, dc) => map.set(`${b.row + dr},${b.col + dc}`, cell.v)));
  }
  return (r, c) => map.get(`${r},${c}`) ?? null;
}

/** Sheet name → worksheet part path (e.g. 'xl/worksheets/sheet2.xml'), from workbook.xml and its rels. */
function sheetParts(parts: Parts): Map<string, string> {
  const wbXml = parts.text('xl/workbook.xml')!;
  const relXml = parts.text('xl/_rels/workbook.xml.rels')!;
  const targets = new Map<string, string>();
  for (const m of relXml.matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1]);
    const target = /\bTarget="([^"]*)"/.exec(m[1]);
    if (id && target) targets.set(id[1], target[1].startsWith('/') ? target[1].slice(1) : 'xl/' + target[1]);
  }
  const sheets = new Map<string, string>();
  for (const m of wbXml.matchAll(/<sheet\b([^>]*)>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1]);
    const rid = /\br:id="([^"]*)"/.exec(m[1]);
    if (name && rid && targets.has(rid[1])) sheets.set(decodeXmlText(name[1]), targets.get(rid[1])!);
  }
  return sheets;
}

/** Elements that CT_Worksheet places after <drawing>; the drawing element goes before the first of them. */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

function insertDrawingElement(sheetXml: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`;
  let at = sheetXml.lastIndexOf('</worksheet>');
  for (const name of AFTER_DRAWING) {
    const i = sheetXml.search(new RegExp(`<${name}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  let xml = sheetXml.slice(0, at) + element + sheetXml.slice(at);
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(xml)) {
    xml = xml.replace(
      /<worksheet\b/,
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
    );
  }
  return xml;
}

/** The parts of a package, in order; text parts are decoded when asked and encoded again when set. */
class Parts {
  private readonly order: string[] = [];
  private readonly bytes = new Map<string, Uint8Array>();

  /** The parts of a zip whose entries are all stored (ExcelJS writes it so: nothing is compressed twice). */
  static ofStoredZip(zip: Uint8Array): Parts {
    const listing = listZipEntries(zip);
    if (!listing.ok) throw new Error(`writer: ExcelJS wrote an unreadable zip (${listing.detail})`);
    const parts = new Parts();
    for (const e of listing.entries) {
      if (e.name.endsWith('/')) continue; // JSZip's folder entries: a package has none
      if (e.method !== 0) throw new Error(`writer: part ${e.name} is compressed`);
      parts.set(e.name, zip.subarray(e.dataOffset, e.dataOffset + e.compressedSize));
    }
    return parts;
  }

  has(name: string): boolean {
    return this.bytes.has(name);
  }

  text(name: string): string | undefined {
    const b = this.bytes.get(name);
    return b === undefined ? undefined : utf8Decoder.decode(b);
  }

  set(name: string, data: Uint8Array | string): void {
    if (!this.bytes.has(name)) this.order.push(name);
    this.bytes.set(name, typeof data === 'string' ? utf8Encoder.encode(data) : data);
  }

  list(): ZipPart[] {
    return this.order.map((name) => ({ name, data: this.bytes.get(name)! }));
  }
}

const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

function addCharts(parts: Parts, sheets: LayoutSheet[]): void {
  const sheetPaths = sheetParts(parts);
  let contentTypes = parts.text('[Content_Types].xml')!;
  const overrides: string[] = [];
  const free = (pattern: (n: number) => string, start: number): number => {
    let n = start;
    while (parts.has(pattern(n))) n++;
    return n;
  };
  let chartNo = 1;
  let drawingNo = 1;
  for (const sheet of sheets) {
    const specs: ChartSpec[] = sheet.charts ?? [];
    if (specs.length === 0) continue;
    const sheetPath = sheetPaths.get(sheet.name);
    if (!sheetPath) throw new Error(`writer: sheet "${sheet.name}" not found in the written workbook`);
    const lookup = cellLookup(sheet);
    drawingNo = free((n) => `xl/drawings/drawing${n}.xml`, drawingNo);
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const drawingRels: Array<{ id: string; type: string; target: string }> = [];
    specs.forEach((spec) => {
      chartNo = free((n) => `xl/charts/chart${n}.xml`, chartNo);
      const chartPath = `xl/charts/chart${chartNo}.xml`;
      parts.set(chartPath, chartXml(sheet.name, spec, lookup));
      overrides.push(`<Override PartName="/${chartPath}" ContentType="${CT_CHART}"/>`);
      drawingRels.push({
        id: `rId${drawingRels.length + 1}`,
        type: REL_CHART,
        target: `../charts/chart${chartNo}.xml`,
      });
      chartNo++;
    });
    parts.set(
      drawingPath,
      drawingXml(
        specs,
        drawingRels.map((r) => r.id),
      ),
    );
    parts.set(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(drawingRels));
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/>`);

    // The sheet's relationships: keep ExcelJS's (hyperlinks, comments…) and add the drawing with a fresh id.
    const slash = sheetPath.lastIndexOf('/');
    const sheetRelsPath = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
    const existing = parts.text(sheetRelsPath) ?? null;
    const usedIds = new Set<string>(existing ? [...existing.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]) : []);
    let n = 1;
    while (usedIds.has(`rId${n}`)) n++;
    const relId = `rId${n}`;
    const rel = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="${xmlEscape(`../drawings/drawing${drawingNo}.xml`)}"/>`;
    parts.set(
      sheetRelsPath,
      existing
        ? existing.replace('</Relationships>', rel + '</Relationships>')
        : relsXml([{ id: relId, type: REL_DRAWING, target: `../drawings/drawing${drawingNo}.xml` }]),
    );
    parts.set(sheetPath, insertDrawingElement(parts.text(sheetPath)!, relId));
    drawingNo++;
  }
  contentTypes = contentTypes.replace('</Types>', overrides.join('') + '</Types>');
  parts.set('[Content_Types].xml', contentTypes);
}
