/**
 * Staff list → staff figures (tổng hợp nhân sự): one record per person, categories normalised with
 * data/staff-categories.json, unknown values kept as `Khác: <text>`.
 */
import type { StaffSummary } from './types';
import {
  FEMALE,
  PARTY_MEMBER,
  SHIPPED_STAFF_SETS,
  type StaffDimension,
  type StaffSets,
  studyingFor,
} from './categories';

/** One person as typed in a staff list (nhân sự), texts raw. */
export interface StaffRecord {
  /** Giới tính (`Nữ`, `Nam`). */
  gender?: string | null;
  /** Đảng viên: a mark (`x`, `Có`, `ĐV`), or true/false when the reader already knows (a date of admission). */
  party?: string | boolean | null;
  /** Loại: Công chức / Viên chức / Người lao động. */
  type?: string | null;
  /** Trình độ chuyên môn. */
  degree?: string | null;
  /** Lý luận chính trị. */
  politicalTheory?: string | null;
  /** Quản lý nhà nước. */
  stateManagement?: string | null;
  /** Ghi chú, where people studying for a degree are noted. */
  note?: string | null;
}

export function emptyStaffSummary(quota: number | null = null): StaffSummary {
  return {
    quota,
    present: 0,
    byType: {},
    byDegree: {},
    byPoliticalTheory: {},
    byStateManagement: {},
    women: 0,
    partyMembers: 0,
    studying: {},
  };
}

/** Label a text counts under in a dimension: canonical, or `Khác: <text>`; null when blank or "none". */
export function staffLabel(
  dim: StaffDimension,
  text: string | null | undefined,
  sets: StaffSets = SHIPPED_STAFF_SETS,
): string | null {
  if (text === null || text === undefined) return null;
  const c = sets(dim).classify(text);
  return c === null || c.kind === 'none' ? null : c.label;
}

/** Whether a party-membership cell marks a member (unknown marks are not members; the reader reports them). */
export function isPartyMember(v: string | boolean | null | undefined): boolean {
  if (typeof v === 'boolean') return v;
  return staffLabel('party', v) === PARTY_MEMBER;
}

function add(counts: Record<string, number>, label: string | null): void {
  if (label !== null) counts[label] = (counts[label] ?? 0) + 1;
}

/**
 * Counts of a staff list; `quota` is the biên chế được giao stated elsewhere (ThongTin); `sets` the categories
 * with the office's ways of writing (default: the shipped ones).
 */
export function summarizeStaff(
  records: readonly StaffRecord[],
  quota: number | null = null,
  sets: StaffSets = SHIPPED_STAFF_SETS,
): StaffSummary {
  const s = emptyStaffSummary(quota);
  for (const r of records) {
    s.present++;
    add(s.byType, staffLabel('type', r.type, sets));
    add(s.byDegree, staffLabel('degree', r.degree, sets));
    add(s.byPoliticalTheory, staffLabel('politicalTheory', r.politicalTheory, sets));
    add(s.byStateManagement, staffLabel('stateManagement', r.stateManagement, sets));
    if (staffLabel('gender', r.gender, sets) === FEMALE) s.women++;
    if (isPartyMember(r.party)) s.partyMembers++;
    if (r.note) add(s.studying, studyingFor(r.note));
  }
  return s;
}
