/**
 * A realistic provincial summary as a layout model, made here so the writer's tests do not depend on the
 * report builders: the seven sheets of docs/formats.md (TH_TTHC, TH_LinhVuc, TH_NhanSu, TH_DaoTao, TH_TiepDan,
 * KiemTra, BaoCao) for N units, with title blocks, two-row merged headers, live formulas whose cached values
 * are the computed figures, a stacked column chart, list validations, frozen headers, A4 landscape printing,
 * text that looks like formulas or numbers, and BaoCao formulas that point into TH_TTHC and TH_NhanSu.
 */
import { a1, columnLetters } from '../../../src/core/cell-address';
import type { CellStyle, LayoutCell, LayoutMerge, LayoutSheet, LayoutWorkbook } from '../../../src/core/layout';
import { SUMMARY_STYLES } from '../../../src/core/report/styles';

/** The summary's own named styles (plain data, not a report builder). */
export const STYLES: Record<string, CellStyle> = { ...SUMMARY_STYLES };

/** Strings a careless writer would turn into formulas, numbers, dates or booleans. */
export const TRICKY_TEXT = [
  '=HYPERLINK("http://evil.example","Bấm vào đây")',
  '=1+2',
  '+84 912 345 678',
  '-Thiếu cột Ngày tiếp nhận',
  '@SUM(A1:A9)',
  '01',
  '1.234',
  '81,6',
  '15/12/2023',
  'TRUE',
  '#N/A',
  "'Trích dẫn",
];

export const COURSE_KINDS = [
  'Cao cấp lý luận chính trị',
  'Trung cấp lý luận chính trị',
  'QLNN ngạch chuyên viên chính',
  'Bồi dưỡng lãnh đạo, quản lý cấp phòng',
  'Thạc sĩ',
];

/** Deterministic pseudo-random integers. */
export function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

class Builder {
  rows: LayoutCell[][] = [];
  merges: LayoutMerge[] = [];
  set(r: number, c: number, v: LayoutCell['v'], s?: string): void {
    (this.rows[r] ??= [])[c] = s === undefined ? { v } : { v, s };
  }
  formula(r: number, c: number, f: string, v: LayoutCell['v'], s: string): void {
    (this.rows[r] ??= [])[c] = { v, f, s };
  }
  merge(r1: number, c1: number, r2: number, c2: number, s?: string): void {
    this.merges.push({ r1, c1, r2, c2 });
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) if ((r !== r1 || c !== c1) && !this.rows[r]?.[c]) this.set(r, c, null, s);
  }
  /** Title rows as their own block, the rest as a second block (writers must handle several). */
  sheet(name: string, extra: Omit<LayoutSheet, 'name' | 'blocks' | 'merges'>, split = 4): LayoutSheet {
    const width = this.rows.reduce((m, r) => Math.max(m, r ? r.length : 0), 0);
    const full = (r: number): LayoutCell[] => Array.from({ length: width }, (_, c) => this.rows[r]?.[c] ?? { v: null });
    const top = Array.from({ length: Math.min(split, this.rows.length) }, (_, r) => full(r));
    const rest = Array.from({ length: Math.max(0, this.rows.length - split) }, (_, r) => full(split + r));
    return {
      name,
      blocks: [
        { row: 0, col: 0, cells: top },
        { row: split, col: 0, cells: rest },
      ],
      merges: this.merges,
      ...extra,
    };
  }
}

function titleBlock(b: Builder, title: string, lastCol: number, note: string): void {
  b.set(0, 0, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'agency');
  b.merge(0, 0, 0, Math.min(4, lastCol), 'agency');
  b.set(1, 0, title, 'title');
  b.merge(1, 0, 1, lastCol, 'title');
  b.set(2, 0, 'Kỳ báo cáo: 6 tháng đầu năm 2024 (từ 15/12/2023 đến 14/6/2024)', 'subtitle');
  b.merge(2, 0, 2, lastCol, 'subtitle');
  b.set(3, Math.max(0, lastCol - 3), note, 'note');
  b.merge(3, Math.max(0, lastCol - 3), 3, lastCol, 'note');
}

export const HEADER_TOP = 4;
export const FIRST_DATA_ROW = 7;

export interface TthcRow {
  name: string;
  counts: number[]; // received, online, inPerson, carried, resolved, early, onTime, late, pending, pendingInTime, pendingLate
}

function tthcRows(names: string[], seed: number): TthcRow[] {
  const r = rng(seed);
  return names.map((name) => {
    const online = r(40);
    const inPerson = r(30);
    const carried = r(8);
    const received = online + inPerson + carried;
    const resolved = received === 0 ? 0 : r(received + 1);
    const early = resolved === 0 ? 0 : r(resolved + 1);
    const onTime = resolved - early === 0 ? 0 : r(resolved - early + 1);
    const late = resolved - early - onTime;
    const pending = received - resolved;
    const pendingLate = pending === 0 ? 0 : r(Math.min(pending, 3) + 1);
    return {
      name,
      counts: [
        received,
        online,
        inPerson,
        carried,
        resolved,
        early,
        onTime,
        late,
        pending,
        pending - pendingLate,
        pendingLate,
      ],
    };
  });
}

/** TH_TTHC or TH_LinhVuc: 15 columns A..O, counts in C..M, two ratio formulas in N and O. */
function tthcSheet(sheetName: string, nameHeader: string, rows: TthcRow[], withChart: boolean): LayoutSheet {
  const b = new Builder();
  titleBlock(
    b,
    sheetName === 'TH_TTHC'
      ? 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO ĐƠN VỊ'
      : 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TTHC THEO LĨNH VỰC',
    14,
    'Đơn vị tính: hồ sơ',
  );
  const groups: Array<[string, number, number]> = [
    ['Số hồ sơ nhận giải quyết', 2, 5],
    ['Số hồ sơ đã giải quyết', 6, 9],
    ['Số hồ sơ đang giải quyết', 10, 12],
  ];
  const labels = [
    'Tổng số',
    'Trực tuyến',
    'Trực tiếp, dịch vụ bưu chính',
    'Từ kỳ trước',
    'Tổng số',
    'Trước hạn',
    'Đúng hạn',
    'Quá hạn',
    'Tổng số',
    'Trong hạn',
    'Quá hạn',
  ];
  const single: Array<[number, string]> = [
    [0, 'STT'],
    [1, nameHeader],
    [13, 'Tỷ lệ đúng và trước hạn (%)'],
    [14, 'Tỷ lệ tiếp nhận trực tuyến (%)'],
  ];
  for (const [c, label] of single) {
    b.set(HEADER_TOP, c, label, 'header');
    b.merge(HEADER_TOP, c, HEADER_TOP + 1, c, 'header');
  }
  for (const [label, c1, c2] of groups) {
    b.set(HEADER_TOP, c1, label, 'header');
    b.merge(HEADER_TOP, c1, HEADER_TOP, c2, 'header');
  }
  labels.forEach((l, i) => b.set(HEADER_TOP + 1, 2 + i, l, 'header'));
  for (let c = 0; c < 15; c++) b.set(HEADER_TOP + 2, c, `(${c + 1})`, 'columnNumber');
  const ratio = (r: number, v: number[]): Array<[string, number | string]> => {
    const onTime = v[4] === 0 ? '' : (v[5] + v[6]) / v[4];
    const online = v[1] + v[2] === 0 ? '' : v[1] / (v[1] + v[2]);
    return [
      [`IF(${a1(r, 6)}=0,"",(${a1(r, 7)}+${a1(r, 8)})/${a1(r, 6)})`, onTime],
      [`IF((${a1(r, 3)}+${a1(r, 4)})=0,"",${a1(r, 3)}/(${a1(r, 3)}+${a1(r, 4)}))`, online],
    ];
  };
  rows.forEach((row, i) => {
    const r = FIRST_DATA_ROW + i;
    b.set(r, 0, i + 1, 'center');
    b.set(r, 1, row.name, 'text');
    row.counts.forEach((n, k) => b.set(r, 2 + k, n, 'integer'));
    ratio(r, row.counts).forEach(([f, v], k) => b.formula(r, 13 + k, f, v, 'percent'));
  });
  const total = FIRST_DATA_ROW + rows.length;
  const sums = Array.from({ length: 11 }, (_, k) => rows.reduce((s, row) => s + row.counts[k], 0));
  b.set(total, 0, 'Tổng cộng', 'totalLabel');
  b.merge(total, 0, total, 1, 'totalLabel');
  sums.forEach((n, k) =>
    b.formula(total, 2 + k, `SUM(${a1(FIRST_DATA_ROW, 2 + k)}:${a1(total - 1, 2 + k)})`, n, 'totalInteger'),
  );
  ratio(total, sums).forEach(([f, v], k) => b.formula(total, 13 + k, f, v, 'totalPercent'));
  return b.sheet(sheetName, {
    widths: [5, 32, 9, 9, 11, 9, 9, 9, 9, 9, 9, 9, 9, 12, 12],
    freeze: { rows: FIRST_DATA_ROW, cols: 2 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: { first: HEADER_TOP, last: HEADER_TOP + 2 },
    },
    charts: withChart
      ? [
          {
            kind: 'columnStacked',
            title: 'Kết quả giải quyết hồ sơ theo đơn vị',
            categoryCol: 1,
            firstRow: FIRST_DATA_ROW,
            lastRow: total - 1,
            series: [
              { name: 'Trước hạn', col: 7 },
              { name: 'Đúng hạn', col: 8 },
              { name: 'Quá hạn', col: 9 },
            ],
            anchor: { row: total + 2, col: 1, widthCols: 10, heightRows: 18 },
          },
        ]
      : [],
    tabColor: sheetName === 'TH_TTHC' ? '1f4e79' : undefined,
  });
}

/** A per-unit table of counts with a SUM per row (last column) and a total row. */
function countSheet(
  name: string,
  title: string,
  unitNames: string[],
  headers: string[],
  seed: number,
  rowTotal: boolean,
): LayoutSheet {
  const b = new Builder();
  const cols = 2 + headers.length + (rowTotal ? 1 : 0);
  titleBlock(b, title, cols - 1, 'Đơn vị tính: người');
  ['STT', 'Đơn vị', ...headers, ...(rowTotal ? ['Cộng'] : [])].forEach((h, c) => {
    b.set(HEADER_TOP, c, h, 'header');
    b.merge(HEADER_TOP, c, HEADER_TOP + 1, c, 'header');
  });
  for (let c = 0; c < cols; c++) b.set(HEADER_TOP + 2, c, `(${c + 1})`, 'columnNumber');
  const r = rng(seed);
  const data = unitNames.map(() => headers.map(() => r(25)));
  data.forEach((v, i) => {
    const row = FIRST_DATA_ROW + i;
    b.set(row, 0, i + 1, 'center');
    b.set(row, 1, unitNames[i], 'text');
    v.forEach((n, k) => b.set(row, 2 + k, n, 'integer'));
    if (rowTotal)
      b.formula(
        row,
        cols - 1,
        `SUM(${a1(row, 2)}:${a1(row, cols - 2)})`,
        v.reduce((s, n) => s + n, 0),
        'totalInteger',
      );
  });
  const total = FIRST_DATA_ROW + unitNames.length;
  b.set(total, 0, 'Tổng cộng', 'totalLabel');
  b.merge(total, 0, total, 1, 'totalLabel');
  for (let k = 0; k < headers.length + (rowTotal ? 1 : 0); k++) {
    const sum = data.reduce((s, v) => s + (k < headers.length ? v[k] : v.reduce((t, n) => t + n, 0)), 0);
    b.formula(total, 2 + k, `SUM(${a1(FIRST_DATA_ROW, 2 + k)}:${a1(total - 1, 2 + k)})`, sum, 'totalInteger');
  }
  return b.sheet(name, {
    widths: [5, 32, ...headers.map(() => 11), ...(rowTotal ? [10] : [])],
    freeze: { rows: FIRST_DATA_ROW, cols: 2 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: { first: HEADER_TOP, last: HEADER_TOP + 2 },
    },
  });
}

export function unitNames(n: number): string[] {
  const kinds = ['Phòng', 'Trung tâm', 'Chi cục', 'Ban quản lý'];
  const topics = [
    'Kế hoạch – Tài chính',
    'Quản lý khoa học',
    'Ứng dụng tiến bộ KH&CN',
    'Tiêu chuẩn Đo lường Chất lượng',
    'Thông tin và Thống kê',
    'Sở hữu trí tuệ',
    'Công nghệ và Đổi mới sáng tạo',
  ];
  return Array.from({ length: n }, (_, i) =>
    `${kinds[i % kinds.length]} ${topics[i % topics.length]} số ${i + 1}`.normalize('NFC'),
  );
}

export interface SummaryFixture {
  layout: LayoutWorkbook;
  /** Row of the TH_TTHC total (zero-based). */
  tthcTotalRow: number;
}

export function summaryLayout(units = 50, seed = 7): SummaryFixture {
  const names = unitNames(units);
  const tthc = tthcSheet('TH_TTHC', 'Đơn vị', tthcRows(names, seed), true);
  const fields = [
    'Hoạt động khoa học và công nghệ',
    'Sở hữu trí tuệ',
    'Tiêu chuẩn, đo lường, chất lượng',
    'Năng lượng nguyên tử',
    'Chuyển giao công nghệ',
    'Sở hữu công nghiệp',
    'An toàn bức xạ',
    'Thông tin KH&CN',
    'Khác',
  ];
  const byField = tthcSheet('TH_LinhVuc', 'Lĩnh vực', tthcRows(fields, seed + 1), false);
  const staff = countSheet(
    'TH_NhanSu',
    'TỔNG HỢP NHÂN SỰ',
    names,
    [
      'Biên chế được giao',
      'Có mặt',
      'Công chức',
      'Viên chức',
      'Người lao động',
      'Tiến sĩ',
      'Thạc sĩ',
      'Đại học',
      'Khác',
      'Nữ',
      'Đảng viên',
    ],
    seed + 2,
    false,
  );
  const training = countSheet('TH_DaoTao', 'TỔNG HỢP ĐÀO TẠO, BỒI DƯỠNG', names, COURSE_KINDS, seed + 3, true);
  const reception = countSheet(
    'TH_TiepDan',
    'TỔNG HỢP TIẾP CÔNG DÂN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO',
    names,
    ['Lượt tiếp công dân', 'Đơn khiếu nại', 'Đơn tố cáo', 'Kiến nghị, phản ánh'],
    seed + 4,
    false,
  );
  const tthcTotalRow = FIRST_DATA_ROW + units;
  return {
    layout: {
      sheets: [
        tthc,
        byField,
        staff,
        training,
        reception,
        checkSheet(names, seed + 5),
        reportSheet(tthc, tthcTotalRow, staff),
      ],
      styles: STYLES,
    },
    tthcTotalRow,
  };
}

export function checkSheet(names: string[], seed: number, findingsPerFile = 2): LayoutSheet {
  const b = new Builder();
  titleBlock(b, 'KẾT QUẢ KIỂM TRA CÁC TỆP BÁO CÁO', 6, '');
  ['STT', 'Tệp', 'Đơn vị', 'Kỳ báo cáo', 'Kết quả', 'Trang / ô', 'Nội dung'].forEach((h, c) =>
    b.set(HEADER_TOP, c, h, 'header'),
  );
  const results = ['Hợp lệ', 'Có cảnh báo', 'Bị loại'];
  const r = rng(seed);
  let row = HEADER_TOP + 1;
  names.forEach((name, i) => {
    b.set(row, 0, i + 1, 'center');
    b.set(row, 1, `bao-cao-${String(i + 1).padStart(2, '0')}.xlsx`, 'text');
    b.set(row, 2, name, 'text');
    b.set(row, 3, '6 tháng đầu năm 2024', 'text');
    b.set(row, 4, results[r(3)], 'center');
    row++;
    for (let k = 0; k < findingsPerFile; k++) {
      const tricky = TRICKY_TEXT[i % TRICKY_TEXT.length];
      b.set(row, 5, `TTHC!${columnLetters(r(12))}${r(40) + 2}`, 'center');
      b.set(
        row,
        6,
        k === 0 ? tricky : `Tổng số hồ sơ nhận (${r(90)}) khác tổng các thành phần (${r(90)}) ở dòng ${r(20) + 5}.`,
        'text',
      );
      row++;
    }
  });
  return b.sheet('KiemTra', {
    widths: [5, 24, 32, 20, 14, 12, 70],
    freeze: { rows: HEADER_TOP + 1, cols: 0 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: { first: HEADER_TOP, last: HEADER_TOP },
    },
    validations: [
      {
        r1: HEADER_TOP + 1,
        c1: 4,
        r2: row - 1,
        c2: 4,
        values: results,
        error: 'Chọn một trong: Hợp lệ, Có cảnh báo, Bị loại.',
      },
      {
        r1: HEADER_TOP + 1,
        c1: 3,
        r2: row - 1,
        c2: 3,
        values: COURSE_KINDS,
        error: 'Chọn loại khóa học trong danh sách.',
      },
    ],
  });
}

/** Report text; its figures are formulas into TH_TTHC and TH_NhanSu (cross-sheet references). */
function reportSheet(tthc: LayoutSheet, totalRow: number, staff: LayoutSheet): LayoutSheet {
  const b = new Builder();
  const cell = (s: LayoutSheet, r: number, c: number): LayoutCell => {
    for (const blk of s.blocks) {
      const row = blk.cells[r - blk.row];
      if (row && row[c - blk.col]) return row[c - blk.col];
    }
    throw new Error('no cell');
  };
  b.set(0, 0, 'BÁO CÁO KẾT QUẢ CÔNG TÁC 6 THÁNG ĐẦU NĂM 2024', 'heading');
  b.merge(0, 0, 0, 7, 'heading');
  b.set(1, 0, '1. Kết quả giải quyết thủ tục hành chính', 'heading');
  b.set(
    2,
    0,
    'Trong kỳ, Sở đã tiếp nhận 53 hồ sơ, trong đó: số hồ sơ mới tiếp nhận 46 (17 hồ sơ trực tuyến); số hồ sơ từ kỳ trước chuyển sang 07.',
    'paragraph',
  );
  b.merge(2, 0, 2, 7, 'paragraph');
  b.set(3, 0, 'Tổng số hồ sơ tiếp nhận', 'text');
  b.formula(3, 1, `TH_TTHC!${a1(totalRow, 2)}`, cell(tthc, totalRow, 2).v, 'integer');
  b.set(4, 0, 'Tỷ lệ đúng và trước hạn', 'text');
  b.formula(4, 1, `'TH_TTHC'!${a1(totalRow, 13)}`, cell(tthc, totalRow, 13).v, 'percent');
  b.set(5, 0, 'Số hồ sơ trước hạn và đúng hạn', 'text');
  b.formula(
    5,
    1,
    `th_tthc!${a1(totalRow, 7)}+TH_TTHC!${a1(totalRow, 8)}`,
    Number(cell(tthc, totalRow, 7).v) + Number(cell(tthc, totalRow, 8).v),
    'integer',
  );
  const staffTotal = FIRST_DATA_ROW + (staff.blocks[1].cells.length - 4);
  b.set(6, 0, 'Công chức, viên chức có mặt', 'text');
  b.formula(6, 1, `TH_NhanSu!${a1(staffTotal, 3)}`, cell(staff, staffTotal, 3).v, 'integer');
  b.set(
    7,
    0,
    'Ghi chú: số liệu trong ngoặc "(…)" lấy từ "TH_TTHC!C1" — chỉ là chữ, không phải công thức.',
    'paragraph',
  );
  b.merge(7, 0, 7, 7, 'paragraph');
  return b.sheet(
    'BaoCao',
    { widths: [40, 14, 12, 12, 12, 12, 12, 12], print: { orientation: 'portrait', paper: 'A4', fitToWidth: true } },
    2,
  );
}

/** A check sheet big enough to need several 4 MB requests: `rows` findings with long Vietnamese messages. */
export function bigLayout(rows: number): LayoutWorkbook {
  const cells: LayoutCell[][] = [];
  const r = rng(11);
  for (let i = 0; i < rows; i++) {
    cells.push([
      { v: i + 1, s: 'center' },
      { v: `bao-cao-don-vi-${(i % 97) + 1}.xlsx`, s: 'text' },
      { v: `TTHC!${columnLetters(r(12))}${r(400) + 2}`, s: 'center' },
      { v: i % 3 === 0 ? 'Lỗi' : 'Cảnh báo', s: 'center' },
      {
        v: `Dòng ${i + 5}: tổng số hồ sơ đã giải quyết (${r(900)}) khác tổng trước hạn, đúng hạn và quá hạn (${r(900)}); kiểm tra lại cột "Số hồ sơ đã giải quyết".`,
        s: 'text',
      },
      { v: i % 50 === 0 ? TRICKY_TEXT[i % TRICKY_TEXT.length] : `Đơn vị ${unitNames(60)[i % 60]}`, s: 'text' },
    ]);
  }
  return {
    sheets: [
      {
        name: 'KiemTra',
        widths: [7, 24, 12, 10, 80, 40],
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              [
                { v: 'STT', s: 'header' },
                { v: 'Tệp', s: 'header' },
                { v: 'Ô', s: 'header' },
                { v: 'Mức', s: 'header' },
                { v: 'Nội dung', s: 'header' },
                { v: 'Ghi chú', s: 'header' },
              ],
            ],
          },
          { row: 1, col: 0, cells },
        ],
        merges: [],
        freeze: { rows: 1, cols: 0 },
      },
    ],
    styles: STYLES,
  };
}
