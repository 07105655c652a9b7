/** The TTHC sheet (Biểu II.06a) as units send it: layouts accepted, and each per-file check naming its cell. */
import type { CellValue, Grid } from '../../../src/core/grid';
import { readUnitWorkbook } from '../../../src/core/unit';
import {
  SEED_COUNTS,
  SEED_FIELDS,
  SEED_TOTAL,
  TTHC_HEADER_SUB,
  TTHC_HEADER_TOP,
  counts,
  seedTthcRows,
} from './support/seed';
import { toTcvn3 } from './support/legacy-text';

const info: Grid = {
  name: 'ThongTin',
  rows: [
    ['Tên đơn vị', 'Văn phòng Sở'],
    ['Kỳ báo cáo', '6 tháng đầu năm 2020'],
    ['Từ ngày', '15/12/2019'],
    ['Đến ngày', '14/06/2020'],
  ],
};
const read = (tthc: Grid, ...more: Grid[]) => readUnitWorkbook([info, tthc, ...more], 'van-phong.xlsx');
const codes = (r: ReturnType<typeof read>) => r.findings.map((f) => f.code);
const only = (r: ReturnType<typeof read>, code: string) => r.findings.filter((f) => f.code === code);

describe('TTHC table: accepted layouts', () => {
  test('the official layout (title block, merged two-row header, column numbers, Tổng cộng, signatures) reads the seed figures with no finding', () => {
    const r = read({ name: 'TTHC', rows: seedTthcRows() });
    expect(r.findings).toEqual([]);
    expect(r.status).toBe('valid');
    expect(r.tthcSource).toBe('table');
    const { byField, ...total } = r.tthc!;
    expect(total).toEqual(SEED_COUNTS);
    expect(Object.keys(byField)).toEqual(SEED_FIELDS.map(([n]) => n));
    expect(byField['Sở hữu trí tuệ']).toEqual(counts(SEED_FIELDS[3][1]));
  });

  test('a sheet with another name is recognised by its header', () => {
    const r = read({ name: 'Sheet1', rows: seedTthcRows() });
    expect(r.tthc?.received).toBe(53);
    expect(r.findings).toEqual([]);
  });

  test('a sheet named «Biểu II.06a» is the TTHC sheet', () => {
    const r = read({ name: 'Biểu II.06a', rows: seedTthcRows() });
    expect(r.tthc?.resolved).toBe(49);
  });

  test('columns in another order, one header row, other wordings without diacritics', () => {
    const header = [
      'Linh vuc',
      'Ky truoc chuyen sang',
      'Moi tiep nhan truc tuyen',
      'Truc tiep, buu chinh',
      'Tong so ho so tiep nhan',
      'Da giai quyet truoc han',
      'Da giai quyet dung han',
      'Da giai quyet - Qua han',
      'Tong so da giai quyet',
      'Dang giai quyet trong han',
      'Dang giai quyet qua han',
      'Tong so dang giai quyet',
    ];
    const rows: CellValue[][] = [header];
    for (const [name, f] of SEED_FIELDS) {
      const [rec, on, inp, co, res, e, ot, l, p, pw, po] = f;
      rows.push([name, co, on, inp, rec, e, ot, l, res, pw, po, p]);
    }
    const r = read({ name: 'KQ', rows });
    expect(r.findings).toEqual([]);
    const { byField, ...total } = r.tthc!;
    expect(total).toEqual(SEED_COUNTS);
  });

  test('three header rows: «Trong kỳ» as a sub-group over «Trực tuyến» and «Trực tiếp, dịch vụ bưu chính»', () => {
    const rows: CellValue[][] = [
      [
        'STT',
        'Lĩnh vực, công việc giải quyết theo cấp',
        'Số hồ sơ nhận giải quyết',
        null,
        null,
        null,
        'Kết quả giải quyết',
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        null,
        null,
        'Tổng số',
        'Trong kỳ',
        null,
        'Từ kỳ trước',
        'Số hồ sơ đã giải quyết',
        null,
        null,
        null,
        'Số hồ sơ đang giải quyết',
        null,
        null,
      ],
      [
        null,
        null,
        null,
        'Trực tuyến',
        'Trực tiếp, dịch vụ bưu chính',
        null,
        'Tổng số',
        'Trước hạn',
        'Đúng hạn',
        'Quá hạn',
        'Tổng số',
        'Trong hạn',
        'Quá hạn',
      ],
      ...SEED_FIELDS.map(([name, f], i) => [i + 1, name, ...f]),
      [null, 'Tổng cộng', ...SEED_TOTAL],
    ];
    const r = read({ name: 'TTHC', rows });
    expect(r.findings).toEqual([]);
    const { byField, ...total } = r.tthc!;
    expect(total).toEqual(SEED_COUNTS);
  });

  test('header text in NFD and field names in NFD are read as NFC', () => {
    const rows = seedTthcRows().map((row) => row.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v)));
    const r = read({ name: 'TTHC', rows });
    expect(r.tthc?.received).toBe(53);
    expect(Object.keys(r.tthc!.byField)).toContain('Hoạt động khoa học và công nghệ');
  });

  test('TCVN3 text is converted and reported once, naming the cells', () => {
    const rows = seedTthcRows().map((row) => row.map((v) => (typeof v === 'string' ? toTcvn3(v) : v)));
    const r = read({ name: 'TTHC', rows });
    expect(r.tthc?.received).toBe(53);
    expect(Object.keys(r.tthc!.byField)).toContain('An toàn bức xạ và hạt nhân');
    const legacy = only(r, 'UNIT_LEGACY_TEXT');
    expect(legacy).toHaveLength(1);
    expect(legacy[0]).toMatchObject({ sheet: 'TTHC', severity: 'warning', cell: 'A1' });
    expect(legacy[0].message).toMatch(/^Chữ ở ô A1, D3, M4, B5, C5 và \d+ ô khác được gõ bằng bảng mã cũ TCVN3/);
    expect(r.findings).toHaveLength(1);
  });

  test('numbers typed as text, Vietnamese style, and blank rows between fields', () => {
    const rows = seedTthcRows().map((row) => row.map((v, c) => (typeof v === 'number' && c >= 2 ? String(v) : v)));
    rows.splice(9, 0, [], [null, null]);
    const r = read({ name: 'TTHC', rows });
    expect(r.findings).toEqual([]);
    expect(r.tthc?.early).toBe(40);
  });

  test('"1.234" is one thousand two hundred and thirty-four', () => {
    const rows: CellValue[][] = [
      TTHC_HEADER_TOP,
      TTHC_HEADER_SUB,
      [1, 'Sở hữu trí tuệ', '1.234', '1.000', 234, 0, '1.234', '1.200', 34, 0, 0, 0, 0],
    ];
    const r = read({ name: 'TTHC', rows });
    expect(r.findings).toEqual([]);
    expect(r.tthc?.received).toBe(1234);
    expect(r.tthc?.online).toBe(1000);
  });

  test('an extra column is a warning naming it, not silently dropped', () => {
    const rows = seedTthcRows().map((row, i) => [
      ...row,
      ...Array(13 - row.length).fill(null),
      i === 4 ? 'Ghi chú' : null,
    ]);
    const r = read({ name: 'TTHC', rows });
    const extra = only(r, 'UNIT_EXTRA_COLUMNS');
    expect(extra).toHaveLength(1);
    expect(extra[0].message).toContain('«Ghi chú»');
    expect(r.status).toBe('warnings');
  });

  test('a missing optional column is reported', () => {
    const rows = seedTthcRows().map((row) => row.filter((_, c) => c !== 11)); // no «Trong hạn»
    const r = read({ name: 'TTHC', rows });
    expect(codes(r)).toContain('TTHC_MISSING_COLUMNS');
    expect(r.tthc?.pending).toBe(4);
  });
});

describe('TTHC table: per-file checks name the cell', () => {
  test('a stated Tổng cộng that disagrees with the rows: a finding on that cell, and the sum of the rows is used', () => {
    const wrong = [...SEED_TOTAL] as typeof SEED_TOTAL;
    wrong[0] = 52; // received
    wrong[5] = 41; // early
    const r = read({ name: 'TTHC', rows: seedTthcRows(wrong) });
    const f = only(r, 'TTHC_TOTAL_MISMATCH');
    expect(f.map((x) => x.cell)).toEqual(['C13', 'H13']);
    expect(f[0]).toMatchObject({ sheet: 'TTHC', severity: 'error', file: 'van-phong.xlsx' });
    expect(f[0].message).toContain('52');
    expect(f[0].message).toContain('53');
    expect(r.tthc?.received).toBe(53);
    expect(r.tthc?.early).toBe(40);
    // An error: the file is Có lỗi, its TTHC left out of the totals unless the user accepts the rows' sum.
    expect(r.status).toBe('errors');
    expect(f.map((x) => [x.stated, x.added])).toEqual([
      [52, 53],
      [41, 40],
    ]);
  });

  test('received ≠ online + in person + carried over: the total cell is named and the parts are used', () => {
    const rows = seedTthcRows(null);
    rows[7][2] = 21; // Hoạt động KH&CN received, parts 8 + 10 + 2 = 20
    const r = read({ name: 'TTHC', rows });
    const f = only(r, 'TTHC_ROW_SUM_MISMATCH');
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe('C8');
    expect(f[0].message).toContain('8 + 10 + 2 = 20');
    expect(r.tthc?.byField['Hoạt động khoa học và công nghệ'].received).toBe(20);
    expect(codes(r)).not.toContain('TTHC_ROW_BALANCE');
  });

  test('resolved ≠ early + on time + late, and pending ≠ within + overdue', () => {
    const rows = seedTthcRows(null);
    rows[8][6] = 13; // Tiêu chuẩn resolved, parts 12 + 2 + 0 = 14
    rows[9][10] = 2; // An toàn bức xạ pending, parts 1 + 0 = 1
    const r = read({ name: 'TTHC', rows });
    expect(only(r, 'TTHC_ROW_SUM_MISMATCH').map((f) => f.cell)).toEqual(['G9', 'K10']);
    expect(r.tthc?.resolved).toBe(49);
    expect(r.tthc?.pending).toBe(4);
  });

  test('received ≠ resolved + pending is an error on the received cell', () => {
    const rows: CellValue[][] = [
      TTHC_HEADER_TOP,
      TTHC_HEADER_SUB,
      [1, 'Sở hữu trí tuệ', 6, 1, 4, 1, 5, 3, 2, 0, 0, 0, 0],
    ];
    const r = read({ name: 'TTHC', rows });
    const f = only(r, 'TTHC_ROW_BALANCE');
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe('C3');
    expect(f[0].message).toContain('5 + 0 = 5');
  });

  test('pendingOverdue is the «Quá hạn» under «đang giải quyết», not the one under «đã giải quyết»', () => {
    const rows: CellValue[][] = [
      TTHC_HEADER_TOP,
      TTHC_HEADER_SUB,
      [1, 'Sở hữu trí tuệ', 10, 2, 6, 2, 7, 3, 1, 3, 3, 1, 2],
    ];
    const r = read({ name: 'TTHC', rows });
    expect(r.findings).toEqual([]);
    expect(r.tthc).toMatchObject({ late: 3, pending: 3, pendingOverdue: 2 });
  });

  test('negative, fractional and non-numeric counts are errors naming the cell', () => {
    const rows = seedTthcRows(null);
    rows[7][3] = -8;
    rows[8][4] = 7.5;
    rows[9][7] = 'chín';
    const r = read({ name: 'TTHC', rows });
    const bad = only(r, 'UNIT_BAD_NUMBER');
    expect(bad.map((f) => f.cell)).toEqual(['D8', 'E9', 'H10']);
    expect(bad[0].message).toContain('âm');
    expect(bad[1].message).toContain('thập phân');
    expect(bad[2].message).toContain('không phải số');
    expect(bad.every((f) => f.severity === 'error')).toBe(true);
    // A row with an unreadable part is not also blamed for its sum.
    expect(codes(r)).not.toContain('TTHC_ROW_SUM_MISMATCH');
  });

  test('a table with only the Tổng cộng row gives the totals and says so', () => {
    const rows: CellValue[][] = [TTHC_HEADER_TOP, TTHC_HEADER_SUB, [null, 'Tổng cộng', ...SEED_TOTAL]];
    const r = read({ name: 'TTHC', rows });
    expect(codes(r)).toEqual(['TTHC_ONLY_TOTAL']);
    const { byField, ...total } = r.tthc!;
    expect(total).toEqual(SEED_COUNTS);
    expect(byField).toEqual({});
  });

  test('the same field twice is summed and reported', () => {
    const rows = seedTthcRows(null);
    rows.splice(11, 0, [5, 'Sở hữu trí tuệ', 1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0]);
    const r = read({ name: 'TTHC', rows });
    expect(only(r, 'TTHC_DUPLICATE_FIELD')).toHaveLength(1);
    expect(r.tthc?.byField['Sở hữu trí tuệ'].received).toBe(7);
    expect(r.tthc?.received).toBe(54);
  });

  test('figures without a field name are kept under «Chưa phân lĩnh vực» with a warning', () => {
    const rows: CellValue[][] = [TTHC_HEADER_TOP, TTHC_HEADER_SUB, [1, null, 6, 1, 4, 1, 6, 4, 2, 0, 0, 0, 0]];
    const r = read({ name: 'TTHC', rows });
    expect(codes(r)).toEqual(['TTHC_NO_FIELD_NAME']);
    expect(r.tthc?.byField['Chưa phân lĩnh vực'].received).toBe(6);
  });

  test('an unfilled table is not a report of zero: the section is absent and the file, with nothing else, rejected', () => {
    const rows: CellValue[][] = [
      TTHC_HEADER_TOP,
      TTHC_HEADER_SUB,
      [1, 'Sở hữu trí tuệ'],
      [2, 'Chuyển giao công nghệ'],
      [null, 'Tổng cộng', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ];
    const r = read({ name: 'TTHC', rows });
    expect(r.tthc).toBeUndefined();
    expect(codes(r)).toEqual(['TTHC_EMPTY', 'UNIT_NOTHING_USABLE']);
    expect(r.status).toBe('rejected');
  });

  test('zeros typed in are a report of zero dossiers', () => {
    const rows: CellValue[][] = [
      TTHC_HEADER_TOP,
      TTHC_HEADER_SUB,
      [1, 'Sở hữu trí tuệ', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ];
    const r = read({ name: 'TTHC', rows });
    expect(r.findings).toEqual([]);
    expect(r.tthc?.received).toBe(0);
    expect(r.status).toBe('valid');
  });
});
