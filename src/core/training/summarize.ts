/**
 * Training list → training figures (tổng hợp đào tạo, bồi dưỡng): one row per person per course,
 * counted as người-lượt by canonical course type and by the staff type of the person.
 */
import type { TrainingSummary } from './types';
import { staffLabel } from '../staff/summarize';
import { courseKind, courseTypes, isCancelledStatus } from './course-types';
import type { CategorySet } from '../staff/category-set';
import { SHIPPED_STAFF_SETS, type StaffSets } from '../staff/categories';

/** One person on one course as typed in the list, texts raw. */
export interface TrainingRecord {
  /** Chương trình (the course as written). */
  program: string | null;
  /** Loại of the person: Công chức / Viên chức / Người lao động. */
  staffType?: string | null;
  /** Trạng thái; cancelled ones (`Hủy`, `Không tham gia`) are not counted. */
  status?: string | null;
}

/** Kind under which a row without a programme is counted. */
export const NO_PROGRAM_KIND = 'Khác';

export function emptyTrainingSummary(): TrainingSummary {
  return { total: 0, byKind: {}, byKindAndType: {} };
}

/**
 * Counts of a training list; cancelled rows are skipped, rows without a programme count as `Khác`. `courses` and
 * `staff`: the categories with the office's ways of writing (default: the shipped ones).
 */
export function summarizeTraining(
  records: readonly TrainingRecord[],
  courses: CategorySet = courseTypes(),
  staff: StaffSets = SHIPPED_STAFF_SETS,
): TrainingSummary {
  const s = emptyTrainingSummary();
  for (const r of records) {
    if (isCancelledStatus(r.status)) continue;
    const kind = courseKind(r.program, courses) ?? NO_PROGRAM_KIND;
    const type = staffLabel('type', r.staffType, staff) ?? '';
    s.total++;
    s.byKind[kind] = (s.byKind[kind] ?? 0) + 1;
    const byType = (s.byKindAndType[kind] ??= {});
    byType[type] = (byType[type] ?? 0) + 1;
  }
  return s;
}
