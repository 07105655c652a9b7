/**
 * What Excel stores when a value arrives through `Range.values` / `Range.formulas` (the same rules as typing
 * it into the cell). Modelled conservatively, after the `Range.values` reference ("If the returned value
 * starts with a plus, minus, or equal sign, Excel interprets this value as a formula"):
 *   - a cell whose number format is Text (`@`) keeps any string exactly as text;
 *   - otherwise a string starting with `=` becomes a formula, one starting with `+`, `-` or `@` becomes a
 *     formula unless it is a plain number; numeric text (`01`, `1,234`, `1.5`, `50%`, `1e3`) becomes a number;
 *     `TRUE`/`FALSE` become booleans; `#N/A`-style literals become errors; `d/m/yyyy`-shaped text becomes a
 *     date serial; `''` clears the cell;
 *   - `null` in a 2-D array leaves the cell as it is (handled by the caller).
 */
import { ERROR_LITERAL, normalizeSheetQuoting, type CellValue } from './formula';

export type Entry = { kind: 'clear' } | { kind: 'value'; value: CellValue } | { kind: 'formula'; formula: string };

const NUMERIC = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;

function numberOf(s: string): number | null {
  const t = s.trim();
  if (t === '' || !/\d/.test(t) || !NUMERIC.test(t)) return null;
  const pct = t.endsWith('%');
  const x = Number((pct ? t.slice(0, -1) : t).replace(/,/g, ''));
  if (!Number.isFinite(x)) return null;
  return pct ? x / 100 : x;
}

/**
 * Days since 1899-12-30 (Excel's 1900 date system). Which order a slash date is read in depends on the
 * user's locale (m/d/y in en-US, d/m/y in vi-VN), so either valid reading turns the text into a date here.
 */
function dateSerial(s: string): number | null {
  const m = DATE.exec(s.trim());
  if (!m) return null;
  let year = Number(m[3]);
  if (year < 100) year += year < 30 ? 2000 : 1900;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const [month, day] = a >= 1 && a <= 12 ? [a, b] : [b, a];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

export function coerceEntry(input: unknown, textFormat: boolean): Entry {
  if (typeof input === 'number')
    return Number.isFinite(input) ? { kind: 'value', value: input } : { kind: 'value', value: { error: '#NUM!' } };
  if (typeof input === 'boolean') return { kind: 'value', value: input };
  if (typeof input !== 'string') return { kind: 'value', value: String(input) };
  if (input === '') return { kind: 'clear' };
  if (textFormat) return { kind: 'value', value: input };
  const first = input[0];
  if (first === '=')
    return input.length > 1
      ? { kind: 'formula', formula: '=' + normalizeSheetQuoting(input.slice(1)) }
      : { kind: 'value', value: input };
  const n = numberOf(input);
  if (n !== null) return { kind: 'value', value: n };
  if (first === '+' || first === '-' || first === '@') {
    return input.length > 1
      ? { kind: 'formula', formula: '=' + normalizeSheetQuoting(first === '@' ? input.slice(1) : input) }
      : { kind: 'value', value: input };
  }
  if (/^(true|false)$/i.test(input.trim())) return { kind: 'value', value: input.trim().toUpperCase() === 'TRUE' };
  const err = ERROR_LITERAL.exec(input.trim());
  if (err && err[0].length === input.trim().length) return { kind: 'value', value: { error: err[0].toUpperCase() } };
  const d = dateSerial(input);
  if (d !== null) return { kind: 'value', value: d };
  return { kind: 'value', value: input };
}
