/**
 * Excel serial dates (1900 date system) ⇄ calendar dates, with no Date objects and no time zones.
 * Serial 1 = 1900-01-01; Excel's fictitious 1900-02-29 is serial 60, so serials ≥ 61 are exact.
 * All arithmetic is on whole days; fractions (times of day) are dropped by callers with Math.floor.
 */

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

/** Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (Howard Hinnant's algorithm). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): Ymd {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: m <= 2 ? y + 1 : y, m, d };
}

/** Serial of 1970-01-01 in Excel's 1900 system. */
const EPOCH_SERIAL = 25569;

export function serialFromYmd(y: number, m: number, d: number): number {
  return daysFromCivil(y, m, d) + EPOCH_SERIAL;
}

export function ymdFromSerial(serial: number): Ymd {
  return civilFromDays(Math.floor(serial) - EPOCH_SERIAL);
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const back = civilFromDays(daysFromCivil(y, m, d));
  return back.y === y && back.m === m && back.d === d;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(serial: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((Math.floor(serial) - EPOCH_SERIAL + 4) % 7) + 7) % 7;
}

/** `yyyy-mm-dd`. */
export function isoFromSerial(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses `yyyy-mm-dd` strictly; null when not a real date. */
export function serialFromIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = +m[1],
    mo = +m[2],
    d = +m[3];
  return isValidYmd(y, mo, d) ? serialFromYmd(y, mo, d) : null;
}

/** `dd/mm/yyyy`, the way Vietnamese documents write dates. */
export function vnDateFromSerial(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}
