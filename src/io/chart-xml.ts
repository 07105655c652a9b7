/**
 * DrawingML for the summary's column charts: one chart part per ChartSpec and
 * one drawing part per sheet that anchors them. Series point at ranges of the sheet and carry cached values,
 * so viewers that do not recalculate still draw the chart.
 */
import type { ChartSpec } from '../core/layout';
import { dropNonText } from '../core/text/normalize';
import { columnLetters } from '../core/grid';

export function xmlEscape(s: string): string {
  return (
    dropNonText(s)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 forbids: dropNonText removes the rest (controls, U+FFFE/U+FFFF, lone surrogates).
      .replace(/[\u000B\u000C]/g, '')
  );
}

/** A sheet name as a formula reference prefix: always quoted, quotes doubled ('TH TTHC', 'Sở''s'). */
export function sheetRef(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** Absolute reference to one column over rows [r1, r2], zero-based: 'TH TTHC'!$B$5:$B$9. */
export function columnRange(sheetName: string, c: number, r1: number, r2: number): string {
  return `${sheetRef(sheetName)}!$${columnLetters(c)}$${r1 + 1}:$${columnLetters(c)}$${r2 + 1}`;
}

export type CachedValue = number | string | boolean | null;

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Default series colours (Office palette), so stacked parts are told apart on a black-and-white print too. */
const COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E'];

function strCache(values: CachedValue[]): string {
  const pts = values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${xmlEscape(String(v))}</c:v></c:pt>`))
    .join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: CachedValue[]): string {
  const pts = values
    .map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''))
    .join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/**
 * chartN.xml for one spec. `cell(r, c)` gives the cached value the layout puts in the sheet at (r, c).
 */
export function chartXml(sheetName: string, spec: ChartSpec, cell: (r: number, c: number) => CachedValue): string {
  const rows: number[] = [];
  for (let r = spec.firstRow; r <= spec.lastRow; r++) rows.push(r);
  const categories = rows.map((r) => cell(r, spec.categoryCol));
  const catRef = columnRange(sheetName, spec.categoryCol, spec.firstRow, spec.lastRow);
  const stacked = spec.kind === 'columnStacked';
  const series = spec.series
    .map((s, i) => {
      const colour = COLOURS[i % COLOURS.length];
      const values = rows.map((r) => cell(r, s.col));
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${xmlEscape(catRef)}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlEscape(columnRange(sheetName, s.col, spec.firstRow, spec.lastRow))}</c:f>${numCache(values)}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join('');
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1400" b="1"/><a:t>${xmlEscape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="${stacked ? 60 : 150}"/>${stacked ? '<c:overlap val="100"/>' : ''}` +
    `<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100"><a:latin typeface="Times New Roman"/><a:cs typeface="Times New Roman"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

/** drawingN.xml anchoring charts; `relIds[i]` is the drawing's relationship id of `specs[i]`'s chart part. */
export function drawingXml(specs: ChartSpec[], relIds: string[]): string {
  const anchors = specs
    .map((s, i) => {
      const a = s.anchor;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${a.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${a.col + a.widthCols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row + a.heightRows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlEscape(`Biểu đồ ${i + 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relIds[i]}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    anchors +
    `</xdr:wsDr>`
  );
}

export const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

export function relsXml(rels: Array<{ id: string; type: string; target: string }>): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`).join('') +
    `</Relationships>`
  );
}
