/**
 * Dates as Vietnamese offices type them, to Excel serials (1900 date system).
 *
 * Rules:
 * - Day first, always: "03/04/2024" is 3 April. A month above 12 is refused with a hint that the
 *   text may be month-first, never swapped silently.
 * - Two-digit years are 2000 + yy ("15-3-24" is 15/03/2024): registers hold recent dossiers.
 * - A time of day after the date ("15/03/2024 14:30", "14h30", "2:30 PM", "14:30 CH") or an Excel serial's
 *   fraction is kept apart in `time` (fraction of a day); `serial` is always the whole day. Midnight and a
 *   date alone give no `time`. 24:00 is read as the last second of the day (Bộ luật Dân sự Điều 148).
 * - Accepted: serial numbers 1–2958465; d/m/yyyy with "/", "-" or "."; yyyy-mm-dd;
 *   "ngày 15 tháng 3 năm 2024" (with or without diacritics, after a place name);
 *   five digits typed as text (a serial that lost its format), noted.
 * - Reasons are predicate phrases that follow the quoted value: «31/02/2024» không có thật (…).
 */
import { type CellValue, isCellError } from '../grid';
import { isValidYmd, serialFromYmd, vnDateFromSerial, ymdFromSerial } from '../calendar/serial';
import { foldKey } from './normalize';

export type DateResult = { ok: true; serial: number; time?: number; note?: string } | { ok: false; reason: string };

export interface ParseDateOptions {
  /** Earliest acceptable year (default 1900); catches typos such as 2204. */
  minYear?: number;
  /** Latest acceptable year (default 9999). */
  maxYear?: number;
}

/** 31/12/9999, the last date Excel knows. */
export const MAX_EXCEL_SERIAL = 2958465;
/** Excel's fictitious 29/02/1900. */
const FAKE_LEAP_DAY = 60;

const NOT_A_DATE = 'không phải ngày (cần dạng dd/mm/yyyy)';

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** d/m/y with one separator used twice, then an optional time. */
const DMY = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?:(?:\s+|\s*[,T]\s*)(.+))?$/;
/** yyyy-mm-dd (or / .), then an optional time. */
const YMD = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:(?:\s+|\s*[T,]\s*)(.+))?$/;
/** A time of day: 14:30, 14:30:05, 14h30, 2:30 PM, 14:30 CH (chiều), 14:30:05.123Z. The zone is ignored. */
const TIME = /^(\d{1,2})(?:[:h](\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(am|pm|sa|ch|z|[+-]\d{2}:?\d{2})?$/i;
const SECONDS_PER_DAY = 86400;
/** Folded "ngày 15 tháng 3 năm 2024", possibly after a place ("Hà Nội, ngày …"). */
const LONG = /(?:^|\s)(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4}|\d{2})$/;
const SERIAL_TEXT = /^\d{5}$/;

function daysInMonth(y: number, m: number): number {
  return m === 12 ? 31 : serialFromYmd(y, m + 1, 1) - serialFromYmd(y, m, 1);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Checks a day-first date; the text shown in reasons is the date as read. */
function fromParts(d: number, m: number, yText: string, opts: ParseDateOptions | undefined): DateResult {
  const y = yText.length === 2 ? 2000 + Number(yText) : Number(yText);
  const shown = `${pad2(d)}/${pad2(m)}/${y}`;
  if (m < 1 || m > 12) {
    const hint = m > 12 && d >= 1 && d <= 12 ? '; có thể đã gõ tháng trước ngày, cần dạng dd/mm/yyyy' : '';
    return fail(`có tháng ${m} không hợp lệ${hint}`);
  }
  if (!isValidYmd(y, m, d)) {
    return fail(`không có thật (${shown}: tháng ${pad2(m)}/${y} có ${daysInMonth(y, m)} ngày)`);
  }
  if (y < 1900) return fail(`có năm ${y} nằm ngoài khoảng ${opts?.minYear ?? 1900}–${opts?.maxYear ?? 9999}`);
  // Excel counts a fictitious 29/02/1900, so its serials of January–February 1900 are one less than the calendar's.
  const excel = y === 1900 && m <= 2 ? serialFromYmd(y, m, d) - 1 : serialFromYmd(y, m, d);
  return inRange(excel, opts);
}

function inRange(serial: number, opts: ParseDateOptions | undefined): DateResult {
  // Without limits every serial Excel knows (1–MAX_EXCEL_SERIAL: 1900–9999) is in range; no need for its year.
  if (opts === undefined) return { ok: true, serial };
  // Serials below 61 are January–February 1900 (before Excel's fictitious leap day).
  const y = serial < 61 ? 1900 : ymdFromSerial(serial).y;
  const min = opts?.minYear ?? 1900;
  const max = opts?.maxYear ?? 9999;
  if (y < min || y > max) return fail(`có năm ${y} nằm ngoài khoảng ${min}–${max}`);
  return { ok: true, serial };
}

function fromSerial(n: number, opts: ParseDateOptions | undefined): DateResult {
  if (!Number.isFinite(n)) return fail(NOT_A_DATE);
  const serial = Math.floor(n);
  if (serial < 1 || serial > MAX_EXCEL_SERIAL) return fail(`là số ${n}, nằm ngoài khoảng ngày của Excel`);
  if (serial === FAKE_LEAP_DAY) return fail('là ngày 29/02/1900, ngày không có thật của Excel');
  return withTime(inRange(serial, opts), (n - serial) * SECONDS_PER_DAY);
}

/** Adds a time of day given in seconds (rounded to the second; 0 = none, a full day = the last second). */
function withTime(r: DateResult, seconds: number): DateResult {
  const secs = Math.min(SECONDS_PER_DAY - 1, Math.round(seconds));
  return r.ok && secs > 0 ? { ...r, time: secs / SECONDS_PER_DAY } : r;
}

/** Seconds since midnight of a typed time of day; 0 when none; null when not a time. */
function timeSeconds(t: string | undefined): number | null {
  if (t === undefined) return 0;
  const m = TIME.exec(t.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  const sec = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 24 || min > 59 || sec > 59 || (h === 24 && min + sec > 0)) return null;
  const half = m[4]?.toLowerCase();
  // 12-hour clock; an hour already past 12 ("14:30 CH") is read as written.
  if ((half === 'am' || half === 'sa') && h === 12) h = 0;
  if ((half === 'pm' || half === 'ch') && h < 12) h += 12;
  return h * 3600 + min * 60 + sec;
}

function fromText(raw: string, opts: ParseDateOptions | undefined): DateResult {
  const s = raw.trim();
  if (s === '') return fail('để trống');
  let m = DMY.exec(s);
  if (m) {
    const t = timeSeconds(m[5]);
    return t === null ? fail(NOT_A_DATE) : withTime(fromParts(Number(m[1]), Number(m[3]), m[4], opts), t);
  }
  m = YMD.exec(s);
  if (m) {
    const t = timeSeconds(m[5]);
    return t === null ? fail(NOT_A_DATE) : withTime(fromParts(Number(m[4]), Number(m[3]), m[1], opts), t);
  }
  if (SERIAL_TEXT.test(s)) {
    const r = fromSerial(Number(s), opts);
    return r.ok
      ? { ok: true, serial: r.serial, note: `số ${s} được hiểu là số ngày của Excel (${vnDateFromSerial(r.serial)})` }
      : r;
  }
  m = LONG.exec(foldKey(s));
  if (m) return fromParts(Number(m[1]), Number(m[2]), m[3], opts);
  return fail(NOT_A_DATE);
}

/** Reads a date from a cell: an Excel serial, or text written day first. */
export function parseVnDate(v: CellValue, opts?: ParseDateOptions): DateResult {
  if (typeof v === 'number') return fromSerial(v, opts);
  if (typeof v === 'string') return fromText(v, opts);
  if (v === null || v === undefined) return fail('để trống');
  if (typeof v === 'boolean') return fail(`là giá trị ${v ? 'TRUE' : 'FALSE'}, không phải ngày`);
  if (isCellError(v)) return fail(`là lỗi ${v.error}, không phải ngày`);
  return fail(NOT_A_DATE);
}

/** "15/03/2024". */
export function formatVnDate(serial: number): string {
  return vnDateFromSerial(Math.floor(serial));
}

/** "ngày 05 tháng 02 năm 2026": official style pads days below 10 and months 1–2 (NĐ 30/2020). */
export function vnLongDate(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `ngày ${pad2(d)} tháng ${m < 3 ? pad2(m) : String(m)} năm ${y}`;
}
