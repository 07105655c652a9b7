import { findHeader, type ColumnSpec } from '../../../src/core/text';
import { frozenSpecs } from '../../../src/core/text/headers';
import type { CellValue } from '../../../src/core/grid';

// --- The 13-column TTHC table (Biểu II.06a) ------------------------------------------------
const RECEIVED = ['Số hồ sơ nhận giải quyết', 'Tiếp nhận', 'Nhận giải quyết'];
const RESOLVED = ['Số hồ sơ đã giải quyết', 'Đã giải quyết'];
const PENDING = ['Số hồ sơ đang giải quyết', 'Đang giải quyết'];

const TTHC_SPECS: ColumnSpec[] = [
  { key: 'index', label: 'STT', synonyms: ['Số thứ tự', 'TT'] },
  {
    key: 'field',
    label: 'Lĩnh vực',
    synonyms: ['Lĩnh vực, công việc giải quyết theo cấp', 'Tên lĩnh vực'],
    required: true,
  },
  { key: 'received', label: 'Tổng số', synonyms: ['Tổng số nhận', 'Tổng nhận'], group: RECEIVED, required: true },
  {
    key: 'online',
    label: 'Trực tuyến',
    synonyms: ['Mới tiếp nhận trực tuyến', 'Nộp trực tuyến'],
    group: [...RECEIVED, 'Trong kỳ'],
  },
  {
    key: 'inPerson',
    label: 'Trực tiếp, dịch vụ bưu chính',
    synonyms: ['Trực tiếp', 'Bưu chính công ích'],
    group: [...RECEIVED, 'Trong kỳ'],
  },
  {
    key: 'carriedOver',
    label: 'Từ kỳ trước',
    synonyms: ['Kỳ trước chuyển sang', 'Từ kỳ trước chuyển qua'],
    group: RECEIVED,
  },
  { key: 'resolved', label: 'Tổng số', synonyms: ['Tổng số đã giải quyết'], group: RESOLVED, required: true },
  { key: 'early', label: 'Trước hạn', synonyms: ['Giải quyết trước hạn'], group: RESOLVED },
  { key: 'onTime', label: 'Đúng hạn', synonyms: ['Giải quyết đúng hạn'], group: RESOLVED },
  { key: 'late', label: 'Quá hạn', synonyms: ['Trễ hạn'], group: RESOLVED },
  { key: 'pending', label: 'Tổng số', synonyms: ['Tổng số đang giải quyết'], group: PENDING },
  { key: 'pendingWithin', label: 'Trong hạn', synonyms: [], group: PENDING },
  { key: 'pendingOverdue', label: 'Quá hạn', synonyms: ['Trễ hạn'], group: PENDING },
];

/** Canonical layout: two header rows, group text only in each merge's top-left cell. */
const GROUP_ROW = [
  'STT',
  'Lĩnh vực',
  'Số hồ sơ nhận giải quyết',
  '',
  '',
  '',
  'Số hồ sơ đã giải quyết',
  '',
  '',
  '',
  'Số hồ sơ đang giải quyết',
  '',
  '',
];
const SUB_ROW = [
  '',
  '',
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
const CANONICAL_KEYS = TTHC_SPECS.map((s) => s.key); // column c holds field CANONICAL_KEYS[c]
const NUMBER_ROW = GROUP_ROW.map((_, c) => `(${c + 1})`);
const DATA: CellValue[][] = [
  [1, 'Hoạt động khoa học và công nghệ', 20, 8, 10, 2, 18, 15, 3, 0, 2, 2, 0],
  [2, 'An toàn bức xạ và hạt nhân', 33, 9, 19, 5, 31, 25, 6, 0, 2, 2, 0],
  ['', 'Tổng cộng', 53, 17, 29, 7, 49, 40, 9, 0, 4, 4, 0],
];
const TITLE: CellValue[][] = [
  ['Biểu số II.06a/VPCP/KSTT'],
  ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'],
  ['Kỳ báo cáo: 6 tháng đầu năm 2024 (Từ ngày 15/12/2023 đến ngày 14/6/2024)'],
  [],
  ['', '', '', '', '', '', '', '', '', '', '', 'Đơn vị tính: Số hồ sơ TTHC'],
];

function expectedColumns(keysByColumn: string[]): Record<string, number> {
  return Object.fromEntries(keysByColumn.map((k, c) => [k, c]));
}

function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

function mapText(rows: CellValue[][], f: (s: string) => string): CellValue[][] {
  return rows.map((r) => r.map((v) => (typeof v === 'string' ? f(v) : v)));
}

describe('findHeader on the TTHC table (two header rows with merged groups)', () => {
  test('finds every column of the canonical layout, groups deciding between equal sub-headers', () => {
    const h = findHeader([GROUP_ROW, SUB_ROW, NUMBER_ROW, ...DATA], TTHC_SPECS);
    expect(h).toEqual({
      headerRow: 0,
      headerRows: 2,
      columns: expectedColumns(CANONICAL_KEYS),
      unmatched: [],
      unreadColumns: 0,
      missing: [],
    });
  });

  test('skips a title block above the header', () => {
    const h = findHeader([...TITLE, GROUP_ROW, SUB_ROW, NUMBER_ROW, ...DATA], TTHC_SPECS);
    expect(h?.headerRow).toBe(TITLE.length);
    expect(h?.headerRows).toBe(2);
    expect(h?.columns).toEqual(expectedColumns(CANONICAL_KEYS));
  });

  test('matches headers typed without diacritics, in upper case, or in NFD', () => {
    for (const f of [stripDiacritics, (s: string) => s.toUpperCase(), (s: string) => s.normalize('NFD')]) {
      const h = findHeader(mapText([...TITLE, GROUP_ROW, SUB_ROW, ...DATA], f), TTHC_SPECS);
      expect(h?.columns).toEqual(expectedColumns(CANONICAL_KEYS));
    }
  });

  test('follows the columns in another order, groups and sub-columns both shuffled', () => {
    const group = [
      'Số hồ sơ đang giải quyết',
      '',
      '',
      'STT',
      'Số hồ sơ đã giải quyết',
      '',
      '',
      '',
      'Lĩnh vực',
      'Số hồ sơ nhận giải quyết',
      '',
      '',
      '',
    ];
    const sub = [
      'Quá hạn',
      'Trong hạn',
      'Tổng số',
      '',
      'Quá hạn',
      'Tổng số',
      'Đúng hạn',
      'Trước hạn',
      '',
      'Từ kỳ trước',
      'Trực tiếp, dịch vụ bưu chính',
      'Trực tuyến',
      'Tổng số',
    ];
    const keys = [
      'pendingOverdue',
      'pendingWithin',
      'pending',
      'index',
      'late',
      'resolved',
      'onTime',
      'early',
      'field',
      'carriedOver',
      'inPerson',
      'online',
      'received',
    ];
    const h = findHeader([...TITLE, group, sub], TTHC_SPECS);
    expect(h?.columns).toEqual(expectedColumns(keys));
    expect(h?.missing).toEqual([]);
  });

  test('reads a third header row ("Trong kỳ" over online and in person)', () => {
    const top = GROUP_ROW;
    const middle = [
      '',
      '',
      'Tổng số',
      'Trong kỳ',
      '',
      'Từ kỳ trước',
      'Tổng số',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Tổng số',
      'Trong hạn',
      'Quá hạn',
    ];
    const bottom = ['', '', '', 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', '', '', '', '', '', '', '', ''];
    const h = findHeader([...TITLE, top, middle, bottom, NUMBER_ROW, ...DATA], TTHC_SPECS);
    expect(h).toMatchObject({ headerRow: TITLE.length, headerRows: 3, columns: expectedColumns(CANONICAL_KEYS) });
  });

  test('reads a single header row whose cells carry the group in their own text', () => {
    const row = [
      'STT',
      'Lĩnh vực',
      'Tổng số nhận giải quyết',
      'Tiếp nhận trực tuyến',
      'Tiếp nhận trực tiếp, dịch vụ bưu chính',
      'Kỳ trước chuyển sang',
      'Đã giải quyết - Tổng số',
      'Đã giải quyết trước hạn',
      'Đã giải quyết đúng hạn',
      'Đã giải quyết quá hạn',
      'Đang giải quyết - Tổng số',
      'Đang giải quyết trong hạn',
      'Đang giải quyết quá hạn',
    ];
    const h = findHeader([...TITLE, row, ...DATA], TTHC_SPECS);
    expect(h).toMatchObject({ headerRow: TITLE.length, headerRows: 1, columns: expectedColumns(CANONICAL_KEYS) });
  });

  test('reports extra columns as unmatched with their header text', () => {
    const group = [...GROUP_ROW, 'Ghi chú', 'Tỷ lệ'];
    const sub = [...SUB_ROW, '', 'Đúng và trước hạn (%)'];
    const h = findHeader([group, sub], TTHC_SPECS);
    expect(h?.columns).toEqual(expectedColumns(CANONICAL_KEYS));
    expect(h?.unmatched).toEqual([
      { col: 13, text: 'Ghi chú' },
      { col: 14, text: 'Tỷ lệ / Đúng và trước hạn (%)' },
    ]);
  });

  test('lists required fields it could not find', () => {
    const group = GROUP_ROW.slice(0, 6);
    const sub = SUB_ROW.slice(0, 6);
    const h = findHeader([group, sub], TTHC_SPECS);
    expect(h?.columns).toEqual(expectedColumns(CANONICAL_KEYS.slice(0, 6)));
    expect(h?.missing).toEqual(['resolved']);
  });
});

// --- A dossier register (sổ theo dõi hồ sơ) ---------------------------------------------------
const REGISTER_SPECS: ColumnSpec[] = [
  { key: 'code', label: 'Mã hồ sơ', synonyms: ['Số hồ sơ', 'Mã HS', 'Số biên nhận'] },
  { key: 'field', label: 'Lĩnh vực', synonyms: ['Tên lĩnh vực', 'Lĩnh vực TTHC'] },
  { key: 'procedure', label: 'Tên thủ tục', synonyms: ['Thủ tục', 'Tên TTHC', 'Thủ tục hành chính'] },
  { key: 'channel', label: 'Hình thức tiếp nhận', synonyms: ['Kênh nộp', 'Hình thức nộp', 'Kênh tiếp nhận'] },
  { key: 'received', label: 'Ngày tiếp nhận', synonyms: ['Ngày nhận', 'Ngày nhận hồ sơ', 'Ngày nộp'], required: true },
  {
    key: 'deadline',
    label: 'Hạn giải quyết',
    synonyms: ['Ngày hẹn trả', 'Ngày hẹn trả kết quả', 'Hạn xử lý', 'Hạn trả'],
    required: true,
  },
  { key: 'resolved', label: 'Ngày có kết quả', synonyms: ['Ngày trả kết quả', 'Ngày trả', 'Ngày hoàn thành'] },
  { key: 'note', label: 'Ghi chú', synonyms: [] },
];

describe('findHeader on a dossier register', () => {
  test('finds the canonical header', () => {
    const header = [
      'Mã hồ sơ',
      'Lĩnh vực',
      'Tên thủ tục',
      'Hình thức tiếp nhận',
      'Ngày tiếp nhận',
      'Hạn giải quyết',
      'Ngày có kết quả',
      'Ghi chú',
    ];
    const h = findHeader(
      [
        header,
        ['000.00.25.H56-240315-0001', 'Sở hữu trí tuệ', 'Cấp giấy chứng nhận', 'Trực tuyến', 45366, 45380, 45378, ''],
      ],
      REGISTER_SPECS,
    );
    expect(h).toEqual({
      headerRow: 0,
      headerRows: 1,
      columns: { code: 0, field: 1, procedure: 2, channel: 3, received: 4, deadline: 5, resolved: 6, note: 7 },
      unmatched: [],
      unreadColumns: 0,
      missing: [],
    });
  });

  test('matches export wordings by meaning, in another order, below a title, with extra columns', () => {
    const rows: CellValue[][] = [
      ['SỔ THEO DÕI HỒ SƠ'],
      ['Từ ngày 15/12/2023 đến ngày 14/6/2024'],
      [],
      [
        'STT',
        'Kênh nộp',
        'Ngày nhận',
        'Mã hồ sơ',
        'Ngày trả kết quả',
        'Người nộp',
        'Ngày hẹn trả',
        'Tên thủ tục',
        'Lĩnh vực',
      ],
      [1, 'Trực tiếp', '15/03/2024', 'H56-0001', '', 'Nguyễn Văn A', '29/03/2024', 'Cấp phép', 'An toàn bức xạ'],
    ];
    const h = findHeader(rows, REGISTER_SPECS);
    expect(h?.headerRow).toBe(3);
    expect(h?.headerRows).toBe(1);
    expect(h?.columns).toEqual({ channel: 1, received: 2, code: 3, resolved: 4, deadline: 6, procedure: 7, field: 8 });
    expect(h?.unmatched).toEqual([
      { col: 0, text: 'STT' },
      { col: 5, text: 'Người nộp' },
    ]);
    expect(h?.missing).toEqual([]);
  });

  test('tells "Ngày hẹn trả kết quả" (deadline) from "Ngày trả kết quả" (resolved) in either order', () => {
    for (const header of [
      ['Ngày trả kết quả', 'Ngày hẹn trả kết quả', 'Ngày nhận'],
      ['Ngày hẹn trả kết quả', 'Ngày nhận', 'Ngày trả kết quả'],
    ]) {
      const h = findHeader([header], REGISTER_SPECS);
      expect(h?.columns.deadline).toBe(header.indexOf('Ngày hẹn trả kết quả'));
      expect(h?.columns.resolved).toBe(header.indexOf('Ngày trả kết quả'));
      expect(h?.columns.received).toBe(header.indexOf('Ngày nhận'));
    }
  });

  test('does not take a title directly above the header for a group header', () => {
    const rows: CellValue[][] = [
      ['SỔ THEO DÕI HỒ SƠ'],
      ['Mã hồ sơ', 'Ngày nhận', 'Ngày hẹn trả', 'Ngày trả kết quả'],
      ['H56-0001', 45366, 45380, ''],
    ];
    const h = findHeader(rows, REGISTER_SPECS);
    expect(h).toMatchObject({
      headerRow: 1,
      headerRows: 1,
      columns: { code: 0, received: 1, deadline: 2, resolved: 3 },
    });
  });

  test('finds nothing in a sheet without a header', () => {
    expect(findHeader([], REGISTER_SPECS)).toBeNull();
    expect(findHeader([['Báo cáo'], [1, 2, 3], ['abc', 'def']], REGISTER_SPECS)).toBeNull();
  });

  test('looks only at the first maxScanRows rows', () => {
    const rows: CellValue[][] = [
      ...Array.from({ length: 5 }, () => ['ghi chú tiêu đề']),
      ['Ngày nhận', 'Ngày hẹn trả'],
    ];
    expect(findHeader(rows, REGISTER_SPECS, { maxScanRows: 5 })).toBeNull();
    expect(findHeader(rows, REGISTER_SPECS, { maxScanRows: 6 })?.headerRow).toBe(5);
  });
});

describe('findHeader on a very wide sheet', () => {
  test('columns past the 256th are not matched but counted, so the message can say how many were left unread', () => {
    const header: CellValue[] = [
      'Mã hồ sơ',
      'Lĩnh vực',
      'Tên thủ tục',
      'Hình thức tiếp nhận',
      'Ngày tiếp nhận',
      'Hạn giải quyết',
      'Ngày có kết quả',
    ];
    for (let c = header.length; c < 1000; c++) header.push(c % 2 ? `Cột ${c}` : null);
    header.push('Ngày tiếp nhận'); // past the limit: not a second candidate
    const h = findHeader([header], REGISTER_SPECS)!;
    expect(h.columns.received).toBe(4);
    expect(h.unmatched.every((u) => u.col < 256)).toBe(true);
    expect(h.unreadColumns).toBe(
      Array.from({ length: 1001 }, (_, c) => c).filter((c) => c >= 256 && (c % 2 === 1 || c === 1000)).length,
    );
  });
});

describe('findHeader reuses its scoring only for the same wordings', () => {
  const header: CellValue[] = ['Ngày nộp', 'Hạn trả', 'Mã'];
  const specs = (received: string[]): ColumnSpec[] => [
    { key: 'received', label: 'Ngày tiếp nhận', synonyms: received },
    { key: 'deadline', label: 'Hạn giải quyết', synonyms: ['Hạn trả'] },
  ];

  test('a spec list rebuilt with another synonym matches by the new wording, not by what an earlier list matched', () => {
    expect(findHeader([header], specs(['Ngày nộp']))?.columns).toEqual({ received: 0, deadline: 1 });
    expect(findHeader([header], specs(['Ngày nhận']))).toBeNull();
    expect(findHeader([header], specs(['Mã']))?.columns).toEqual({ received: 2, deadline: 1 });
  });

  test('a spec list changed in place after a search is matched by its new wording', () => {
    const list = specs(['Ngày nộp']);
    expect(findHeader([header], list)?.columns.received).toBe(0);
    list[0].synonyms = ['Mã'];
    expect(findHeader([header], list)?.columns.received).toBe(2);
  });

  test('a frozen spec list matches as the same list unfrozen, and it, its specs and wordings refuse changes', () => {
    const list = frozenSpecs(specs(['Ngày nộp']));
    expect(findHeader([header], list)?.columns).toEqual(findHeader([header], specs(['Ngày nộp']))?.columns);
    expect(findHeader([header], list)?.columns).toEqual({ received: 0, deadline: 1 });
    expect(() => (list as ColumnSpec[]).push(list[0])).toThrow(TypeError);
    expect(() => (list[0].synonyms = ['Mã'])).toThrow(TypeError);
    expect(() => list[0].synonyms.push('Mã')).toThrow(TypeError);
  });
});
