import { sectionByName } from '../../../src/core/unit';

describe('sheets are matched by name first', () => {
  test.each([
    ['ThongTin', 'info'],
    ['Thông tin', 'info'],
    ['THONG TIN CHUNG', 'info'],
    ['TT chung', 'info'],
    ['TTHC', 'tthc'],
    ['Biểu II.06a', 'tthc'],
    ['TTHC 6 tháng', 'tthc'],
    ['Kết quả giải quyết TTHC', 'tthc'],
    ['SoTheoDoi', 'register'],
    ['Sổ theo dõi', 'register'],
    ['Sổ theo dõi hồ sơ', 'register'],
    ['So theo doi TTHC', 'register'],
    ['NhanSu', 'staff'],
    ['Nhân sự', 'staff'],
    ['Danh sách CBCCVC', 'staff'],
    ['DaoTao', 'training'],
    ['Đào tạo bồi dưỡng', 'training'],
    ['Đào tạo, bồi dưỡng', 'training'],
    ['TiepDan', 'reception'],
    ['Tiếp dân', 'reception'],
    ['Tiếp công dân', 'reception'],
    ['HuongDan', 'ignore'],
    ['Hướng dẫn', 'ignore'],
  ])('%s → %s', (name, kind) => {
    expect(sectionByName(name)).toBe(kind);
  });

  test('other names are left to the header', () => {
    expect(sectionByName('Sheet1')).toBeNull();
    expect(sectionByName('Trang tính 2')).toBeNull();
    expect(sectionByName('TTHCX')).toBeNull();
  });
});
