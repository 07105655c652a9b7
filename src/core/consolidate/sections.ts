import { finding, type Finding } from '../findings';
import type { UnitReport } from '../unit/types';
import { unitLabel } from './status';

/** The four sections of a unit's report (phần báo cáo), in report order, with their Vietnamese names. */
export const SECTIONS = [
  { key: 'tthc', name: 'thủ tục hành chính', short: 'TTHC' },
  { key: 'staff', name: 'nhân sự', short: 'nhân sự' },
  { key: 'training', name: 'đào tạo, bồi dưỡng', short: 'đào tạo' },
  { key: 'reception', name: 'tiếp công dân, khiếu nại, tố cáo', short: 'tiếp công dân' },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];

/** Sections that at least one of the units reported. */
export function reportedSections(units: readonly UnitReport[]): Set<SectionKey> {
  const out = new Set<SectionKey>();
  for (const u of units) for (const s of SECTIONS) if (u[s.key] !== undefined) out.add(s.key);
  return out;
}

/**
 * One warning per unit listing the sections it left out (not one per section, which is noise).
 * A section counts as missing when some other unit reported it, so a province that does not collect,
 * say, training figures is not warned about it in every file; a unit that reported nothing at all
 * is told about all four.
 */
export function missingSectionsFinding(u: UnitReport, reported: ReadonlySet<SectionKey>): Finding | null {
  const empty = SECTIONS.every((s) => u[s.key] === undefined);
  const missing = SECTIONS.filter((s) => u[s.key] === undefined && (empty || reported.has(s.key)));
  if (missing.length === 0) return null;
  const list = missing.map((s) => s.name).join('; ');
  const message = empty
    ? `Tệp của đơn vị "${unitLabel(u)}" không có số liệu nào để tổng hợp (thiếu: ${list}); đề nghị kiểm tra lại tệp đã gửi.`
    : `Đơn vị "${unitLabel(u)}" không gửi số liệu về: ${list}. Các phần này của báo cáo tổng hợp chưa có số liệu của đơn vị.`;
  return finding({ file: u.file, sheet: '', cell: '' }, 'warning', 'SECTIONS_MISSING', message);
}
