import { consolidate } from '../../../src/core/consolidate';
import { chiCuc, seedUnits, trungTam, vanPhong } from './unit-reports';

describe('sections a unit left out', () => {
  it('give one warning per unit listing every missing section', () => {
    const bare = {
      ...vanPhong(),
      file: 'phong-ql.xlsx',
      name: 'Phòng Quản lý công nghệ',
      contentKey: 'ql',
      staff: undefined,
      training: undefined,
    };
    const s = consolidate([...seedUnits(), bare]);

    const missing = s.findings.filter((f) => f.code === 'SECTIONS_MISSING');
    expect(missing.map((f) => f.file)).toEqual(['chi-cuc-tdc.xlsx', 'trung-tam.xlsx', 'phong-ql.xlsx']);
    expect(missing[0].message).toBe(
      'Đơn vị "Chi cục Tiêu chuẩn Đo lường Chất lượng" không gửi số liệu về: đào tạo, bồi dưỡng. ' +
        'Các phần này của báo cáo tổng hợp chưa có số liệu của đơn vị.',
    );
    expect(missing[2].message).toContain('nhân sự; đào tạo, bồi dưỡng.');
    expect(missing.every((f) => f.severity === 'warning')).toBe(true);
    expect(s.files[2].status).toBe('warnings');
  });

  it('are not flagged when no unit reports them', () => {
    const s = consolidate([chiCuc(), { ...trungTam(), training: undefined, reception: chiCuc().reception }]);
    expect(s.findings.filter((f) => f.code === 'SECTIONS_MISSING')).toEqual([]);
  });

  it('all four are named for a unit that reported nothing', () => {
    const empty = { ...vanPhong(), tthc: undefined, staff: undefined, training: undefined, reception: undefined };
    const [f] = consolidate([empty]).findings;
    expect(f.code).toBe('SECTIONS_MISSING');
    expect(f.message).toContain('thủ tục hành chính; nhân sự; đào tạo, bồi dưỡng; tiếp công dân, khiếu nại, tố cáo');
  });
});
