import type { CellValue } from '../grid';
import { isCellError } from '../grid';
import { clipText } from '../text/normalize';
import { formatVnDate, parseVnDate } from '../text/dates';
import type { WorkingCalendar } from '../calendar/calendar';
import { type TimeLimit, describeLimit, dueDate, parseTimeLimit } from './time-limit';

export type DeadlineResult =
  | {
      ok: true;
      /** Due date as a serial; its fraction is the time of day when the cell gave one. */
      serial: number;
      /** The time limit it was computed from; null when the cell gave the date itself. */
      limit: TimeLimit | null;
    }
  | { ok: false; reason: string };

/**
 * Reads `Hạn giải quyết`: a date (with an optional time of day), or a time limit counted from the day
 * received (`15`, `15 ngày làm việc`: working days; `30 ngày`: calendar days, see time-limit.ts).
 * `isDateCell` says the sheet formats the cell as a date. Never throws: any value gives a result or a reason.
 */
export function readDeadline(
  v: CellValue,
  received: number | null,
  calendar: WorkingCalendar,
  isDateCell = false,
): DeadlineResult {
  if (isCellError(v)) return { ok: false, reason: `ô có lỗi ${v.error}` };
  if (v === null || v === '' || typeof v === 'boolean') return { ok: false, reason: 'thiếu hạn giải quyết' };
  if (!(typeof v === 'number' && isDateCell)) {
    const limit = parseTimeLimit(v);
    if (limit !== null) {
      if (!limit.ok) return limit;
      if (received === null) return { ok: false, reason: 'hạn tính theo số ngày nhưng thiếu ngày tiếp nhận' };
      const due = dueDate(received, limit.limit, calendar);
      if (due.ok) return { ok: true, serial: due.value, limit: limit.limit };
      return {
        ok: false,
        reason: `hạn ${describeLimit(limit.limit)} tính từ ngày tiếp nhận ${formatVnDate(received)}: ${lower(due.reason)}`,
      };
    }
  }
  const date = parseVnDate(v);
  if (date.ok) return { ok: true, serial: date.serial + (date.time ?? 0), limit: null };
  if (typeof v === 'number') return { ok: false, reason: `hạn giải quyết ${v} ${date.reason}` };
  return {
    ok: false,
    reason: `hạn giải quyết «${clipText(v.trim())}» không phải ngày (dd/mm/yyyy) hay số ngày (15, 15 ngày làm việc, 30 ngày)`,
  };
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
