#!/usr/bin/env node
'use strict';
/**
 * Makes the bundled example province in examples/don-vi/: six units' workbooks in the shapes people really
 * send (the canonical template, a register exported from a one-stop system, an old .xls with a title block and
 * numbers typed as text, an .ods, a register with a status column and TCVN3 text, and one with mistakes).
 * Together they reproduce the seed reports' figures: 53 dossiers received (46 new, 17 online; 7 carried over),
 * 49 resolved (40 early, 9 on time), 4 in progress; 182 staff (02 Tiến sĩ, 70 Thạc sĩ, 110 Đại học); and the
 * training sentence of seed report 004. Deterministic: the same workbooks every run (no clock, no randomness).
 *
 * Usage: node scripts/make-examples.js [outDir]   (default examples/don-vi)
 */
const fs = require('fs');
const path = require('path');
const XLSX = require('@e965/xlsx');
const {
  FIGURES,
  STAFF_HEADER,
  TRAINING_HEADER,
  infoRows,
  receptionRows,
  tthcHeader,
  tthcRow,
  tthcTotal,
} = require('./support/unit-workbook');

const PERIOD = { label: '6 tháng đầu năm 2020', from: '15/12/2019', to: '14/06/2020' };

/** Excel serial of a date (1900 system). */
function serial(y, m, d) {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** A small deterministic generator, so names and attributes are the same every run. */
function lcg(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công', 'Xuân'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ', 'Phương', 'Hồng'];
const GIVEN_M = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hùng',
  'Khoa',
  'Long',
  'Nam',
  'Phong',
  'Quang',
  'Sơn',
  'Tâm',
  'Thắng',
  'Trí',
  'Tuấn',
  'Việt',
];
const GIVEN_F = [
  'Anh',
  'Chi',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Ngân',
  'Oanh',
  'Phượng',
  'Thảo',
  'Trang',
  'Yến',
];

function person(rnd) {
  const female = rnd() < 0.45;
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  return {
    name: `${pick(FAMILY)} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${pick(female ? GIVEN_F : GIVEN_M)}`,
    female,
    born: 1965 + Math.floor(rnd() * 32),
  };
}

/**
 * Staff list rows of NhanSu. `degrees` lists how many of each degree label (as typed) to write;
 * `studying` adds a Ghi chú such as "đang học Tiến sĩ" to the first people.
 */
function staffRows(seed, degrees, studying, types) {
  const rnd = lcg(seed);
  const rows = [];
  const notes = [];
  for (const [what, n] of studying) for (let i = 0; i < n; i++) notes.push(what);
  let i = 0;
  for (const [degree, n] of degrees) {
    for (let k = 0; k < n; k++, i++) {
      const p = person(rnd);
      const type = types[i % types.length];
      const theory = rnd() < 0.12 ? 'Cao cấp' : rnd() < 0.4 ? 'Trung cấp' : rnd() < 0.5 ? 'Sơ cấp' : '';
      const rank =
        type === 'Người lao động'
          ? ''
          : rnd() < 0.05
            ? 'Chuyên viên cao cấp'
            : rnd() < 0.3
              ? 'Chuyên viên chính'
              : 'Chuyên viên';
      rows.push([
        i + 1,
        p.name,
        p.female ? 'Nữ' : 'Nam',
        p.born,
        'Kinh',
        rnd() < 0.55 ? 'x' : '',
        type,
        i === 0 ? 'Trưởng phòng' : i < 3 ? 'Phó Trưởng phòng' : '',
        type === 'Người lao động' ? 'Nhân viên' : 'Chuyên viên',
        degree,
        theory,
        rank,
        notes[i] ?? '',
      ]);
    }
  }
  return rows;
}

const NHANSU_HEADER = STAFF_HEADER;
const DAOTAO_HEADER = TRAINING_HEADER;
const TIEPDAN = receptionRows();

function thongTin(unit, quota, extra = {}) {
  return infoRows({
    title: true,
    unit,
    label: extra.label ?? PERIOD.label,
    from: extra.from ?? PERIOD.from,
    to: extra.to ?? PERIOD.to,
    quota,
    by: extra.by ?? 'Nguyễn Thị Lan',
    made: '16/06/2020',
  });
}

function sheet(aoa, merges = [], cols = []) {
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  if (merges.length) ws['!merges'] = merges;
  if (cols.length) ws['!cols'] = cols.map((wch) => ({ wch }));
  return ws;
}

function book(sheets) {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
  return wb;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Văn phòng Sở — the canonical template, filled in.
function vanPhong() {
  const h = tthcHeader(0);
  const rows = [
    tthcRow(1, 'Hoạt động khoa học và công nghệ', {
      online: 4,
      inPerson: 5,
      carriedOver: 1,
      early: 7,
      onTime: 2,
      pendingWithin: 1,
    }),
    tthcRow(2, 'Sở hữu trí tuệ', { online: 2, inPerson: 3, carriedOver: 1, early: 5, onTime: 1 }),
  ];
  return book([
    ['ThongTin', sheet(thongTin('Văn phòng Sở', 42), [], [22, 40])],
    [
      'TTHC',
      sheet([...h.rows, ...rows, tthcTotal(rows)], h.merges, [5, 34, 10, 12, 14, 10, 10, 10, 10, 10, 10, 10, 10]),
    ],
    [
      'NhanSu',
      sheet([
        NHANSU_HEADER,
        ...staffRows(
          11,
          [
            ['Tiến sĩ', 1],
            ['Thạc sĩ', 15],
            ['Đại học', 24],
          ],
          [
            ['đang học Tiến sĩ', 2],
            ['đang học Thạc sĩ', 2],
          ],
          ['Công chức', 'Công chức', 'Người lao động'],
        ),
      ]),
    ],
    [
      'DaoTao',
      sheet([
        DAOTAO_HEADER,
        [
          1,
          'Trần Văn Hải',
          'Công chức',
          'Đào tạo',
          'Cao cấp lý luận chính trị',
          'Học viện Chính trị khu vực IV',
          '02/03/2020',
          '30/11/2021',
          'Đang học',
        ],
        [
          2,
          'Lê Thị Hương',
          'Công chức',
          'Bồi dưỡng',
          'QLNN ngạch chuyên viên chính',
          'Trường Chính trị tỉnh',
          '06/04/2020',
          '29/05/2020',
          'Hoàn thành',
        ],
        [
          3,
          'Phạm Ngọc Anh',
          'Công chức',
          'Bồi dưỡng',
          'Bồi dưỡng ngạch kế toán viên chính',
          'Bộ Tài chính',
          '11/05/2020',
          '05/06/2020',
          'Hoàn thành',
        ],
      ]),
    ],
    ['TiepDan', sheet(TIEPDAN)],
  ]);
}

// 2. Chi cục Tiêu chuẩn Đo lường Chất lượng — a register exported from the one-stop system (its own wordings).
function chiCuc() {
  const rows = [
    ['CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'],
    ['SỔ THEO DÕI HỒ SƠ (xuất từ Hệ thống một cửa điện tử)'],
    [],
    ['Số hồ sơ', 'Lĩnh vực', 'Thủ tục', 'Kênh nộp', 'Ngày nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Ghi chú'],
  ];
  let n = 0;
  const add = (channel, received, due, resolved, note = '') =>
    rows.push([
      `000.00.16.H18-${String(++n).padStart(4, '0')}`,
      'Tiêu chuẩn đo lường chất lượng',
      'Đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu',
      channel,
      received,
      due,
      resolved,
      note,
    ]);
  // 3 carried over from the previous period, resolved early in January.
  for (let i = 0; i < 3; i++) add('Trực tiếp', serial(2019, 12, 5 + i), serial(2020, 1, 10), serial(2020, 1, 3));
  // 12 new, early: deadline 10 working days, resolved the next day. 7 online, 5 in person.
  for (let i = 0; i < 12; i++)
    add(
      i < 7 ? 'Trực tuyến mức 3' : i < 10 ? 'Trực tiếp' : 'Bưu chính công ích',
      serial(2020, 2, 3) + i * 7,
      10,
      serial(2020, 2, 4) + i * 7,
    );
  // 3 new, on time: resolved on the due date (typed as text).
  for (let i = 0; i < 3; i++) add('Trực tiếp', serial(2020, 4, 6), `${15 + i}/04/2020`, serial(2020, 4, 15 + i));
  // 2 new, in progress on 14/06/2020, due later.
  add('Trực tiếp', serial(2020, 6, 10), 15, '', 'Chờ kết quả kiểm tra');
  add('Trực tiếp', serial(2020, 6, 11), 15, '');
  // Received after the period: not counted.
  add('Trực tuyến mức 4', serial(2020, 6, 20), 10, '');
  const ws = sheet(
    rows,
    [
      { s: { r: 0, c: 0 }, e: { r: 0, c: 7 } },
      { s: { r: 1, c: 0 }, e: { r: 1, c: 7 } },
    ],
    [24, 30, 40, 18, 12, 12, 14, 22],
  );
  for (let r = 4; r < rows.length; r++)
    for (const c of [4, 5, 6]) {
      const cell = ws[XLSX.utils.encode_cell({ r, c })];
      if (cell && cell.t === 'n' && cell.v > 999) cell.z = 'dd/mm/yyyy';
    }
  return book([
    ['ThongTin', sheet(thongTin('Chi cục Tiêu chuẩn Đo lường Chất lượng', 52))],
    ['SoTheoDoi', ws],
    [
      'NhanSu',
      sheet([
        NHANSU_HEADER,
        ...staffRows(
          22,
          [
            ['Thạc sỹ', 12],
            ['ThS', 8],
            ['Kỹ sư', 18],
            ['Cử nhân', 12],
          ],
          [
            ['đang học Tiến sĩ', 2],
            ['đang học Thạc sĩ', 3],
          ],
          ['Công chức', 'Công chức', 'Viên chức', 'Hợp đồng 68'],
        ),
      ]),
    ],
    [
      'DaoTao',
      sheet([
        DAOTAO_HEADER,
        [
          1,
          'Võ Minh Tuấn',
          'Công chức',
          'Đào tạo',
          'Cao cấp LLCT',
          'Học viện Chính trị khu vực IV',
          '02/03/2020',
          '30/11/2021',
          'Đang học',
        ],
        [
          2,
          'Đỗ Thị Mai',
          'Công chức',
          'Bồi dưỡng',
          'Kế toán viên chính',
          'Bộ Tài chính',
          '11/05/2020',
          '05/06/2020',
          'Hoàn thành',
        ],
      ]),
    ],
    ['TiepDan', sheet(TIEPDAN)],
  ]);
}

// 3. Trung tâm Kiểm định và Kiểm nghiệm — an old .xls: title block, merged header, numbers typed as text.
function kiemDinh() {
  const row = tthcRow(
    1,
    'Tiêu chuẩn đo lường chất lượng',
    { online: 3, inPerson: 7, carriedOver: 2, early: 9, onTime: 2, pendingWithin: 1 },
    true,
  );
  const width = row.length;
  const title = [
    'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    'TRUNG TÂM KIỂM ĐỊNH VÀ KIỂM NGHIỆM',
    'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
    'Kỳ báo cáo: 6 tháng đầu năm 2020 (từ ngày 15/12/2019 đến ngày 14/6/2020)',
    'Đơn vị tính: Số hồ sơ TTHC',
  ].map((text) => [text, ...Array(width - 1).fill('')]);
  const h = tthcHeader(title.length);
  const numbers = row.map((_, i) => `(${i + 1})`);
  // The stated total typed as text too, like the row.
  const aoa = [...title, ...h.rows, numbers, row, tthcTotal([row]).map(String)];
  const merges = [...title.map((_, r) => ({ s: { r, c: 0 }, e: { r, c: width - 1 } })), ...h.merges];
  return book([
    ['ThongTin', sheet(thongTin('Trung tâm Kiểm định và Kiểm nghiệm', 48, { from: '15/12/2019', to: '14/6/2020' }))],
    ['Bieu II.06a', sheet(aoa, merges)],
    [
      'Danh sach CBVC',
      sheet([
        NHANSU_HEADER,
        ...staffRows(
          33,
          [
            ['TS', 1],
            ['Th.S', 15],
            ['Đại học', 29],
          ],
          [
            ['đang học Tiến sĩ', 2],
            ['đang học Thạc sĩ', 2],
          ],
          ['Viên chức', 'Viên chức', 'Người lao động'],
        ),
      ]),
    ],
    [
      'DaoTao',
      sheet([
        DAOTAO_HEADER,
        [
          1,
          'Huỳnh Văn Long',
          'Viên chức',
          'Bồi dưỡng',
          'Bồi dưỡng lãnh đạo, quản lý cấp phòng',
          'Trường Chính trị tỉnh',
          '04/05/2020',
          '12/06/2020',
          'Hoàn thành',
        ],
        [
          2,
          'Ngô Thị Thảo',
          'Viên chức',
          'Bồi dưỡng',
          'Bồi dưỡng ngạch kế toán viên chính',
          'Bộ Tài chính',
          '11/05/2020',
          '05/06/2020',
          'Hoàn thành',
        ],
      ]),
    ],
    ['TiepDan', sheet(TIEPDAN)],
  ]);
}

// 4. Thanh tra Sở — an .ods: staff and citizen reception only.
function thanhTra() {
  return book([
    ['ThongTin', sheet(thongTin('Thanh tra Sở', 12))],
    [
      'NhanSu',
      sheet([
        NHANSU_HEADER,
        ...staffRows(
          44,
          [
            ['Thạc sĩ', 5],
            ['Đại học', 7],
          ],
          [['đang học Thạc sĩ', 1]],
          ['Công chức'],
        ),
      ]),
    ],
    ['TiepDan', sheet(TIEPDAN)],
  ]);
}

// 5. Trung tâm Ứng dụng tiến bộ KH&CN — a register with a status column, some text in TCVN3 (.VnTime era).
function ungDung() {
  /** @type {Array<Array<string | number>>} */
  const rows = [['STT', 'Lĩnh vực', 'Tên thủ tục', 'Hình thức tiếp nhận', 'Ngày tiếp nhận', 'Trạng thái']];
  const statuses = ['Tr\u00adíc h¹n', 'Trước hạn', 'TH', 'truoc han', 'Đúng hạn'];
  for (let i = 0; i < 5; i++)
    rows.push([
      i + 1,
      'Ho¹t ®éng khoa häc vµ c«ng nghÖ',
      'Thñ tôc ®¨ng ký kÕt qu¶ nhiÖm vô KH&CN',
      i === 0 ? 'Trực tuyến' : 'Trực tiếp',
      `${10 + i * 5}/03/2020`,
      statuses[i],
    ]);
  return book([
    ['ThongTin', sheet(thongTin('Trung t©m øng dông tiÕn bé khoa häc vµ c«ng nghÖ', 27))],
    ['SoTheoDoi', sheet(rows)],
    [
      'NhanSu',
      sheet([
        NHANSU_HEADER,
        ...staffRows(
          55,
          [
            ['thạc sĩ', 10],
            ['Đại học', 15],
          ],
          [['đang học Tiến sĩ', 1]],
          ['Viên chức', 'Viên chức', 'Người lao động'],
        ),
      ]),
    ],
    [
      'DaoTao',
      sheet([
        DAOTAO_HEADER,
        [
          1,
          'Phan Thanh Tâm',
          'Viên chức',
          'Bồi dưỡng',
          'QLNN ngạch chuyên viên',
          'Trường Chính trị tỉnh',
          '06/04/2020',
          '29/05/2020',
          'Hoàn thành',
        ],
        [
          2,
          'Bùi Kim Ngân',
          'Viên chức',
          'Bồi dưỡng',
          'Bồi dưỡng QLNN chương trình chuyên viên',
          'Trường Chính trị tỉnh',
          '06/04/2020',
          '29/05/2020',
          'Hoàn thành',
        ],
      ]),
    ],
    ['TiepDan', sheet(TIEPDAN)],
  ]);
}

// 6. Phòng Quản lý khoa học — sent with mistakes: a stated total that disagrees with its rows and a date
//    that does not exist.
function quanLyKhoaHoc() {
  const h = tthcHeader(0);
  const rows = [tthcRow(1, 'Hoạt động khoa học và công nghệ', {})];
  const total = tthcTotal(rows);
  total[2 + FIGURES.indexOf('received')] = 3; // stated 3 received, rows say 0
  return book([
    ['ThongTin', sheet(thongTin('Phòng Quản lý khoa học', 10, { by: 'Đặng Văn Nam' }))],
    ['TTHC', sheet([...h.rows, ...rows, total], h.merges)],
    [
      'NhanSu',
      sheet([
        NHANSU_HEADER,
        ...staffRows(
          66,
          [
            ['Thạc sĩ', 5],
            ['Đại học', 5],
          ],
          [],
          ['Công chức'],
        ),
      ]),
    ],
    [
      'DaoTao',
      sheet([
        DAOTAO_HEADER,
        [
          1,
          'Dương Quốc Việt',
          'Công chức',
          'Bồi dưỡng',
          'QLNN ngạch chuyên viên chính',
          'Trường Chính trị tỉnh',
          '31/02/2020',
          '29/05/2020',
          'Hoàn thành',
        ],
      ]),
    ],
    ['TiepDan', sheet(TIEPDAN)],
  ]);
}

/** @type {Array<[string, () => import('@e965/xlsx').WorkBook, import('@e965/xlsx').BookType]>} */
const UNITS = [
  ['01-van-phong.xlsx', vanPhong, 'xlsx'],
  ['02-chi-cuc-tdc.xlsx', chiCuc, 'xlsx'],
  ['03-trung-tam-kiem-dinh.xls', kiemDinh, 'biff8'],
  ['04-thanh-tra.ods', thanhTra, 'ods'],
  ['05-trung-tam-ung-dung.xlsx', ungDung, 'xlsx'],
  ['06-phong-qlkh.xlsx', quanLyKhoaHoc, 'xlsx'],
];

function makeExamples(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const [file, make, bookType] of UNITS) {
    const wb = make();
    // Fixed document properties, so the bytes do not depend on when the script ran.
    wb.Props = { Title: file, Author: 'TongHop', CreatedDate: new Date(Date.UTC(2020, 5, 16)) };
    const bytes = XLSX.write(wb, { type: 'buffer', bookType, compression: true });
    fs.writeFileSync(path.join(outDir, file), bytes);
    written.push(file);
  }
  return written;
}

module.exports = { makeExamples, PERIOD };

if (require.main === module) {
  const out = process.argv[2] || path.join(__dirname, '..', 'examples', 'don-vi');
  const files = makeExamples(out);
  process.stderr.write(`Đã tạo ${files.length} sổ tính mẫu trong ${out}\n`);
}
