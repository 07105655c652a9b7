/**
 * A course kind added by editing only training/data/course-types.json — appended after "Khác", as a user editing
 * the end of the list would — reaches every place that lists course kinds, in the right order: the readers, the
 * template's drop-down, the DaoTao summary sheet's columns and the report sentence, always before "Khác".
 */
jest.mock('../../../src/core/training/data/course-types.json', () => {
  const real = jest.requireActual('../../../src/core/training/data/course-types.json');
  return { ...real, kinds: [...real.kinds, { label: 'Bồi dưỡng chuyển đổi số', synonyms: ['chuyển đổi số'] }] };
});

import { COURSE_KINDS } from '../../../src/core/report/categories';
import { trainingParagraph } from '../../../src/core/report/paragraph-training';
import { courseKind, COURSE_TYPES } from '../../../src/core/training';
import { trainingSheet } from '../../../src/core/unit/template-lists';

const NEW = 'Bồi dưỡng chuyển đổi số';

test('the new kind comes just before Khác in the course list every table derives from', () => {
  expect(COURSE_TYPES.slice(-2)).toEqual([NEW, 'Khác']);
  expect(COURSE_KINDS).toEqual(COURSE_TYPES);
});

test('the reader files a programme under it', () => {
  expect(courseKind('Lớp bồi dưỡng chuyển đổi số năm 2025')).toBe(NEW);
});

test("the template's Chương trình drop-down offers it before Khác", () => {
  const values = trainingSheet().validations?.find((v) => v.error?.includes('«Chương trình»'))?.values ?? [];
  expect(values.slice(-2)).toEqual([NEW, 'Khác']);
});

test('the report sentence names it with the fallback phrase, before the Khác clause', () => {
  const text = trainingParagraph(
    {
      total: 3,
      byKind: { Khác: 1, [NEW]: 1, 'Cao cấp lý luận chính trị': 1 },
      byKindAndType: {
        Khác: { 'Công chức': 1 },
        [NEW]: { 'Công chức': 1 },
        'Cao cấp lý luận chính trị': { 'Công chức': 1 },
      },
    },
    { pad: true, subject: 'Sở' },
  );
  const at = (s: string) => text.indexOf(s);
  expect(at('học cao cấp LLCT')).toBeGreaterThan(0);
  expect(at('chuyển đổi số')).toBeGreaterThan(at('học cao cấp LLCT'));
  expect(at('các khóa đào tạo, bồi dưỡng khác')).toBeGreaterThan(at('chuyển đổi số'));
});
