import { formatVnPercent, padCount } from '../text';
import type { TthcCounts } from '../tthc/types';
import { type PhraseBook, SHIPPED_PHRASES } from './phrase-book';

/** Options shared by the report's paragraphs. */
export interface ParagraphStyle {
  /** Counts under ten with two digits (`04`), zero as `0`. */
  pad: boolean;
  /** Who reports: `Sở`. */
  subject: string;
  /** The wording: shipped (the default), overlaid by the office's (DanhMuc table 6). */
  phrases?: PhraseBook;
}

/** `40 (81,6%)`: a count with its share of the resolved dossiers; no share for zero. */
function withShare(n: number, resolved: number, pad: boolean): string {
  return n > 0 && resolved > 0 ? `${padCount(n, pad)} (${formatVnPercent(n / resolved, 1)})` : padCount(n, pad);
}

/**
 * Results of dealing with administrative procedures (kết quả giải quyết TTHC), in the register of the reports:
 * "Trong kỳ, Sở đã tiếp nhận 53 hồ sơ, trong đó: số hồ sơ mới tiếp nhận 46 (17 hồ sơ trực tuyến); số hồ sơ từ kỳ
 * trước chuyển sang 07. Đã giải quyết 49 hồ sơ: trước hạn 40 (81,6%), đúng hạn 09 (18,4%), quá hạn 0; đang giải
 * quyết 04 hồ sơ." Shares are of the resolved dossiers.
 */
export function tthcParagraph(c: TthcCounts, style: ParagraphStyle): string {
  const n = (x: number): string => padCount(x, style.pad);
  const P = style.phrases ?? SHIPPED_PHRASES;
  if (c.received === 0) return P.fill('tthcNone', { 'chủ thể': style.subject });

  const fresh = c.online + c.inPerson;
  const online = fresh === 0 ? '' : c.online > 0 ? P.fill('tthcOnline', { số: n(c.online) }) : P.text('tthcNoOnline');
  const received = P.fill('tthcReceived', {
    'chủ thể': style.subject,
    'tiếp nhận': n(c.received),
    'mới tiếp nhận': n(fresh),
    'trực tuyến': online,
    'kỳ trước': n(c.carriedOver),
  });
  const overdue = c.pendingOverdue > 0 ? P.fill('tthcPendingOverdue', { số: n(c.pendingOverdue) }) : '';
  const outcome = P.fill(c.resolved > 0 ? 'tthcResolved' : 'tthcNoneResolved', {
    'đã giải quyết': n(c.resolved),
    'trước hạn': withShare(c.early, c.resolved, style.pad),
    'đúng hạn': withShare(c.onTime, c.resolved, style.pad),
    'quá hạn': withShare(c.late, c.resolved, style.pad),
    'đang giải quyết': n(c.pending),
    'trong đó quá hạn': overdue,
  });
  return `${received} ${outcome}`;
}
