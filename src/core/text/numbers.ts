/**
 * Numbers typed as text, Vietnamese style: "." groups thousands, "," marks decimals.
 *
 * Rules (each accepted form that needs interpretation comes back with a Vietnamese `note`):
 * - "1.234" and "1.234.567" are thousands; "1.234,5" is 1234.5; "81,6" is 81.6; "1 234" groups with a space or NBSP.
 * - One dot followed by exactly three digits, after 1–3 digits not starting with 0, is a thousands
 *   dot ("1.234" = 1234), as Vietnamese writes it. Any other single dot is a decimal point
 *   ("1.5", "0.125", "1234.567"), noted.
 * - Both marks: the last one is the decimal mark. "1,234.5" (English style) is accepted, noted.
 *   Several commas and no dot ("1,234,567") are English thousands, noted. A single comma is
 *   always a decimal mark; "1,234" is 1.234, noted because English readers mean 1234.
 * - "81,6%" is the ratio 0.816. A trailing word ("12 hồ sơ", "12 người") is ignored, noted;
 *   magnitude words ("1,5 triệu", "3 nghìn") are refused rather than silently dropped.
 * - Reasons are predicate phrases that follow the quoted value in a message: «abc» không phải số.
 */
import { type CellValue, isCellError } from '../grid';
import { foldKey } from './normalize';

export type NumberResult = { ok: true; value: number; note?: string } | { ok: false; reason: string };

export const NOT_A_NUMBER = 'không phải số';
export const NEGATIVE = 'là số âm';
export const FRACTIONAL = 'là số lẻ thập phân';

interface Reading {
  value: number;
  note?: string;
  percent: boolean;
}

type Read = ({ ok: true } & Reading) | { ok: false; reason: string };

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** Spaces people leave in numbers: ordinary, NBSP, narrow NBSP, thin, figure. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x09;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A trailing unit: words of letters (and dots, as in "ng."). */
const UNIT_WORDS = /^[\p{L}\p{M}][\p{L}\p{M}\s.]*$/u;
/** Words that scale the number; ignoring them would change the value. */
const MAGNITUDE_WORDS = new Set(['chuc', 'tram', 'nghin', 'ngan', 'van', 'trieu', 'ty', 'ti', 'k', 'm', 'tr']);

type Sep = '.' | ',' | ' ';

/** Canonical JS number text ("1234.5") of digit groups and the separators between them, or null. */
function interpret(parts: string[], seps: Sep[]): { text: string; note?: string } | null {
  if (seps.length === 0) return { text: parts[0] };
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  for (const s of seps) {
    if (s === '.') dots++;
    else if (s === ',') commas++;
    else spaces++;
  }
  let dec: Sep | null = null;
  let thou: Sep | null = spaces > 0 ? ' ' : null;
  let note: string | undefined;
  if (dots > 0 && commas > 0) {
    if (spaces > 0) return null;
    dec = seps[seps.length - 1];
    thou = dec === '.' ? ',' : '.';
    if ((dec === '.' ? dots : commas) !== 1) return null;
    if (dec === '.') note = 'viết theo kiểu Anh (dấu phẩy ngăn nghìn, dấu chấm thập phân)';
  } else if (commas > 0) {
    if (commas === 1) {
      dec = ',';
      if (spaces === 0 && looksLikeThousands(parts[0], parts[1])) {
        note = `dấu phẩy được hiểu là dấu thập phân (${parts[0]},${parts[1]} chứ không phải ${parts[0]}${parts[1]})`;
      }
    } else {
      if (spaces > 0) return null;
      thou = ',';
      note = 'viết theo kiểu Anh (dấu phẩy ngăn nghìn)';
    }
  } else if (dots > 0) {
    if (dots > 1) {
      if (spaces > 0) return null;
      thou = '.';
    } else if (spaces === 0 && looksLikeThousands(parts[0], parts[1])) {
      thou = '.';
    } else {
      dec = '.';
      note = 'dấu chấm được hiểu là dấu thập phân';
    }
  }
  // The decimal mark, if any, is the last separator; every earlier one is the thousands mark.
  const decAt = dec !== null && seps[seps.length - 1] === dec ? seps.length - 1 : -1;
  if (dec !== null && decAt < 0) return null;
  const intEnd = decAt < 0 ? parts.length : decAt + 1; // parts[0..intEnd) form the integer part
  for (let k = 0; k < intEnd - 1; k++) if (seps[k] !== thou) return null;
  if (intEnd > 1) {
    if (parts[0].length > 3) return null;
    for (let k = 1; k < intEnd; k++) if (parts[k].length !== 3) return null;
  }
  const int = parts.slice(0, intEnd).join('');
  const text = decAt < 0 ? int : `${int}.${parts[intEnd]}`;
  return note === undefined ? { text } : { text, note };
}

/** "1.234" / "1,234": 1–3 leading digits (not a lone 0 or a leading zero) and exactly three after. */
function looksLikeThousands(head: string, tail: string): boolean {
  return tail.length === 3 && head.length <= 3 && head.charCodeAt(0) !== 0x30;
}

function readText(s: string): Read {
  const n = s.length;
  let i = 0;
  while (i < n && (isSpace(s.charCodeAt(i)) || s.charCodeAt(i) === 0x0a || s.charCodeAt(i) === 0x0d)) i++;
  if (i === n) return fail('để trống');
  let negative = false;
  const signChar = s.charCodeAt(i);
  if (signChar === 0x2d || signChar === 0x2212 || signChar === 0x2b) {
    negative = signChar !== 0x2b;
    i++;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
  }
  if (i === n || !isDigit(s.charCodeAt(i))) return fail(NOT_A_NUMBER);

  // Digit groups and the single separators between them (a separator must sit between digits).
  const parts: string[] = [];
  const seps: Sep[] = [];
  let groupStart = i;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      i++;
      continue;
    }
    const sep: Sep | null = c === 0x2e ? '.' : c === 0x2c ? ',' : isSpace(c) ? ' ' : null;
    if (sep === null || i + 1 >= n || !isDigit(s.charCodeAt(i + 1))) break;
    parts.push(s.slice(groupStart, i));
    seps.push(sep);
    i++;
    groupStart = i;
  }
  parts.push(s.slice(groupStart, i));

  const num = interpret(parts, seps);
  if (num === null) return fail(NOT_A_NUMBER);

  while (i < n && isSpace(s.charCodeAt(i))) i++;
  let percent = false;
  if (i < n && (s.charCodeAt(i) === 0x25 || s.charCodeAt(i) === 0xff05)) {
    percent = true;
    i++;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
  }
  let note = num.note;
  const rest = s.slice(i).trim().normalize('NFC');
  if (rest !== '') {
    if (!UNIT_WORDS.test(rest)) return fail(NOT_A_NUMBER);
    for (const word of foldKey(rest).split(' ')) {
      if (MAGNITUDE_WORDS.has(word)) return fail(`có chữ «${rest}» làm thay đổi giá trị, cần viết bằng chữ số`);
    }
    const unit = `bỏ qua chữ «${rest}» sau số`;
    note = note === undefined ? unit : `${note}; ${unit}`;
  }
  const magnitude = Number(percent ? `${num.text}e-2` : num.text);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return note === undefined ? { ok: true, value, percent } : { ok: true, value, note, percent };
}

function read(v: CellValue): Read {
  if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v, percent: false } : fail(NOT_A_NUMBER);
  if (typeof v === 'string') return readText(v);
  if (v === null || v === undefined) return fail('để trống');
  if (typeof v === 'boolean') return fail(`là giá trị ${v ? 'TRUE' : 'FALSE'}, ${NOT_A_NUMBER}`);
  if (isCellError(v)) {
    if (v.formula !== undefined)
      return fail(
        'là công thức được lưu không kèm giá trị đã tính mà TongHop không tự tính được; hãy mở tệp bằng Excel cho Excel tính lại, lưu rồi gửi lại',
      );
    return fail(`là lỗi ${v.error}, ${NOT_A_NUMBER}`);
  }
  return fail(NOT_A_NUMBER);
}

/** Reads a number from a cell: a number, or text in Vietnamese (or, noted, English) style. */
export function parseVnNumber(v: CellValue): NumberResult {
  const r = read(v);
  if (!r.ok) return r;
  return r.note === undefined ? { ok: true, value: r.value } : { ok: true, value: r.value, note: r.note };
}

/** Formula results carry binary noise (3.0000000000000004); closer than this to an integer is that integer. */
const INTEGER_TOLERANCE = 1e-9;

/** Reads a count (số hồ sơ, số người): a non-negative integer. */
export function parseCount(v: CellValue): NumberResult {
  const r = read(v);
  if (!r.ok) return r;
  if (r.percent) return fail('là tỷ lệ phần trăm, không phải số đếm');
  if (r.value < 0) return fail(NEGATIVE);
  const whole = Math.round(r.value);
  if (Math.abs(r.value - whole) > INTEGER_TOLERANCE) return fail(FRACTIONAL);
  if (whole > Number.MAX_SAFE_INTEGER) return fail('là số quá lớn');
  return r.note === undefined ? { ok: true, value: whole } : { ok: true, value: whole, note: r.note };
}
