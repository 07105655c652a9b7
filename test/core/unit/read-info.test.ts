/** ThongTin: label | value pairs as units write them. */
import type { CellValue, Grid } from '../../../src/core/grid';
import { serialFromYmd as d } from '../../../src/core/calendar/serial';
import { readUnitWorkbook } from '../../../src/core/unit';
import { STAFF_HEADER, seedTthcRows } from './support/seed';

/** The seed TTHC table without its title block, so the period comes from ThongTin only. */
const tthc: Grid = { name: 'TTHC', rows: seedTthcRows().slice(4) };
const staff: Grid = {
  name: 'NhanSu',
  rows: [STAFF_HEADER, [1, 'A', 'Nữ', 1980, 'Kinh', null, 'Công chức', null, null, 'ĐH', null, null, null]],
};
const read = (rows: CellValue[][], name = 'ThongTin') => readUnitWorkbook([{ name, rows }, tthc, staff], 'a.xlsx');

describe('ThongTin', () => {
  test('labels with hints in parentheses, a trailing colon, another case, no diacritics', () => {
    const r = read([
      ['TEN DON VI:', 'Chi cục Tiêu chuẩn Đo lường Chất lượng'],
      ['Kỳ báo cáo (*)', 'Năm 2023'],
      ['Từ ngày (dd/mm/yyyy)', '15/12/2022'],
      ['Đến ngày (dd/mm/yyyy)', '14/12/2023'],
      ['Biên chế được giao', '1.025'],
      ['Người lập', 'Trần Thị B'],
      ['Ngày lập báo cáo', 'ngày 18 tháng 12 năm 2023'],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.name).toBe('Chi cục Tiêu chuẩn Đo lường Chất lượng');
    expect(r.period).toEqual({ label: 'Năm 2023', from: d(2022, 12, 15), to: d(2023, 12, 14) });
    expect(r.preparedBy).toBe('Trần Thị B');
    expect(r.preparedOn).toBe(d(2023, 12, 18));
    expect(r.staff?.quota).toBe(1025);
  });

  test('«Label: value» in one cell, and a label merged over two columns with its value after the merge', () => {
    const r = readUnitWorkbook(
      [
        {
          name: 'Thông tin đơn vị',
          rows: [
            ['Đơn vị báo cáo: Văn phòng Sở'],
            ['Kỳ báo cáo', null, 'Quý II năm 2024'],
            ['Từ ngày: 15/03/2024'],
            ['Đến ngày: 14/06/2024'],
          ],
          merges: [{ r1: 1, c1: 0, r2: 1, c2: 1 }],
        },
        tthc,
      ],
      'a.xlsx',
    );
    expect(r.findings).toEqual([]);
    expect(r.name).toBe('Văn phòng Sở');
    expect(r.period).toEqual({ label: 'Quý II năm 2024', from: d(2024, 3, 15), to: d(2024, 6, 14) });
  });

  test('«Từ ngày» and «Đến ngày» given on their own win over dates written inside «Kỳ báo cáo»', () => {
    const r = read([
      ['Tên đơn vị', 'Văn phòng'],
      ['Kỳ báo cáo', '6 tháng đầu năm 2020 (Từ ngày 15/12/2019 đến ngày 14/6/2020)'],
      ['Từ ngày', '16/12/2019'],
      ['Đến ngày', '15/06/2020'],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.period).toEqual({ label: '6 tháng đầu năm 2020', from: d(2019, 12, 16), to: d(2020, 6, 15) });
  });

  test('a label given twice: the first value is used and the second reported', () => {
    const r = read([
      ['Tên đơn vị', 'Văn phòng'],
      ['Tên đơn vị', 'Thanh tra'],
    ]);
    expect(r.name).toBe('Văn phòng');
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([['INFO_DUPLICATE_LABEL', 'B2']]);
  });

  test('a quota that is not a count is an error naming the cell; one with a unit word is read and noted', () => {
    const bad = read([
      ['Tên đơn vị', 'Văn phòng'],
      ['Biên chế được giao', '-3'],
    ]);
    expect(bad.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['UNIT_BAD_NUMBER', 'B2', 'error']]);
    expect(bad.staff?.quota).toBeNull();
    const noted = read([
      ['Tên đơn vị', 'Văn phòng'],
      ['Biên chế được giao', '25 người'],
    ]);
    expect(noted.findings.map((f) => [f.code, f.cell])).toEqual([['UNIT_NUMBER_INTERPRETED', 'B2']]);
    expect(noted.staff?.quota).toBe(25);
  });
});
