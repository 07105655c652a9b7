/**
 * A time limit for settling a dossier (thời hạn giải quyết) and the due date it gives.
 * - `N ngày làm việc` and a bare number are working days: the N-th working day after the day received.
 * - `N ngày` is calendar days, Bộ luật Dân sự 2015 Điều 147–148: the day received is not counted, and a
 *   period that ends on a day off ends on the next working day.
 * The unit wordings are data (data/time-limit-units.json).
 */
import units from './data/time-limit-units.json';
import { type CellValue } from '../grid';
import { foldKey } from '../text/normalize';
import { parseVnNumber } from '../text/numbers';
import type { CalendarResult, WorkingCalendar } from '../calendar/calendar';

export type TimeLimitUnit = 'workingDays' | 'calendarDays';

export interface TimeLimit {
  days: number;
  unit: TimeLimitUnit;
}

/** Longest count read as a time limit; larger numbers in a deadline cell are dates (serial 1000 is in 1902). */
export const MAX_TIME_LIMIT_DAYS = 999;

const WORDINGS: { key: string; unit: TimeLimitUnit }[] = [
  ...units.workingDays.map((w) => ({ key: foldKey(w), unit: 'workingDays' as const })),
  ...units.calendarDays.map((w) => ({ key: foldKey(w), unit: 'calendarDays' as const })),
]
  .filter((w) => w.key !== '')
  .sort((a, b) => b.key.length - a.key.length);

const LEADING_COUNT = /^(\d+)\s+(.*)$/;

/** Vietnamese name of a unit, for messages. */
export function unitName(unit: TimeLimitUnit): string {
  return unit === 'workingDays' ? 'ngày làm việc' : 'ngày';
}

/**
 * Reads a time limit from a number or text: `15`, `15 ngày làm việc`, `30 ngày`, `30 ngày kể từ…`.
 * null when the value is not a time limit (it may be a date); a reason when it is one but cannot be used.
 */
export function parseTimeLimit(v: CellValue): { ok: true; limit: TimeLimit } | { ok: false; reason: string } | null {
  if (typeof v === 'number') return v > MAX_TIME_LIMIT_DAYS ? null : checkDays(v, 'workingDays');
  if (typeof v !== 'string') return null;
  const m = LEADING_COUNT.exec(foldKey(v));
  if (m) {
    const rest = ` ${m[2]} `;
    const hit = WORDINGS.find((w) => rest.startsWith(` ${w.key} `));
    if (hit) return checkDays(Number(m[1]), hit.unit);
  }
  // A number typed alone as text ("15", "15,0") is working days, like a number; "30 tháng" is not a limit.
  const bare = /^\s*[\d.,]+\s*$/.test(v) ? parseVnNumber(v) : null;
  if (bare?.ok) return bare.value > MAX_TIME_LIMIT_DAYS ? null : checkDays(bare.value, 'workingDays');
  return null;
}

/** "15 ngày làm việc", for messages. */
export function describeLimit(limit: TimeLimit): string {
  return `${limit.days} ${unitName(limit.unit)}`;
}

function checkDays(n: number, unit: TimeLimitUnit): { ok: true; limit: TimeLimit } | { ok: false; reason: string } {
  if (!Number.isInteger(n) || n < 0)
    return { ok: false, reason: `số ${unitName(unit)} ${n} phải là số nguyên không âm` };
  if (n > MAX_TIME_LIMIT_DAYS)
    return { ok: false, reason: `thời hạn ${n} ${unitName(unit)} quá dài (tối đa ${MAX_TIME_LIMIT_DAYS})` };
  return { ok: true, limit: { days: n, unit } };
}

/** Due date of a time limit counted from the day received (a time of day received is ignored). */
export function dueDate(received: number, limit: TimeLimit, calendar: WorkingCalendar): CalendarResult {
  const day = Math.floor(received);
  return limit.unit === 'workingDays'
    ? calendar.tryAddWorkdays(day, limit.days)
    : calendar.tryAddCalendarDays(day, limit.days);
}
