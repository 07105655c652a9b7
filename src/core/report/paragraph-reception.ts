import { padCount } from '../text/format';
import type { ReceptionCounts, ReceptionSummary } from '../unit/types';
import type { ParagraphStyle } from './paragraph-tthc';

function letters(c: ReceptionCounts, n: (x: number) => string): string {
  return `${n(c.complaints)} đơn khiếu nại, ${n(c.denunciations)} đơn tố cáo, ${n(c.petitions)} đơn kiến nghị, phản ánh`;
}

const lettersOf = (c: ReceptionCounts): number => c.complaints + c.denunciations + c.petitions;

/**
 * Citizen reception and petitions (tiếp công dân, khiếu nại, tố cáo, kiến nghị, phản ánh). With nothing received:
 * "Trong kỳ, Sở không nhận được đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh nào." Otherwise
 * "Trong kỳ, Sở đã tiếp 05 lượt công dân; tiếp nhận 02 đơn khiếu nại, 0 đơn tố cáo, 03 đơn kiến nghị, phản ánh;
 * đã giải quyết 02 đơn khiếu nại, 0 đơn tố cáo, 03 đơn kiến nghị, phản ánh."
 */
export function receptionParagraph(r: ReceptionSummary, style: ParagraphStyle): string {
  const n = (x: number): string => padCount(x, style.pad);
  const none = 'không nhận được đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh nào';
  if (r.citizens === 0 && lettersOf(r) === 0) return `Trong kỳ, ${style.subject} ${none}.`;
  const citizens = r.citizens > 0 ? `đã tiếp ${n(r.citizens)} lượt công dân` : 'không có lượt tiếp công dân nào';
  if (lettersOf(r) === 0) return `Trong kỳ, ${style.subject} ${citizens}; ${none}.`;
  const resolved =
    lettersOf(r.resolved) > 0 ? `đã giải quyết ${letters(r.resolved, n)}` : 'chưa giải quyết xong đơn nào';
  return `Trong kỳ, ${style.subject} ${citizens}; tiếp nhận ${letters(r, n)}; ${resolved}.`;
}
