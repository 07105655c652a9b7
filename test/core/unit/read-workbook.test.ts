/** A unit's whole workbook: which sheet is which, the period, the register, status and content key. */
import type { CellValue, Grid } from '../../../src/core/grid';
import { serialFromYmd as d } from '../../../src/core/calendar/serial';
import { readUnitWorkbook } from '../../../src/core/unit';
import {
  SEED_COUNTS,
  STAFF_HEADER,
  TRAINING_HEADER,
  seedStaffRows,
  seedTrainingRows,
  seedTthcRows,
} from './support/seed';

const FROM = d(2019, 12, 15);
const TO = d(2020, 6, 14);

function infoGrid(name: string | null = 'Văn phòng Sở', quota: number | null = null): Grid {
  const rows: CellValue[][] = [['THÔNG TIN CHUNG'], [], ['Nội dung', 'Giá trị', 'Hướng dẫn']];
  if (name !== null) rows.push(['Tên đơn vị', name, 'Tên đầy đủ của đơn vị.']);
  rows.push(
    ['Kỳ báo cáo', '6 tháng đầu năm 2020'],
    ['Từ ngày', FROM],
    ['Đến ngày', '14/06/2020'],
    ['Biên chế được giao', quota],
    ['Người lập biểu', 'Nguyễn Văn A'],
    ['Ngày lập', '16/06/2020'],
  );
  return { name: 'ThongTin', rows };
}
const tthc = (): Grid => ({ name: 'TTHC', rows: seedTthcRows() });
/** The TTHC table without its title block (no period written above it). */
const bareTthc = (): Grid => ({ name: 'TTHC', rows: seedTthcRows().slice(4) });
const staff = (name = 'NhanSu'): Grid => ({
  name,
  rows: [['DANH SÁCH CÔNG CHỨC, VIÊN CHỨC'], [], STAFF_HEADER, ...seedStaffRows().rows],
});
const training = (name = 'DaoTao'): Grid => ({ name, rows: [TRAINING_HEADER, ...seedTrainingRows()] });
const reception = (name = 'TiepDan'): Grid => ({
  name,
  rows: [
    ['Nội dung', 'Số tiếp nhận', 'Đã giải quyết'],
    ['Lượt tiếp công dân', 12, 12],
    ['Đơn khiếu nại', 2, 1],
    ['Đơn tố cáo', 0, 0],
    ['Kiến nghị, phản ánh', 5, 5],
  ],
});

/** A register of the seed's 53 dossiers: 7 carried over, 17 + 29 new, 40 early, 9 on time, 4 pending; 2 outside the period. */
function registerGrid(name = 'SoTheoDoi'): Grid {
  const rows: CellValue[][] = [
    [
      'Mã hồ sơ',
      'Lĩnh vực',
      'Tên thủ tục',
      'Hình thức tiếp nhận',
      'Ngày tiếp nhận',
      'Hạn giải quyết',
      'Ngày có kết quả',
      'Ghi chú',
    ],
  ];
  let n = 0;
  const add = (field: string, channel: string, received: number, deadline: CellValue, resolved: number | null) =>
    rows.push([`HS-${++n}`, field, 'Thủ tục', channel, received, deadline, resolved, null]);
  for (let i = 0; i < 7; i++)
    add('Tiêu chuẩn đo lường chất lượng', 'Trực tiếp', d(2019, 12, 2 + i), d(2020, 1, 20), d(2020, 1, 6));
  for (let i = 0; i < 33; i++)
    add(
      'Hoạt động khoa học và công nghệ',
      i < 17 ? 'Trực tuyến' : 'Trực tiếp',
      d(2020, 2, 3) + i * 3,
      d(2020, 2, 3) + i * 3 + 5,
      d(2020, 2, 3) + i * 3 + 2,
    );
  for (let i = 0; i < 9; i++) add('Sở hữu trí tuệ', 'Bưu chính', d(2020, 3, 2), d(2020, 3, 10 + i), d(2020, 3, 10 + i));
  for (let i = 0; i < 4; i++) add('An toàn bức xạ và hạt nhân', 'Trực tiếp', d(2020, 6, 8 + i), d(2020, 7, 1), null);
  add('An toàn bức xạ và hạt nhân', 'Trực tiếp', d(2020, 6, 20), d(2020, 7, 1), null);
  add('An toàn bức xạ và hạt nhân', 'Trực tiếp', d(2019, 11, 1), d(2019, 11, 15), d(2019, 11, 5));
  return { name, rows };
}

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe('readUnitWorkbook: the canonical workbook', () => {
  const r = readUnitWorkbook(
    [
      { name: 'HuongDan', rows: [['HƯỚNG DẪN'], ['Từ ngày 15/12/2019 đến ngày 14/6/2020']] },
      infoGrid('Văn phòng Sở', 190),
      tthc(),
      staff(),
      training(),
      reception(),
    ],
    'van-phong.xlsx',
  );

  test('is valid, with every section and no finding', () => {
    expect(r.findings).toEqual([]);
    expect(r.status).toBe('valid');
  });

  test('ThongTin: name, period, preparer, quota', () => {
    expect(r.name).toBe('Văn phòng Sở');
    expect(r.period).toEqual({ label: '6 tháng đầu năm 2020', from: FROM, to: TO });
    expect(r.preparedBy).toBe('Nguyễn Văn A');
    expect(r.preparedOn).toBe(d(2020, 6, 16));
    expect(r.staff?.quota).toBe(190);
  });

  test('TTHC 53/17/29/7/49/40/9/0/4/4/0', () => {
    const { byField, ...total } = r.tthc!;
    expect(total).toEqual(SEED_COUNTS);
    expect(r.tthcSource).toBe('table');
  });

  test('NhanSu: 182 people, 02 Tiến sĩ, 70 Thạc sĩ, 110 Đại học, 07 + 8 studying', () => {
    const seed = seedStaffRows();
    expect(r.staff).toEqual({
      quota: 190,
      present: 182,
      byDegree: { 'Tiến sĩ': 2, 'Thạc sĩ': 70, 'Đại học': 110 },
      studying: { 'Tiến sĩ': 7, 'Thạc sĩ': 8 },
      byType: seed.byType,
      byPoliticalTheory: seed.byPoliticalTheory,
      byStateManagement: seed.byStateManagement,
      women: seed.women,
      partyMembers: seed.party,
    });
  });

  test('DaoTao: the seed courses by kind and staff type', () => {
    expect(r.training).toEqual({
      total: 10,
      byKind: {
        'Cao cấp lý luận chính trị': 2,
        'Bồi dưỡng lãnh đạo, quản lý cấp phòng': 1,
        'QLNN ngạch chuyên viên': 2,
        'QLNN ngạch chuyên viên chính': 2,
        'Kế toán viên chính': 3,
      },
      byKindAndType: {
        'Cao cấp lý luận chính trị': { 'Công chức': 2 },
        'Bồi dưỡng lãnh đạo, quản lý cấp phòng': { 'Viên chức': 1 },
        'QLNN ngạch chuyên viên': { 'Viên chức': 2 },
        'QLNN ngạch chuyên viên chính': { 'Công chức': 2 },
        'Kế toán viên chính': { 'Công chức': 2, 'Viên chức': 1 },
      },
    });
  });

  test('TiepDan', () => {
    expect(r.reception).toEqual({
      citizens: 12,
      complaints: 2,
      denunciations: 0,
      petitions: 5,
      resolved: { citizens: 12, complaints: 1, denunciations: 0, petitions: 5 },
    });
  });

  test('the content key is a digest of the figures, not of the names', () => {
    expect(r.contentKey).toMatch(/^[0-9a-f]{16}$/);
    const renamed = readUnitWorkbook(
      [infoGrid('Tên khác', 190), tthc(), staff(), training(), reception()],
      'khac.xlsx',
    );
    expect(renamed.contentKey).toBe(r.contentKey);
    const other = readUnitWorkbook([infoGrid('Văn phòng Sở', 190), tthc(), staff(), training()], 'van-phong.xlsx');
    expect(other.contentKey).not.toBe(r.contentKey);
  });
});

describe('readUnitWorkbook: sheets with other names', () => {
  test('named by synonyms (Thông tin chung, Danh sách CBCCVC, Đào tạo bồi dưỡng, Tiếp công dân)', () => {
    const r = readUnitWorkbook(
      [
        { ...infoGrid(), name: 'Thông tin chung' },
        { ...tthc(), name: 'Biểu II.06a' },
        staff('Danh sách CBCCVC'),
        training('Đào tạo, bồi dưỡng'),
        reception('Tiếp công dân'),
      ],
      'a.xlsx',
    );
    expect(r.findings).toEqual([]);
    expect([r.name, r.tthc?.received, r.staff?.present, r.training?.total, r.reception?.citizens]).toEqual([
      'Văn phòng Sở',
      53,
      182,
      10,
      12,
    ]);
  });

  test('recognised by their header rows or labels when named Sheet1, Sheet2 …', () => {
    const r = readUnitWorkbook(
      [
        { ...infoGrid(), name: 'Sheet1' },
        { ...tthc(), name: 'Sheet2' },
        staff('Sheet3'),
        training('Sheet4'),
        reception('Sheet5'),
      ],
      'a.xlsx',
    );
    expect(r.findings).toEqual([]);
    expect([r.name, r.tthc?.received, r.staff?.present, r.training?.total, r.reception?.citizens]).toEqual([
      'Văn phòng Sở',
      53,
      182,
      10,
      12,
    ]);
  });

  test('a sheet nobody recognises is reported, not silently skipped; empty sheets and HuongDan are not', () => {
    const r = readUnitWorkbook(
      [
        infoGrid(),
        tthc(),
        { name: 'Bảng phụ', rows: [['Ghi nhớ', 'gọi lại']] },
        { name: 'Sheet9', rows: [[], [null]] },
      ],
      'a.xlsx',
    );
    expect(codes(r)).toEqual(['UNIT_SHEET_UNKNOWN']);
    expect(r.findings[0].sheet).toBe('Bảng phụ');
  });

  test('two sheets of the same section: the first is read, the other reported', () => {
    const r = readUnitWorkbook([infoGrid(), tthc(), { ...tthc(), name: 'TTHC (2)' }], 'a.xlsx');
    expect(codes(r)).toEqual(['UNIT_DUPLICATE_SHEET']);
    expect(r.tthc?.received).toBe(53);
  });

  test('a sheet named TTHC without a recognisable header is an error, and the file with nothing else is rejected', () => {
    const r = readUnitWorkbook(
      [
        infoGrid(),
        {
          name: 'TTHC',
          rows: [
            ['Lĩnh vực', 'Số liệu'],
            ['Sở hữu trí tuệ', 5],
          ],
        },
      ],
      'a.xlsx',
    );
    expect(codes(r)).toEqual(['UNIT_NO_HEADER', 'UNIT_NOTHING_USABLE']);
    expect(r.findings[0].message).toContain('«Tổng số»');
    expect(r.status).toBe('rejected');
  });
});

describe('readUnitWorkbook: name, period and status', () => {
  test('without «Tên đơn vị» the file name stands in, with a warning', () => {
    const r = readUnitWorkbook([infoGrid(null), tthc()], 'C:\\bao cao\\Chi cuc TDC.xlsx');
    expect(r.name).toBe('Chi cuc TDC');
    expect(codes(r)).toEqual(['UNIT_NAME_FROM_FILE']);
    expect(r.status).toBe('warnings');
  });

  test('no ThongTin: name and period from the title block above the table', () => {
    const rows = seedTthcRows();
    rows.splice(1, 0, ['Đơn vị báo cáo: Chi cục Tiêu chuẩn Đo lường Chất lượng']);
    const r = readUnitWorkbook([{ name: 'TTHC', rows }], 'a.xlsx');
    expect(r.name).toBe('Chi cục Tiêu chuẩn Đo lường Chất lượng');
    expect(r.period).toEqual({ label: '6 tháng đầu năm 2020', from: FROM, to: TO });
    expect(r.findings).toEqual([]);
  });

  test('period dates from the official period named in «Kỳ báo cáo» when the dates are missing', () => {
    const r = readUnitWorkbook(
      [
        {
          name: 'ThongTin',
          rows: [
            ['Tên đơn vị', 'Văn phòng'],
            ['Kỳ báo cáo', 'Quý I năm 2024'],
          ],
        },
        bareTthc(),
      ],
      'a.xlsx',
    );
    expect(r.period).toEqual({ label: 'Quý I năm 2024', from: d(2023, 12, 15), to: d(2024, 3, 14) });
    expect(codes(r)).toEqual(['INFO_PERIOD_FROM_LABEL']);
  });

  test('the caller’s fallback period when the workbook states none', () => {
    const r = readUnitWorkbook([{ name: 'ThongTin', rows: [['Tên đơn vị', 'Văn phòng']] }, bareTthc()], 'a.xlsx', {
      periodFallback: { label: 'Năm 2020', from: d(2019, 12, 15), to: d(2020, 12, 14) },
    });
    expect(r.period).toEqual({ label: 'Năm 2020', from: d(2019, 12, 15), to: d(2020, 12, 14) });
  });

  test('a bad date and a reversed period are errors naming the cell', () => {
    const r = readUnitWorkbook(
      [
        {
          name: 'ThongTin',
          rows: [
            ['Tên đơn vị', 'Văn phòng'],
            ['Từ ngày', '31/02/2020'],
            ['Đến ngày', '14/06/2020'],
          ],
        },
        bareTthc(),
      ],
      'a.xlsx',
    );
    expect(r.findings[0]).toMatchObject({ code: 'UNIT_BAD_DATE', sheet: 'ThongTin', cell: 'B2', severity: 'error' });
    const rev = readUnitWorkbook(
      [
        {
          name: 'ThongTin',
          rows: [
            ['Tên đơn vị', 'Văn phòng'],
            ['Từ ngày', '14/06/2020'],
            ['Đến ngày', '15/12/2019'],
          ],
        },
        bareTthc(),
      ],
      'a.xlsx',
    );
    expect(rev.findings[0]).toMatchObject({ code: 'INFO_PERIOD_REVERSED', cell: 'B2' });
    expect(rev.period.from).toBeNull();
  });

  test('nothing usable (no unit name, no section) is rejected', () => {
    const r = readUnitWorkbook([{ name: 'Sheet1', rows: [['Xin chào']] }], 'rong.xlsx');
    expect(r.status).toBe('rejected');
    expect(codes(r)).toContain('UNIT_NOTHING_USABLE');
    expect(r.contentKey).toBe('');
  });

  test('quota without a staff list is reported', () => {
    const r = readUnitWorkbook([infoGrid('Văn phòng Sở', 190), tthc()], 'a.xlsx');
    expect(codes(r)).toEqual(['INFO_QUOTA_WITHOUT_STAFF']);
    expect(r.findings[0]).toMatchObject({ sheet: 'ThongTin', cell: 'B8' });
    expect(r.staff).toBeUndefined();
  });
});

describe('readUnitWorkbook: the dossier register', () => {
  test('register only: the TTHC figures are computed for the unit’s period; dossiers outside it get one warning', () => {
    const r = readUnitWorkbook([infoGrid(), registerGrid(), staff()], 'a.xlsx');
    expect(r.tthcSource).toBe('register');
    const { byField, ...total } = r.tthc!;
    expect(total).toEqual(SEED_COUNTS);
    expect(codes(r)).toEqual(['REGISTER_OUT_OF_PERIOD']);
    expect(r.findings[0].message).toContain('2 hồ sơ');
  });

  test('table and register agreeing: source both, no finding beyond the out-of-period note', () => {
    const r = readUnitWorkbook([infoGrid(), tthc(), registerGrid(), staff()], 'a.xlsx');
    expect(r.tthcSource).toBe('both');
    expect(codes(r)).toEqual(['REGISTER_OUT_OF_PERIOD']);
  });

  test('table and register disagreeing: one finding per figure naming the table’s total cell; the table wins', () => {
    const reg = registerGrid();
    reg.rows.push([
      'HS-x',
      'Sở hữu trí tuệ',
      'Thủ tục',
      'Trực tuyến',
      d(2020, 4, 1),
      d(2020, 4, 10),
      d(2020, 4, 2),
      null,
    ]);
    const r = readUnitWorkbook([infoGrid(), tthc(), reg, staff()], 'a.xlsx');
    const mm = r.findings.filter((f) => f.code === 'TTHC_REGISTER_MISMATCH');
    expect(mm.map((f) => f.cell)).toEqual(['C13', 'D13', 'G13', 'H13']);
    expect(mm[0].message).toContain('53');
    expect(mm[0].message).toContain('54');
    expect(r.tthc?.received).toBe(53);
    expect(r.tthcSource).toBe('both');
  });

  test('a register without period dates is counted without limits, with a warning', () => {
    const r = readUnitWorkbook([{ name: 'ThongTin', rows: [['Tên đơn vị', 'Văn phòng']] }, registerGrid()], 'a.xlsx');
    expect(codes(r)).toContain('REGISTER_NO_PERIOD');
    expect(r.tthc?.received).toBe(55);
  });

  test('an empty register sheet (as in the template) is simply not used', () => {
    const r = readUnitWorkbook(
      [infoGrid(), tthc(), { name: 'SoTheoDoi', rows: [registerGrid().rows[0]] }, staff()],
      'a.xlsx',
    );
    expect(r.findings).toEqual([]);
    expect(r.tthcSource).toBe('table');
  });
});
