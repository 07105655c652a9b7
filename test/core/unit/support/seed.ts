/**
 * The seed reports' figures as unit sheets: a TTHC table totalling 53/17/29/7/49/40/9/0/4/4/0,
 * a staff list of 182 (02 Tiến sĩ, 70 Thạc sĩ, 110 Đại học; 07 studying for a doctorate, 8 for a master's),
 * and the 2020 training list (02 cao cấp LLCT, 01 lãnh đạo cấp phòng, 02 QLNN chuyên viên, 02 QLNN chuyên viên
 * chính, 03 kế toán viên chính).
 */
import type { CellValue } from '../../../../src/core/grid';

/** received, online, inPerson, carriedOver, resolved, early, onTime, late, pending, pendingWithin, pendingOverdue. */
export type Figures = [number, number, number, number, number, number, number, number, number, number, number];

export const SEED_FIELDS: [string, Figures][] = [
  ['Hoạt động khoa học và công nghệ', [20, 8, 10, 2, 18, 15, 3, 0, 2, 2, 0]],
  ['Tiêu chuẩn đo lường chất lượng', [15, 5, 7, 3, 14, 12, 2, 0, 1, 1, 0]],
  ['An toàn bức xạ và hạt nhân', [12, 3, 8, 1, 11, 9, 2, 0, 1, 1, 0]],
  ['Sở hữu trí tuệ', [6, 1, 4, 1, 6, 4, 2, 0, 0, 0, 0]],
];

export const SEED_TOTAL: Figures = [53, 17, 29, 7, 49, 40, 9, 0, 4, 4, 0];

export const SEED_COUNTS = {
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
};

/** The counts of a Figures row, as TthcCounts. */
export function counts(f: Figures) {
  const [received, online, inPerson, carriedOver, resolved, early, onTime, late, pending, , pendingOverdue] = f;
  return { received, online, inPerson, carriedOver, resolved, early, onTime, late, pending, pendingOverdue };
}

export const TTHC_HEADER_TOP: CellValue[] = [
  'STT',
  'Lĩnh vực',
  'Số hồ sơ nhận giải quyết',
  null,
  null,
  null,
  'Số hồ sơ đã giải quyết',
  null,
  null,
  null,
  'Số hồ sơ đang giải quyết',
  null,
  null,
];
export const TTHC_HEADER_SUB: CellValue[] = [
  null,
  null,
  'Tổng số',
  'Trong kỳ: Trực tuyến',
  'Trong kỳ: Trực tiếp, dịch vụ bưu chính',
  'Từ kỳ trước',
  'Tổng số',
  'Trước hạn',
  'Đúng hạn',
  'Quá hạn',
  'Tổng số',
  'Trong hạn',
  'Quá hạn',
];

/** The official layout: title block, two header rows, column numbers, one row per field, Tổng cộng, footer. */
export function seedTthcRows(total: Figures | null = SEED_TOTAL): CellValue[][] {
  const rows: CellValue[][] = [
    ['Biểu II.06a/VPCP/KSTT'],
    [null, null, null, 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'],
    [null, null, null, 'Kỳ báo cáo: 6 tháng đầu năm 2020 (Từ ngày 15/12/2019 đến ngày 14/6/2020)'],
    [null, null, null, null, null, null, null, null, null, null, null, null, 'Đơn vị tính: Số hồ sơ TTHC'],
    TTHC_HEADER_TOP,
    TTHC_HEADER_SUB,
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)'],
  ];
  SEED_FIELDS.forEach(([name, f], i) => rows.push([i + 1, name, ...f]));
  rows.push([]);
  if (total) rows.push([null, 'Tổng cộng', ...total]);
  rows.push([]);
  rows.push([null, 'Người lập biểu', null, null, null, null, null, null, null, 'Thủ trưởng đơn vị']);
  return rows;
}

/** Header and rows of a staff list giving the seed figures, typed in mixed ways. */
export const STAFF_HEADER: CellValue[] = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Dân tộc',
  'Đảng viên',
  'Loại',
  'Chức vụ',
  'Ngạch',
  'Trình độ chuyên môn',
  'Lý luận chính trị',
  'Quản lý nhà nước',
  'Ghi chú',
];

export interface SeedStaff {
  rows: CellValue[][];
  women: number;
  party: number;
  byType: Record<string, number>;
  byPoliticalTheory: Record<string, number>;
  byStateManagement: Record<string, number>;
}

export function seedStaffRows(): SeedStaff {
  const degrees: string[] = [
    'TS',
    'Tiến sĩ',
    ...Array.from(
      { length: 70 },
      (_, i) => ['Th.S', 'thạc sỹ', 'ThS', 'Thạc sĩ', 'thac si', 'Thạc sĩ Quản lý công'][i % 6],
    ),
    ...Array.from({ length: 110 }, (_, i) => ['Cử nhân', 'Kỹ sư', 'Đại học', 'ĐH', 'Kỹ sư xây dựng', 'Bác sĩ'][i % 6]),
  ];
  const types = ['Công chức', 'Viên chức', 'viên chức', 'HĐLĐ', 'CC', 'Hợp đồng NĐ 111'];
  const typeLabel = ['Công chức', 'Viên chức', 'Viên chức', 'Người lao động', 'Công chức', 'Người lao động'];
  const theory = ['Cao cấp LLCT', 'Trung cấp', 'Sơ cấp', null, 'Không', 'cử nhân chính trị', 'TC LLCT'];
  const theoryLabel = ['Cao cấp', 'Trung cấp', 'Sơ cấp', null, null, 'Cao cấp', 'Trung cấp'];
  const sm = ['CVC', 'Chuyên viên', 'chuyên viên chính và tương đương', null, 'CVCC', 'Chuyên viên và tương đương'];
  const smLabel = ['Chuyên viên chính', 'Chuyên viên', 'Chuyên viên chính', null, 'Chuyên viên cao cấp', 'Chuyên viên'];
  const notes = [
    ...Array.from({ length: 6 }, () => 'Đang học Tiến sĩ'),
    'Đang học NCS tại Trung Quốc',
    ...Array.from({ length: 8 }, (_, i) => (i % 2 ? 'Đang học Thạc sĩ' : 'đang học thạc sỹ')),
  ];
  const out: SeedStaff = { rows: [], women: 0, party: 0, byType: {}, byPoliticalTheory: {}, byStateManagement: {} };
  const inc = (m: Record<string, number>, k: string | null) => {
    if (k !== null) m[k] = (m[k] ?? 0) + 1;
  };
  degrees.forEach((degree, i) => {
    const female = i % 3 === 0;
    const party = i % 4 !== 0 ? ['x', 'Có', 'Đảng viên', 'ĐV'][i % 4] : null;
    if (female) out.women++;
    if (party) out.party++;
    inc(out.byType, typeLabel[i % types.length]);
    inc(out.byPoliticalTheory, theoryLabel[i % theory.length]);
    inc(out.byStateManagement, smLabel[i % sm.length]);
    // Degree holders of the doctorate/master's are not the ones studying: notes go to bachelors (rows 72…).
    const note = i >= 72 && i - 72 < notes.length ? notes[i - 72] : null;
    out.rows.push([
      i + 1,
      `Người số ${i + 1}`,
      female ? 'Nữ' : 'Nam',
      1970 + (i % 30),
      'Kinh',
      party,
      types[i % types.length],
      null,
      null,
      degree,
      theory[i % theory.length],
      sm[i % sm.length],
      note,
    ]);
  });
  return out;
}

export const TRAINING_HEADER: CellValue[] = [
  'STT',
  'Họ và tên',
  'Loại',
  'Hình thức',
  'Chương trình',
  'Cơ sở đào tạo',
  'Từ ngày',
  'Đến ngày',
  'Trạng thái',
];

/** The 2020 training of the seed report, one row per person per course. */
export function seedTrainingRows(): CellValue[][] {
  const list: [string, string, string][] = [
    ['Công chức', 'Bồi dưỡng', 'Cao cấp LLCT'],
    ['Công chức', 'Bồi dưỡng', 'cao cấp lý luận chính trị'],
    ['Viên chức', 'Bồi dưỡng', 'Bồi dưỡng lãnh đạo, quản lý cấp phòng'],
    ['Viên chức', 'Bồi dưỡng', 'Lớp bồi dưỡng QLNN ngạch chuyên viên'],
    ['Viên chức', 'Bồi dưỡng', 'QLNN ngạch chuyên viên'],
    ['Công chức', 'Bồi dưỡng', 'Lớp bồi dưỡng QLNN ngạch chuyên viên chính'],
    ['Công chức', 'Bồi dưỡng', 'QLNN ngạch CVC'],
    ['Công chức', 'Bồi dưỡng', 'Bồi dưỡng ngạch kế toán viên chính'],
    ['Công chức', 'Bồi dưỡng', 'Kế toán viên chính'],
    ['Viên chức', 'Bồi dưỡng', 'bồi dưỡng ngạch kế toán viên chính'],
  ];
  return list.map(([type, form, program], i) => [
    i + 1,
    `Học viên ${i + 1}`,
    type,
    form,
    program,
    'Học viện Hành chính',
    '01/03/2020',
    '30/05/2020',
    'Đang học',
  ]);
}
