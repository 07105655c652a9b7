import { summarizeTraining, type TrainingRecord } from '../../../src/core/training';

describe('summarizeTraining counts people per course (người-lượt) by kind and staff type', () => {
  const seed: TrainingRecord[] = [
    { program: 'Cao cấp LLCT', staffType: 'Công chức' },
    { program: 'cao cấp lý luận chính trị', staffType: 'CC' },
    { program: 'Bồi dưỡng lãnh đạo, quản lý cấp phòng', staffType: 'Viên chức' },
    { program: 'Lớp bồi dưỡng QLNN ngạch chuyên viên', staffType: 'Viên chức' },
    { program: 'QLNN ngạch chuyên viên', staffType: 'VC' },
    { program: 'Lớp bồi dưỡng QLNN ngạch chuyên viên chính', staffType: 'Công chức' },
    { program: 'QLNN ngạch chuyên viên chính', staffType: 'Công chức' },
    { program: 'Bồi dưỡng ngạch kế toán viên chính', staffType: 'Công chức' },
    { program: 'Kế toán viên chính', staffType: 'Công chức' },
    { program: 'bồi dưỡng ngạch kế toán viên chính', staffType: 'Viên chức' },
  ];

  test('seed 2020: 02 cao cấp LLCT, 01 cấp phòng, 02 QLNN chuyên viên, 02 QLNN chuyên viên chính, 03 kế toán viên chính', () => {
    const s = summarizeTraining(seed);
    expect(s.total).toBe(10);
    expect(s.byKind).toEqual({
      'Cao cấp lý luận chính trị': 2,
      'Bồi dưỡng lãnh đạo, quản lý cấp phòng': 1,
      'QLNN ngạch chuyên viên': 2,
      'QLNN ngạch chuyên viên chính': 2,
      'Kế toán viên chính': 3,
    });
    expect(s.byKindAndType).toEqual({
      'Cao cấp lý luận chính trị': { 'Công chức': 2 },
      'Bồi dưỡng lãnh đạo, quản lý cấp phòng': { 'Viên chức': 1 },
      'QLNN ngạch chuyên viên': { 'Viên chức': 2 },
      'QLNN ngạch chuyên viên chính': { 'Công chức': 2 },
      'Kế toán viên chính': { 'Công chức': 2, 'Viên chức': 1 },
    });
  });

  test('cancelled rows are not counted; a row without programme counts as Khác; unknown staff type under ""', () => {
    const s = summarizeTraining([
      { program: 'Thạc sĩ', staffType: 'Viên chức', status: 'Hủy' },
      { program: null, staffType: null },
      { program: 'Tin học ứng dụng', staffType: null },
    ]);
    expect(s.total).toBe(2);
    expect(s.byKind).toEqual({ Khác: 1, 'Khác: Tin học ứng dụng': 1 });
    expect(s.byKindAndType).toEqual({ Khác: { '': 1 }, 'Khác: Tin học ứng dụng': { '': 1 } });
  });
});
