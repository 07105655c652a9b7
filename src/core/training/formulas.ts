/**
 * The figure behind `=TTHC.TRAINING(courses, [kind])`: the same course-type normalisation as the
 * training summary, over the 2-D array Excel passes.
 */
import type { FormulaResult } from '../tthc/formulas';
import { cleanText } from '../text/normalize';
import { countInCategory, rangeTexts, spillRows } from '../staff/formulas';
import { COURSE_TYPES, courseTypes } from './course-types';
import type { CategorySet } from '../staff/category-set';

/**
 * TRAINING(courses, [kind]). With a kind: the number of courses of that type after normalisation
 * (`cao cấp LLCT`, `CCLLCT` → Cao cấp lý luận chính trị). Without: rows of [course type, count],
 * canonical order first, unknown programmes as `Khác: <text>`. Empty cells are ignored.
 */
export function trainingCount(
  courses: readonly (readonly unknown[])[],
  kind?: string | null,
  set: CategorySet = courseTypes(),
): FormulaResult<number | (string | number)[][]> {
  const texts = rangeTexts(courses, 'khóa học');
  if (!texts.ok) return texts;
  if (kind !== undefined && kind !== null && cleanText(String(kind)) !== '') {
    return countInCategory(texts.value, String(kind), [0], () => set, COURSE_TYPES.join(', '));
  }
  if (texts.value.length === 0) return { ok: false, error: 'na', message: 'Vùng khóa học không có ô nào có dữ liệu.' };
  return {
    ok: true,
    value: spillRows(
      set,
      texts.value.map((t) => set.classify(t.text)),
    ),
  };
}
