import type { CellValue } from '../grid';
import { isCellError } from '../grid';
import { clipText, parseVnDate, parseVnNumber } from '../text';
import type { WorkingCalendar } from '../calendar';

/** Serials below this are read as a count of working days, not a date (serial 1000 is in 1902). */
const MAX_WORKING_DAYS = 999;

export type DeadlineResult =
  | { ok: true; serial: number; workingDays: number | null }
  | { ok: false; reason: string };

/**
 * Reads `Hạn giải quyết`: a date, or a number of working days counted from the day received
 * (`15`, `15 ngày làm việc`). `isDateCell` says the sheet formats the cell as a date.
 */
export function readDeadline(
  v: CellValue,
  received: number | null,
  calendar: WorkingCalendar,
  isDateCell = false,
): DeadlineResult {
  if (isCellError(v)) return { ok: false, reason: `ô có lỗi ${v.error}` };
  if (typeof v === 'number') {
    if (isDateCell || v > MAX_WORKING_DAYS) return { ok: true, serial: Math.floor(v), workingDays: null };
    return fromWorkingDays(v, received, calendar);
  }
  if (typeof v === 'string') {
    const date = parseVnDate(v);
    if (date.ok) return { ok: true, serial: date.serial, workingDays: null };
    const n = parseVnNumber(v);
    if (n.ok && n.value <= MAX_WORKING_DAYS) return fromWorkingDays(n.value, received, calendar);
    return { ok: false, reason: `hạn giải quyết «${clipText(v.trim())}» không phải ngày (dd/mm/yyyy) hay số ngày làm việc` };
  }
  return { ok: false, reason: 'thiếu hạn giải quyết' };
}

function fromWorkingDays(n: number, received: number | null, calendar: WorkingCalendar): DeadlineResult {
  if (!Number.isInteger(n) || n < 0) return { ok: false, reason: `số ngày làm việc ${n} phải là số nguyên không âm` };
  if (received === null) return { ok: false, reason: 'hạn tính theo ngày làm việc nhưng thiếu ngày tiếp nhận' };
  return { ok: true, serial: calendar.addWorkdays(Math.floor(received), n), workingDays: n };
}
