/**
 * One worksheet part (xl/worksheets/sheetN.xml) of the layout model, its elements in the order CT_Worksheet
 * requires: sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, mergeCells, dataValidations,
 * pageMargins, pageSetup, drawing.
 */
import type { LayoutCell, LayoutSheet } from '../../core/layout';
import { fitText } from '../../core/layout';
import { columnLetters } from '../../core/grid';
import { alertMessage, listColumns } from '../../core/list-sources';
import { dropNonText } from '../../core/text/normalize';
import { xmlEscape } from '../chart-xml';
import type { StyleTable } from './styles';

/**
 * Text as a cell can hold it: without characters XML 1.0 forbids (controls, U+FFFE/U+FFFF, lone surrogates — one
 * left in makes Excel refuse the file as damaged), and at most 32,767 characters (Excel's limit for a cell).
 */
export function excelText(s: string): string {
  return fitText(dropNonText(s).replace(/[\u000B\u000C]/g, ' '));
}

/** The workbook's shared strings (sharedStrings.xml): each distinct text once, cells refer to it by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private refs = 0;

  of(text: string): number {
    this.refs++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  /** How many distinct texts the cells hold. */
  get size(): number {
    return this.index.size;
  }

  xml(): string {
    const items = [...this.index.keys()].map((t) => `<si>${textElement(t)}</si>`).join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.refs}" uniqueCount="${this.index.size}">` +
      items +
      '</sst>'
    );
  }
}

/**
 * Cell text as XML character data. Excel reads `_xHHHH_` in a cell's text as the character U+HHHH (its escape for
 * controls), so a text holding such a run literally (a file name `bc_x2024_...`) has its underscore escaped as
 * `_x005F_`, as Excel itself writes it; otherwise Excel would show another text than the one written.
 */
export function cellTextXml(t: string): string {
  return xmlEscape(t).replace(/_([xX][0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/**
 * Free text as an attribute value: line breaks and tabs as character references, since an XML parser turns a literal
 * one in an attribute into a space (the alert would lose its line breaks).
 */
function attrText(t: string): string {
  return xmlEscape(t)
    .replace(/\r\n?|\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** <t>, keeping leading and trailing spaces and line breaks (xml:space="preserve"). */
function textElement(t: string): string {
  return /^\s|\s$|[\n\t]/.test(t) ? `<t xml:space="preserve">${cellTextXml(t)}</t>` : `<t>${cellTextXml(t)}</t>`;
}

/** What a cell of the sheet holds once every block, merge and list is applied. */
interface Slot {
  /** null: no value (a styled blank, or the covered part of a merge). */
  cell: LayoutCell | null;
  xf: number;
}

/** The value part of a <c>: type attribute and children. */
function cellBody(cell: LayoutCell, strings: SharedStrings): { t: string; inner: string } {
  const v = typeof cell.v === 'string' ? excelText(cell.v) : cell.v;
  const f = cell.f !== undefined ? `<f>${xmlEscape(cell.f.replace(/^=/, ''))}</f>` : '';
  if (typeof v === 'number' && !Number.isFinite(v)) return { t: ' t="e"', inner: `${f}<v>#NUM!</v>` };
  if (v === null) return { t: '', inner: f };
  if (typeof v === 'number') return { t: '', inner: `${f}<v>${v}</v>` };
  if (typeof v === 'boolean') return { t: ' t="b"', inner: `${f}<v>${v ? 1 : 0}</v>` };
  // A formula's text result is kept in the cell; a text value goes to the shared strings, never read as a formula.
  if (f) return { t: ' t="str"', inner: `${f}<v>${cellTextXml(v)}</v>` };
  return { t: ' t="s"', inner: `<v>${strings.of(v)}</v>` };
}

const NUMBER = /^(0|[1-9]\d*)$/;

export interface SheetPart {
  xml: string;
  /** The sheet's print titles as a defined name's formula, e.g. 'TH TTHC'!$5:$7. */
  printTitles?: string;
}

/**
 * The sheet's XML. `drawingRelId` is the relationship id of its charts' drawing, if it has charts.
 * `unknownStyle` is raised for a cell naming a style the layout does not define.
 */
export function sheetXml(
  sheet: LayoutSheet,
  styleOf: (name: string | undefined) => number,
  styles: StyleTable,
  strings: SharedStrings,
  drawingRelId?: string,
): SheetPart {
  const rows = new Map<number, Map<number, Slot>>();
  const slot = (r: number, c: number): Slot => {
    let row = rows.get(r);
    if (!row) rows.set(r, (row = new Map()));
    let s = row.get(c);
    if (!s) row.set(c, (s = { cell: null, xf: 0 }));
    return s;
  };
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, dr) =>
      cells.forEach((cell, dc) => {
        const s = slot(block.row + dr, block.col + dc);
        // A blank cell of a later block restyles the cell and keeps what an earlier block wrote in it.
        if (cell.v !== null || cell.f !== undefined) s.cell = cell;
        s.xf = styleOf(cell.s);
      }),
    );
  }
  const merges = sheet.merges.filter((m) => m.r1 !== m.r2 || m.c1 !== m.c2);
  for (const m of merges) {
    // The cells a merge covers are blank and take the style of its top-left cell (so borders run all round it).
    const xf = rows.get(m.r1)?.get(m.c1)?.xf ?? 0;
    for (let r = m.r1; r <= m.r2; r++) {
      for (let c = m.c1; c <= m.c2; c++) {
        if (r === m.r1 && c === m.c1) continue;
        const s = slot(r, c);
        s.cell = null;
        s.xf = xf;
      }
    }
  }
  const hidden = new Set<number>();
  const validations: string[] = [];
  const own = listColumns(sheet);
  (sheet.validations ?? []).forEach((v, i) => {
    let source = v.sourceFormula ?? `"${v.values.join(',')}"`;
    const col = own[i];
    if (col !== null) {
      // A long list, or one with commas, is written into a hidden column, as the Office.js writer does.
      const xf = styles.textInDefaultFont();
      v.values.forEach((value, r) => {
        const s = slot(r, col);
        s.cell = { v: value };
        s.xf = xf;
      });
      hidden.add(col);
      const letters = columnLetters(col);
      source = `$${letters}$1:$${letters}$${Math.max(1, v.values.length)}`;
    }
    const range = `${columnLetters(v.c1)}${v.r1 + 1}:${columnLetters(v.c2)}${v.r2 + 1}`;
    const error = alertMessage(v);
    validations.push(
      `<dataValidation type="list" allowBlank="1"${error !== undefined ? ' showErrorMessage="1"' : ''}` +
        ` errorStyle="stop" errorTitle="Giá trị không hợp lệ"${error !== undefined ? ` error="${attrText(error)}"` : ''}` +
        ` sqref="${range}"><formula1>${xmlEscape(source)}</formula1></dataValidation>`,
    );
  });

  const heights = new Map<number, number>();
  for (const [r, h] of Object.entries(sheet.heights ?? {})) {
    if (NUMBER.test(r)) heights.set(Number(r), h);
  }
  const rowNumbers = [...new Set([...rows.keys(), ...heights.keys()])].sort((a, b) => a - b);
  let minC = Infinity;
  let maxC = -Infinity;
  let minR = Infinity;
  let maxR = -Infinity;
  const data: string[] = [];
  for (const r of rowNumbers) {
    const h = heights.get(r);
    const cells = rows.get(r);
    const attrs = `<row r="${r + 1}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ''}`;
    if (!cells || cells.size === 0) {
      data.push(attrs + '/>');
      continue;
    }
    minR = Math.min(minR, r);
    maxR = Math.max(maxR, r);
    const parts: string[] = [attrs + '>'];
    for (const c of [...cells.keys()].sort((a, b) => a - b)) {
      minC = Math.min(minC, c);
      maxC = Math.max(maxC, c);
      const s = cells.get(c)!;
      const ref = `${columnLetters(c)}${r + 1}`;
      const style = s.xf !== 0 ? ` s="${s.xf}"` : '';
      if (s.cell === null) {
        parts.push(`<c r="${ref}"${style}/>`);
        continue;
      }
      const body = cellBody(s.cell, strings);
      parts.push(body.inner ? `<c r="${ref}"${style}${body.t}>${body.inner}</c>` : `<c r="${ref}"${style}/>`);
    }
    parts.push('</row>');
    data.push(parts.join(''));
  }
  const dimension = minR <= maxR ? `${columnLetters(minC)}${minR + 1}:${columnLetters(maxC)}${maxR + 1}` : 'A1';

  const p = sheet.print;
  const sheetPr =
    sheet.tabColor || p?.fitToWidth
      ? '<sheetPr>' +
        (sheet.tabColor ? `<tabColor rgb="FF${sheet.tabColor.toUpperCase()}"/>` : '') +
        (p?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '') +
        '</sheetPr>'
      : '';

  return {
    xml:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      sheetPr +
      `<dimension ref="${dimension}"/>` +
      sheetViews(sheet.freeze) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      colsXml(sheet.widths, hidden) +
      `<sheetData>${data.join('')}</sheetData>` +
      (merges.length > 0
        ? `<mergeCells count="${merges.length}">` +
          merges
            .map((m) => `<mergeCell ref="${columnLetters(m.c1)}${m.r1 + 1}:${columnLetters(m.c2)}${m.r2 + 1}"/>`)
            .join('') +
          '</mergeCells>'
        : '') +
      (validations.length > 0
        ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`
        : '') +
      (p
        ? '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
          `<pageSetup paperSize="9" orientation="${p.orientation}"${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`
        : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>') +
      (drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : '') +
      '</worksheet>',
    printTitles: p?.repeatRows ? `$${p.repeatRows.first + 1}:$${p.repeatRows.last + 1}` : undefined,
  };
}

/** Frozen panes; nothing for a sheet without (Excel's default view). */
function sheetViews(freeze: LayoutSheet['freeze']): string {
  const rows = freeze?.rows ?? 0;
  const cols = freeze?.cols ?? 0;
  if (rows <= 0 && cols <= 0) return '';
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  return (
    '<sheetViews><sheetView workbookViewId="0"><pane' +
    (cols > 0 ? ` xSplit="${cols}"` : '') +
    (rows > 0 ? ` ySplit="${rows}"` : '') +
    ` topLeftCell="${columnLetters(cols)}${rows + 1}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

/** <cols>: runs of adjacent columns of the same width in one element; hidden list columns. */
function colsXml(widths: number[], hidden: Set<number>): string {
  const spec = (c: number): string | null => {
    if (hidden.has(c)) return `width="9" hidden="1" customWidth="1"`;
    const w = widths[c];
    return w !== undefined && w > 0 ? `width="${w}" customWidth="1"` : null;
  };
  const last = Math.max(widths.length - 1, ...hidden);
  const out: string[] = [];
  for (let c = 0; c <= last; c++) {
    const s = spec(c);
    if (s === null) continue;
    let end = c;
    while (end + 1 <= last && spec(end + 1) === s) end++;
    out.push(`<col min="${c + 1}" max="${end + 1}" ${s}/>`);
    c = end;
  }
  return out.length > 0 ? `<cols>${out.join('')}</cols>` : '';
}
