/**
 * Course types (loại khóa đào tạo, bồi dưỡng) from data/course-types.json: a programme as written
 * (`Lớp bồi dưỡng QLNN ngạch chuyên viên chính`, `cao cấp LLCT`) → its canonical kind; the most specific
 * wording wins, unknown programmes are kept as `Khác: <text>`.
 */
import courseData from './data/course-types.json';
import statusData from './data/statuses.json';
import { foldKey } from '../text/normalize';
import { repairVietnamese } from '../text/legacy';
import {
  type AddedWordings,
  type CategorySet,
  type CategorySetData,
  createCategorySet,
  withWordings,
} from '../staff/category-set';

const kinds: CategorySet = createCategorySet({ categories: courseData.kinds });

/** The catch-all kind (`Khác`) of data/course-types.json. */
export const OTHER_COURSE_KIND: string = courseData.other.normalize('NFC');

/**
 * The kinds in the data file's order with the catch-all last, wherever it stands in the file: a kind a user
 * appends to the JSON comes before `Khác` in every table and in the report.
 */
export function courseOrder(labels: readonly string[], other: string): string[] {
  const isOther = (l: string) => foldKey(l) === foldKey(other);
  return [...labels.filter((l) => !isOther(l)), ...(labels.some(isOther) ? labels.filter(isOther) : [other])];
}

/** Canonical course types in report order (docs/interfaces.md §3), `Khác` last: the one list every table derives from. */
export const COURSE_TYPES: readonly string[] = courseOrder(kinds.labels, OTHER_COURSE_KIND);

/** Whether `kind` is one of the canonical course types (not `Khác: <text>`). */
export function isCourseType(kind: string): boolean {
  return COURSE_TYPES.some((k) => foldKey(k) === foldKey(kind));
}

/** The category set of course types (for the TRAINING custom function). */
export function courseTypes(): CategorySet {
  return kinds;
}

/** The shipped data of the course types (their labels and wordings). */
export const COURSE_TYPE_DATA: CategorySetData = { categories: courseData.kinds };

/** The course types with the office's ways of writing added (the shipped set when there are none). */
export function courseTypesWith(added: readonly AddedWordings[]): CategorySet {
  return added.length === 0 ? kinds : createCategorySet(withWordings(COURSE_TYPE_DATA, added));
}

/** Canonical kind of a programme, or `Khác: <text>`; null when blank. `set`: with the office's wordings. */
export function courseKind(program: string | null | undefined, set: CategorySet = kinds): string | null {
  if (program === null || program === undefined) return null;
  const c = set.classify(program);
  return c === null || c.kind === 'none' ? null : c.label;
}

const cancelled = new Set(statusData.cancelled.map((s) => foldKey(s)));

/** Whether a Trạng thái value says the person did not take the course (`Hủy`, `Không tham gia`…). */
export function isCancelledStatus(status: string | null | undefined): boolean {
  if (!status) return false;
  return cancelled.has(foldKey(repairVietnamese(status).text));
}
