import { foldKey } from '../text/normalize';
import { padCount } from '../text/format';
import type { TthcCounts, TthcSummary } from '../tthc/types';
import type { ParagraphStyle } from './paragraph-tthc';

/** `Lĩnh vực An toàn bức xạ và hạt nhân`; a name already starting with "Lĩnh vực" is kept as is. */
function fieldName(name: string): string {
  return foldKey(name).startsWith('linh vuc') ? name : `Lĩnh vực ${name}`;
}

function fieldLine(name: string, c: TthcCounts, pad: boolean): string {
  const n = (x: number): string => padCount(x, pad);
  // Always both figures: a bare "06 hồ sơ" beside "tiếp nhận 15 hồ sơ, đã giải quyết 14 hồ sơ" does not say what it counts.
  return `- ${fieldName(name)}: tiếp nhận ${n(c.received)} hồ sơ, đã giải quyết ${n(c.resolved)} hồ sơ.`;
}

/**
 * Dossiers by field (theo lĩnh vực), in the style of the reports: "Tiếp nhận 34 hồ sơ, đã giải quyết 34 hồ sơ,
 * các hồ sơ đã giải quyết đều đúng hạn và trước hạn, không có hồ sơ quá hạn, bao gồm:" then one line per field.
 * '' when no field is known.
 */
export function byFieldParagraph(
  t: TthcSummary,
  byField: Readonly<Record<string, TthcCounts>>,
  style: ParagraphStyle,
): string {
  const fields = Object.entries(byField);
  if (fields.length === 0) return '';
  const n = (x: number): string => padCount(x, style.pad);
  let quality = '';
  if (t.resolved > 0 && t.late > 0) quality = ` (quá hạn ${n(t.late)} hồ sơ)`;
  else if (t.resolved > 0 && t.pendingOverdue === 0)
    quality = ', các hồ sơ đã giải quyết đều đúng hạn và trước hạn, không có hồ sơ quá hạn';
  const head = `Tiếp nhận ${n(t.received)} hồ sơ, đã giải quyết ${n(t.resolved)} hồ sơ${quality}, bao gồm:`;
  return [head, ...fields.map(([name, c]) => fieldLine(name, c, style.pad))].join('\n');
}
