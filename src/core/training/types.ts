/** What training/summarize.ts makes from a unit's DaoTao sheet. */

/** Training counts (đào tạo, bồi dưỡng) of one unit. */
export interface TrainingSummary {
  /** Người-lượt: one per person per course. */
  total: number;
  /** By canonical course type (docs/interfaces.md §3), unknown ones as `Khác: <text>`. */
  byKind: Record<string, number>;
  /** By course type, then by staff type (Công chức / Viên chức / Người lao động / '' when unknown), for the report's sentences. */
  byKindAndType: Record<string, Record<string, number>>;
}
