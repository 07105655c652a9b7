import { summarizeStaff, type StaffRecord } from '../../../src/core/staff';

describe('summarizeStaff counts a staff list by normalised category', () => {
  const seed: StaffRecord[] = [
    ...['TS', 'Tiến sĩ'].map((degree) => ({ degree, type: 'Công chức' })),
    ...Array.from({ length: 70 }, (_, i) => ({
      degree: ['Th.S', 'thạc sỹ', 'ThS', 'Thạc sĩ'][i % 4],
      type: 'Viên chức',
    })),
    ...Array.from({ length: 110 }, (_, i) => ({
      degree: ['Cử nhân', 'Kỹ sư', 'Đại học', 'ĐH', 'DH'][i % 5],
      type: i < 20 ? 'hợp đồng' : 'Viên chức',
      note: i < 7 ? 'Đang học Tiến sĩ' : i < 15 ? 'Đang học Thạc sĩ' : null,
    })),
  ];

  test('seed 2020: 182 people, 02 Tiến sĩ, 70 Thạc sĩ, 110 Đại học; 07 studying for a doctorate, 8 for a master', () => {
    const s = summarizeStaff(seed, 190);
    expect(s.present).toBe(182);
    expect(s.quota).toBe(190);
    expect(s.byDegree).toEqual({ 'Tiến sĩ': 2, 'Thạc sĩ': 70, 'Đại học': 110 });
    expect(s.studying).toEqual({ 'Tiến sĩ': 7, 'Thạc sĩ': 8 });
    expect(s.byType).toEqual({ 'Công chức': 2, 'Viên chức': 160, 'Người lao động': 20 });
  });

  test('women and party members; blanks are not counted in a breakdown but the person is present', () => {
    const s = summarizeStaff([
      { gender: 'Nữ', party: 'x' },
      { gender: 'nữ', party: true },
      { gender: 'Nam', party: 'Không' },
      { gender: null, party: null, degree: null },
    ]);
    expect(s.present).toBe(4);
    expect(s.women).toBe(2);
    expect(s.partyMembers).toBe(2);
    expect(s.byDegree).toEqual({});
    expect(s.quota).toBeNull();
  });

  test('unknown values are kept as «Khác: <text>»; «Không» political theory is not counted', () => {
    const s = summarizeStaff([
      { degree: 'Nhạc công', politicalTheory: 'Không', stateManagement: 'CVC' },
      { degree: 'Khác', politicalTheory: 'Cao cấp', stateManagement: 'Chuyên viên' },
    ]);
    expect(s.byDegree).toEqual({ 'Khác: Nhạc công': 1, Khác: 1 });
    expect(s.byPoliticalTheory).toEqual({ 'Cao cấp': 1 });
    expect(s.byStateManagement).toEqual({ 'Chuyên viên chính': 1, 'Chuyên viên': 1 });
  });
});
