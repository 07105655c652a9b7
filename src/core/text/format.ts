/**
 * Numbers written the way Vietnamese reports write them: "1.234", "81,6", "81,6%", "04".
 *
 * Rounding is half away from zero on the number's shortest decimal form, so what a person reads
 * is what gets rounded: 81.55 → "81,6" (toFixed gives "81,5" because 81.55 is stored as
 * 81.5499…), 40/49 → "81,6%", 9/49 → "18,4%". Exact for magnitudes below 2^53 after scaling.
 */

/** x × 10^k done on the decimal text, not in binary (0.8155 × 100 = 81.55 exactly as read). */
function shift(x: number, k: number): number {
  const s = String(x);
  const e = s.indexOf('e');
  return e < 0 ? Number(`${s}e${k}`) : Number(`${s.slice(0, e)}e${Number(s.slice(e + 1)) + k}`);
}

/** Rounds half away from zero to `digits` decimals (2.5 → 3, -2.5 → -3, 81.55 → 81.6). */
export function roundHalfAwayFromZero(x: number, digits = 0): number {
  if (!Number.isFinite(x)) return x;
  const r = shift(Math.round(shift(Math.abs(x), digits)), -digits);
  return x < 0 && r !== 0 ? -r : r;
}

function groupThousands(int: string): string {
  if (int.length <= 3) return int;
  let out = int.slice(0, int.length % 3 || 3);
  for (let i = out.length; i < int.length; i += 3) out += '.' + int.slice(i, i + 3);
  return out;
}

/** Fixed decimals with "." thousands and "," decimals; no "-" on a value that rounds to zero. */
function formatFixed(n: number, digits: number): string {
  if (!Number.isFinite(n)) return String(n);
  const scaled = Math.round(shift(Math.abs(n), digits));
  let s = scaled < 1e21 ? String(scaled) : BigInt(scaled).toString();
  const sign = n < 0 && scaled !== 0 ? '-' : '';
  if (digits <= 0) return sign + groupThousands(s);
  if (s.length <= digits) s = '0'.repeat(digits - s.length + 1) + s;
  return `${sign}${groupThousands(s.slice(0, s.length - digits))},${s.slice(s.length - digits)}`;
}

/** "1.234", "-1.234"; rounds to a whole number first. */
export function formatVnInteger(n: number): string {
  return formatFixed(n, 0);
}

/** "81,6" (digits = 1), "1.234,50" (digits = 2). */
export function formatVnDecimal(n: number, digits = 1): string {
  return formatFixed(n, Math.max(0, Math.floor(digits)));
}

const ALL_ZEROS = /^0+$/;

export interface PercentOptions {
  /** Drop a decimal part made only of zeros: "100%", "0%", "50%" (others keep `digits` decimals). */
  trimZero?: boolean;
}

/**
 * A ratio (0..1) as a percentage: 0.816 → "81,6%". Always `digits` decimals by default, so
 * 1 → "100,0%", as a column of figures reads best; `trimZero` writes "100%".
 */
export function formatVnPercent(ratio: number, digits = 1, opts?: PercentOptions): string {
  const text = formatVnDecimal(shift(ratio, 2), digits);
  if (opts?.trimZero) {
    const comma = text.indexOf(',');
    if (comma >= 0 && ALL_ZEROS.test(text.slice(comma + 1))) return `${text.slice(0, comma)}%`;
  }
  return `${text}%`;
}

/** Official style for counts: under ten written with two digits ("04", "09"), zero as "0". */
export function padCount(n: number, pad = true): string {
  const r = roundHalfAwayFromZero(n);
  return pad && r > 0 && r < 10 ? `0${r}` : formatVnInteger(r);
}
