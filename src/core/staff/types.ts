/** What staff/summarize.ts makes from a unit's NhanSu sheet. */

/**
 * Staff figures of one unit (nhân sự). Category keys are the canonical labels of docs/interfaces.md §3;
 * unknown values are kept visible as `Khác: <text>` rather than dropped.
 */
export interface StaffSummary {
  /** Biên chế được giao; null when the unit did not state it. */
  quota: number | null;
  /** Có mặt: number of people listed. */
  present: number;
  /** Công chức / Viên chức / Người lao động. */
  byType: Record<string, number>;
  /** Tiến sĩ / Thạc sĩ / Đại học / Cao đẳng / Trung cấp / Khác. */
  byDegree: Record<string, number>;
  /** Cao cấp / Trung cấp / Sơ cấp (lý luận chính trị). */
  byPoliticalTheory: Record<string, number>;
  /** Chuyên viên cao cấp / Chuyên viên chính / Chuyên viên (quản lý nhà nước). */
  byStateManagement: Record<string, number>;
  women: number;
  partyMembers: number;
  /** People studying for a degree (`đang học Tiến sĩ` in Ghi chú), by the degree studied. */
  studying: Record<string, number>;
}
