/**
 * Lists defined once as data: the places that still name list items by hand (the report's phrase table) name only
 * items the data lists know, and every shipped item has its phrase; the summary's category constants are the
 * readers' own lists, in the same order.
 */
import phrases from '../../../src/core/report/data/report-phrases.json';
import {
  COURSE_KINDS,
  DEGREES,
  POLITICAL_THEORY,
  STAFF_TYPES,
  STATE_MANAGEMENT,
} from '../../../src/core/report/categories';
import { staffCategories } from '../../../src/core/staff/categories';
import { COURSE_TYPES, courseOrder } from '../../../src/core/training';
import { foldKey } from '../../../src/core/text';

const keys = (xs: readonly string[]) => xs.map((x) => foldKey(x));

test('the phrase table names exactly the course kinds of course-types.json', () => {
  expect(keys(phrases.courses.map((c) => c.kind)).sort()).toEqual(keys(COURSE_TYPES).sort());
});

test('the phrase table names only staff types of staff-categories.json', () => {
  expect(keys(phrases.staffTypes.map((t) => t.type)).filter((k) => !keys(STAFF_TYPES).includes(k))).toEqual([]);
});

test("the summary's categories are the readers' lists, in their order", () => {
  expect([STAFF_TYPES, DEGREES, POLITICAL_THEORY, STATE_MANAGEMENT]).toEqual(
    (['type', 'degree', 'politicalTheory', 'stateManagement'] as const).map((d) => staffCategories(d).labels),
  );
  expect(COURSE_KINDS).toEqual(COURSE_TYPES);
});

test('the catch-all kind goes last wherever the data file puts it, and is added when missing', () => {
  expect(courseOrder(['A', 'Khác', 'B'], 'Khác')).toEqual(['A', 'B', 'Khác']);
  expect(courseOrder(['A', 'B'], 'Khác')).toEqual(['A', 'B', 'Khác']);
});
