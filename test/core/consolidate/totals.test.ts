import { consolidate } from '../../../src/core/consolidate';
import type { UnitReport } from '../../../src/core/unit/types';
import { chiCuc, counts, seedUnits, trungTam, unreadable, vanPhong } from './unit-reports';

describe('provincial totals', () => {
  const s = consolidate([vanPhong(), unreadable(), chiCuc(), trungTam()]);

  it('sum the TTHC counts of the accepted units', () => {
    const { byField, ...sums } = s.total.tthc!;
    expect(sums).toEqual({
      received: 53,
      online: 17,
      inPerson: 29,
      carriedOver: 7,
      resolved: 49,
      early: 40,
      onTime: 9,
      late: 0,
      pending: 4,
      pendingOverdue: 0,
    });
    expect(byField).toBe(s.byField);
  });

  it('group fields by folded name and show the first spelling seen', () => {
    expect(Object.keys(s.byField)).toEqual([
      'An toàn bức xạ và hạt nhân',
      'Sở hữu trí tuệ',
      'Tiêu chuẩn đo lường chất lượng',
      'Hoạt động khoa học và công nghệ',
    ]);
    expect(s.byField['An toàn bức xạ và hạt nhân']).toEqual(counts(7, 9, 2, 12, 3, 0));
    const received = Object.values(s.byField).reduce((n, c) => n + c.received, 0);
    expect(received).toBe(53);
  });

  it('sum staff by category, the quota over the units that stated one', () => {
    const st = s.total.staff!;
    expect(st.present).toBe(182);
    expect(st.quota).toBe(152);
    expect(st.byDegree).toEqual({ 'Tiến sĩ': 2, 'Thạc sĩ': 70, 'Đại học': 110 });
    expect(st.byType).toEqual({ 'Công chức': 47, 'Viên chức': 120, 'Người lao động': 15 });
    expect(st.studying).toEqual({ 'Tiến sĩ': 7, 'Thạc sĩ': 8 });
    expect([st.women, st.partyMembers]).toEqual([80, 95]);
  });

  it('leave the quota null when no unit stated it, and add one that did to nothing else', () => {
    const noQuota: UnitReport[] = seedUnits().map((u) => ({ ...u, staff: { ...u.staff!, quota: null } }));
    expect(consolidate(noQuota).total.staff!.quota).toBeNull();
    noQuota[1].staff!.quota = 60;
    expect(consolidate(noQuota).total.staff!.quota).toBe(60);
  });

  it('sum training by course type and staff type, and reception counts', () => {
    expect(s.total.training!.total).toBe(10);
    expect(s.total.training!.byKindAndType['Kế toán viên chính']).toEqual({ 'Công chức': 1, 'Viên chức': 2 });
    expect(s.total.reception).toEqual({
      citizens: 5,
      complaints: 2,
      denunciations: 0,
      petitions: 3,
      resolved: { citizens: 5, complaints: 1, denunciations: 0, petitions: 3 },
    });
  });

  it('leave out a section no accepted unit reported', () => {
    const t = consolidate([chiCuc()]).total;
    expect(Object.keys(t)).toEqual(['tthc', 'staff', 'reception']);
  });

  it('list every file, the rejected one too, and collect findings in file order', () => {
    expect(s.files.map((f) => [f.file, f.status])).toEqual([
      ['van-phong.xlsx', 'valid'],
      ['hong.xlsx', 'rejected'],
      ['chi-cuc-tdc.xlsx', 'warnings'],
      ['trung-tam.xlsx', 'warnings'],
    ]);
    expect(s.findings.map((f) => `${f.file} ${f.code}`)).toEqual([
      'hong.xlsx FILE_UNREADABLE',
      'chi-cuc-tdc.xlsx TTHC_TOTAL_MISMATCH',
      'chi-cuc-tdc.xlsx SECTIONS_MISSING',
      'trung-tam.xlsx SECTIONS_MISSING',
    ]);
    expect(s.units.map((u) => u.name)).toEqual([
      'Văn phòng Sở',
      'Chi cục Tiêu chuẩn Đo lường Chất lượng',
      'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ',
    ]);
  });
});
