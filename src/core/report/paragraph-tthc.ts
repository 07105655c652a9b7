import { formatVnPercent, padCount } from '../text';
import type { TthcCounts } from '../tthc/types';

/** Options shared by the report's paragraphs. */
export interface ParagraphStyle {
  /** Counts under ten with two digits (`04`), zero as `0`. */
  pad: boolean;
  /** Who reports: `Sở`. */
  subject: string;
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
  if (c.received === 0) return `Trong kỳ, ${style.subject} không tiếp nhận hồ sơ thủ tục hành chính nào.`;

  const fresh = c.online + c.inPerson;
  const online = fresh === 0 ? '' : c.online > 0 ? ` (${n(c.online)} hồ sơ trực tuyến)` : ' (không có hồ sơ trực tuyến)';
  const received =
    `Trong kỳ, ${style.subject} đã tiếp nhận ${n(c.received)} hồ sơ, trong đó: số hồ sơ mới tiếp nhận ${n(fresh)}${online}; ` +
    `số hồ sơ từ kỳ trước chuyển sang ${n(c.carriedOver)}.`;

  const outcome =
    c.resolved > 0
      ? `Đã giải quyết ${n(c.resolved)} hồ sơ: trước hạn ${withShare(c.early, c.resolved, style.pad)}, ` +
        `đúng hạn ${withShare(c.onTime, c.resolved, style.pad)}, quá hạn ${withShare(c.late, c.resolved, style.pad)}`
      : `Đã giải quyết ${n(0)} hồ sơ`;
  const overdue = c.pendingOverdue > 0 ? ` (trong đó quá hạn ${n(c.pendingOverdue)} hồ sơ)` : '';
  return `${received} ${outcome}; đang giải quyết ${n(c.pending)} hồ sơ${overdue}.`;
}
