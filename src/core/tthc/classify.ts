import type { DossierOutcome } from './types';

/** A reporting period (kỳ báo cáo), both ends included, as Excel serials; null = open-ended. */
export interface Period {
  from: number | null;
  to: number | null;
}

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
 * Places one dossier in a period, by the rules of formats.md (compare whole dates):
 * resolved within the period → early / on time / late against the deadline;
 * open at the period's end → pending, overdue when the deadline is before that end;
 * received after the period, or resolved before it → not in the period.
 */
export function classifyDossier(d: DossierDates, period: Period): Classification {
  const received = d.received === null ? null : Math.floor(d.received);
  const resolved = d.resolved === null ? null : Math.floor(d.resolved);
  const deadline = Math.floor(d.deadline);
  const { from, to } = period;
  const carriedOver = from !== null && received !== null && received < from;

  if (to !== null && received !== null && received > to) return { outcome: 'outOfPeriod', carriedOver: false };
  if (from !== null && resolved !== null && resolved < from) return { outcome: 'outOfPeriod', carriedOver: false };

  if (resolved !== null && (to === null || resolved <= to)) {
    const outcome: DossierOutcome = resolved < deadline ? 'early' : resolved === deadline ? 'onTime' : 'late';
    return { outcome, carriedOver };
  }
  const overdue = to !== null && deadline < to;
  return { outcome: overdue ? 'pendingOverdue' : 'pendingWithin', carriedOver };
}
