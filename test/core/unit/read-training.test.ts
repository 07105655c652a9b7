/** The DaoTao sheet as units send it. */
import type { CellValue, Grid } from '../../../src/core/grid';
import { readUnitWorkbook } from '../../../src/core/unit';
import { TRAINING_HEADER, seedTrainingRows } from './support/seed';

const info: Grid = { name: 'ThongTin', rows: [['Tên đơn vị', 'Văn phòng Sở']] };
const read = (rows: CellValue[][], name = 'DaoTao') => readUnitWorkbook([info, { name, rows }], 'vp.xlsx');
const codes = (r: ReturnType<typeof read>) => r.findings.map((f) => f.code);

describe('DaoTao', () => {
  test('seed 2020 with a title block and a group header «Thời gian: Từ ngày | Đến ngày»', () => {
    const rows: CellValue[][] = [
      ['DANH SÁCH CỬ CÔNG CHỨC, VIÊN CHỨC ĐI ĐÀO TẠO, BỒI DƯỠNG NĂM 2020'],
      [],
      ['STT', 'Họ và tên', 'Loại', 'Hình thức', 'Chương trình', 'Cơ sở đào tạo', 'Thời gian', null, 'Trạng thái'],
      [null, null, null, null, null, null, 'Từ ngày', 'Đến ngày', null],
      ...seedTrainingRows(),
    ];
    const r = read(rows);
    expect(r.findings).toEqual([]);
    expect(r.training?.total).toBe(10);
    expect(r.training?.byKind).toEqual({
      'Cao cấp lý luận chính trị': 2,
      'Bồi dưỡng lãnh đạo, quản lý cấp phòng': 1,
      'QLNN ngạch chuyên viên': 2,
      'QLNN ngạch chuyên viên chính': 2,
      'Kế toán viên chính': 3,
    });
  });

  test('header wordings «Nội dung đào tạo, bồi dưỡng», «Đối tượng», «Tình trạng» in a sheet named «Đào tạo bồi dưỡng»', () => {
    const rows: CellValue[][] = [
      ['TT', 'Họ tên', 'Đối tượng', 'Nội dung đào tạo, bồi dưỡng', 'Tình trạng'],
      [1, 'A', 'CC', 'Thạc sĩ Quản lý kinh tế', 'Đang học'],
      [2, 'B', 'VC', 'Trung cấp LLCT', 'Đã hoàn thành'],
    ];
    const r = read(rows, 'Đào tạo bồi dưỡng');
    expect(r.findings).toEqual([]);
    expect(r.training?.byKindAndType).toEqual({
      'Thạc sĩ': { 'Công chức': 1 },
      'Trung cấp lý luận chính trị': { 'Viên chức': 1 },
    });
  });

  test('cancelled rows are not counted and are reported; unknown programmes are kept as «Khác: …» and reported', () => {
    const rows: CellValue[][] = [
      TRAINING_HEADER,
      [1, 'A', 'Công chức', 'Bồi dưỡng', 'Cao cấp LLCT', null, null, null, 'Hủy'],
      [2, 'B', 'Công chức', 'Bồi dưỡng', 'Kiến thức quốc phòng, an ninh', null, null, null, 'Đang học'],
      [3, 'C', 'Viên chức', 'Đào tạo', null, null, null, null, 'Đang học'],
    ];
    const r = read(rows);
    expect(codes(r).sort()).toEqual(['TRAINING_CANCELLED', 'TRAINING_NO_PROGRAM', 'TRAINING_UNKNOWN_VALUE']);
    expect(r.findings.find((f) => f.code === 'TRAINING_CANCELLED')?.cell).toBe('I2');
    expect(r.findings.find((f) => f.code === 'TRAINING_NO_PROGRAM')?.cell).toBe('E4');
    expect(r.training).toEqual({
      total: 2,
      byKind: { 'Khác: Kiến thức quốc phòng, an ninh': 1, Khác: 1 },
      byKindAndType: { 'Khác: Kiến thức quốc phòng, an ninh': { 'Công chức': 1 }, Khác: { 'Viên chức': 1 } },
    });
  });

  test('a date that cannot be read is a warning naming the cell, and the course still counts', () => {
    const rows: CellValue[][] = [
      TRAINING_HEADER,
      [1, 'A', 'Công chức', 'Bồi dưỡng', 'Cao cấp LLCT', null, '32/13/2020', '30/05/2020', null],
    ];
    const r = read(rows);
    expect(r.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['UNIT_BAD_DATE', 'G2', 'warning']]);
    expect(r.training?.total).toBe(1);
  });

  test('an empty list (as in the template) is simply absent', () => {
    const r = read([TRAINING_HEADER, [], []]);
    expect(r.training).toBeUndefined();
    expect(codes(r)).toEqual(['UNIT_NOTHING_USABLE']);
  });
});
