/** The NhanSu sheet as units send it. */
import type { CellValue, Grid } from '../../../src/core/grid';
import { serialFromYmd as d } from '../../../src/core/calendar/serial';
import { readUnitWorkbook } from '../../../src/core/unit';
import { STAFF_HEADER, seedStaffRows } from './support/seed';
import { toTcvn3 } from './support/legacy-text';

const info: Grid = {
  name: 'ThongTin',
  rows: [
    ['Tên đơn vị', 'Trung tâm'],
    ['Biên chế được giao', '25'],
  ],
};
const read = (rows: CellValue[][], name = 'NhanSu') => readUnitWorkbook([info, { name, rows }], 'tt.xlsx');
const codes = (r: ReturnType<typeof read>) => r.findings.map((f) => f.code);

describe('NhanSu: accepted layouts', () => {
  test('seed list with a title block, a column-number row, blank rows, a total row and signatures', () => {
    const seed = seedStaffRows();
    const rows: CellValue[][] = [
      ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
      ['DANH SÁCH CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG'],
      [],
      STAFF_HEADER,
      STAFF_HEADER.map((_, i) => i + 1),
      ...seed.rows.slice(0, 100),
      [],
      ...seed.rows.slice(100),
      ['Tổng cộng', null, null, null, null, null, null, null, null, '182 người'],
      [],
      [null, 'Người lập biểu', null, null, null, null, null, null, 'Giám đốc'],
    ];
    const r = read(rows);
    expect(r.findings).toEqual([]);
    expect(r.staff).toMatchObject({
      quota: 25,
      present: 182,
      byDegree: { 'Tiến sĩ': 2, 'Thạc sĩ': 70, 'Đại học': 110 },
      studying: { 'Tiến sĩ': 7, 'Thạc sĩ': 8 },
      women: seed.women,
      partyMembers: seed.party,
    });
  });

  test('other header wordings without diacritics, columns reordered, an extra column reported', () => {
    const rows: CellValue[][] = [
      ['Ho ten', 'Trinh do', 'Loai CBCCVC', 'LLCT', 'QLNN', 'Gioi tinh', 'Que quan', 'Ghi chu'],
      ['Nguyễn Thị A', 'Th.S', 'CC', 'Cao cấp LLCT', 'CVC', 'Nữ', 'Hà Nội', null],
      ['Trần Văn B', 'Kỹ sư', 'Hợp đồng NĐ 68', null, null, 'Nam', 'Huế', 'Đang học Thạc sĩ'],
    ];
    const r = read(rows, 'Danh sách CBCCVC');
    expect(codes(r)).toEqual(['UNIT_EXTRA_COLUMNS']);
    expect(r.findings[0].message).toContain('«Que quan»');
    expect(r.staff).toMatchObject({
      present: 2,
      byType: { 'Công chức': 1, 'Người lao động': 1 },
      byDegree: { 'Thạc sĩ': 1, 'Đại học': 1 },
      byPoliticalTheory: { 'Cao cấp': 1 },
      byStateManagement: { 'Chuyên viên chính': 1 },
      women: 1,
      studying: { 'Thạc sĩ': 1 },
    });
  });

  test('women marked in a «Nữ» column under «Năm sinh» (Nam | Nữ), party membership as a date of admission', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', null, 'Ngày vào Đảng', 'Trình độ chuyên môn', 'Loại'],
      [null, null, 'Nam', 'Nữ', null, null, null],
      [1, 'Nguyễn Thị A', null, 1985, '03/02/2010', 'ThS', 'Công chức'],
      [2, 'Trần Văn B', 1980, null, d(2005, 5, 19), 'ĐH', 'Viên chức'],
      [3, 'Lê Văn C', 1990, null, null, 'ĐH', 'Viên chức'],
    ];
    const r = read(rows);
    expect(r.findings).toEqual([]);
    expect(r.staff).toMatchObject({ present: 3, women: 1, partyMembers: 2 });
  });

  test('TCVN3 text is repaired and reported once', () => {
    const seed = seedStaffRows();
    const rows = [STAFF_HEADER, ...seed.rows].map((row) => row.map((v) => (typeof v === 'string' ? toTcvn3(v) : v)));
    const r = read(rows);
    expect(codes(r)).toEqual(['UNIT_LEGACY_TEXT']);
    expect(r.staff?.byDegree).toEqual({ 'Tiến sĩ': 2, 'Thạc sĩ': 70, 'Đại học': 110 });
  });
});

describe('NhanSu: what is reported', () => {
  test('an unknown degree is counted as «Khác: …» and reported once per value, naming the first cell', () => {
    const rows: CellValue[][] = [
      STAFF_HEADER,
      [1, 'A', 'Nam', 1980, 'Kinh', null, 'Công chức', null, null, 'Nhạc công', null, null, null],
      [2, 'B', 'Nam', 1981, 'Kinh', null, 'Công chức', null, null, 'Nhạc công', null, null, null],
      [3, 'C', 'Nữ', 1982, 'Kinh', 'Có', 'Viên chức', null, null, 'Thạc sĩ', null, null, null],
    ];
    const r = read(rows);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'STAFF_UNKNOWN_VALUE', cell: 'J2', severity: 'warning' });
    expect(r.findings[0].message).toContain('«Nhạc công» (ô J2, J3)');
    expect(r.staff?.byDegree).toEqual({ 'Khác: Nhạc công': 2, 'Thạc sĩ': 1 });
  });

  test('blank degree or type is reported; blank political theory is not (it means none)', () => {
    const rows: CellValue[][] = [
      STAFF_HEADER,
      [1, 'A', 'Nam', 1980, 'Kinh', null, null, null, null, null, null, null, null],
      [2, 'B', 'Nữ', 1981, 'Kinh', null, 'Viên chức', null, null, 'ĐH', null, null, null],
    ];
    const r = read(rows);
    expect(codes(r).sort()).toEqual(['STAFF_BLANK_VALUE', 'STAFF_BLANK_VALUE']);
    expect(r.findings.map((f) => f.cell).sort()).toEqual(['G2', 'J2']);
    expect(r.staff?.present).toBe(2);
  });

  test('department heading rows are not people, and are listed in one warning', () => {
    const rows: CellValue[][] = [
      STAFF_HEADER,
      ['I', 'Ban Giám đốc'],
      [1, 'A', 'Nam', 1970, 'Kinh', 'x', 'Công chức', 'Giám đốc', null, 'TS', 'Cao cấp', 'CVCC', null],
      ['II', 'Phòng Quản lý khoa học'],
      [2, 'B', 'Nữ', 1985, 'Kinh', null, 'Công chức', null, null, 'ThS', null, 'CV', null],
    ];
    const r = read(rows);
    expect(codes(r)).toEqual(['STAFF_HEADING_ROWS']);
    expect(r.findings[0].message).toContain('B2 «Ban Giám đốc»');
    expect(r.staff).toMatchObject({
      present: 2,
      partyMembers: 1,
      byStateManagement: { 'Chuyên viên cao cấp': 1, 'Chuyên viên': 1 },
    });
  });

  test('an unknown party mark is reported and not counted', () => {
    const rows: CellValue[][] = [
      STAFF_HEADER,
      [1, 'A', 'Nam', 1980, 'Kinh', 'chờ kết nạp', 'Công chức', null, null, 'ĐH', null, null, null],
    ];
    const r = read(rows);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([['STAFF_UNKNOWN_VALUE', 'F2']]);
    expect(r.staff?.partyMembers).toBe(0);
  });

  test('a list with nobody in it is reported and the section absent', () => {
    const r = read([STAFF_HEADER, []]);
    expect(r.staff).toBeUndefined();
    expect(codes(r)).toContain('STAFF_EMPTY');
  });
});
