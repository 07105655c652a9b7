/**
 * Sheet names and references to them in formulas, by Excel's rules: 1–31 characters, none of []:*?/\,
 * not starting or ending with an apostrophe, not "History", unique ignoring case.
 */

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** Case-insensitive identity of a sheet name, as Excel compares them. */
export function sheetKey(name: string): string {
  return name.normalize('NFC').toUpperCase();
}

/** A valid name as close as possible to `name`: forbidden characters become '_', the rest is cut to 31. */
export function sanitizeSheetName(name: string): string {
  let s = name.normalize('NFC').replace(FORBIDDEN, '_').trim();
  s = s.replace(/^'+|'+$/g, '');
  s = cut(s, MAX_SHEET_NAME);
  if (s === '') s = 'Trang';
  if (sheetKey(s) === 'HISTORY') s = 'History_';
  return s;
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair or leaving a trailing apostrophe/space. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let t = s.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(t)) t = t.slice(0, -1);
  return t.replace(/[\s']+$/, '');
}

/** `base`, or `base (2)`, `base (3)`… (cut to fit 31 characters) — the first not in `taken` (keys). */
export function uniqueSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(sheetKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(sheetKey(candidate))) return candidate;
  }
}

const PLAIN = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

/** A sheet name as written before '!' in a formula: bare when Excel allows it, else quoted with '' for '. */
export function quoteSheetName(name: string): string {
  const bare =
    PLAIN.test(name) &&
    !/^[A-Za-z]{1,3}\d{1,7}$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name) &&
    !/^(TRUE|FALSE)$/i.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

const IDENT = /[\p{L}\p{N}_.\\]/u;
const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)/i;

/**
 * Rewrites the sheet prefixes (`Name!`, `'My name'!`) of a formula outside string literals:
 * `target(name)` gives the new sheet name, or null to leave that reference as written.
 */
export function rewriteSheetRefs(formula: string, target: (sheet: string) => string | null): string {
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < n && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      const raw = formula.slice(i, j + 1);
      if (ch === "'" && formula[j + 1] === '!') {
        const to = target(formula.slice(i + 1, j).replace(/''/g, "'"));
        out += (to === null ? raw : quoteSheetName(to)) + '!';
        i = j + 2;
      } else {
        out += raw;
        i = j + 1;
      }
    } else if (ch === '#') {
      const m = ERROR_LITERAL.exec(formula.slice(i));
      const len = m ? m[0].length : 1;
      out += formula.slice(i, i + len);
      i += len;
    } else if (IDENT.test(ch)) {
      let j = i;
      while (j < n && IDENT.test(formula[j])) j++;
      const word = formula.slice(i, j);
      if (formula[j] === '!') {
        const to = target(word);
        out += (to === null ? word : quoteSheetName(to)) + '!';
        i = j + 1;
      } else {
        out += word;
        i = j;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
