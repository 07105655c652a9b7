import { courseKind, COURSE_TYPES, isCancelledStatus } from '../../../src/core/training';

describe('course types normalise programme names', () => {
  test('the canonical kinds of docs/interfaces.md §3, in order', () => {
    expect(COURSE_TYPES).toEqual([
      'Cao cấp lý luận chính trị',
      'Trung cấp lý luận chính trị',
      'QLNN ngạch chuyên viên cao cấp',
      'QLNN ngạch chuyên viên chính',
      'QLNN ngạch chuyên viên',
      'Bồi dưỡng lãnh đạo, quản lý cấp phòng',
      'Kế toán viên chính',
      'Tiến sĩ',
      'Thạc sĩ',
      'Khác',
    ]);
  });

  test.each([
    ['Cao cấp LLCT', 'Cao cấp lý luận chính trị'],
    ['CCLLCT', 'Cao cấp lý luận chính trị'],
    ['Lớp cao cấp lý luận chính trị - hành chính', 'Cao cấp lý luận chính trị'],
    ['Cao cấp', 'Cao cấp lý luận chính trị'],
    ['trung cấp LLCT', 'Trung cấp lý luận chính trị'],
    ['QLNN ngạch chuyên viên cao cấp', 'QLNN ngạch chuyên viên cao cấp'],
    ['Lớp bồi dưỡng QLNN ngạch chuyên viên chính', 'QLNN ngạch chuyên viên chính'],
    ['QLNN ngạch CVC', 'QLNN ngạch chuyên viên chính'],
    ['Lớp bồi dưỡng QLNN ngạch chuyên viên', 'QLNN ngạch chuyên viên'],
    ['Bồi dưỡng lãnh đạo, quản lý cấp phòng', 'Bồi dưỡng lãnh đạo, quản lý cấp phòng'],
    ['bồi dưỡng lãnh đạo quản lý cấp phòng và tương đương', 'Bồi dưỡng lãnh đạo, quản lý cấp phòng'],
    ['Bồi dưỡng ngạch kế toán viên chính', 'Kế toán viên chính'],
    ['Nghiên cứu sinh Quản lý kinh tế', 'Tiến sĩ'],
    ['Thạc sĩ Quản lý công', 'Thạc sĩ'],
    ['cao học Luật', 'Thạc sĩ'],
  ])('%s → %s', (program, kind) => {
    expect(courseKind(program)).toBe(kind);
  });

  test('«QLNN ngạch chuyên viên chính» is not taken for «chuyên viên»: the most specific wording wins', () => {
    expect(courseKind('QLNN ngạch chuyên viên chính')).toBe('QLNN ngạch chuyên viên chính');
    expect(courseKind('QLNN ngạch chuyên viên')).toBe('QLNN ngạch chuyên viên');
    expect(courseKind('QLNN ngạch chuyên viên cao cấp')).toBe('QLNN ngạch chuyên viên cao cấp');
  });

  test('an unknown programme is kept as «Khác: <text>»', () => {
    expect(courseKind('Bồi dưỡng kiến thức quốc phòng - an ninh đối tượng 4')).toBe(
      'Khác: Bồi dưỡng kiến thức quốc phòng - an ninh đối tượng 4',
    );
    expect(courseKind('  ')).toBeNull();
  });

  test('cancelled statuses', () => {
    expect(isCancelledStatus('Hủy')).toBe(true);
    expect(isCancelledStatus('không tham gia')).toBe(true);
    expect(isCancelledStatus('Đang học')).toBe(false);
    expect(isCancelledStatus(null)).toBe(false);
  });
});
