/**
 * One pass over a worksheet's XML (`<sheetData>`), handing each cell to the grid assembler with the value SheetJS
 * would give it (parse_ws_xml_data in SheetJS CE 0.20.3, options as read-workbook sets them). The scanner is strict:
 * anything outside the shapes spreadsheet programs write (cells out of order, unknown elements, comments, namespace
 * prefixes, unquoted attributes…) throws {@link Unsupported} and the workbook goes to SheetJS instead.
 */
import type { CellRange, CellValue } from '../../core/grid';
import { isAscii } from '../../core/text';
import { EXCEL_COLUMNS, EXCEL_ROWS, type SheetAssembler } from '../grid-assembler';
import {
  errorCellText,
  isObjectPrototypeKey,
  parseSi,
  parseXmlBool,
  parseXmlTag,
  safeDecodeRange,
  sheetjsStrCell,
  SheetjsWouldThrow,
  stripXlfn,
  unescapeXml,
} from './sheetjs-compat';
import { shiftFormula } from './shared-formulas';
import { unsupported } from './workbook-parts';

export interface SheetContext {
  /** Shared strings (undefined entries: SheetJS found no text). */
  strings: Array<string | undefined>;
  /** Per cell style index, whether its number format is a date format; null without cellXfs. */
  dateStyles: boolean[] | null;
  /** NFC of each distinct cell text met in this workbook (see {@link nfc}); one map per workbook read. */
  nfcTexts: Map<string, string>;
}

const SHEET_DATA_OPEN = /<(?:\w+:)?sheetData\b[^<>]*>/g;
const MERGE_CELL = /<(?:\w+:)?mergeCell ref=["'][A-Z0-9:]+['"]\s*[/]?>/g;
const REF_ATTR = /ref=["']([^"']*)["']/;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

// Attributes of the element being read (module scratch: the scanner is synchronous and not re-entrant).
let aR: string | undefined;
let aS: string | undefined;
let aT: string | undefined;
let aHidden: string | undefined;
let selfClosing = false;

/**
 * Reads the attributes from `p` (just after the element name) to the end of the tag; returns the position after
 * `>`. Keeps r, s, t and hidden; SheetJS's attribute reader keys by local name and cuts names at `_`, so such names
 * (and namespaced copies of the kept ones, duplicates, unquoted values, `<` or `>` in values) are not covered.
 * Runs for every row and cell: names are judged by their characters, and only kept values are cut out.
 */
function readAttrs(xml: string, p: number, end: number): number {
  aR = aS = aT = aHidden = undefined;
  for (;;) {
    let c = xml.charCodeAt(p);
    if (c === 62) {
      selfClosing = false;
      return p + 1;
    }
    if (c === 47) {
      if (xml.charCodeAt(p + 1) !== 62) unsupported('malformed tag');
      selfClosing = true;
      return p + 2;
    }
    if (!isSpace(c)) unsupported('malformed tag');
    while (isSpace((c = xml.charCodeAt(++p)))) {
      /* skip */
    }
    if (c === 62 || c === 47) continue;
    const nameStart = p;
    let colon = -1;
    let underscore = false;
    while (p < end && (c = xml.charCodeAt(p)) !== 61 && !isSpace(c) && c !== 62 && c !== 47) {
      if (c === 58 && colon < 0) colon = p;
      else if (c === 95) underscore = true;
      p++;
    }
    const nameEnd = p;
    while (isSpace(xml.charCodeAt(p))) p++;
    if (xml.charCodeAt(p) !== 61) unsupported('attribute without value');
    p++;
    while (isSpace(xml.charCodeAt(p))) p++;
    const q = xml.charCodeAt(p);
    if (q !== 34 && q !== 39) unsupported('unquoted attribute');
    const close = indexOfCode(xml, q, p + 1);
    if (close < 0 || close >= end) unsupported('unterminated attribute');
    for (let i = p + 1; i < close; i++) {
      const v = xml.charCodeAt(i);
      if (v === 62 || v === 60) unsupported('markup in attribute');
    }
    const valueStart = p + 1;
    p = close + 1;
    if (underscore) unsupported('attribute name with _');
    // SheetJS keeps attributes by local name and also under their lower-cased name.
    const kept = keptAttribute(xml, colon >= 0 ? colon + 1 : nameStart, nameEnd);
    if (kept === 0) continue;
    if (kept < 0 || colon >= 0) unsupported('namespaced or capitalised attribute');
    const value = xml.slice(valueStart, close);
    if (kept === R) {
      if (aR !== undefined) unsupported('duplicate attribute');
      aR = value;
    } else if (kept === S) {
      if (aS !== undefined) unsupported('duplicate attribute');
      aS = value;
    } else if (kept === T) {
      if (aT !== undefined) unsupported('duplicate attribute');
      aT = value;
    } else {
      if (aHidden !== undefined) unsupported('duplicate attribute');
      aHidden = value;
    }
  }
}

const R = 1;
const S = 2;
const T = 3;
const HIDDEN = 4;

/**
 * Which kept attribute xml[from, to) names, by its local name: R, S, T or HIDDEN; the negated code when it names one
 * only once lower-cased (`R`, `Hidden`); 0 for any other name.
 */
function keptAttribute(xml: string, from: number, to: number): number {
  const n = to - from;
  if (n === 1) {
    const c = xml.charCodeAt(from);
    const kind = (c | 0x20) === 114 ? R : (c | 0x20) === 115 ? S : (c | 0x20) === 116 ? T : 0;
    return c >= 97 ? kind : -kind;
  }
  if (n !== 6) return 0;
  let upper = false;
  for (let i = 0; i < 6; i++) {
    const c = xml.charCodeAt(from + i);
    if ((c | 0x20) !== 'hidden'.charCodeAt(i)) return 0;
    if (c < 97) upper = true;
  }
  return upper ? -HIDDEN : HIDDEN;
}

/** `xml.indexOf(char, from)` for the short distances the scanner looks (a value's end): a plain loop is faster here. */
function indexOfCode(xml: string, code: number, from: number): number {
  for (let i = from; i < xml.length; i++) if (xml.charCodeAt(i) === code) return i;
  return -1;
}

/** `xml.startsWith(s, p)` for the scanner's short tokens: comparing code units is several times faster here. */
function startsWithAt(xml: string, s: string, p: number): boolean {
  if (p + s.length > xml.length) return false;
  for (let i = 0; i < s.length; i++) if (xml.charCodeAt(p + i) !== s.charCodeAt(i)) return false;
  return true;
}

/** Column index of a plain cell reference's letters (A..XFD), -1 when malformed; sets refRow. */
let refRow = 0;
function parseRef(ref: string): number {
  let i = 0;
  let col = 0;
  let cc = 0;
  while (i < ref.length && (cc = ref.charCodeAt(i)) >= 65 && cc <= 90) {
    col = col * 26 + (cc - 64);
    i++;
  }
  if (i === 0 || i > 3 || i === ref.length) return -1;
  if (ref.charCodeAt(i) === 48) return -1;
  let row = 0;
  for (; i < ref.length; i++) {
    cc = ref.charCodeAt(i);
    if (cc < 48 || cc > 57) return -1;
    row = row * 10 + (cc - 48);
    if (row > EXCEL_ROWS) return -1;
  }
  refRow = row;
  return col - 1;
}

export interface SheetExtras {
  merges: CellRange[];
  hiddenRows: number[];
  /** The XML after `</sheetData>` (merges, hyperlinks…). */
  tail: string;
}

/**
 * Scans one worksheet's XML into `sheet`; returns its merges and hidden rows, or false when the workbook went over
 * its cell limit. Throws Unsupported where SheetJS's reading could differ.
 */
export function scanSheet(xml: string, ctx: SheetContext, sheet: SheetAssembler): SheetExtras | false {
  SHEET_DATA_OPEN.lastIndex = 0;
  const open = SHEET_DATA_OPEN.exec(xml);
  if (!open) unsupported('worksheet without sheetData');
  if (open[0] !== '<sheetData>' && !/^<sheetData\s[^<>]*[^/]>$/.test(open[0])) unsupported('sheetData tag');
  const start = SHEET_DATA_OPEN.lastIndex;
  // The scanner accepts nothing but rows before `</sheetData>`, so the first one it meets is the one SheetJS finds.
  const end = xml.indexOf('</sheetData>', start);
  if (end < 0) unsupported('sheetData not closed');

  const { strings, dateStyles } = ctx;
  const hiddenRows: number[] = [];
  const sharedf: Array<[Record<string, string>, string, string]> = [];
  let prevRow = 0;
  let p = start;
  for (;;) {
    while (p < end && isSpace(xml.charCodeAt(p))) p++;
    if (p >= end) break;
    if (!startsWithAt(xml, '<row', p)) unsupported('unexpected element in sheetData');
    p = readAttrs(xml, p + 4, end);
    const rowAttr = aR;
    if (rowAttr === undefined || !/^[1-9]\d{0,6}$/.test(rowAttr)) unsupported('row number');
    const rowNo = Number(rowAttr);
    if (rowNo <= prevRow || rowNo > EXCEL_ROWS) unsupported('rows out of order');
    prevRow = rowNo;
    const r = rowNo - 1;
    if (aHidden !== undefined && parseXmlBool(aHidden)) hiddenRows.push(r);
    if (selfClosing) continue;
    sheet.beginRow(r);
    let prevCol = -1;
    for (;;) {
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      if (p >= end) unsupported('row not closed');
      if (startsWithAt(xml, '</row>', p)) {
        p += 6;
        break;
      }
      if (!startsWithAt(xml, '<c', p)) unsupported('unexpected element in row');
      const after = xml.charCodeAt(p + 2);
      if (after !== 32 && after !== 62 && after !== 47) unsupported('cell tag');
      p = readAttrs(xml, p + 2, end);
      const ref = aR;
      if (ref === undefined) unsupported('cell without reference');
      const c = parseRef(ref);
      if (c < 0 || c >= EXCEL_COLUMNS || refRow !== rowNo) unsupported('cell reference');
      if (c <= prevCol) unsupported('cells out of order');
      prevCol = c;
      const t = aT;
      const s = aS;
      // Children: <v>, <f>, <is>.
      let vRaw: string | undefined;
      let fOpen: string | undefined;
      let fText: string | undefined;
      let fSelf = false;
      let isText: string | undefined;
      let contentStart = p;
      let contentEnd = p;
      if (!selfClosing) {
        contentStart = p;
        for (;;) {
          while (p < end && isSpace(xml.charCodeAt(p))) p++;
          if (p >= end) unsupported('cell not closed');
          if (xml.charCodeAt(p) !== 60) unsupported('text in cell');
          const n1 = xml.charCodeAt(p + 1);
          if (n1 === 47) {
            if (!startsWithAt(xml, '</c>', p)) unsupported('unexpected closing tag in cell');
            contentEnd = p;
            p += 4;
            break;
          }
          if (n1 === 118 && xml.charCodeAt(p + 2) === 62) {
            // <v>text</v>
            if (vRaw !== undefined) unsupported('two values');
            const lt = indexOfCode(xml, 60, p + 3);
            if (lt < 0 || lt >= end || !startsWithAt(xml, '</v>', lt)) unsupported('value');
            vRaw = xml.slice(p + 3, lt);
            p = lt + 4;
            continue;
          }
          if (n1 === 102) {
            const n2 = xml.charCodeAt(p + 2);
            if (n2 !== 62 && n2 !== 32 && n2 !== 47) unsupported('element in cell');
            if (fOpen !== undefined) unsupported('two formulas');
            const tagStart = p;
            p = readAttrs(xml, p + 2, end);
            fOpen = xml.slice(tagStart, p);
            fSelf = selfClosing;
            if (!fSelf) {
              const lt = xml.indexOf('<', p);
              if (lt < 0 || lt >= end || !startsWithAt(xml, '</f>', lt)) unsupported('formula');
              fText = xml.slice(p, lt);
              p = lt + 4;
            }
            continue;
          }
          if (n1 === 105 && startsWithAt(xml, '<is>', p)) {
            if (isText !== undefined) unsupported('two inline strings');
            const stop = xml.indexOf('</is>', p + 4);
            if (stop < 0 || stop >= end) unsupported('inline string');
            isText = xml.slice(p + 4, stop);
            if (/<(?:v|f|c|is)\b/.test(isText)) unsupported('markup in inline string');
            // SheetJS tests for leading white space on bytes, this reader on characters: they agree on ASCII.
            if (!/^[ \t\r\n]*(?:<|$)/.test(isText)) unsupported('text before inline string markup');
            p = stop + 5;
            continue;
          }
          unsupported('element in cell');
        }
      }

      // p.v: the <v> text unless empty.
      const hasV = vRaw !== undefined && vRaw !== '';
      // Formula (cellFormula: true).
      let f: string | undefined;
      if (fOpen !== undefined) {
        if (!fSelf) {
          if (fText === '') {
            if (fOpen.indexOf('t="shared"') > -1) f = sharedFormula(sharedf, fOpen, ref);
          } else {
            // SheetJS looks for t="array" / t="shared" in the whole element, text included.
            const whole = fOpen + fText + '</f>';
            f = stripXlfn(unescapeXml(fText as string, true));
            if (whole.indexOf('t="array"') > -1) {
              const m = xml.slice(contentStart, contentEnd).match(REF_ATTR);
              if (!m) unsupported('array formula without ref');
              // (The range only gives cells without a value a formula mark, which changes nothing in the grid.)
            } else if (whole.indexOf('t="shared"') > -1) {
              const ftag = parseXmlTag(fOpen);
              sharedf[parseInt(ftag.si, 10)] = [ftag, stripXlfn(unescapeXml(fText as string)), ref];
            }
          }
        } else {
          f = sharedFormula(sharedf, fOpen, ref);
        }
      }

      let value: CellValue = null;
      let valueMissing = false;
      // No type and no value: SheetJS (with sheetStubs, which cellStyles turns on) keeps an empty stub cell, whose
      // formula, if any, counts as one without a cached value.
      if (t === undefined && !hasV) {
        valueMissing = true;
      } else {
        switch (t || 'n') {
          case 'n': {
            if (!hasV) {
              valueMissing = true;
              break;
            }
            const n = parseFloat(unescapeXml(vRaw as string));
            value = Number.isFinite(n) ? n : { error: '#NUM!' };
            break;
          }
          case 's': {
            if (!hasV) {
              valueMissing = true;
              break;
            }
            const idx = parseInt(unescapeXml(vRaw as string), 10);
            if (!(idx >= 0 && idx < strings.length)) unsupported('shared string index');
            const str = strings[idx];
            if (str === undefined) valueMissing = true;
            else value = nfc(str, ctx.nfcTexts);
            break;
          }
          case 'str':
            value = hasV ? nfc(sheetjsStrCell(vRaw as string), ctx.nfcTexts) : '';
            break;
          case 'inlineStr': {
            let str: string | undefined = '';
            if (isText !== undefined) {
              try {
                str = parseSi(isText);
              } catch (e) {
                if (e instanceof SheetjsWouldThrow) unsupported('inline string');
                throw e;
              }
            }
            if (str === undefined) valueMissing = true;
            else value = nfc(str, ctx.nfcTexts);
            break;
          }
          case 'b':
            value = parseXmlBool(hasV ? unescapeXml(vRaw as string) : undefined);
            break;
          case 'e': {
            const text = hasV ? unescapeXml(vRaw as string) : undefined;
            if (text !== undefined && isObjectPrototypeKey(text)) unsupported('error text');
            const shown = errorCellText(text);
            if (shown === undefined) valueMissing = true;
            value = { error: shown ?? '#N/A' };
            break;
          }
          default:
            unsupported(`cell type ${t}`);
        }
      }
      if (f !== undefined && valueMissing) {
        sheet.formulaWithoutValue(c, f);
        continue;
      }
      if (value === null) continue;
      let date = false;
      if (dateStyles !== null && s !== undefined && typeof value === 'number')
        date = (dateStyles as unknown as Record<string, unknown>)[s] === true;
      sheet.value(c, value, date);
    }
    if (!sheet.endRow()) return false;
  }

  // Merged cells: SheetJS reads them after sheetData with this pattern.
  const merges: CellRange[] = [];
  const tail = xml.slice(end + '</sheetData>'.length);
  for (const m of tail.match(MERGE_CELL) || []) merges.push(safeDecodeRange(m.slice(m.indexOf('=') + 2)));
  return { merges, hiddenRows, tail };
}

/**
 * NFC of cell text, once per distinct text of a workbook (the same labels repeat down whole columns). The text kept
 * is a copy, never a slice of the sheet's XML: a slice would keep the whole XML text alive as long as the grid.
 */
function nfc(s: string, cache: Map<string, string>): string {
  if (isAscii(s)) return detached(s); // already NFC: unique codes and figures are not cached
  if (s.length > 200) return detached(s.normalize('NFC'));
  let n = cache.get(s);
  if (n === undefined) {
    if (cache.size > 50_000) cache.clear();
    n = detached(s.normalize('NFC'));
    cache.set(n, n);
    if (n !== s) cache.set(detached(s), n);
  }
  return n;
}

/** Strings at least this long may be slices that share their parent's memory (V8's SlicedString). */
const SLICE_MIN = 13;

/** A string that does not share the XML text's memory (concatenating, then cutting, makes a new flat string). */
function detached(s: string): string {
  return s.length < SLICE_MIN ? s : (' ' + s).slice(1);
}

function sharedFormula(
  sharedf: Array<[Record<string, string>, string, string]>,
  fOpen: string,
  ref: string,
): string | undefined {
  const ftag = parseXmlTag(fOpen);
  const master = (sharedf as unknown as Record<string, [Record<string, string>, string, string] | undefined>)[ftag.si];
  if (!master) return undefined;
  return shiftFormula(master[1], master[2], ref);
}
