/**
 * Legacy Vietnamese encodings (TCVN3/ABC and VNI-Windows) found in old workbooks: detection and repair.
 *
 * The best signal is the cell's font (`.VnTime`, `VNI-Times`); when only the text is known,
 * `detectLegacy` decides by the words themselves:
 * 1. text with a Unicode-only Vietnamese letter (ă đ ơ ư ạ…ỹ, or combining marks) is Unicode already;
 * 2. each word holding a non-ASCII character is decoded; it counts for the encoding when only the
 *    decoded form reads as a Vietnamese syllable (or an upper-case abbreviation such as "ĐT"),
 *    against it when the decoded form does not (or, in VNI, a mark is left without its letter);
 * 3. at least one such word of two or more letters is needed, and at most one word in five against.
 * So "Xin chµo" is TCVN3 and "Sôû Khoa hoïc" is VNI, while "Müller", "café", "© 2020" and the
 * Unicode "Hoà Bình" (which VNI would read as "Hồ Bình") stay as they are.
 */
import { fromTcvn3, tcvn3Char } from './tcvn3';
import { fromVni, hasOrphanMark, isVniChar } from './vni';
import { classifyWord } from './syllable';
import { memoize } from './memo';

export { fromTcvn3 } from './tcvn3';
export { fromVni } from './vni';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Letters and marks that exist only in Unicode Vietnamese (or its decomposed form). */
function isUnicodeVietnamese(c: number): boolean {
  return (
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    c === 0x102 ||
    c === 0x103 ||
    c === 0x110 ||
    c === 0x111 ||
    c === 0x128 ||
    c === 0x129 ||
    c === 0x168 ||
    c === 0x169 ||
    c === 0x1a0 ||
    c === 0x1a1 ||
    c === 0x1af ||
    c === 0x1b0 ||
    (c >= 0x300 && c <= 0x323 && (c <= 0x303 || c === 0x306 || c === 0x309 || c === 0x31b || c === 0x323))
  );
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Latin-1 letters À–ÿ except × and ÷. */
function isLatin1Letter(c: number): boolean {
  return c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7;
}

interface Encoding {
  decode(s: string): string;
  /** Part of a word: letters and the encoding's code characters. */
  inWord(c: number): boolean;
  /** The raw word holds a code the encoding never writes on its own. */
  hasOrphan(raw: string): boolean;
}

const TCVN3: Encoding = {
  decode: fromTcvn3,
  inWord: (c) => isAsciiLetter(c) || isLatin1Letter(c) || tcvn3Char(c) !== 0,
  hasOrphan: () => false,
};

const VNI: Encoding = {
  decode: fromVni,
  inWord: (c) => isAsciiLetter(c) || isLatin1Letter(c) || isVniChar(c),
  hasOrphan: hasOrphanMark,
};

/**
 * Words with non-ASCII characters: `good` ones read as Vietnamese only once decoded ("chµo" →
 * "chào"), `strong` are good ones of two or more letters, `bad` ones do not read as Vietnamese
 * decoded, `either` ones read as Vietnamese both ways ("cá" → TCVN3 "cỏ"), which proves nothing.
 */
interface Evidence {
  good: number;
  strong: number;
  bad: number;
  either: number;
}

function judgeWord(raw: string, enc: Encoding, e: Evidence): void {
  const word = enc.decode(raw);
  if (enc.hasOrphan(raw) || classifyWord(word) === 'foreign') {
    e.bad++;
  } else if (word === raw || classifyWord(raw) !== 'foreign') {
    e.either++;
  } else {
    e.good++;
    if (word.length >= 2) e.strong++;
  }
}

function weigh(s: string, enc: Encoding): Evidence {
  const e: Evidence = { good: 0, strong: 0, bad: 0, either: 0 };
  let start = -1;
  let nonAscii = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : -1;
    if (c >= 0 && enc.inWord(c)) {
      if (start < 0) start = i;
      if (c >= 0x80) nonAscii = true;
      continue;
    }
    if (start >= 0 && nonAscii) judgeWord(s.slice(start, i), enc, e);
    start = -1;
    nonAscii = false;
  }
  return e;
}

/** Enough evidence: a word of two or more letters that only the decoding makes Vietnamese, and at most one unreadable word in five. */
function convincing(e: Evidence): boolean {
  return e.strong > 0 && e.bad * 4 <= e.good + e.either;
}

/** Worth weighing: some non-ASCII character, and none that only Unicode Vietnamese has. */
function suspicious(s: string): boolean {
  let found = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (isUnicodeVietnamese(c)) return false;
    found = true;
  }
  return found;
}

function weighBoth(s: string): LegacyEncoding | null {
  const t = weigh(s, TCVN3);
  const v = weigh(s, VNI);
  const tOk = convincing(t);
  const vOk = convincing(v);
  if (tOk && vOk) {
    const dt = t.good - t.bad;
    const dv = v.good - v.bad;
    return dt === dv ? null : dt > dv ? 'tcvn3' : 'vni';
  }
  return tOk ? 'tcvn3' : vOk ? 'vni' : null;
}

/** Only suspicious strings reach the (memoised) word-by-word judgement. */
const weighMemo = memoize(weighBoth);

/** Which legacy encoding the text is in, judged from the text alone; null for Unicode or unclear text. */
export function detectLegacy(s: string): LegacyEncoding | null {
  return suspicious(s) ? weighMemo(s) : null;
}

/** Decodes text known to be in a legacy encoding; the result is NFC. */
export function fromLegacy(s: string, encoding: LegacyEncoding): string {
  return (encoding === 'tcvn3' ? fromTcvn3(s) : fromVni(s)).normalize('NFC');
}

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** TCVN3 capital fonts (`.VnTimeH`…) draw lower-case codes as capitals. */
  upperCase: boolean;
}

/** The encoding a font name implies: `.VnTime`, `.VnArialH` → TCVN3; `VNI-Times` → VNI; else null. */
export function legacyFromFont(fontName: string | null | undefined): LegacyFont | null {
  if (!fontName) return null;
  const f = fontName.trim();
  if (/^\.vn/i.test(f)) return { encoding: 'tcvn3', upperCase: /H$/.test(f) };
  if (/^vni[-\s]/i.test(f)) return { encoding: 'vni', upperCase: false };
  return null;
}

export interface RepairResult {
  text: string;
  from: LegacyEncoding | null;
}

/**
 * Repairs legacy-encoded Vietnamese; other text comes back unchanged with `from: null`.
 * A known legacy `font` (the cell's font name) decides without the heuristic.
 */
export function repairVietnamese(s: string, opts?: { font?: string | null }): RepairResult {
  const font = legacyFromFont(opts?.font);
  if (font) {
    const text = fromLegacy(s, font.encoding);
    return { text: font.upperCase ? text.toUpperCase() : text, from: font.encoding };
  }
  const from = detectLegacy(s);
  return from === null ? { text: s, from: null } : { text: fromLegacy(s, from), from };
}
