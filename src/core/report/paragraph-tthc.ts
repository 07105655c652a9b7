import { formatVnPercent, padCount } from '../text/format';
import type { TthcCounts } from '../tthc/types';
import { COMPARISON_SLOT, type PhraseBook, SHIPPED_PHRASES } from './phrase-book';

/** One figure's change against the earlier period: the clause for the blank, and the sentence saying it alone. */
export interface FigureChange {
  /** `tăng 10,4% so với cùng kỳ năm 2020`. */
  clause: string;
  /** `Số hồ sơ tiếp nhận tăng 10,4% so với cùng kỳ năm 2020.`, for a text without the blank. */
  sentence: string;
}

/** The TTHC figures' changes against the earlier period (so sánh với kỳ trước). */
export interface TthcChanges {
  received: FigureChange;
  resolved: FigureChange;
}

/** Options shared by the report's paragraphs. */
export interface ParagraphStyle {
  /** Counts under ten with two digits (`04`), zero as `0`. */
  pad: boolean;
  /** Who reports: `Sở`. */
  subject: string;
  /** The wording: shipped (the default), overlaid by the office's (DanhMuc table 6). */
  phrases?: PhraseBook;
  /** The changes against the earlier period; none without one. */
  tthcChanges?: TthcChanges;
}

/**
 * A sentence with its comparison: the clause in the `{so với kỳ trước}` blank, or, when the entry's text (an
 * office's) has no such blank, the change as a sentence of its own after it — never left out.
 */
function compared(
  P: PhraseBook,
  key: string,
  values: Record<string, string>,
  change: FigureChange | undefined,
): string {
  const sentence = P.fill(key, { ...values, [COMPARISON_SLOT]: change?.clause ?? '' });
  return change === undefined || P.uses(key, COMPARISON_SLOT) ? sentence : `${sentence} ${change.sentence}`;
}

/** `40 (81,6%)`: a count with its share of the resolved dossiers; no share for zero. */
function withShare(n: number, resolved: number, pad: boolean): string {
  return n > 0 && resolved > 0 ? `${padCount(n, pad)} (${formatVnPercent(n / resolved, 1)})` : padCount(n, pad);
}

/**
 * Results of dealing with administrative procedures (kết quả giải quyết TTHC), in the register of the reports:
 * "Trong kỳ, Sở đã tiếp nhận 53 hồ sơ, trong đó: số hồ sơ mới tiếp nhận 46 (17 hồ sơ trực tuyến); số hồ sơ từ kỳ
 * trước chuyển sang 07. Đã giải quyết 49 hồ sơ: trước hạn 40 (81,6%), đúng hạn 09 (18,4%), quá hạn 0; đang giải
 * quyết 04 hồ sơ." Shares are of the resolved dossiers. With an earlier period, each sentence says how its figure
 * changed (`đã tiếp nhận 53 hồ sơ (tăng 10,4% so với cùng kỳ năm 2020)`).
 */
export function tthcParagraph(c: TthcCounts, style: ParagraphStyle): string {
  const n = (x: number): string => padCount(x, style.pad);
  const P = style.phrases ?? SHIPPED_PHRASES;
  const changes = style.tthcChanges;
  if (c.received === 0) return compared(P, 'tthcNone', { 'chủ thể': style.subject }, changes?.received);

  const fresh = c.online + c.inPerson;
  const online = fresh === 0 ? '' : c.online > 0 ? P.fill('tthcOnline', { số: n(c.online) }) : P.text('tthcNoOnline');
  const received = compared(
    P,
    'tthcReceived',
    {
      'chủ thể': style.subject,
      'tiếp nhận': n(c.received),
      'mới tiếp nhận': n(fresh),
      'trực tuyến': online,
      'kỳ trước': n(c.carriedOver),
    },
    changes?.received,
  );
  const overdue = c.pendingOverdue > 0 ? P.fill('tthcPendingOverdue', { số: n(c.pendingOverdue) }) : '';
  const outcome = compared(
    P,
    c.resolved > 0 ? 'tthcResolved' : 'tthcNoneResolved',
    {
      'đã giải quyết': n(c.resolved),
      'trước hạn': withShare(c.early, c.resolved, style.pad),
      'đúng hạn': withShare(c.onTime, c.resolved, style.pad),
      'quá hạn': withShare(c.late, c.resolved, style.pad),
      'đang giải quyết': n(c.pending),
      'trong đó quá hạn': overdue,
    },
    changes?.resolved,
  );
  return `${received} ${outcome}`;
}
