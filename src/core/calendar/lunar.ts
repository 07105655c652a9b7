/**
 * Vietnamese lunar calendar (âm lịch) after Hồ Ngọc Đức's rules
 * (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html):
 * a month starts on the local day of a new moon (Meeus' series); month 11 is the month that contains
 * the winter solstice; in a year with 13 new moons between two months 11, the leap month (tháng nhuận)
 * is the first month without a major solar term (trung khí).
 * Everything is computed for UTC+7, which is why Tết differs from China's (UTC+8) in some years,
 * e.g. 1985, 2007, 2030. Intended range 1900–2199.
 */
import { serialFromYmd, ymdFromSerial } from './serial';

/** A date in the Vietnamese lunar calendar. */
export interface LunarDate {
  /** Lunar year, numbered like the solar year in which it mostly falls (Tết 2025 begins lunar year 2025). */
  year: number;
  /** 1..12; a leap month repeats the number of the month before it. */
  month: number;
  /** 1..30 */
  day: number;
  /** True inside the leap month. */
  leap: boolean;
}

const TIME_ZONE = 7;
const RAD = Math.PI / 180;
/** Julian Day Number minus Excel serial (serial 25569 = 1970-01-01 = JDN 2440588). */
const JDN_OFFSET = 2415019;
/** JDN of the mean new moon k = 0 (1900-01-01 13:52 UT) and the mean synodic month. */
const NEW_MOON_EPOCH = 2415021.076998695;
const SYNODIC_MONTH = 29.530588853;

/** Julian Ephemeris Day of the k-th new moon after 1900-01-01 (Meeus, Astronomical Algorithms, ch. 49). */
function newMoonJd(k: number): number {
  const t = k / 1236.85; // Julian centuries from 1900-01-00.5
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // Sun's mean anomaly
  const mp = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // Moon's mean anomaly
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // Moon's argument of latitude
  let c = (0.1734 - 0.000393 * t) * Math.sin(m * RAD) + 0.0021 * Math.sin(2 * m * RAD);
  c += -0.4068 * Math.sin(mp * RAD) + 0.0161 * Math.sin(2 * mp * RAD) - 0.0004 * Math.sin(3 * mp * RAD);
  c += 0.0104 * Math.sin(2 * f * RAD) - 0.0051 * Math.sin((m + mp) * RAD) - 0.0074 * Math.sin((m - mp) * RAD);
  c +=
    0.0004 * Math.sin((2 * f + m) * RAD) - 0.0004 * Math.sin((2 * f - m) * RAD) - 0.0006 * Math.sin((2 * f + mp) * RAD);
  c += 0.001 * Math.sin((2 * f - mp) * RAD) + 0.0005 * Math.sin((2 * mp + m) * RAD);
  // ΔT (dynamical minus universal time), in days.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c - deltaT;
}

/** JDN of the local (UTC+7) day on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + TIME_ZONE / 24);
}

/** Sun's apparent longitude in radians, [0, 2π), at Julian day jd (low-precision Meeus series). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525; // Julian centuries from J2000.0
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m * RAD);
  dl += (0.019993 - 0.000101 * t) * Math.sin(2 * m * RAD) + 0.00029 * Math.sin(3 * m * RAD);
  const l = (l0 + dl) * RAD;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** Which 30° sector (major term) the sun is in at the start of local day `jdn`: 0..11, 9 = from winter solstice. */
function sunSector(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

const month11Cache = new Map<number, number>();

/** JDN of the first day of lunar month 11 that begins in solar year `y` (the month holding the winter solstice). */
function month11Start(y: number): number {
  const hit = month11Cache.get(y);
  if (hit !== undefined) return hit;
  const off = serialFromYmd(y, 12, 31) + JDN_OFFSET - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  let nm = newMoonDay(k);
  // If the sun is already past the winter solstice (270°) when that month begins, the solstice fell in
  // the month before, which is therefore month 11.
  if (sunSector(nm) >= 9) nm = newMoonDay(k - 1);
  month11Cache.set(y, nm);
  return nm;
}

/**
 * In a 13-month year starting with month 11 on JDN `a11`, the offset (1..12) of the leap month from a11:
 * the first month in which the sun does not enter a new major-term sector.
 */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Lunar date of an Excel serial (time of day ignored). */
export function lunarFromSerial(serial: number): LunarDate {
  assertFinite(serial);
  const jdn = Math.floor(serial) + JDN_OFFSET;
  // The mean-month estimate can be one lunation off near a new moon: step back until the month has begun.
  let k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
  let monthStart = newMoonDay(k);
  while (monthStart > jdn) monthStart = newMoonDay(--k);
  const solarYear = yearOfJdn(jdn);
  let a11 = month11Start(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = month11Start(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = month11Start(solarYear + 1);
  }
  const day = jdn - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, leap };
}

/** Month number (1..12) of the leap month of lunar year `year`, or null when the year has 12 months. */
export function leapMonth(year: number): number | null {
  // Leap months 1..10 of year Y sit between month 11 of solar Y−1 and month 11 of solar Y;
  // a leap 11 or 12 (rare, e.g. 2033) sits right after month 11 of solar Y.
  const before = month11Start(year - 1);
  if (month11Start(year) - before > 365) {
    const i = leapMonthOffset(before);
    if (i >= 3) return i - 2;
  }
  const after = month11Start(year);
  if (month11Start(year + 1) - after > 365) {
    const i = leapMonthOffset(after);
    if (i <= 2) return i + 10;
  }
  return null;
}

/** Serial of the first day of a lunar month, or null when that (leap) month does not exist. */
function monthStartSerial(year: number, month: number, leap: boolean): number | null {
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = month11Start(year - 1);
    b11 = month11Start(year);
  } else {
    a11 = month11Start(year);
    b11 = month11Start(year + 1);
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    // The leap month repeats the number of the month before it (offset 1 ⇒ 11 nhuận, 2 ⇒ 12 nhuận).
    let leapM = leapOff - 2;
    if (leapM <= 0) leapM += 12;
    if (leap && month !== leapM) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  return newMoonDay(k + off) - JDN_OFFSET;
}

/** Number of days (29 or 30) in a lunar month, or null when that (leap) month does not exist. */
export function lunarMonthLength(year: number, month: number, leap = false): number | null {
  const start = monthStartSerial(year, month, leap);
  if (start === null) return null;
  const next = lunarFromSerial(start + 29);
  return next.day === 1 ? 29 : 30;
}

/**
 * Serial of a lunar date. Throws RangeError for a date that does not exist (a leap month the year lacks,
 * day 30 of a 29-day month): callers pass dates they built, so this is a programming error.
 */
export function serialFromLunar(year: number, month: number, day: number, leap = false): number {
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    !Number.isInteger(day) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 30
  ) {
    throw new RangeError(`Ngày âm lịch không hợp lệ: ${day}/${month}/${year}`);
  }
  const start = monthStartSerial(year, month, leap);
  if (start === null) throw new RangeError(`Năm âm lịch ${year} không có tháng ${month} nhuận`);
  const serial = start + day - 1;
  if (day === 30) {
    const check = lunarFromSerial(serial);
    if (check.day !== 30)
      throw new RangeError(`Tháng ${month}${leap ? ' nhuận' : ''} năm âm lịch ${year} chỉ có 29 ngày`);
  }
  return serial;
}

/** Serial of Tết Nguyên đán (1/1 lunar) of `year`. */
export function tetSerial(year: number): number {
  return serialFromLunar(year, 1, 1);
}

/** Serial of Giỗ Tổ Hùng Vương (10/3 lunar) of `year`. */
export function hungKingsSerial(year: number): number {
  return serialFromLunar(year, 3, 10);
}

function yearOfJdn(jdn: number): number {
  return ymdFromSerial(jdn - JDN_OFFSET).y;
}

function assertFinite(serial: number): void {
  if (!Number.isFinite(serial)) throw new RangeError(`Số ngày không hợp lệ: ${serial}`);
}
