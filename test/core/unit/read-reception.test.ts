/** The TiepDan sheet. */
import type { CellValue, Grid } from '../../../src/core/grid';
import { readUnitWorkbook } from '../../../src/core/unit';

const info: Grid = { name: 'ThongTin', rows: [['Tên đơn vị', 'Thanh tra Sở']] };
const read = (rows: CellValue[][], name = 'TiepDan') => readUnitWorkbook([info, { name, rows }], 'tt.xlsx');
const codes = (r: ReturnType<typeof read>) => r.findings.map((f) => f.code);

describe('TiepDan', () => {
  test('label | số tiếp nhận | đã giải quyết, with a title and STT column', () => {
    const rows: CellValue[][] = [
      ['TÌNH HÌNH TIẾP CÔNG DÂN, GIẢI QUYẾT ĐƠN THƯ'],
      ['STT', 'Nội dung', 'Số tiếp nhận', 'Đã giải quyết'],
      [1, 'Lượt tiếp công dân', 15, 15],
      [2, 'Đơn khiếu nại', '3', '2'],
      [3, 'Đơn tố cáo', 1, 1],
      [4, 'Kiến nghị, phản ánh', 7, 6],
    ];
    const r = read(rows);
    expect(r.findings).toEqual([]);
    expect(r.reception).toEqual({
      citizens: 15,
      complaints: 3,
      denunciations: 1,
      petitions: 7,
      resolved: { citizens: 15, complaints: 2, denunciations: 1, petitions: 6 },
    });
  });

  test('recognised by its labels in a sheet with another name, without a header row', () => {
    const rows: CellValue[][] = [
      ['Tiếp công dân', 4, 4],
      ['Khiếu nại', 0, 0],
      ['Tố cáo', 0, 0],
      ['Phản ánh, kiến nghị', 2, 1],
    ];
    const r = read(rows, 'Sheet7');
    expect(r.findings).toEqual([]);
    expect(r.reception).toMatchObject({ citizens: 4, petitions: 2, resolved: { petitions: 1 } });
  });

  test('a row nobody recognises is reported, missing items are reported, resolved above received is reported', () => {
    const rows: CellValue[][] = [
      ['Nội dung', 'Số tiếp nhận', 'Đã giải quyết'],
      ['Lượt tiếp công dân', 2, 3],
      ['Đơn đề nghị cấp phép', 5, 5],
    ];
    const r = read(rows);
    expect(codes(r).sort()).toEqual(['RECEPTION_RESOLVED_EXCEEDS', 'RECEPTION_ROW_MISSING', 'RECEPTION_UNKNOWN_ROW']);
    expect(r.findings.find((f) => f.code === 'RECEPTION_RESOLVED_EXCEEDS')?.cell).toBe('C2');
    expect(r.findings.find((f) => f.code === 'RECEPTION_UNKNOWN_ROW')?.cell).toBe('A3');
    expect(r.reception?.citizens).toBe(2);
  });

  test('a template left empty is absent, not zero', () => {
    const rows: CellValue[][] = [
      ['Nội dung', 'Số tiếp nhận', 'Đã giải quyết'],
      ['Lượt tiếp công dân'],
      ['Đơn khiếu nại'],
      ['Đơn tố cáo'],
      ['Kiến nghị, phản ánh'],
    ];
    expect(read(rows).reception).toBeUndefined();
  });
});
