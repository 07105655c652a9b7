/**
 * The small pieces of SheetJS CE 0.20.3 (xlsx.js) whose exact behaviour the fast .xlsx reader must reproduce so that
 * both readers give the same grid: XML entity decoding, attribute parsing, the built-in number formats and the
 * date-format test. Ported line by line (names and quirks kept, with the original function name in each comment);
 * SheetJS works on "binary" strings (one char per byte) where this reader has UTF-8-decoded text, which only
 * matters where SheetJS decodes UTF-8 after entities: see {@link sheetjsStrCell}.
 */

const ENCODINGS: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
const ENC_REGEX = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE_REGEX = /_x([\da-fA-F]{4})_/gi;

/** raw_unescapexml in SheetJS: entities (numeric ones through fromCharCode), CDATA kept as is, then `_xHHHH_`. */
function rawUnescape(text: string): string {
  const i = text.indexOf('<![CDATA[');
  if (i === -1) {
    return text
      .replace(
        ENC_REGEX,
        ($$: string, $1: string) =>
          ENCODINGS[$$] || String.fromCharCode(parseInt($1, $$.indexOf('x') > -1 ? 16 : 10)) || $$,
      )
      .replace(CODE_REGEX, (_m: string, c: string) => String.fromCharCode(parseInt(c, 16)));
  }
  const j = text.indexOf(']]>');
  return rawUnescape(text.slice(0, i)) + text.slice(i + 9, j) + rawUnescape(text.slice(j + 3));
}

/** unescapexml(text, xlsx) in SheetJS. Text without `&`, `_` or CR comes back unchanged (the common case). */
export function unescapeXml(text: string, xlsx = false): string {
  if (!needsUnescape(text)) return text;
  const out = rawUnescape(text);
  return xlsx ? out.replace(/\r\n/g, '\n') : out;
}

/** Whether the text holds `&`, `_`, a carriage return or a CDATA section: one pass, as it runs for every value. */
export function needsUnescape(text: string): boolean {
  let lt = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 38 || c === 95 || c === 13) return true;
    if (c === 60) lt = true;
  }
  return lt && text.indexOf('<![CDATA[') >= 0;
}

const utf8 = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

/** utf8read in SheetJS (Node: Buffer.from(s, 'binary').toString('utf8')): each char's low byte, decoded as UTF-8. */
function utf8ReadBinary(s: string): string {
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i) & 0xff;
  return utf8.decode(bytes);
}

/** The "binary" string SheetJS holds for text this reader decoded: one char per UTF-8 byte. */
function toBinary(s: string): string {
  const bytes = utf8Encoder.encode(s);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

/**
 * The value of a `t="str"` cell: SheetJS unescapes the `<v>` text, decodes it as UTF-8, and unescapes it again
 * (`p.v = unescapexml(utf8read(unescapexml(v)), true)`). `raw` is the `<v>` text as this reader decoded it.
 */
export function sheetjsStrCell(raw: string): string {
  if (!needsUnescape(raw)) return raw;
  return unescapeXml(utf8ReadBinary(rawUnescape(toBinary(raw))), true);
}

/** parsexmlbool in SheetJS. */
export function parseXmlBool(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** tagregex1 in SheetJS (the one it selects, since its XML header matches it). */
export const TAG_REGEX = /<[/?]?[a-zA-Z0-9:_-]+(?:\s+[^"\s?<>/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^'"<>\s=]+))*\s*[/?]?>/gm;
const ATTR_REGEX = /\s([^"\s?>/]+)\s*=\s*((?:")([^"]*)(?:")|(?:')([^']*)(?:')|([^'">\s]+))/g;

export type XmlTag = Record<string, string> & { 0?: string };

/** parsexmltag(tag, skip_root, skip_LC) in SheetJS: attributes by local name (lower-cased copies unless skipLC). */
export function parseXmlTag(tag: string, skipRoot = false, skipLC = false): XmlTag {
  const z: XmlTag = {};
  let eq = 0;
  let c = 0;
  for (; eq !== tag.length; ++eq) if ((c = tag.charCodeAt(eq)) === 32 || c === 10 || c === 13) break;
  if (!skipRoot) z[0] = tag.slice(0, eq);
  if (eq === tag.length) return z;
  const m = tag.match(ATTR_REGEX);
  if (m) {
    for (let i = 0; i !== m.length; ++i) {
      const cc = m[i].slice(1);
      for (c = 0; c !== cc.length; ++c) if (cc.charCodeAt(c) === 61) break;
      let q = cc.slice(0, c).trim();
      while (cc.charCodeAt(c + 1) === 32) ++c;
      const quot = (eq = cc.charCodeAt(c + 1)) === 34 || eq === 39 ? 1 : 0;
      const v = cc.slice(c + 1 + quot, cc.length - quot);
      let j = 0;
      for (j = 0; j !== q.length; ++j) if (q.charCodeAt(j) === 58) break;
      if (j === q.length) {
        if (q.indexOf('_') > 0) q = q.slice(0, q.indexOf('_'));
        z[q] = v;
        if (!skipLC) z[q.toLowerCase()] = v;
      } else {
        const k = (j === 5 && q.slice(0, 5) === 'xmlns' ? 'xmlns' : '') + q.slice(j + 1);
        if (z[k] && q.slice(j - 3, j) === 'ext') continue;
        z[k] = v;
        if (!skipLC) z[k.toLowerCase()] = v;
      }
    }
  }
  return z;
}

/** str_match_xml_ns in SheetJS: the first `<(ns:)tag …>` and the first closing tag after it; [whole, inner]. */
export function matchXmlNs(str: string, tag: string): [string, string, number] | null {
  const open = new RegExp('<(?:\\w+:)?' + tag + '\\b[^<>]*>', 'g');
  const close = new RegExp('</(?:\\w+:)?' + tag + '>', 'g');
  const m = open.exec(str);
  if (!m) return null;
  const si = m.index;
  const sf = open.lastIndex;
  close.lastIndex = sf;
  const e = close.exec(str);
  if (!e) return null;
  return [str.slice(si, close.lastIndex), str.slice(sf, e.index), si];
}

/** str_match_xml in SheetJS (tag without namespace wildcard, boundary by a fixed set of characters): the element. */
export function matchXml(str: string, tag: string): string | null {
  const boundary = ' \t\r\n>';
  let si = str.indexOf('<' + tag);
  const w = tag.length + 1;
  const L = str.length;
  while (si >= 0 && si <= L - w && boundary.indexOf(str.charAt(si + w)) < 0) si = str.indexOf('<' + tag, si + 1);
  if (si === -1) return null;
  const sf = str.indexOf('>', si + tag.length);
  if (sf === -1) return null;
  const ei = str.indexOf('</' + tag + '>', sf);
  return ei === -1 ? null : str.slice(si, ei + tag.length + 3);
}

/** str_remove_ng in SheetJS (comments out of styles). */
export function removeBetween(str: string, s: string, e: string): string {
  const out: string[] = [];
  let last = 0;
  let si = str.indexOf(s);
  if (si === -1) return str;
  while (si > -1) {
    out.push(str.slice(last, si));
    const ei = str.indexOf(e, si + s.length);
    if (ei === -1) break;
    if ((si = str.indexOf(s, (last = ei + e.length))) === -1) out.push(str.slice(last));
  }
  return out.join('');
}

/** remove_doctype in SheetJS. */
export function removeDoctype(str: string): string {
  const si = str.slice(0, 1024).indexOf('<!DOCTYPE');
  if (si === -1) return str;
  const m = str.match(/<[\w]/);
  if (!m || m.index === undefined) return str;
  return str.slice(0, si) + str.slice(m.index);
}

/** str_remove_xml_ns_g in SheetJS: every `<(ns:)tag…>…</(ns:)tag>` removed; null when one is not closed. */
function removeXmlNsAll(str: string, tag: string): string | null {
  const open = new RegExp('<(?:\\w+:)?' + tag + '\\b[^<>]*>', 'g');
  const close = new RegExp('</(?:\\w+:)?' + tag + '>', 'g');
  const out: string[] = [];
  let ef = 0;
  let m: RegExpExecArray | null;
  while ((m = open.exec(str))) {
    out.push(str.slice(ef, m.index));
    ef = m.index;
    close.lastIndex = open.lastIndex;
    if (!close.exec(str)) return null;
    ef = close.lastIndex;
    open.lastIndex = close.lastIndex;
  }
  out.push(str.slice(ef));
  return out.join('');
}

const SI_T_START = /^\s*<(?:\w+:)?t[^>]*>/;
const SI_T_END = /<\/(?:\w+:)?t>/;
const SIT_REGEX = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const SIR_REGEX = /<(?:\w+:)?r\b[^<>]*>/;

/** Thrown where SheetJS itself would throw (the caller falls back to SheetJS, which reports it its own way). */
export class SheetjsWouldThrow extends Error {}

/**
 * parse_si in SheetJS: the text of a shared or inline string (plain `<t>`, or the `<t>` of rich runs without
 * phonetic runs); undefined when neither form is there. `x` is decoded text, so SheetJS's utf8read is a no-op.
 */
export function parseSi(x: string): string | undefined {
  if (!x) return '';
  // Fast path: <t>text</t> or <t xml:space="preserve">text</t>, text without markup.
  if (x.charCodeAt(0) === 60 && x.charCodeAt(1) === 116) {
    const gt = x.indexOf('>');
    const c2 = x.charCodeAt(2);
    if ((c2 === 62 || c2 === 32) && x.endsWith('</t>') && x.indexOf('<', gt) === x.length - 4) {
      return unescapeXml(x.slice(gt + 1, x.length - 4), true);
    }
  }
  if (SI_T_START.test(x)) {
    return unescapeXml(x.slice(x.indexOf('>') + 1).split(SI_T_END)[0] || '', true);
  }
  if (SIR_REGEX.test(x)) {
    const noPhonetic = removeXmlNsAll(x, 'rPh');
    if (noPhonetic === null) throw new SheetjsWouldThrow('unclosed rPh');
    return unescapeXml((noPhonetic.match(SIT_REGEX) || []).join('').replace(TAG_REGEX, ''), true);
  }
  return undefined;
}

/** safe_decode_range in SheetJS. */
export function safeDecodeRange(range: string): { r1: number; c1: number; r2: number; c2: number } {
  let idx = 0;
  let i = 0;
  let cc = 0;
  const len = range.length;
  for (idx = 0; i < len; ++i) {
    if ((cc = range.charCodeAt(i) - 64) < 1 || cc > 26) break;
    idx = 26 * idx + cc;
  }
  const c1 = --idx;
  for (idx = 0; i < len; ++i) {
    if ((cc = range.charCodeAt(i) - 48) < 0 || cc > 9) break;
    idx = 10 * idx + cc;
  }
  const r1 = --idx;
  if (i === len || cc !== 10) return { r1, c1, r2: r1, c2: c1 };
  ++i;
  for (idx = 0; i !== len; ++i) {
    if ((cc = range.charCodeAt(i) - 64) < 1 || cc > 26) break;
    idx = 26 * idx + cc;
  }
  const c2 = --idx;
  for (idx = 0; i !== len; ++i) {
    if ((cc = range.charCodeAt(i) - 48) < 0 || cc > 9) break;
    idx = 10 * idx + cc;
  }
  const r2 = --idx;
  return { r1, c1, r2, c2 };
}

/** SSF_init_table: the number formats SheetJS knows by id before a workbook's own are loaded. */
export function builtinFormats(): Record<string, string> {
  return {
    0: 'General',
    1: '0',
    2: '0.00',
    3: '#,##0',
    4: '#,##0.00',
    9: '0%',
    10: '0.00%',
    11: '0.00E+00',
    12: '# ?/?',
    13: '# ??/??',
    14: 'm/d/yy',
    15: 'd-mmm-yy',
    16: 'd-mmm',
    17: 'mmm-yy',
    18: 'h:mm AM/PM',
    19: 'h:mm:ss AM/PM',
    20: 'h:mm',
    21: 'h:mm:ss',
    22: 'm/d/yy h:mm',
    37: '#,##0 ;(#,##0)',
    38: '#,##0 ;[Red](#,##0)',
    39: '#,##0.00;(#,##0.00)',
    40: '#,##0.00;[Red](#,##0.00)',
    45: 'mm:ss',
    46: '[h]:mm:ss',
    47: 'mmss.0',
    48: '##0.0E+0',
    49: '@',
    56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
  };
}

/** bad_formats in SheetJS (applied when a workbook's format is loaded). */
export const BAD_FORMATS: Record<string, string> = { 'd.m': 'd\\.m' };

function isGeneral(s: string, i: number): boolean {
  return (
    s.length >= 7 + i &&
    (s.charCodeAt(i) | 32) === 103 &&
    (s.charCodeAt(i + 1) | 32) === 101 &&
    (s.charCodeAt(i + 2) | 32) === 110 &&
    (s.charCodeAt(i + 3) | 32) === 101 &&
    (s.charCodeAt(i + 4) | 32) === 114 &&
    (s.charCodeAt(i + 5) | 32) === 97 &&
    (s.charCodeAt(i + 6) | 32) === 108
  );
}

const ABSTIME = /\[[HhMmSs\u0E0A\u0E19\u0E17]*\]/;

/** fmt_is_date (XLSX.SSF.is_date) in SheetJS. */
export function fmtIsDate(fmt: string): boolean {
  let i = 0;
  let c = '';
  let o = '';
  while (i < fmt.length) {
    switch ((c = fmt.charAt(i))) {
      case 'G':
        if (isGeneral(fmt, i)) i += 6;
        i++;
        break;
      case '"':
        for (; fmt.charCodeAt(++i) !== 34 && i < fmt.length;) {
          /* empty */
        }
        ++i;
        break;
      case '\\':
        i += 2;
        break;
      case '_':
        i += 2;
        break;
      case '@':
        ++i;
        break;
      case 'B':
      case 'b':
        if (fmt.charAt(i + 1) === '1' || fmt.charAt(i + 1) === '2') return true;
        return true; // falls through to the date letters in SheetJS
      case 'M':
      case 'D':
      case 'Y':
      case 'H':
      case 'S':
      case 'E':
      case 'm':
      case 'd':
      case 'y':
      case 'h':
      case 's':
      case 'e':
      case 'g':
        return true;
      case 'A':
      case 'a':
      case '上':
        if (fmt.substr(i, 3).toUpperCase() === 'A/P') return true;
        if (fmt.substr(i, 5).toUpperCase() === 'AM/PM') return true;
        if (fmt.substr(i, 5).toUpperCase() === '上午/下午') return true;
        ++i;
        break;
      case '[':
        o = c;
        while (fmt.charAt(i++) !== ']' && i < fmt.length) o += fmt.charAt(i);
        if (o.match(ABSTIME)) return true;
        break;
      case '.':
      case '0':
      case '#':
        while (
          i < fmt.length &&
          ('0#?.,E+-%'.indexOf((c = fmt.charAt(++i))) > -1 ||
            (c === '\\' && fmt.charAt(i + 1) === '-' && '0#'.indexOf(fmt.charAt(i + 2)) > -1))
        ) {
          /* empty */
        }
        break;
      case '?':
        while (fmt.charAt(++i) === c) {
          /* empty */
        }
        break;
      case '*':
        ++i;
        if (fmt.charAt(i) === ' ' || fmt.charAt(i) === '*') ++i;
        break;
      case '(':
      case ')':
        ++i;
        break;
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        while (i < fmt.length && '0123456789'.indexOf(fmt.charAt(++i)) > -1) {
          /* empty */
        }
        break;
      case ' ':
        ++i;
        break;
      default:
        ++i;
        break;
    }
  }
  return false;
}

/** Error texts SheetJS knows (RBErr), as read-workbook shows them; any other text reads as no value. */
const KNOWN_ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#WTF?',
]);

/**
 * What an error cell's `<v>` text becomes: the error shown (as read-workbook maps SheetJS's error code back to
 * text: `#WTF?` has no text and shows as `#N/A`), or undefined when SheetJS keeps no value (unknown text).
 */
export function errorCellText(text: string | undefined): string | undefined {
  if (text === undefined || !KNOWN_ERRORS.has(text)) return undefined;
  return text === '#WTF?' ? '#N/A' : text;
}

/** Names every object inherits: looked up in SheetJS's plain objects they give something else than undefined. */
export function isObjectPrototypeKey(key: string): boolean {
  return key in Object.prototype;
}

/** _xlfn in SheetJS. */
export function stripXlfn(f: string): string {
  return f.indexOf('_xlfn.') >= 0 ? f.replace(/_xlfn\./g, '') : f;
}
