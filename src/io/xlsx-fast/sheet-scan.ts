/**
 * One pass over a worksheet's XML bytes (`<sheetData>`), handing each cell to the grid assembler with the value
 * SheetJS would give it (parse_ws_xml_data in SheetJS CE 0.20.3, options as read-workbook sets them). The scanner is
 * strict: anything outside the shapes spreadsheet programs write (cells out of order, unknown elements, comments,
 * namespace prefixes, unquoted attributes, any byte past ASCII in markup…) throws {@link Unsupported} and the
 * workbook goes to SheetJS instead.
 * It reads bytes, not text: shared-string indexes and plain numbers are read from their ASCII digits, and only text
 * that becomes a value is decoded — checked as UTF-8 first, so a part that is not valid UTF-8 is never read.
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
import { ByteTexts, HASH_PRIME, HASH_START } from './byte-texts';
import { isValidUtf8, utf8Slicer } from './utf8-bytes';

export interface SheetContext {
  /** Shared strings (undefined entries: SheetJS found no text). */
  strings: Array<string | undefined>;
  /** Per cell style index, whether its number format is a date format; null without cellXfs. */
  dateStyles: boolean[] | null;
  /** NFC of each distinct cell text met in this workbook (see {@link nfc}); one map per workbook read. */
  nfcTexts: Map<string, string>;
  /** A cell's text per shared string index, normalised once when first met; one array per workbook read. */
  sharedTexts: Array<string | undefined>;
  /** The text of `t="str"` cells by their `<v>` bytes; one table per workbook read. */
  strTexts: ByteTexts;
}

/** A fresh context for one workbook's sheets. */
export function sheetContext(strings: Array<string | undefined>, dateStyles: boolean[] | null): SheetContext {
  return { strings, dateStyles, nfcTexts: new Map(), sharedTexts: [], strTexts: new ByteTexts() };
}

const SHEET_DATA_OPEN = /<(?:\w+:)?sheetData\b[^<>]*>/g;
const MERGE_CELL = /<(?:\w+:)?mergeCell ref=["'][A-Z0-9:]+['"]\s*[/]?>/g;
const REF_ATTR = /ref=["']([^"']*)["']/;
/**
 * SheetJS 0.20.3 looks for merged cells and hyperlinks in the whole worksheet part (its split at sheetData reads an
 * `index` its match does not have), this reader after `</sheetData>`: anywhere else they are not covered.
 */
const MERGES_OR_LINKS = /<(?:\w+:)?(?:mergeCell|hyperlink)\b/;

const LT = 60;
const GT = 62;
const SLASH = 47;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

// The part being read and the attributes of the element being read (module scratch: the scanner is synchronous and
// not re-entrant). An attribute is kept as its value's byte range in `at`, start -1 when absent.
let x: Uint8Array = new Uint8Array(0);
let slice: (start: number, end: number) => string = () => '';
const at = new Int32Array(9);
const R_START = 0;
const R_END = 1;
const S_START = 2;
const S_END = 3;
const T_START = 4;
const T_END = 5;
const H_START = 6;
const H_END = 7;
/** 1 when the tag just read ended with `/>`. */
const SELF_CLOSING = 8;

/** Bytes of attribute names: 0 plain, 1 `:`, 2 `_` or past ASCII (not covered), 3 ends the name. */
const NAME_CLASS = new Uint8Array(256).map((_, c) =>
  c === 58 ? 1 : c === 95 || c >= 0x80 ? 2 : c === 61 || isSpace(c) || c === GT || c === SLASH ? 3 : 0,
);
/** Bytes of attribute values read on without a second look: all but quotes, `<`, `>` and bytes past ASCII. */
const VALUE_PLAIN = new Uint8Array(256).map((_, c) =>
  c < 0x80 && c !== 34 && c !== 39 && c !== LT && c !== GT ? 1 : 0,
);

/**
 * Reads the attributes from `p` (just after the element name) to the end of the tag; returns the position after
 * `>`. Keeps r, s, t and hidden; SheetJS's attribute reader keys by local name and cuts names at `_`, so such names
 * (and namespaced copies of the kept ones, duplicates, unquoted values, `<` or `>` in values, bytes past ASCII) are
 * not covered. Runs for every row and cell: names are judged by their bytes, and values are kept as ranges.
 */
function readAttrs(p: number): number {
  const b = x;
  at[R_START] = at[S_START] = at[T_START] = at[H_START] = -1;
  for (;;) {
    let c = b[p];
    if (c === GT) {
      at[SELF_CLOSING] = 0;
      return p + 1;
    }
    if (c === SLASH) {
      if (b[p + 1] !== GT) unsupported('malformed tag');
      at[SELF_CLOSING] = 1;
      return p + 2;
    }
    if (!isSpace(c)) unsupported('malformed tag');
    while (isSpace((c = b[++p]))) {
      /* skip */
    }
    if (c === GT || c === SLASH) continue;
    const nameStart = p;
    let colon = -1;
    let odd = false;
    for (;;) {
      const k = NAME_CLASS[b[p]];
      if (k === 0) p++;
      else if (k === 1) {
        if (colon < 0) colon = p;
        p++;
      } else if (k === 2) {
        odd = true;
        p++;
      } else break; // 3, or past the end of the part
    }
    const nameEnd = p;
    while (isSpace(b[p])) p++;
    if (b[p] !== 61) unsupported('attribute without value');
    p++;
    while (isSpace(b[p])) p++;
    const q = b[p];
    if (q !== 34 && q !== 39) unsupported('unquoted attribute');
    const valueStart = ++p;
    // The value ends at its quote; a `<` (or the end of the part) stops the loop first.
    for (;;) {
      while (VALUE_PLAIN[b[p]] === 1) p++;
      const v = b[p];
      if (v === q) break;
      if (v !== 34 && v !== 39) unsupported('markup or non-ASCII in attribute');
      p++;
    }
    const valueEnd = p++;
    if (odd) unsupported('attribute name with _ or non-ASCII');
    // SheetJS keeps attributes by local name and also under their lower-cased name.
    const kept = keptAttribute(colon >= 0 ? colon + 1 : nameStart, nameEnd);
    if (kept === 0) continue;
    if (kept < 0 || colon >= 0) unsupported('namespaced or capitalised attribute');
    if (at[kept - 1] >= 0) unsupported('duplicate attribute');
    at[kept - 1] = valueStart;
    at[kept] = valueEnd;
  }
}

/** Whether the tag just read ended with `/>`. */
function selfClosing(): boolean {
  return at[SELF_CLOSING] === 1;
}

const R = R_START + 1;
const S = S_START + 1;
const T = T_START + 1;
const HIDDEN = H_START + 1;
const HIDDEN_CODES = [104, 105, 100, 100, 101, 110]; // hidden

/**
 * Which kept attribute x[from, to) names, by its local name: R, S, T or HIDDEN (its start's index in `at`) + 1; the
 * negated code when it names one only once lower-cased (`R`, `Hidden`); 0 for any other name.
 */
function keptAttribute(from: number, to: number): number {
  const n = to - from;
  if (n === 1) {
    const c = x[from];
    const kind = (c | 0x20) === 114 ? R : (c | 0x20) === 115 ? S : (c | 0x20) === 116 ? T : 0;
    return c >= 97 ? kind : -kind;
  }
  if (n !== 6) return 0;
  let upper = false;
  for (let i = 0; i < 6; i++) {
    const c = x[from + i];
    if ((c | 0x20) !== HIDDEN_CODES[i]) return 0;
    if (c < 97) upper = true;
  }
  return upper ? -HIDDEN : HIDDEN;
}

/** Whether x[p…] starts with the ASCII codes of `s`. */
function startsWithAt(s: string, p: number): boolean {
  if (p + s.length > x.length) return false;
  for (let i = 0; i < s.length; i++) if (x[p + i] !== s.charCodeAt(i)) return false;
  return true;
}

/** First position of the ASCII string `s` in bytes[from…], or -1. */
export function indexOfAscii(bytes: Uint8Array, s: string, from: number): number {
  const first = s.charCodeAt(0);
  const last = bytes.length - s.length;
  outer: for (let i = bytes.indexOf(first, from); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < s.length; k++) if (bytes[i + k] !== s.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/** The position of the next `<` from `p`, or the part's length (a plain loop: the distances are short). */
function nextLt(b: Uint8Array, p: number): number {
  const n = b.length;
  while (p < n && b[p] !== LT) p++;
  return p;
}

/** Whether x[from, to) is the ASCII text `s`. */
function rangeIs(from: number, to: number, s: string): boolean {
  if (to - from !== s.length) return false;
  for (let i = 0; i < s.length; i++) if (x[from + i] !== s.charCodeAt(i)) return false;
  return true;
}

/** The text of x[from, to): checked as UTF-8 (a part that is not valid UTF-8 is not read), then decoded. */
function text(from: number, to: number): string {
  const b = x;
  let i = from;
  while (i < to && b[i] < 0x80) i++;
  if (i < to && !isValidUtf8(b, i, to)) unsupported('part is not valid UTF-8');
  return slice(from, to);
}

/**
 * A cell tag as spreadsheet programs write it — ` r="B7"`, then ` s="3"` and ` t="s"` if there, then `>` or `/>` —
 * read in one go, with the reference: sets `at` as {@link readAttrs} would, refRow and refCol as {@link parseRef}
 * would, and returns the position after the tag. -1 for any other shape (the caller then reads the tag in full).
 */
let refCol = 0;
function plainCellTag(p: number): number {
  const b = x;
  if (b[p] !== 32 || b[p + 1] !== 114 || b[p + 2] !== 61 || b[p + 3] !== 34) return -1;
  p += 4;
  const refStart = p;
  let col = 0;
  let c = b[p];
  while (c >= 65 && c <= 90) {
    col = col * 26 + (c - 64);
    c = b[++p];
  }
  const digits = p;
  if (digits === refStart || digits - refStart > 3 || c === 48) return -1;
  let row = 0;
  while (c >= 48 && c <= 57) {
    row = row * 10 + (c - 48);
    c = b[++p];
  }
  if (c !== 34 || p === digits || row > EXCEL_ROWS) return -1;
  at[R_START] = refStart;
  at[R_END] = p++;
  at[S_START] = at[T_START] = at[H_START] = -1;
  if (b[p] === 32 && b[p + 1] === 115 && b[p + 2] === 61 && b[p + 3] === 34) {
    p += 4;
    const from = p;
    while ((c = b[p]) >= 48 && c <= 57) p++;
    if (c !== 34) return -1;
    at[S_START] = from;
    at[S_END] = p++;
  }
  if (b[p] === 32 && b[p + 1] === 116 && b[p + 2] === 61 && b[p + 3] === 34) {
    p += 4;
    const from = p;
    while ((c = b[p] | 0x20) >= 97 && c <= 122) p++;
    if (b[p] !== 34) return -1;
    at[T_START] = from;
    at[T_END] = p++;
  }
  refRow = row;
  refCol = col - 1;
  if (b[p] === GT) {
    at[SELF_CLOSING] = 0;
    return p + 1;
  }
  if (b[p] === SLASH && b[p + 1] === GT) {
    at[SELF_CLOSING] = 1;
    return p + 2;
  }
  return -1;
}

/** Column index of a plain cell reference's letters (A..XFD) in x[from, to), -1 when malformed; sets refRow. */
let refRow = 0;
function parseRef(from: number, to: number): number {
  let i = from;
  let col = 0;
  let cc = 0;
  while (i < to && (cc = x[i]) >= 65 && cc <= 90) {
    col = col * 26 + (cc - 64);
    i++;
  }
  if (i === from || i > from + 3 || i === to) return -1;
  if (x[i] === 48) return -1;
  let row = 0;
  for (; i < to; i++) {
    cc = x[i];
    if (cc < 48 || cc > 57) return -1;
    row = row * 10 + (cc - 48);
    if (row > EXCEL_ROWS) return -1;
  }
  refRow = row;
  return col - 1;
}

/**
 * The number in x[from, to) when it is plain digits (an optional `-`, at most 15 digits, an optional fraction), as
 * parseFloat reads it: exact, since both the digits and the power of ten are exact doubles and one division rounds
 * once. NaN for anything else (the caller then reads the text as SheetJS does).
 */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
function plainNumber(from: number, to: number): number {
  let i = from;
  const neg = x[i] === 45;
  if (neg) i++;
  const digitsStart = i;
  let m = 0;
  let c = 0;
  while (i < to && (c = x[i] - 48) >= 0 && c <= 9) {
    m = m * 10 + c;
    i++;
  }
  const intDigits = i - digitsStart;
  if (intDigits === 0) return NaN;
  let fraction = 0;
  if (i < to) {
    if (x[i] !== 46) return NaN;
    const fracStart = ++i;
    while (i < to && (c = x[i] - 48) >= 0 && c <= 9) {
      m = m * 10 + c;
      i++;
    }
    fraction = i - fracStart;
    if (fraction === 0 || i < to) return NaN;
  }
  if (intDigits + fraction > 15) return NaN;
  const v = fraction ? m / POW10[fraction] : m;
  return neg ? -v : v;
}

/** A non-negative integer in plain digits (at most 9) in x[from, to), else -1. */
function plainIndex(from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = x[i] - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Whether the style in x[from, to) has a date format: `dateStyles[s] === true` as SheetJS looks it up by text. */
function isDateStyle(dateStyles: boolean[], from: number, to: number): boolean {
  // Only a canonical array index ("0", "12", not "012" or " 1") finds an entry of the array.
  if (to - from > 1 && x[from] === 48) return false;
  const i = plainIndex(from, to);
  return i >= 0 && dateStyles[i] === true;
}

export interface SheetExtras {
  merges: CellRange[];
  hiddenRows: number[];
  /** The XML after `</sheetData>` (merges, hyperlinks…). */
  tail: string;
}

// Cell types, from the t attribute.
const T_NONE = 0;
const T_N = 1;
const T_S = 2;
const T_STR = 3;
const T_INLINE = 4;
const T_B = 5;
const T_E = 6;

function cellType(): number {
  if (at[T_START] < 0) return T_NONE;
  const n = at[T_END] - at[T_START];
  if (n === 0) return T_N;
  if (n === 1) {
    const c = x[at[T_START]];
    if (c === 110) return T_N;
    if (c === 115) return T_S;
    if (c === 98) return T_B;
    if (c === 101) return T_E;
  } else if (rangeIs(at[T_START], at[T_END], 'str')) return T_STR;
  else if (rangeIs(at[T_START], at[T_END], 'inlineStr')) return T_INLINE;
  return unsupported(`cell type ${text(at[T_START], at[T_END])}`);
}

/**
 * Scans one worksheet part's bytes into `sheet`; returns its merges and hidden rows, or false when the workbook went
 * over its cell limit. Throws Unsupported where SheetJS's reading could differ.
 */
export function scanSheet(bytes: Uint8Array, ctx: SheetContext, sheet: SheetAssembler): SheetExtras | false {
  x = bytes;
  slice = utf8Slicer(bytes);
  try {
    return scan(ctx, sheet);
  } finally {
    x = new Uint8Array(0);
    slice = () => '';
  }
}

function scan(ctx: SheetContext, sheet: SheetAssembler): SheetExtras | false {
  const b = x;
  // The head up to the first `>` after the first "sheetData": the leftmost match of SheetJS's pattern, if any, ends
  // at that `>` (a match cannot hold a `>` before its end); a head without one is not covered.
  const first = indexOfAscii(b, 'sheetData', 0);
  if (first < 0) unsupported('worksheet without sheetData');
  const headEnd = b.indexOf(GT, first);
  if (headEnd < 0) unsupported('worksheet without sheetData');
  let head = text(0, headEnd + 1);
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1); // the part's byte order mark, as a decoder drops it
  SHEET_DATA_OPEN.lastIndex = 0;
  const open = SHEET_DATA_OPEN.exec(head);
  if (!open || SHEET_DATA_OPEN.lastIndex !== head.length) unsupported('sheetData tag');
  if (open[0] !== '<sheetData>' && !/^<sheetData\s[^<>]*[^/]>$/.test(open[0])) unsupported('sheetData tag');
  if (MERGES_OR_LINKS.test(head)) unsupported('merged cells or hyperlinks before sheetData');
  const start = headEnd + 1;
  // `</sheetData>` is found by the scan itself: the scanner accepts nothing but rows before it, and none of what it
  // passes over (attribute values, the text of <v>, <f> and <is>) can hold it, so the first one it meets is the one
  // SheetJS finds.
  const len = b.length;
  let end = -1;

  const { strings, dateStyles, sharedTexts, strTexts } = ctx;
  const hiddenRows: number[] = [];
  const sharedf: Array<[Record<string, string>, string, string]> = [];
  let prevRow = 0;
  let p = start;
  for (;;) {
    while (isSpace(b[p])) p++;
    if (b[p] === LT && b[p + 1] === SLASH && startsWithAt('</sheetData>', p)) {
      end = p;
      break;
    }
    if (!startsWithAt('<row', p)) unsupported(p >= len ? 'sheetData not closed' : 'unexpected element in sheetData');
    p = readAttrs(p + 4);
    // The row number: 1 to 7 digits, no leading zero.
    if (at[R_START] < 0 || at[R_END] - at[R_START] > 7 || x[at[R_START]] === 48) unsupported('row number');
    const rowNo = plainIndex(at[R_START], at[R_END]);
    if (rowNo <= 0) unsupported('row number');
    if (rowNo <= prevRow || rowNo > EXCEL_ROWS) unsupported('rows out of order');
    prevRow = rowNo;
    const r = rowNo - 1;
    if (at[H_START] >= 0 && (rangeIs(at[H_START], at[H_END], '1') || rangeIs(at[H_START], at[H_END], 'true')))
      hiddenRows.push(r);
    if (selfClosing()) continue;
    sheet.beginRow(r);
    let prevCol = -1;
    for (;;) {
      while (isSpace(b[p])) p++;
      if (b[p] !== LT) unsupported('unexpected element in row');
      const n = b[p + 1];
      if (n === SLASH) {
        if (!startsWithAt('</row>', p)) unsupported('unexpected element in row');
        p += 6;
        break;
      }
      if (n !== 99) unsupported('unexpected element in row');
      let c: number;
      const plainEnd = plainCellTag(p + 2);
      if (plainEnd >= 0) {
        p = plainEnd;
        c = refCol;
      } else {
        const after = b[p + 2];
        if (after !== 32 && after !== GT && after !== SLASH) unsupported('cell tag');
        p = readAttrs(p + 2);
        if (at[R_START] < 0) unsupported('cell without reference');
        c = parseRef(at[R_START], at[R_END]);
      }
      const refStart = at[R_START];
      const refEnd = at[R_END];
      if (c < 0 || c >= EXCEL_COLUMNS || refRow !== rowNo) unsupported('cell reference');
      if (c <= prevCol) unsupported('cells out of order');
      prevCol = c;
      const t = cellType();
      const styleStart = at[S_START];
      const styleEnd = at[S_END];
      // Children: <v>, <f>, <is>. vStart -1: no <v>.
      let vStart = -1;
      let vEnd = -1;
      let vHash = 0;
      let fOpen: string | undefined;
      let fText: string | undefined;
      let fSelf = false;
      let isText: string | undefined;
      let contentStart = p;
      let contentEnd = p;
      if (!selfClosing()) {
        contentStart = p;
        for (;;) {
          while (isSpace(b[p])) p++;
          if (b[p] !== LT) unsupported('text in cell');
          const n1 = b[p + 1];
          if (n1 === SLASH) {
            if (b[p + 2] !== 99 || b[p + 3] !== GT) unsupported('unexpected closing tag in cell');
            contentEnd = p;
            p += 4;
            break;
          }
          if (n1 === 118 && b[p + 2] === GT) {
            // <v>text</v>
            if (vStart >= 0) unsupported('two values');
            let lt = p + 3;
            if (t === T_STR) {
              // The text's hash on the way to its end, to find it again (see below).
              // (The prime read once: an imported constant is a property read in the compiled module.)
              const prime = HASH_PRIME;
              let h = HASH_START;
              for (let c = b[lt]; c !== LT && lt < len; c = b[++lt]) h = Math.imul(h ^ c, prime);
              vHash = h;
            } else lt = nextLt(b, lt);
            if (b[lt + 1] !== SLASH || b[lt + 2] !== 118 || b[lt + 3] !== GT) unsupported('value');
            vStart = p + 3;
            vEnd = lt;
            p = lt + 4;
            continue;
          }
          if (n1 === 102) {
            const n2 = b[p + 2];
            if (n2 !== GT && n2 !== 32 && n2 !== SLASH) unsupported('element in cell');
            if (fOpen !== undefined) unsupported('two formulas');
            const tagStart = p;
            p = readAttrs(p + 2);
            fOpen = text(tagStart, p);
            fSelf = selfClosing();
            if (!fSelf) {
              const lt = nextLt(b, p);
              if (b[lt + 1] !== SLASH || b[lt + 2] !== 102 || b[lt + 3] !== GT) unsupported('formula');
              fText = text(p, lt);
              p = lt + 4;
            }
            continue;
          }
          if (n1 === 105 && startsWithAt('<is>', p)) {
            if (isText !== undefined) unsupported('two inline strings');
            const stop = indexOfAscii(b, '</is>', p + 4);
            if (stop < 0) unsupported('inline string');
            isText = text(p + 4, stop);
            if (isText.indexOf('</sheetData>') >= 0) unsupported('inline string');
            if (MERGES_OR_LINKS.test(isText)) unsupported('merged cells or hyperlinks in an inline string');
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
      const hasV = vEnd > vStart;
      // Formula (cellFormula: true).
      let f: string | undefined;
      if (fOpen !== undefined) f = formula(fOpen, fText, fSelf, sharedf, contentStart, contentEnd, refStart, refEnd);

      let value: CellValue = null;
      let valueMissing = false;
      // No type and no value: SheetJS (with sheetStubs, which cellStyles turns on) keeps an empty stub cell, whose
      // formula, if any, counts as one without a cached value.
      if (t === T_NONE && !hasV) {
        valueMissing = true;
      } else if (t === T_NONE || t === T_N) {
        if (!hasV) valueMissing = true;
        else {
          let num = plainNumber(vStart, vEnd);
          if (num !== num) num = parseFloat(unescapeXml(text(vStart, vEnd)));
          value = Number.isFinite(num) ? num : { error: '#NUM!' };
        }
      } else if (t === T_S) {
        if (!hasV) valueMissing = true;
        else {
          let idx = plainIndex(vStart, vEnd);
          if (idx < 0) idx = parseInt(unescapeXml(text(vStart, vEnd)), 10);
          if (!(idx >= 0 && idx < strings.length)) unsupported('shared string index');
          let str = sharedTexts[idx];
          if (str === undefined) {
            const raw = strings[idx];
            if (raw !== undefined) str = sharedTexts[idx] = nfc(raw, ctx.nfcTexts);
          }
          if (str === undefined) valueMissing = true;
          else value = str;
        }
      } else if (t === T_STR) {
        if (!hasV) value = '';
        else {
          let str = strTexts.get(b, vStart, vEnd, vHash);
          if (str === undefined) {
            str = nfc(sheetjsStrCell(text(vStart, vEnd)), ctx.nfcTexts, false);
            strTexts.set(b, vStart, vEnd, vHash, str);
          }
          value = str;
        }
      } else if (t === T_INLINE) {
        // The value is the inline string; a <v> beside it is read by no one, but must still be UTF-8.
        if (hasV) text(vStart, vEnd);
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
      } else if (t === T_B) {
        value = parseXmlBool(hasV ? unescapeXml(text(vStart, vEnd)) : undefined);
      } else {
        const errorText = hasV ? unescapeXml(text(vStart, vEnd)) : undefined;
        if (errorText !== undefined && isObjectPrototypeKey(errorText)) unsupported('error text');
        const shown = errorCellText(errorText);
        if (shown === undefined) valueMissing = true;
        value = { error: shown ?? '#N/A' };
      }
      if (f !== undefined && valueMissing) {
        sheet.formulaWithoutValue(c, f);
        continue;
      }
      if (value === null) continue;
      const date =
        dateStyles !== null && styleStart >= 0 && typeof value === 'number'
          ? isDateStyle(dateStyles, styleStart, styleEnd)
          : false;
      sheet.value(c, value, date);
    }
    if (!sheet.endRow()) return false;
  }

  // Merged cells: SheetJS reads them after sheetData with this pattern.
  const merges: CellRange[] = [];
  const tail = text(end + '</sheetData>'.length, b.length);
  for (const m of tail.match(MERGE_CELL) || []) merges.push(safeDecodeRange(m.slice(m.indexOf('=') + 2)));
  return { merges, hiddenRows, tail };
}

/** A cell's formula (cellFormula: true), from its `<f>` tag and text; shared formulas are recorded in `sharedf`. */
function formula(
  fOpen: string,
  fText: string | undefined,
  fSelf: boolean,
  sharedf: Array<[Record<string, string>, string, string]>,
  contentStart: number,
  contentEnd: number,
  refStart: number,
  refEnd: number,
): string | undefined {
  const ref = text(refStart, refEnd);
  if (fSelf) return sharedFormula(sharedf, fOpen, ref);
  if (fText === '') return fOpen.indexOf('t="shared"') > -1 ? sharedFormula(sharedf, fOpen, ref) : undefined;
  // SheetJS looks for t="array" / t="shared" in the whole element, text included.
  const whole = fOpen + fText + '</f>';
  const f = stripXlfn(unescapeXml(fText as string, true));
  if (whole.indexOf('t="array"') > -1) {
    const m = text(contentStart, contentEnd).match(REF_ATTR);
    if (!m) unsupported('array formula without ref');
    // (The range only gives cells without a value a formula mark, which changes nothing in the grid.)
  } else if (whole.indexOf('t="shared"') > -1) {
    const ftag = parseXmlTag(fOpen);
    sharedf[parseInt(ftag.si, 10)] = [ftag, stripXlfn(unescapeXml(fText as string)), ref];
  }
  return f;
}

/**
 * NFC of cell text, once per distinct text of a workbook (the same labels repeat down whole columns). The text kept
 * is a copy, never a slice of a larger text (a shared-strings part, an inline string): a slice would keep the whole
 * text alive as long as the grid. `mayBeSlice` false: `s` was decoded on its own (a `<v>`'s text), no copy needed.
 */
function nfc(s: string, cache: Map<string, string>, mayBeSlice = true): string {
  if (isAscii(s)) return mayBeSlice ? detached(s) : s; // already NFC: unique codes and figures are not cached
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
