import { staffCategories, studyingFor } from '../../../src/core/staff';
import { staffLabel, isPartyMember } from '../../../src/core/staff';
import { toTcvn3 } from '../unit/support/legacy-text';

describe('staff categories normalise what units type', () => {
  test.each([
    ['TS', 'Tiến sĩ'],
    ['Tiến sỹ', 'Tiến sĩ'],
    ['PGS.TS', 'Tiến sĩ'],
    ['T.S', 'Tiến sĩ'],
    ['ThS', 'Thạc sĩ'],
    ['Th.S', 'Thạc sĩ'],
    ['thạc sỹ', 'Thạc sĩ'],
    ['thac si', 'Thạc sĩ'],
    ['THẠC SĨ', 'Thạc sĩ'],
    ['Cao học', 'Thạc sĩ'],
    ['Thạc sĩ Kinh tế', 'Thạc sĩ'],
    ['ĐH', 'Đại học'],
    ['DH', 'Đại học'],
    ['Cử nhân', 'Đại học'],
    ['Kỹ sư', 'Đại học'],
    ['Kỹ sư xây dựng', 'Đại học'],
    ['Bác sĩ', 'Đại học'],
    ['Dược sĩ', 'Đại học'],
    ['Kiến trúc sư', 'Đại học'],
    ['Cao đẳng', 'Cao đẳng'],
    ['CĐ', 'Cao đẳng'],
    ['Trung cấp', 'Trung cấp'],
    ['Trung học phổ thông', 'Khác'],
    ['Sơ cấp', 'Khác'],
  ])('degree %s → %s', (typed, label) => {
    expect(staffLabel('degree', typed)).toBe(label);
  });

  test.each([
    ['CĐ Thư viện', 'Cao đẳng'],
    ['C.Đ Kế toán', 'Cao đẳng'],
    ['TC Kế toán', 'Trung cấp'],
    ['ThS Quản lý công', 'Thạc sĩ'],
    ['Cử nhân Luật', 'Đại học'],
    ['Kỹ sư Điện', 'Đại học'],
    ['CN Luật', 'Đại học'],
    ['KS Điện', 'Đại học'],
    ['BS đa khoa', 'Đại học'],
    ['Cử nhân chính trị', 'Đại học'],
  ])('a degree followed by a major: %s → %s', (typed, label) => {
    expect(staffLabel('degree', typed)).toBe(label);
  });

  test.each([
    // Political theory and state management levels typed in the degree column are not professional degrees.
    'Trung cấp lý luận chính trị',
    'Cao cấp LLCT',
    'Trung cấp chính trị',
    'TC LLCT',
    'Trung cấp QLNN',
    // An abbreviation inside a word or after other words does not count: only an opening abbreviation does.
    'TCVN',
    'Nhân viên CĐ',
  ])('%s in the degree column is kept as «Khác: …», not counted as a degree', (typed) => {
    expect(staffLabel('degree', typed)).toBe(`Khác: ${typed}`);
  });

  test('NFD text and TCVN3 text are read like NFC', () => {
    expect(staffLabel('degree', 'Thạc sỹ'.normalize('NFD'))).toBe('Thạc sĩ');
    expect(staffLabel('degree', toTcvn3('Thạc sĩ'))).toBe('Thạc sĩ');
    expect(staffLabel('type', toTcvn3('Viên chức'))).toBe('Viên chức');
  });

  test('a degree that names no category is kept as «Khác: <text>», not dropped', () => {
    expect(staffLabel('degree', 'Nhạc công')).toBe('Khác: Nhạc công');
  });

  test.each([
    ['Công chức', 'Công chức'],
    ['CC', 'Công chức'],
    ['viên chức', 'Viên chức'],
    ['VC', 'Viên chức'],
    ['Người lao động', 'Người lao động'],
    ['hợp đồng', 'Người lao động'],
    ['HĐLĐ', 'Người lao động'],
    ['NĐ 68', 'Người lao động'],
    ['Hợp đồng NĐ 111', 'Người lao động'],
    ['lao động hợp đồng', 'Người lao động'],
  ])('staff type %s → %s', (typed, label) => {
    expect(staffLabel('type', typed)).toBe(label);
  });

  test.each([
    ['Cao cấp', 'Cao cấp'],
    ['cao cấp LLCT', 'Cao cấp'],
    ['Cử nhân chính trị', 'Cao cấp'],
    ['CCLLCT', 'Cao cấp'],
    ['Trung cấp LLCT', 'Trung cấp'],
    ['TC', 'Trung cấp'],
    ['Sơ cấp', 'Sơ cấp'],
  ])('political theory %s → %s', (typed, label) => {
    expect(staffLabel('politicalTheory', typed)).toBe(label);
  });

  test('«Không» in political theory or state management means none, not a category', () => {
    expect(staffLabel('politicalTheory', 'Không')).toBeNull();
    expect(staffLabel('stateManagement', 'Chưa có')).toBeNull();
    expect(staffCategories('politicalTheory').classify('Không')).toEqual({ kind: 'none' });
  });

  test.each([
    ['Chuyên viên cao cấp', 'Chuyên viên cao cấp'],
    ['CVCC', 'Chuyên viên cao cấp'],
    ['Chuyên viên chính', 'Chuyên viên chính'],
    ['CVC', 'Chuyên viên chính'],
    ['Chuyên viên chính và tương đương', 'Chuyên viên chính'],
    ['Chuyên viên', 'Chuyên viên'],
    ['Chuyên viên và tương đương', 'Chuyên viên'],
    ['CV', 'Chuyên viên'],
  ])('state management %s → %s (the most specific wording wins)', (typed, label) => {
    expect(staffLabel('stateManagement', typed)).toBe(label);
  });

  test('party membership marks', () => {
    for (const yes of ['x', 'X', 'có', 'Đảng viên', 'ĐV', '1', 'Đảng viên dự bị'])
      expect(isPartyMember(yes)).toBe(true);
    for (const no of ['không', '0', '', null, 'Quần chúng']) expect(isPartyMember(no)).toBe(false);
    expect(isPartyMember(true)).toBe(true);
  });

  test('studying for a degree is read from Ghi chú', () => {
    expect(studyingFor('Đang học Tiến sĩ')).toBe('Tiến sĩ');
    expect(studyingFor('đang học NCS tại Trung Quốc')).toBe('Tiến sĩ');
    expect(studyingFor('NCS')).toBe('Tiến sĩ');
    expect(studyingFor('Đang học Thạc sĩ')).toBe('Thạc sĩ');
    expect(studyingFor('đang học thạc sỹ')).toBe('Thạc sĩ');
    expect(studyingFor('Chuyển công tác')).toBeNull();
  });

  test('gender', () => {
    expect(staffLabel('gender', 'Nữ')).toBe('Nữ');
    expect(staffLabel('gender', 'nu')).toBe('Nữ');
    expect(staffLabel('gender', 'NAM')).toBe('Nam');
  });
});
