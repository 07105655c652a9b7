/**
 * Unicode hygiene for Vietnamese text: one precomposed form (NFC) for display and storage,
 * and a folded key (no case, no diacritics, no punctuation) for matching what people type.
 */
import { memoize } from './memo';

/** Precomposed Unicode (dựng sẵn), the form official documents and comparisons use. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/** Runs of any white space, NBSP, line breaks and zero-width characters. */
// eslint-disable-next-line no-misleading-character-class -- zero-width joiners are matched one by one, on purpose.
const SPACE_RUN = /[\s\u200B\u200C\u200D\u2060]+/g;
/** Anything cleanText would change: two spaces in a row, a special space, or space at either end. */
const NEEDS_CLEANING =
  // eslint-disable-next-line no-misleading-character-class -- as SPACE_RUN.
  /[\s\u200B\u200C\u200D\u2060]{2}|[\t\n\v\f\r\u0085\u00A0\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]|^\s|\s$/;

/**
 * Characters that are not text and that XML (hence .xlsx) cannot hold: C0 controls other than white space, DEL,
 * the non-characters U+FFFE/U+FFFF, and halves of surrogate pairs left alone. They arrive in pasted or crafted
 * cells; a summary workbook carrying one is refused by Excel as damaged.
 */
const NOT_TEXT = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Removes the characters of NOT_TEXT; surrogate pairs (emoji and other astral characters) are kept. */
export function dropNonText(s: string): string {
  if (!NOT_TEXT.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
      }
      continue;
    }
    if (
      (c >= 0xdc00 && c <= 0xdfff) ||
      c <= 0x08 ||
      (c >= 0x0e && c <= 0x1f) ||
      c === 0x7f ||
      c === 0xfffe ||
      c === 0xffff
    )
      continue;
    out += s[i];
  }
  return out;
}

/**
 * NFC, trimmed, every internal run of white space (NBSP and line breaks too) collapsed to one space, and
 * characters that are not text (controls, U+FFFE/U+FFFF, lone surrogates) removed.
 */
export function cleanText(s: string): string {
  return isCleanAscii(s) ? s : cleanMemo(s);
}

function cleanUncached(s: string): string {
  const n = dropNonText(s).normalize('NFC');
  return NEEDS_CLEANING.test(n) ? n.replace(SPACE_RUN, ' ').trim() : n;
}

/** Texts other than clean ASCII repeat (labels, categories, fields) and cost a normalisation: memoised. */
const cleanMemo = memoize(cleanUncached);

/** Printable ASCII with single spaces between words: what cleanText would return unchanged (codes, figures). */
function isCleanAscii(s: string): boolean {
  let prevSpace = true; // a space at the start is not clean
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c > 0x20 && c < 0x7f) prevSpace = false;
    else return false;
  }
  return !prevSpace || s.length === 0;
}

// --- foldKey -----------------------------------------------------------------------------
// One pass over the NFD form with a per-code-unit table, instead of a chain of regexes.

const DROP = -1;
const SPACE = -2;
/** Covers ASCII, Latin-1, Latin Extended-A/B, IPA, spacing modifiers and combining marks. */
const TABLE_SIZE = 0x370;
const FOLD = buildFoldTable();

function buildFoldTable(): Int32Array {
  const t = new Int32Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) t[c] = c;
    else if (c >= 0x41 && c <= 0x5a) t[c] = c + 32;
    else if (c < 0xc0)
      t[c] = SPACE; // ASCII punctuation, controls, NBSP, Latin-1 symbols
    else if (c === 0xd7 || c === 0xf7)
      t[c] = SPACE; // × ÷
    else if (c >= 0x2b0 && c < 0x300)
      t[c] = SPACE; // spacing modifiers (ˆ ˜ ˇ …)
    else if (c >= 0x300)
      t[c] = DROP; // combining diacritics, split off by NFD
    else {
      // Letters that survive NFD (đ, æ, ø, ß, ł …): lower-case them, keep one code unit.
      const lower = String.fromCharCode(c).toLowerCase();
      t[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
    }
  }
  t[0x110] = 0x64; // Đ → d
  t[0x111] = 0x64; // đ → d
  return t;
}

/** Beyond the table: general punctuation, other white space and symbols become a space. */
function isSpaceLike(c: number): boolean {
  return (
    (c >= 0x2000 && c <= 0x206f) || // general punctuation: dashes, quotes, bullets, NBSPs, zero-width
    (c >= 0x20a0 && c <= 0x20cf) || // currency (₫)
    (c >= 0x2190 && c <= 0x2bff) || // arrows, math, boxes, shapes, dingbats
    (c >= 0x3000 && c <= 0x303f) || // CJK punctuation and ideographic space
    c === 0xfeff ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff01 && c <= 0xff0f)
  );
}

const OTHER = -3;

/** Only ASCII characters: text no normalisation or legacy encoding can change. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Folds text already in NFD (or ASCII). */
function fold(d: string): string {
  let out = '';
  let run = -1; // start of code units kept unchanged, appended in one slice
  let space = false; // a separator is due before the next kept character
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    const m = c < TABLE_SIZE ? FOLD[c] : isSpaceLike(c) ? SPACE : OTHER;
    if (m === DROP || m === SPACE) {
      if (run >= 0) {
        out += d.slice(run, i);
        run = -1;
      }
      if (m === SPACE && out.length > 0) space = true;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    if (m === c) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) {
      out += d.slice(run, i);
      run = -1;
    }
    out += m === OTHER ? d.charAt(i).toLowerCase() : String.fromCharCode(m);
  }
  if (run >= 0) out += d.slice(run);
  return out;
}

/**
 * The matching key: case, Vietnamese diacritics (đ → d), Unicode form (NFC/NFD) and punctuation
 * are ignored; words are separated by single spaces. "NGÀY HẸN TRẢ", "Ngày hẹn trả" and
 * "ngay hen tra" all give "ngay hen tra"; "KH&CN" gives "kh cn".
 */
export function foldKey(s: string): string {
  return isAscii(s) ? fold(s) : foldMemo(s);
}

/**
 * The first character of foldKey(s), lower case, when plain ASCII decides it: -1 when a non-ASCII character comes
 * first (folding must decide), 0 when the key is empty. Lets hot loops rule out a label by its first letter without
 * folding or memoising texts that are mostly unique (dossier codes, names).
 */
export function foldedInitial(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return -1;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) return c;
    if (c >= 0x41 && c <= 0x5a) return c + 32;
  }
  return 0;
}

/** Only non-ASCII text is memoised: Unicode normalisation is the cost worth saving (see memo.ts). */
const foldMemo = memoize((s: string) => fold(s.normalize('NFD')));

/** Longest cell text quoted in a message; a crafted cell may hold 32,767 characters, quoted once per figure. */
export const QUOTED_TEXT = 100;

/** Text for quoting in a message: at most `max` characters, cut with "…" (never inside a surrogate pair). */
export function clipText(s: string, max = QUOTED_TEXT): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return s.slice(0, end) + '…';
}
