/**
 * Layout model → .xlsx bytes (ghi sổ tính tổng hợp): the parts of the package written directly from the layout —
 * worksheets, shared strings, styles, workbook with its print titles, charts as DrawingML — and zipped once.
 * Used by the CLI and, for downloads, by the task pane; no Node APIs (the deflater is injected, see zip-write.ts).
 */
import type { ChartSpec, LayoutSheet, LayoutWorkbook } from '../core/layout';
import {
  chartXml,
  CT_CHART,
  CT_DRAWING,
  drawingXml,
  REL_CHART,
  REL_DRAWING,
  relsXml,
  sheetRef,
  xmlEscape,
  type CachedValue,
} from './chart-xml';
import { SharedStrings, sheetXml } from './xlsx-write/sheet-xml';
import { StyleTable } from './xlsx-write/styles';
import { writeZip, type ZipPart } from './zip-write';

export { excelText } from './xlsx-write/sheet-xml';
export { DEFAULT_FONT, DEFAULT_FONT_SIZE } from './xlsx-write/styles';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = 'application/vnd.openxmlformats-officedocument';

/** The cached value the layout puts at (r, c) of a sheet (the last block writing the cell wins, as in the sheet). */
function cellLookup(sheet: LayoutSheet): (r: number, c: number) => CachedValue {
  const map = new Map<string, CachedValue>();
  for (const b of sheet.blocks) {
    b.cells.forEach((row, dr) => row.forEach((cell, dc) => map.set(`${b.row + dr},${b.col + dc}`, cell.v)));
  }
  return (r, c) => map.get(`${r},${c}`) ?? null;
}

/**
 * Refuses a sheet name Excel would not open the file with (it repairs the workbook, dropping the sheet's parts):
 * empty or over 31 characters, any of []:*?/\, an apostrophe at either end, "History", or a name used twice
 * ignoring case. The layouts' names are fixed by the program, so this is a programming error, raised before
 * anything is written.
 */
function checkSheetNames(sheets: LayoutSheet[]): void {
  const seen = new Set<string>();
  for (const { name } of sheets) {
    const key = name.normalize('NFC').toUpperCase();
    if (
      name.length === 0 ||
      name.length > 31 ||
      /[[\]:*?/\\]/.test(name) ||
      /^'|'$/.test(name) ||
      key === 'HISTORY' ||
      seen.has(key)
    ) {
      throw new Error(`layout: sheet name "${name}" is not one Excel accepts (or is used twice)`);
    }
    seen.add(key);
  }
}

export async function writeWorkbook(layout: LayoutWorkbook): Promise<Uint8Array> {
  checkSheetNames(layout.sheets);
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const named = new Map<string, number>();
  for (const [name, s] of Object.entries(layout.styles)) named.set(name, styles.of(s));
  const plain = styles.of({});
  const encoder = new TextEncoder();
  const parts: ZipPart[] = [];
  const add = (name: string, xml: string): void => {
    parts.push({ name, data: encoder.encode(xml) });
  };

  const overrides: string[] = [];
  const definedNames: string[] = [];
  const sheetEntries: string[] = [];
  const workbookRels: Array<{ id: string; type: string; target: string }> = [];
  let chartNo = 1;
  layout.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const specs: ChartSpec[] = sheet.charts ?? [];
    const styleOf = (name: string | undefined): number => {
      if (name === undefined) return plain;
      const xf = named.get(name);
      if (xf === undefined) throw new Error(`layout: unknown style "${name}" in sheet "${sheet.name}"`);
      return xf;
    };
    const part = sheetXml(sheet, styleOf, styles, strings, specs.length > 0 ? 'rId1' : undefined);
    add(`xl/worksheets/sheet${n}.xml`, part.xml);
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
    );
    workbookRels.push({ id: `rId${n}`, type: `${REL_DOC}/worksheet`, target: `worksheets/sheet${n}.xml` });
    sheetEntries.push(`<sheet name="${xmlEscape(sheet.name)}" sheetId="${n}" r:id="rId${n}"/>`);
    if (part.printTitles) {
      definedNames.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlEscape(`${sheetRef(sheet.name)}!${part.printTitles}`)}</definedName>`,
      );
    }
    if (specs.length === 0) return;
    // Charts: one drawing per sheet anchoring one chart part per spec.
    const lookup = cellLookup(sheet);
    const chartRels = specs.map((spec, k) => {
      add(`xl/charts/chart${chartNo}.xml`, chartXml(sheet.name, spec, lookup));
      overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/>`);
      return { id: `rId${k + 1}`, type: REL_CHART, target: `../charts/chart${chartNo++}.xml` };
    });
    add(
      `xl/drawings/drawing${n}.xml`,
      drawingXml(
        specs,
        chartRels.map((r) => r.id),
      ),
    );
    add(`xl/drawings/_rels/drawing${n}.xml.rels`, relsXml(chartRels));
    overrides.push(`<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="${CT_DRAWING}"/>`);
    add(
      `xl/worksheets/_rels/sheet${n}.xml.rels`,
      relsXml([{ id: 'rId1', type: REL_DRAWING, target: `../drawings/drawing${n}.xml` }]),
    );
  });

  const count = layout.sheets.length;
  workbookRels.push({ id: `rId${count + 1}`, type: `${REL_DOC}/styles`, target: 'styles.xml' });
  add('xl/styles.xml', styles.xml());
  // A workbook without text has no shared strings part, as Excel writes it (rather than an empty table).
  const hasStrings = strings.size > 0;
  if (hasStrings) {
    workbookRels.push({ id: `rId${count + 2}`, type: `${REL_DOC}/sharedStrings`, target: 'sharedStrings.xml' });
    add('xl/sharedStrings.xml', strings.xml());
  }
  add(
    'xl/workbook.xml',
    XML_HEAD +
      `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
      '<bookViews><workbookView/></bookViews>' +
      `<sheets>${sheetEntries.join('')}</sheets>` +
      (definedNames.length > 0 ? `<definedNames>${definedNames.join('')}</definedNames>` : '') +
      '<calcPr calcId="171027"/></workbook>',
  );
  add('xl/_rels/workbook.xml.rels', relsXml(workbookRels));
  add('docProps/core.xml', coreXml());
  add('docProps/app.xml', appXml(layout.sheets.map((s) => s.name)));
  add(
    '_rels/.rels',
    relsXml([
      { id: 'rId1', type: `${REL_DOC}/officeDocument`, target: 'xl/workbook.xml' },
      {
        id: 'rId2',
        type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
        target: 'docProps/core.xml',
      },
      { id: 'rId3', type: `${REL_DOC}/extended-properties`, target: 'docProps/app.xml' },
    ]),
  );
  const contentTypes =
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
    overrides.join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
    (hasStrings
      ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>`
      : '') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
    '</Types>';
  // [Content_Types].xml first, as Office writes it.
  return writeZip([{ name: '[Content_Types].xml', data: encoder.encode(contentTypes) }, ...parts]);
}

function coreXml(): string {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<dc:creator>TongHop</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appXml(sheetNames: string[]): string {
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>TongHop</Application>' +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
    `<vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">` +
    sheetNames.map((n) => `<vt:lpstr>${xmlEscape(n)}</vt:lpstr>`).join('') +
    '</vt:vector></TitlesOfParts></Properties>'
  );
}
