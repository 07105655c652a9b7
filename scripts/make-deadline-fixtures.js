#!/usr/bin/env node
'use strict';
/**
 * Makes the deadline fixtures: unit workbooks whose SoTheoDoi registers test how a time limit is counted
 * and how a return is judged against it. Figures reasoned by hand, independently of the code (each row says
 * why). Period of every workbook: 15/12/2024 – 14/06/2025. Holidays 2025 (Công văn 8726/VPCP-KGVX): Tết off
 * Mon 27/01 – Fri 31/01 (with the weekends, 25/01 – 02/02); no other day off before June except Giỗ Tổ
 * Mon 07/04, 30/4 – 02/5 with Sat 26/4 worked.
 *
 * 1. 01-han-ngay-lich.xlsx — "30 ngày" (calendar days) vs "30 ngày làm việc" vs bare 30, across Tết 2025, and
 *    "12 ngày" ending on a Saturday. Expected: received 6, all in person, resolved 6: early 3, on time 1, late 2.
 * 2. 02-gio-trong-ngay.xlsx — date-time cells: due 10:00, returned 16:00 the same day is late; 09:00 on time.
 *    Expected: received 5, resolved 5: early 2, on time 2, late 1.
 * 3. 03-ngay-cuc-han.xlsx — one row received 30/12/9999 with a limit of 5 working days (past Excel's last
 *    date) beside two ordinary rows. Expected: that row is left out with REGISTER_BAD_DEADLINE naming its
 *    cell; the file is read (never READ_CRASHED); received 2, resolved 2: early 1, on time 1.
 *
 * Usage: node scripts/make-deadline-fixtures.js [outDir]   (default out/deadline-fixtures)
 */
const fs = require('fs');
const path = require('path');
const XLSX = require('@e965/xlsx');
const { infoRows, registerHeader } = require('./support/unit-workbook');

/** Excel serial of a date (1900 system), plus hours as a fraction of the day. */
function serial(y, m, d, hours = 0) {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000) + hours / 24;
}

const THONG_TIN = (unit) =>
  infoRows({ title: true, unit, label: '6 tháng đầu năm 2025', from: '15/12/2024', to: '14/06/2025', quota: 10 });
const HEADER = registerHeader(['rowNumber', 'field', 'received', 'deadline', 'resolved', 'note']);
const FIELD = 'Tiêu chuẩn đo lường chất lượng';

/** A register sheet; numbers above 999 in the date columns get a date format (with time when fractional). */
function registerSheet(rows) {
  const aoa = [HEADER, ...rows.map((r, i) => [i + 1, FIELD, ...r])];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  for (let r = 1; r < aoa.length; r++) {
    for (const c of [2, 3, 4]) {
      const cell = ws[XLSX.utils.encode_cell({ r, c })];
      if (cell && cell.t === 'n' && cell.v > 999) cell.z = Number.isInteger(cell.v) ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh:mm';
    }
  }
  ws['!cols'] = [6, 30, 18, 18, 18, 60].map((wch) => ({ wch }));
  return ws;
}

function workbook(unit, rows) {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(THONG_TIN(unit)), 'ThongTin');
  XLSX.utils.book_append_sheet(wb, registerSheet(rows), 'SoTheoDoi');
  return wb;
}

const FIXTURES = {
  '01-han-ngay-lich.xlsx': workbook('Chi cục Tiêu chuẩn Đo lường Chất lượng', [
    // Fri 24/01 + 30 calendar days = Sun 23/02 → Mon 24/02 (BLDS Điều 148). Returned Mon 03/03: late.
    [serial(2025, 1, 24), '30 ngày', serial(2025, 3, 3), 'hạn 24/02/2025 → quá hạn'],
    // 30th working day after Fri 24/01: Feb 3–7, 10–14, 17–21, 24–28, Mar 3–7, 10–14 → Fri 14/03. Early.
    [serial(2025, 1, 24), '30 ngày làm việc', serial(2025, 3, 3), 'hạn 14/03/2025 → trước hạn'],
    // A bare number is working days: the same Fri 14/03. Early.
    [serial(2025, 1, 24), 30, serial(2025, 3, 3), 'hạn 14/03/2025 → trước hạn'],
    // Mon 03/03 + 12 calendar days = Sat 15/03 → Mon 17/03. Returned Mon 17/03: on time.
    [serial(2025, 3, 3), '12 ngày', serial(2025, 3, 17), 'hạn 17/03/2025 → đúng hạn'],
    // 12th working day after Mon 03/03: Mar 4–7, 10–14, 17–19 → Wed 19/03. Returned Tue 18/03: early.
    [
      serial(2025, 3, 3),
      '12 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
      serial(2025, 3, 18),
      'hạn 19/03/2025 → trước hạn',
    ],
    // Bare 12: Wed 19/03. Returned Thu 20/03: late.
    [serial(2025, 3, 3), 12, serial(2025, 3, 20), 'hạn 19/03/2025 → quá hạn'],
  ]),
  '02-gio-trong-ngay.xlsx': workbook('Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng', [
    // Due Mon 10/03 10:00, returned 16:00 the same day: late (typed as text).
    ['03/03/2025 08:00', '10/03/2025 10:00', '10/03/2025 16:00', 'trả sau giờ hẹn → quá hạn'],
    // Due 10:00, returned 09:00 the same day: on time.
    [serial(2025, 3, 3, 8), serial(2025, 3, 10, 10), serial(2025, 3, 10, 9), 'trả trước giờ hẹn cùng ngày → đúng hạn'],
    // Returned Fri 07/03 15:00, before the due day: early.
    [serial(2025, 3, 3, 8), serial(2025, 3, 10, 10), serial(2025, 3, 7, 15), 'trả trước ngày hẹn → trước hạn'],
    // The due date has no time of day: whole days compared, returned on the due day is on time.
    [serial(2025, 3, 3), serial(2025, 3, 10), serial(2025, 3, 10, 16), 'hạn chỉ có ngày → đúng hạn'],
    // Received Mon 10/03 14:00 with 5 working days → Mon 17/03 (a date alone); returned 16:00 that Monday 10/03: early.
    [serial(2025, 3, 10, 14), 5, serial(2025, 3, 10, 16), 'hạn 17/03/2025 → trước hạn'],
  ]),
  '03-ngay-cuc-han.xlsx': workbook('Phòng Quản lý công nghệ', [
    [serial(2025, 3, 3), serial(2025, 3, 10), serial(2025, 3, 7), 'trước hạn'],
    // 30/12/9999 + 5 working days is past 31/12/9999, Excel's last date: the row cannot be counted.
    [serial(9999, 12, 30), 5, '', 'ngày tiếp nhận gõ nhầm năm'],
    [serial(2025, 3, 3), serial(2025, 3, 10), serial(2025, 3, 10), 'đúng hạn'],
  ]),
};

/** Writes the fixtures into `outDir`; returns their paths. Deterministic: no clock, no randomness. */
function makeDeadlineFixtures(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  return Object.entries(FIXTURES).map(([name, wb]) => {
    const file = path.join(outDir, name);
    XLSX.writeFile(wb, file, { compression: true });
    return file;
  });
}

module.exports = { makeDeadlineFixtures };

if (require.main === module) {
  const out = process.argv[2] || path.join(__dirname, '..', 'out', 'deadline-fixtures');
  const files = makeDeadlineFixtures(out);
  process.stderr.write(`Đã tạo ${files.length} sổ tính trong ${out}\n`);
}
