import type { DossierOutcome } from './types';

/** A reporting period (kỳ báo cáo), both ends included, as Excel serials; null = open-ended. */
export interface Period {
  from: number | null;
  to: number | null;
}

/** Serials; a fraction is a time of day, a whole number a date alone. */
export interface DossierDates {
  /** Ngày tiếp nhận; may be unknown when only a date deadline is given. */
  received: number | null;
  /** Hạn giải quyết, already resolved to a date. */
  deadline: number;
  /** Ngày có kết quả; null while in progress. */
  resolved: number | null;
}

export interface Classification {
  outcome: DossierOutcome;
  /** Received before the period and still open at its start (từ kỳ trước chuyển sang). */
  carriedOver: boolean;
}

/**
 * Places one dossier in a period, by the rules of docs/formats.md:
 * resolved within the period → early (before the due day) / on time (on the due day) / late (after it);
 * when both the due date and the return carry a time of day, a return on the due day after the due time
 * is late (due 10:00, returned 16:00) and one at or before it on time; otherwise whole days are compared;
 * open at the period's end → pending, overdue when the deadline is before that end;
 * received after the period, or resolved before it → not in the period (periods are whole days).
 */
/** A serial with a time of day (a date alone is a whole number). */
export function hasTime(serial: number): boolean {
  return serial !== Math.floor(serial);
}

/** a before b: by the instant when both carry a time of day, else by the day. */
export function isBefore(a: number, b: number): boolean {
  return hasTime(a) && hasTime(b) ? a < b : Math.floor(a) < Math.floor(b);
}

export function classifyDossier(d: DossierDates, period: Period): Classification {
  const received = d.received === null ? null : Math.floor(d.received);
  const resolved = d.resolved === null ? null : Math.floor(d.resolved);
  const deadline = Math.floor(d.deadline);
  const { from, to } = period;
  const carriedOver = from !== null && received !== null && received < from;

  if (to !== null && received !== null && received > to) return { outcome: 'outOfPeriod', carriedOver: false };
  if (from !== null && resolved !== null && resolved < from) return { outcome: 'outOfPeriod', carriedOver: false };

  if (resolved !== null && (to === null || resolved <= to)) {
    let outcome: DossierOutcome = resolved < deadline ? 'early' : resolved === deadline ? 'onTime' : 'late';
    if (
      outcome === 'onTime' &&
      hasTime(d.deadline) &&
      hasTime(d.resolved as number) &&
      (d.resolved as number) > d.deadline
    )
      outcome = 'late';
    return { outcome, carriedOver };
  }
  const overdue = to !== null && deadline < to;
  return { outcome: overdue ? 'pendingOverdue' : 'pendingWithin', carriedOver };
}
