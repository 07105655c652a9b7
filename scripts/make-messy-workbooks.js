#!/usr/bin/env node
'use strict';
/**
 * Makes the "messy workbooks" fixtures: unit workbooks shaped as offices really send them — a hidden sheet of last
 * period, two visible TTHC sheets, subtotal rows `Cộng I`/`Cộng II` merged across STT and Lĩnh vực, a register
 * closed by `Tổng số: 3 hồ sơ`, formulas saved without cached values (`=3+4`, SUM over a range, a reference to
 * another sheet, one no evaluator can compute), a unit named only in the title block — and `expected.json`.
 *
 * The figures in expected.json are reasoned by hand from the rows written here (see each case's comment), never
 * computed by TongHop. Deterministic: no clock, no randomness.
 *
 * Usage: node scripts/make-messy-workbooks.js [outDir]     (default test/fixtures/messy)
 *
 * expected.json: { files: { "<name>": { about, status, exit, findings: [code…], name?, tthc?, held?, accepted?: {…} } } }
 * - status / exit: what `tonghop check <file>` says of the file alone and its exit status;
 * - tthc: the TTHC totals the file must contribute (absent when the section must be left out);
 * - accepted: status, exit and tthc with `--accept <file>`.
 */
const fs = require('fs');
const path = require('path');
const XLSX = require('@e965/xlsx');
const { FIGURES, infoRows, tthcHeader, tthcRow, tthcTotal } = require('./support/unit-workbook');

const PERIOD = { label: '6 tháng đầu năm 2020', from: '15/12/2019', to: '14/06/2020' };
const {
  rows: [TOP, SUB],
} = tthcHeader(0);
/** Merges of the two header rows starting at row `top`. */
const headerMerges = (top) => tthcHeader(top).merges;
const row = tthcRow;
/** Sum of field rows, figures only, under a label in column A (merged across A:B by the caller). */
const sumRow = (label, rows) => tthcTotal(rows, [label, '']);

function sheet(aoa, merges = []) {
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  if (merges.length) ws['!merges'] = merges;
  return ws;
}
const thongTin = (name) => sheet(infoRows({ unit: name, ...PERIOD }));
const tthcSheet = (rows, extraMerges = []) => sheet([TOP, SUB, ...rows], [...headerMerges(0), ...extraMerges]);
const mergeAB = (r) => ({ s: { r, c: 0 }, e: { r, c: 1 } });

function book(sheets, hidden = {}) {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
  wb.Workbook = { Sheets: sheets.map(([name]) => ({ Hidden: hidden[name] ?? 0 })) };
  return wb;
}
const write = (wb) => XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });

// Figures of this period's two fields, used by several cases:
//   Tiêu chuẩn đo lường chất lượng (TĐC): online 3, in person 2, carried over 1 → received 6; early 4, on time 1 → resolved 5; pending 1 (within)
//   Hoạt động khoa học và công nghệ (KH&CN): online 2 → received 2; early 1, on time 1 → resolved 2
//   together:   received 8 = online 5 + in person 2 + carried 1; resolved 7 = early 5 + on time 2; pending 1.
const DO_LUONG = { online: 3, inPerson: 2, carriedOver: 1, early: 4, onTime: 1, pendingWithin: 1 };
const TIEU_CHUAN = { online: 2, early: 1, onTime: 1 };
const THIS_PERIOD = {
  received: 8,
  online: 5,
  inPerson: 2,
  carriedOver: 1,
  resolved: 7,
  early: 5,
  onTime: 2,
  late: 0,
  pending: 1,
  pendingOverdue: 0,
};
// The grouped sheet (cong-nhom.xlsx, and cong-nhom-sai.xlsx once accepted): group I = TĐC + KH&CN (received 8);
// group II = Sở hữu trí tuệ: online 4, in person 1 → 5, early 3, on time 1 → resolved 4, pending 1. Together:
// received 13 = online 9 + in person 3 + carried 1; resolved 11 = early 8 + on time 3; pending 2 (within 2).
const GROUPED = {
  received: 13,
  online: 9,
  inPerson: 3,
  carriedOver: 1,
  resolved: 11,
  early: 8,
  onTime: 3,
  late: 0,
  pending: 2,
  pendingOverdue: 0,
};
// Last period (what a hidden sheet keeps): Đo lường online 10, in person 5 → received 15, all resolved early.
const LAST_PERIOD = { online: 10, inPerson: 5, early: 15 };

function thisPeriodRows() {
  const rows = [
    row(1, 'Tiêu chuẩn đo lường chất lượng', DO_LUONG),
    row(2, 'Hoạt động khoa học và công nghệ', TIEU_CHUAN),
  ];
  return [...rows, sumRow('Tổng cộng', rows)];
}
function lastPeriodRows() {
  const rows = [row(1, 'Tiêu chuẩn đo lường chất lượng', LAST_PERIOD)];
  return [...rows, sumRow('Tổng cộng', rows)];
}

const CASES = [
  {
    file: 'trang-an-ky-truoc.xlsx',
    about:
      'trang «TTHC» bị ẩn (số liệu kỳ trước) và trang «TTHC_cu» ẩn sâu đứng trước trang «TTHC 6 tháng 2020» đang hiện',
    make: () =>
      write(
        book(
          [
            ['ThongTin', thongTin('Chi cục Tiêu chuẩn Đo lường Chất lượng')],
            ['TTHC', tthcSheet(lastPeriodRows(), [mergeAB(3)])],
            ['TTHC_cu', tthcSheet(lastPeriodRows(), [mergeAB(3)])],
            ['TTHC 6 tháng 2020', tthcSheet(thisPeriodRows(), [mergeAB(4)])],
          ],
          { TTHC: 1, TTHC_cu: 2 },
        ),
      ),
    // Only the visible sheet counts: this period's 8 received.
    expect: { status: 'warnings', exit: 0, findings: ['UNIT_HIDDEN_SHEETS_SKIPPED'], tthc: THIS_PERIOD },
  },
  {
    file: 'hai-trang-tthc.xlsx',
    about: 'hai trang TTHC đang hiện: «TTHC kỳ trước» đứng trước, «TTHC» đúng tên mẫu',
    make: () =>
      write(
        book([
          ['ThongTin', thongTin('Phòng Quản lý chuyên ngành')],
          ['TTHC kỳ trước', tthcSheet(lastPeriodRows(), [mergeAB(3)])],
          ['TTHC', tthcSheet(thisPeriodRows(), [mergeAB(4)])],
        ]),
      ),
    // The exact name wins; the other sheet is named in a warning.
    expect: { status: 'warnings', exit: 0, findings: ['UNIT_DUPLICATE_SHEET'], tthc: THIS_PERIOD },
  },
  {
    file: 'cong-nhom.xlsx',
    about: 'nhóm lĩnh vực I, II với dòng «Cộng I», «Cộng II» gộp ô qua STT và Lĩnh vực',
    make: () =>
      write(
        book([
          ['ThongTin', thongTin('Chi cục Tiêu chuẩn Đo lường Chất lượng')],
          ['TTHC', groupedSheet(5)],
        ]),
      ),
    // The grouped figures (GROUPED above).
    expect: {
      status: 'valid',
      exit: 0,
      findings: [],
      tthc: GROUPED,
    },
  },
  {
    file: 'cong-nhom-sai.xlsx',
    about: 'như cong-nhom.xlsx nhưng dòng «Cộng II» ghi tổng số nhận 6 trong khi dòng của nhóm cộng lại được 5',
    make: () =>
      write(
        book([
          ['ThongTin', thongTin('Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng')],
          ['TTHC', groupedSheet(6)],
        ]),
      ),
    // An error on the TTHC sheet: its TTHC is left out (exit 1) unless accepted, when the rows' 13 count.
    expect: {
      status: 'errors',
      exit: 1,
      findings: ['TTHC_SUBTOTAL_MISMATCH', 'UNIT_SECTION_HELD'],
      held: ['tthc'],
      stated: [['TTHC!C9', 6, 5]],
      accepted: {
        status: 'errors',
        exit: 0,
        tthc: GROUPED,
      },
    },
  },
  {
    file: 'so-theo-doi-tong-so.xlsx',
    about: 'sổ theo dõi 3 hồ sơ, cuối sổ có dòng «Tổng số: 3 hồ sơ»',
    make: () =>
      write(
        book([
          ['ThongTin', thongTin('Bộ phận Một cửa')],
          [
            'SoTheoDoi',
            sheet([
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
              [
                'HS-1',
                'Đo lường',
                'Phê duyệt mẫu phương tiện đo',
                'Trực tuyến',
                '02/01/2020',
                '10/01/2020',
                '08/01/2020',
                '',
              ],
              [
                'HS-2',
                'Đo lường',
                'Chứng nhận chuẩn đo lường',
                'Trực tiếp',
                '03/02/2020',
                '07/02/2020',
                '07/02/2020',
                '',
              ],
              ['HS-3', 'Tiêu chuẩn', 'Công bố hợp chuẩn', 'Trực tiếp', '01/06/2020', '30/06/2020', '', ''],
              ['Tổng số: 3 hồ sơ'],
            ]),
          ],
        ]),
      ),
    // HS-1 early (08/01 before 10/01), HS-2 on time (on its due day), HS-3 pending within its deadline on 14/06.
    expect: {
      status: 'valid',
      exit: 0,
      findings: [],
      tthc: {
        received: 3,
        online: 1,
        inPerson: 2,
        carriedOver: 0,
        resolved: 2,
        early: 1,
        onTime: 1,
        late: 0,
        pending: 1,
        pendingOverdue: 0,
      },
    },
  },
  {
    file: 'cong-thuc-3-cong-4.xlsx',
    about: 'ô «Trực tuyến» gõ =3+4 và các ô tổng là công thức, tệp lưu không kèm giá trị đã tính',
    make: () => {
      const ws = tthcSheet(
        [
          row(1, 'Tiêu chuẩn đo lường chất lượng', {
            received: null,
            online: null,
            inPerson: 2,
            resolved: null,
            early: 5,
            onTime: 2,
            pending: null,
            pendingWithin: 2,
          }),
          sumRow('Tổng cộng', []),
        ],
        [mergeAB(3)],
      );
      ws.C3 = { t: 'n', f: 'D3+E3+F3' };
      ws.D3 = { t: 'n', f: '3+4' };
      ws.G3 = { t: 'n', f: 'H3+I3+J3' };
      ws.K3 = { t: 'n', f: 'L3+M3' };
      for (const c of 'CDEFGHIJKLM') ws[`${c}4`] = { t: 'n', f: `SUM(${c}3:${c}3)` };
      return write(
        book([
          ['ThongTin', thongTin('Phòng Đo lường')],
          ['TTHC', ws],
        ]),
      );
    },
    // online 3+4 = 7, in person 2 → received 9; early 5, on time 2 → resolved 7; pending 2 within.
    expect: {
      status: 'valid',
      exit: 0,
      findings: [],
      tthc: {
        received: 9,
        online: 7,
        inPerson: 2,
        carriedOver: 0,
        resolved: 7,
        early: 5,
        onTime: 2,
        late: 0,
        pending: 2,
        pendingOverdue: 0,
      },
    },
  },
  {
    file: 'cong-thuc-sum-trang-khac.xlsx',
    about: "ô lấy số từ trang «Số liệu» (='Số liệu'!B2) và dòng Tổng cộng =SUM(C3:C4), không kèm giá trị đã tính",
    make: () => {
      const ws = tthcSheet(
        [
          row(1, 'Tiêu chuẩn đo lường chất lượng', {
            received: null,
            online: null,
            inPerson: null,
            resolved: null,
            early: 3,
            onTime: 1,
            pending: null,
            pendingWithin: 1,
          }),
          row(2, 'Hoạt động khoa học và công nghệ', TIEU_CHUAN),
          sumRow('Tổng cộng', []),
        ],
        [mergeAB(4)],
      );
      ws.C3 = { t: 'n', f: 'SUM(D3:F3)' };
      ws.D3 = { t: 'n', f: "'Số liệu'!B2" };
      ws.E3 = { t: 'n', f: "'Số liệu'!B3" };
      ws.G3 = { t: 'n', f: 'SUM(H3:J3)' };
      ws.K3 = { t: 'n', f: 'L3+M3' };
      for (const c of 'CDEFGHIJKLM') ws[`${c}5`] = { t: 'n', f: `SUM(${c}3:${c}4)` };
      const data = sheet([
        ['Nguồn', 'Số hồ sơ'],
        ['Trực tuyến', 4],
        ['Trực tiếp', 1],
      ]);
      return write(
        book([
          ['ThongTin', thongTin('Phòng Tiêu chuẩn')],
          ['TTHC', ws],
          ['Số liệu', data],
        ]),
      );
    },
    // TĐC: online 4, in person 1 (from «Số liệu») → 5; early 3, on time 1 → 4; pending 1. Plus KH&CN
    // (received 2, early 1, on time 1): received 7 = online 6 + in person 1; resolved 6 = early 4 + on time 2.
    // The helper sheet «Số liệu» is not a section: a warning says it was not read.
    expect: {
      status: 'warnings',
      exit: 0,
      findings: ['UNIT_SHEET_UNKNOWN'],
      tthc: {
        received: 7,
        online: 6,
        inPerson: 1,
        carriedOver: 0,
        resolved: 6,
        early: 4,
        onTime: 2,
        late: 0,
        pending: 1,
        pendingOverdue: 0,
      },
    },
  },
  {
    file: 'cong-thuc-khong-tinh.xlsx',
    about: 'ô «Trực tuyến» là =VLOOKUP(…) không kèm giá trị đã tính: TongHop không tự tính được',
    make: () => {
      const ws = tthcSheet(
        [
          row(1, 'Tiêu chuẩn đo lường chất lượng', {
            received: null,
            online: null,
            inPerson: 2,
            resolved: 2,
            early: 1,
            onTime: 1,
          }),
          row(2, 'Hoạt động khoa học và công nghệ', TIEU_CHUAN),
          sumRow('Tổng cộng', []),
        ],
        [mergeAB(4)],
      );
      ws.C3 = { t: 'n', f: 'D3+E3+F3' };
      ws.D3 = { t: 'n', f: 'VLOOKUP("DL",DanhMuc!A1:B9,2,FALSE)' };
      for (const c of 'CDEFGHIJKLM') ws[`${c}5`] = { t: 'n', f: `SUM(${c}3:${c}4)` };
      return write(
        book([
          ['ThongTin', thongTin('Phòng Quản lý công nghệ')],
          ['TTHC', ws],
        ]),
      );
    },
    // D3 and everything built on it (C3, C5, D5) are errors, never 0: the TTHC section is left out, exit 1.
    // Accepted as added up: the unreadable cells count for nothing — TĐC received = in person 2 (its parts
    // that could be read), KH&CN 2 → received 4, online 2; resolved 2 + 2 = 4 (early 2, on time 2).
    expect: {
      status: 'errors',
      exit: 1,
      findings: ['READ_FORMULA_NOT_EVALUATED', 'UNIT_BAD_NUMBER', 'UNIT_SECTION_HELD'],
      held: ['tthc'],
      accepted: {
        status: 'errors',
        exit: 0,
        tthc: {
          received: 4,
          online: 2,
          inPerson: 2,
          carriedOver: 0,
          resolved: 4,
          early: 2,
          onTime: 2,
          late: 0,
          pending: 0,
          pendingOverdue: 0,
        },
      },
    },
  },
  {
    file: 'ten-don-vi-tieu-de.xlsx',
    about: 'không có trang ThongTin: tên đơn vị chỉ có ở dòng chữ in hoa dưới «SỞ KHOA HỌC VÀ CÔNG NGHỆ» đầu biểu',
    make: () => {
      const title = [
        ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', '', '', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['TRUNG TÂM ỨNG DỤNG TIẾN BỘ KHOA HỌC VÀ CÔNG NGHỆ', '', '', '', '', '', '', 'Độc lập - Tự do - Hạnh phúc'],
        [],
        ['BÁO CÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'],
        [`Kỳ báo cáo: ${PERIOD.label} (Từ ngày ${PERIOD.from} đến ngày ${PERIOD.to})`],
      ];
      const rows = thisPeriodRows();
      const ws = sheet([...title, TOP, SUB, ...rows], [...headerMerges(5), mergeAB(5 + 2 + rows.length - 1)]);
      return write(book([['TTHC', ws]]));
    },
    expect: {
      status: 'valid',
      exit: 0,
      findings: [],
      name: 'TRUNG TÂM ỨNG DỤNG TIẾN BỘ KHOA HỌC VÀ CÔNG NGHỆ',
      tthc: THIS_PERIOD,
    },
  },
];

/**
 * TTHC with two groups: I (TĐC, KH&CN) and II (Sở hữu trí tuệ), each closed by a `Cộng` row merged
 * across STT and Lĩnh vực, then Tổng cộng. `coungIIReceived`: what `Cộng II` states as received (5 is right).
 */
function groupedSheet(congIIReceived) {
  const g1 = [
    row(1, 'Tiêu chuẩn đo lường chất lượng', DO_LUONG),
    row(2, 'Hoạt động khoa học và công nghệ', TIEU_CHUAN),
  ];
  const g2 = [row(3, 'Sở hữu trí tuệ', { online: 4, inPerson: 1, early: 3, onTime: 1, pendingWithin: 1 })];
  const cong2 = sumRow('Cộng II', g2);
  cong2[2 + FIGURES.indexOf('received')] = congIIReceived;
  const rows = [
    ['I', 'Nhóm lĩnh vực khoa học, công nghệ và tiêu chuẩn'],
    ...g1,
    sumRow('Cộng I', g1),
    ['II', 'Nhóm lĩnh vực sở hữu trí tuệ'],
    ...g2,
    cong2,
    sumRow('Tổng cộng', [...g1, ...g2]),
  ];
  // Rows 0–1 are the header: `Cộng I` is row 5, `Cộng II` row 8, Tổng cộng row 9 (zero-based).
  return tthcSheet(rows, [mergeAB(5), mergeAB(8), mergeAB(9)]);
}

function makeMessyWorkbooks(outDir = path.join(__dirname, '..', 'test', 'fixtures', 'messy')) {
  fs.mkdirSync(outDir, { recursive: true });
  const expected = { files: {} };
  for (const c of CASES) {
    fs.writeFileSync(path.join(outDir, c.file), c.make());
    expected.files[c.file] = { about: c.about, ...c.expect };
  }
  fs.writeFileSync(path.join(outDir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
  return CASES.map((c) => c.file);
}

module.exports = { makeMessyWorkbooks };

if (require.main === module) {
  const files = makeMessyWorkbooks(process.argv[2]);
  process.stderr.write(`Đã tạo ${files.length} tệp (và expected.json)\n`);
}
