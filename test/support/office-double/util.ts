/** Small helpers of the double: A1 addresses, sheet-name quoting, UTF-8 sizes, copies. No Node or DOM APIs. */
import { DoubleError } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** Zero-based inclusive rectangle. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/**
 * A1 column letters as Excel itself computes them: the double stands in for Excel, so it keeps its own conversion
 * rather than the core's (core/cell-address.ts), or a mistake there would be mirrored here and never seen.
 */
export function colLetters(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellA1(r: number, c: number, absolute = false): string {
  return absolute ? `$${colLetters(c)}$${r + 1}` : `${colLetters(c)}${r + 1}`;
}

export function rectA1(rect: Rect, absolute = false): string {
  const a = cellA1(rect.r1, rect.c1, absolute);
  if (rect.r1 === rect.r2 && rect.c1 === rect.c2) return a;
  return `${a}:${cellA1(rect.r2, rect.c2, absolute)}`;
}

/**
 * Parses `A1`, `$A$1:B2`, `A:C` (whole columns), `2:5` (whole rows), optionally behind `Sheet!` or `'My sheet'!`.
 * Returns null when it is not an address.
 */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } | null {
  let rest = address.trim();
  let sheet: string | null = null;
  const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
  if (quoted) {
    sheet = quoted[1].replace(/''/g, "'");
    rest = rest.slice(quoted[0].length);
  } else {
    const bang = rest.lastIndexOf('!');
    if (bang >= 0) {
      sheet = rest.slice(0, bang);
      rest = rest.slice(bang + 1);
    }
  }
  const part = (p: string): { r: number | null; c: number | null } | null => {
    const m = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(p);
    if (!m || (!m[1] && !m[2])) return null;
    const c = m[1] ? colIndex(m[1]) : null;
    const r = m[2] ? Number(m[2]) - 1 : null;
    if ((c !== null && (c < 0 || c >= MAX_COLS)) || (r !== null && (r < 0 || r >= MAX_ROWS))) return null;
    return { r, c };
  };
  const pieces = rest.split(':');
  if (pieces.length > 2) return null;
  const a = part(pieces[0]);
  const b = pieces.length === 2 ? part(pieces[1]) : a;
  if (!a || !b) return null;
  // A lone `A` or `5` is not an address; `A:C` and `2:5` are.
  if (pieces.length === 1 && (a.r === null || a.c === null)) return null;
  if ((a.r === null) !== (b.r === null) || (a.c === null) !== (b.c === null)) return null;
  const r1 = a.r ?? 0;
  const r2 = b.r ?? MAX_ROWS - 1;
  const c1 = a.c ?? 0;
  const c2 = b.c ?? MAX_COLS - 1;
  return { sheet, rect: { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) } };
}

/** Whole rows `$1:$5` / `1:5`: the form `PageLayout.setPrintTitleRows` accepts. */
export function isWholeRows(address: string): boolean {
  return /^\$?\d{1,7}:\$?\d{1,7}$/.test(address.trim());
}

const CELL_LIKE = /^[A-Za-z]{1,3}\d{1,7}$/;
const R1C1_LIKE = /^[Rr]\d*[Cc]\d*$/;
const PLAIN_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

/** A sheet name as Excel writes it in a formula: bare when it can be, else quoted with '' for '. */
export function quoteSheet(name: string): string {
  const bare = PLAIN_NAME.test(name) && !CELL_LIKE.test(name) && !R1C1_LIKE.test(name) && !/^(TRUE|FALSE)$/i.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Case-insensitive identity of a sheet or defined name, as Excel compares them. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toUpperCase();
}

/** UTF-8 byte length, counted without allocating or encoding. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** JSON-safe deep copy of a loaded value, so later changes in the workbook never leak into a loaded proxy. */
export function deepCopy<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => deepCopy(x)) as unknown as T;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = deepCopy(x);
  return out as T;
}

/** `1.9` ≥ `1.10`? Compares dotted versions numerically. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return outer.r1 <= inner.r1 && outer.c1 <= inner.c1 && outer.r2 >= inner.r2 && outer.c2 >= inner.c2;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.r1 === b.r1 && a.c1 === b.c1 && a.r2 === b.r2 && a.c2 === b.c2;
}

export function invalidArgument(detail: string): DoubleError {
  return new DoubleError('InvalidArgument', detail);
}

/** `#RRGGBB` (any case) → `#RRGGBB` upper-case; anything else is an invalid argument. */
export function normalizeColor(value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(value))
    throw invalidArgument(`${what} must be #RRGGBB, got ${String(value)}`);
  return value.toUpperCase();
}
