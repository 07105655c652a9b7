'use strict';
/**
 * The benchmarks' unit workbook: a 2,000-row dossier register, a 200-row staff list and a 50-row training list,
 * for the period 15/12/2019 – 14/06/2020. Plain SheetJS and the shared fixture builder's headers (from the data
 * files), no built code, so tests can make it without a build.
 */
const XLSX = require('@e965/xlsx');
const { REGISTER_HEADER, STAFF_HEADER, TRAINING_HEADER, infoRows } = require('../scripts/support/unit-workbook');

const DEGREES = ['Tiến sĩ', 'ThS', 'Thạc sỹ', 'Đại học', 'Cử nhân', 'Kỹ sư', 'Cao đẳng', 'Trung cấp'];
const COURSES = [
  'Cao cấp LLCT',
  'Trung cấp lý luận chính trị',
  'QLNN ngạch chuyên viên',
  'QLNN ngạch chuyên viên chính',
  'Bồi dưỡng lãnh đạo, quản lý cấp phòng',
  'Kế toán viên chính',
];
const FIELDS = [
  'Hoạt động khoa học và công nghệ',
  'Tiêu chuẩn đo lường chất lượng',
  'An toàn bức xạ và hạt nhân',
  'Sở hữu trí tuệ',
];

/** Excel serial of 15/12/2019 — the period is 15/12/2019 – 14/06/2020. */
const FROM = 43814;

/** Unit workbook number `i`; `registerRows` rows in its dossier register (2,000 unless said). */
function unitWorkbook(i, registerRows = 2000) {
  /** @type {Array<Array<string | number>>} */
  const register = [REGISTER_HEADER];
  for (let r = 0; r < registerRows; r++) {
    const received = FROM - 20 + ((r * 37 + i) % 200);
    const resolved = r % 11 === 0 ? '' : received + 1 + (r % 17);
    register.push([
      `HS-${i}-${r}`,
      FIELDS[r % FIELDS.length],
      'Thủ tục',
      r % 3 === 0 ? 'Trực tuyến' : 'Trực tiếp',
      received,
      r % 5 === 0 ? received + 12 : 10,
      resolved,
      '',
    ]);
  }
  /** @type {Array<Array<string | number>>} */
  const staff = [STAFF_HEADER];
  for (let r = 0; r < 200; r++)
    staff.push([
      r + 1,
      `Nguyễn Văn ${r}`,
      r % 2 ? 'Nữ' : 'Nam',
      1970 + (r % 30),
      'Kinh',
      r % 3 ? 'x' : '',
      ['Công chức', 'Viên chức', 'Người lao động'][r % 3],
      '',
      'Chuyên viên',
      DEGREES[r % DEGREES.length],
      r % 4 ? 'Trung cấp' : 'Cao cấp',
      'Chuyên viên',
      r % 50 === 0 ? 'đang học Tiến sĩ' : '',
    ]);
  /** @type {Array<Array<string | number>>} */
  const training = [TRAINING_HEADER];
  for (let r = 0; r < 50; r++)
    training.push([
      r + 1,
      `Trần Thị ${r}`,
      r % 2 ? 'Công chức' : 'Viên chức',
      'Bồi dưỡng',
      COURSES[r % COURSES.length],
      'Trường Chính trị',
      '01/03/2020',
      '30/04/2020',
      'Hoàn thành',
    ]);
  const info = infoRows({
    unit: `Đơn vị số ${i + 1}`,
    label: '6 tháng đầu năm 2020',
    from: '15/12/2019',
    to: '14/06/2020',
    quota: 210,
  });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(info), 'ThongTin');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(register), 'SoTheoDoi');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(staff), 'NhanSu');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(training), 'DaoTao');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

module.exports = { unitWorkbook };
