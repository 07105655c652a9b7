/**
 * Vietnamese working days (ngày làm việc) for state bodies: Saturday and Sunday off, public holidays and
 * announced swaps from the holiday table, computed holidays for other years, then the user's own lists.
 * Built over a span of days on first use (the years asked about and one on either side, widened on demand, so a
 * reader that only counts 2019–2020 never lays out a century); every query afterwards is O(1):
 * `cum` counts working days before each day and `order` lists working days by rank.
 */
import { bundledHolidayTable, type HolidayTable } from './holiday-table';
import { ruleBasis, statutoryDaysOff } from './rules';
import { serialFromYmd, weekday, ymdFromSerial } from './serial';

/** Days the user adds (serials; a time of day is ignored). A listed working day beats any holiday. */
export interface CalendarOverrides {
  extraHolidays?: readonly number[];
  extraWorkdays?: readonly number[];
}

export interface DayInfo {
  working: boolean;
  /** Vietnamese reason ("Thứ Bảy", "Tết Nguyên đán", "Làm bù cho ngày 02/5/2025"…); null for an ordinary weekday. */
  reason: string | null;
}

/** A date or count computed from what a user typed: the value, or why there is none (Vietnamese). */
export type CalendarResult = { ok: true; value: number } | { ok: false; reason: string };

/** Where a year's holidays come from. */
export interface YearBasis {
  fromTable: boolean;
  source: string;
  verified: boolean;
  /** True for a year computed by rule while the table marks such years as estimates (tạm tính). */
  provisional: boolean;
  note: string | null;
}

/** Excel's date range: 01/01/1900 … 31/12/9999. */
const MIN_SERIAL = 1;
const MAX_SERIAL = 2958465;
/** Whole years laid out on either side of the first days asked about. */
const MARGIN_YEARS = 1;

const OUT_OF_RANGE = 'nằm ngoài phạm vi ngày của Excel (01/01/1900–31/12/9999)';

const SATURDAY = 'Thứ Bảy';
const SUNDAY = 'Chủ nhật';
const USER_OFF = 'Ngày nghỉ do người dùng thêm';
const USER_WORK = 'Ngày làm việc do người dùng thêm';

export class WorkingCalendar {
  private readonly table: HolidayTable;
  private readonly extraHolidays: readonly number[];
  private readonly extraWorkdays: readonly number[];
  private readonly labels: string[] = [''];
  private readonly labelIndex = new Map<string, number>();
  private first = 0;
  private last = -1;
  /** 1 when the day at offset i (serial first + i) is a working day. */
  private working = new Uint8Array(0);
  /** Index into `labels` of the day's reason; 0 = none. */
  private reason = new Uint16Array(0);
  /** cum[i] = number of working days in [first, first + i). */
  private cum = new Int32Array(1);
  /** order[k] = offset of the (k+1)-th working day of the span. */
  private order = new Int32Array(0);

  /**
   * @param overrides the user's extra days off and extra working days.
   * @param table a replacement holiday table (see `parseHolidayTable`); defaults to the bundled one.
   */
  constructor(overrides: CalendarOverrides = {}, table: HolidayTable = bundledHolidayTable()) {
    this.table = table;
    this.extraHolidays = normaliseDays(overrides.extraHolidays);
    this.extraWorkdays = normaliseDays(overrides.extraWorkdays);
  }

  isWorkingDay(serial: number): boolean {
    const s = this.day(serial);
    this.cover(s, s);
    return this.working[s - this.first] === 1;
  }

  dayInfo(serial: number): DayInfo {
    const s = this.day(serial);
    this.cover(s, s);
    const i = s - this.first;
    const r = this.reason[i];
    return { working: this.working[i] === 1, reason: r === 0 ? null : this.labels[r] };
  }

  /** Working days from `start` to `end`, both included; negative when end < start (Excel NETWORKDAYS). */
  workdays(start: number, end: number): number {
    const a = this.day(start);
    const b = this.day(end);
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    this.cover(lo, hi);
    const n = this.cum[hi - this.first + 1] - this.cum[lo - this.first];
    return a <= b ? n : -n;
  }

  /**
   * The n-th working day after `start` (before it when n < 0); `start` itself for n = 0, working or not
   * (Excel WORKDAY). A fractional n is truncated, as Excel does. Throws RangeError outside Excel's dates:
   * code handling what a user typed calls `tryAddWorkdays`.
   */
  addWorkdays(start: number, n: number): number {
    const r = this.tryAddWorkdays(start, n);
    if (!r.ok) throw new RangeError(r.reason);
    return r.value;
  }

  /** `addWorkdays` as a value: a Vietnamese reason instead of an exception for any date or count. */
  tryAddWorkdays(start: number, n: number): CalendarResult {
    const s = checkDay(start, 'Ngày bắt đầu');
    if (!s.ok) return s;
    if (!Number.isFinite(n)) return { ok: false, reason: `Số ngày làm việc «${n}» không hợp lệ` };
    const steps = Math.trunc(n);
    if (steps === 0) return s;
    // Each working day is at least one calendar day: a count beyond the whole range cannot land inside it.
    if (s.value + steps > MAX_SERIAL || s.value + steps < MIN_SERIAL) return outOfRange(steps);
    const target = this.nthWorkday(s.value, steps);
    return target === null ? outOfRange(steps) : { ok: true, value: target };
  }

  /**
   * Due date of a time limit in calendar days (thời hạn tính theo ngày), Bộ luật Dân sự 2015 Điều 147–148:
   * the day of `start` is not counted, so the period ends on day start + n; a period that ends on a day off
   * ends on the next working day. n = 0 gives `start` (moved off a day off the same way).
   */
  tryAddCalendarDays(start: number, n: number): CalendarResult {
    const s = checkDay(start, 'Ngày bắt đầu');
    if (!s.ok) return s;
    if (!Number.isInteger(n) || n < 0) return { ok: false, reason: `Số ngày ${n} phải là số nguyên không âm` };
    let due = s.value + n;
    if (due > MAX_SERIAL) return outOfRange(n);
    while (!this.isWorkingDay(due)) if (++due > MAX_SERIAL) return outOfRange(n);
    return { ok: true, value: due };
  }

  /** `workdays` as a value: a Vietnamese reason instead of an exception for any pair of dates. */
  tryWorkdays(start: number, end: number): CalendarResult {
    const a = checkDay(start, 'Ngày bắt đầu');
    if (!a.ok) return a;
    const b = checkDay(end, 'Ngày kết thúc');
    if (!b.ok) return b;
    return { ok: true, value: this.workdays(a.value, b.value) };
  }

  /** The steps-th working day from s (s in range, steps ≠ 0); null when it falls outside Excel's dates. */
  private nthWorkday(s: number, steps: number): number | null {
    this.cover(s, s);
    for (;;) {
      // Rank of the target among the span's working days.
      const rank = steps > 0 ? this.cum[s - this.first + 1] + steps - 1 : this.cum[s - this.first] + steps;
      if (rank >= 0 && rank < this.order.length) return this.first + this.order[rank];
      if (rank < 0 ? this.first === MIN_SERIAL : this.last === MAX_SERIAL) return null;
      // Widen by at least the shortfall in calendar days (7/5 of the missing working days, plus holidays).
      const missing = rank < 0 ? -rank : rank - this.order.length + 1;
      const reach = Math.ceil(missing * 1.5) + 30;
      if (rank < 0) this.cover(Math.max(MIN_SERIAL, this.first - reach), s);
      else this.cover(s, Math.min(MAX_SERIAL, this.last + reach));
    }
  }

  /** Whether `year` comes from the holiday table or from the computed rules, and on what basis. */
  yearBasis(year: number): YearBasis {
    const y = this.table.years.get(year);
    if (y) return { fromTable: true, source: y.source, verified: y.verified, provisional: false, note: y.note };
    const { provisional, note } = this.table.computed;
    return { fromTable: false, source: ruleBasis(year), verified: false, provisional, note };
  }

  private day(serial: number): number {
    const r = checkDay(serial, 'Ngày');
    if (!r.ok) throw new RangeError(r.reason);
    return r.value;
  }

  /** Makes sure [lo, hi] is inside the span, growing it geometrically so widening stays rare. */
  private cover(lo: number, hi: number): void {
    if (lo >= this.first && hi <= this.last) return;
    if (this.last < this.first) {
      // First use: the whole years around [lo, hi].
      const first = Math.max(MIN_SERIAL, serialFromYmd(ymdFromSerial(lo).y - MARGIN_YEARS, 1, 1));
      const last = Math.min(MAX_SERIAL, serialFromYmd(ymdFromSerial(hi).y + MARGIN_YEARS, 12, 31));
      this.build(first, last);
      return;
    }
    const grow = Math.max(366, this.last - this.first + 1);
    const first = lo < this.first ? Math.max(MIN_SERIAL, Math.min(lo, this.first - grow)) : this.first;
    const last = hi > this.last ? Math.min(MAX_SERIAL, Math.max(hi, this.last + grow)) : this.last;
    this.build(first, last);
  }

  private build(first: number, last: number): void {
    const len = last - first + 1;
    const working = new Uint8Array(len);
    const reason = new Uint16Array(len);
    const sat = this.label(SATURDAY);
    const sun = this.label(SUNDAY);
    let wd = weekday(first);
    for (let i = 0; i < len; i++) {
      if (wd === 6) reason[i] = sat;
      else if (wd === 0) reason[i] = sun;
      else working[i] = 1;
      wd = wd === 6 ? 0 : wd + 1;
    }
    const mark = (serial: number, isWorking: boolean, label: string): void => {
      const i = serial - first;
      if (i < 0 || i >= len) return;
      working[i] = isWorking ? 1 : 0;
      reason[i] = this.label(label);
    };
    const firstYear = ymdFromSerial(first).y;
    const lastYear = ymdFromSerial(last).y;
    for (let y = firstYear; y <= lastYear; y++) {
      if (this.table.years.has(y)) continue;
      for (const d of statutoryDaysOff(y)) mark(d.serial, false, d.label);
    }
    // After the rules, so a table year's entries that spill into a computed year still win.
    for (const y of this.table.years.values()) for (const m of y.marks) mark(m.serial, m.working, m.label);
    for (const s of this.extraHolidays) mark(s, false, USER_OFF);
    for (const s of this.extraWorkdays) mark(s, true, USER_WORK);

    const cum = new Int32Array(len + 1);
    let count = 0;
    for (let i = 0; i < len; i++) {
      count += working[i];
      cum[i + 1] = count;
    }
    const order = new Int32Array(count);
    for (let i = 0, k = 0; i < len; i++) if (working[i]) order[k++] = i;

    this.first = first;
    this.last = last;
    this.working = working;
    this.reason = reason;
    this.cum = cum;
    this.order = order;
  }

  private label(text: string): number {
    let i = this.labelIndex.get(text);
    if (i === undefined) {
      i = this.labels.length;
      this.labels.push(text);
      this.labelIndex.set(text, i);
    }
    return i;
  }
}

/** A serial as a whole day inside Excel's range, or why not. */
function checkDay(serial: number, what: string): CalendarResult {
  if (!Number.isFinite(serial)) return { ok: false, reason: `${what} không hợp lệ (${serial})` };
  const s = Math.floor(serial);
  if (s < MIN_SERIAL || s > MAX_SERIAL) return { ok: false, reason: `${what} (số ${serial}) ${OUT_OF_RANGE}` };
  return { ok: true, value: s };
}

function outOfRange(n: number): CalendarResult {
  return { ok: false, reason: `Ngày tính được (${n} ngày kể từ ngày bắt đầu) ${OUT_OF_RANGE}` };
}

function normaliseDays(days: readonly number[] | undefined): readonly number[] {
  if (!days) return [];
  const out = new Set<number>();
  for (const d of days) {
    if (!Number.isFinite(d)) throw new RangeError(`Ngày không hợp lệ trong danh sách: ${d}`);
    out.add(Math.floor(d));
  }
  return [...out].sort((a, b) => a - b);
}

let defaultInstance: WorkingCalendar | null = null;

/** The calendar with the bundled table and no user overrides, built once. */
export function defaultCalendar(): WorkingCalendar {
  if (!defaultInstance) defaultInstance = new WorkingCalendar();
  return defaultInstance;
}

/** Custom functions recalculate often with the same lists: keep the last few calendars, least recent out first. */
const CACHE_SIZE = 16;
const cache = new Map<string, WorkingCalendar>();

/** A calendar with the user's extra days, reused while the same lists come back. */
export function calendarWithOverrides(overrides: CalendarOverrides): WorkingCalendar {
  const holidays = normaliseDays(overrides.extraHolidays);
  const workdays = normaliseDays(overrides.extraWorkdays);
  if (holidays.length === 0 && workdays.length === 0) return defaultCalendar();
  const key = `${holidays.join(',')}|${workdays.join(',')}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // most recently used goes last
    return hit;
  }
  const calendar = new WorkingCalendar({ extraHolidays: holidays, extraWorkdays: workdays });
  cache.set(key, calendar);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return calendar;
}
