/**
 * A unit workbook written in an office's own words, for the tests of the settings' ways of writing (cách viết
 * khác): every list the DanhMuc sheet's table 4 covers has one value the shipped lists do not know, and one
 * they do. Figures by hand:
 * - SoTheoDoi (statuses only): HS-1 «Đã trả KQ đúng hẹn» (unknown → the row is not counted; with the office's
 *   wording: on time), HS-2 «Trước hạn», HS-3 «Quá hạn»; all received in the period.
 * - NhanSu, two people: A writes «Biên chế», «Chuyên khoa cấp I», «Cử nhân CT», «Ngạch CVC» (all «Khác: …»
 *   without the office's wordings; with them Công chức, Thạc sĩ, Cao cấp, Chuyên viên chính); B writes the
 *   canonical Công chức, Thạc sĩ, Cao cấp, CVC (= Chuyên viên chính).
 * - DaoTao, two rows: «Lớp KTV chính» (Khác without; Kế toán viên chính with) by a «Biên chế», and «Kế toán
 *   viên chính» by a «Công chức».
 */
import type { LayoutCell, LayoutWorkbook } from '../../src/core/layout';
import { writeWorkbook } from '../../src/io/write-workbook';

type Value = LayoutCell['v'];

export interface PlainSheet {
  name: string;
  rows: Value[][];
}

export function officeWordingsSheets(): PlainSheet[] {
  return [
    {
      name: 'ThongTin',
      rows: [
        ['Tên đơn vị', 'Văn phòng Sở'],
        ['Kỳ báo cáo', 'Quý IV năm 2026'],
        ['Từ ngày', '15/09/2026'],
        ['Đến ngày', '14/12/2026'],
      ],
    },
    {
      name: 'SoTheoDoi',
      rows: [
        ['Số hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Trạng thái'],
        ['HS-1', 'Đo lường', '01/10/2026', 'Đã trả KQ đúng hẹn'],
        ['HS-2', 'Đo lường', '02/10/2026', 'Trước hạn'],
        ['HS-3', 'Đo lường', '05/10/2026', 'Quá hạn'],
      ],
    },
    {
      name: 'NhanSu',
      rows: [
        ['STT', 'Họ và tên', 'Giới tính', 'Loại', 'Trình độ chuyên môn', 'Lý luận chính trị', 'Quản lý nhà nước'],
        [1, 'Nguyễn Thị A', 'Nữ', 'Biên chế', 'Chuyên khoa cấp I', 'Cử nhân CT', 'Ngạch CVC'],
        [2, 'Trần Văn B', 'Nam', 'Công chức', 'Thạc sĩ', 'Cao cấp', 'CVC'],
      ],
    },
    {
      name: 'DaoTao',
      rows: [
        ['STT', 'Họ và tên', 'Loại', 'Hình thức', 'Chương trình', 'Cơ sở đào tạo', 'Từ ngày', 'Đến ngày', 'Trạng thái'],
        [
          1,
          'Nguyễn Thị A',
          'Biên chế',
          'Bồi dưỡng',
          'Lớp KTV chính',
          'Trường Chính trị tỉnh',
          '01/10/2026',
          '30/10/2026',
          'Đã hoàn thành',
        ],
        [
          2,
          'Trần Văn B',
          'Công chức',
          'Bồi dưỡng',
          'Kế toán viên chính',
          'Trường Chính trị tỉnh',
          '01/10/2026',
          '30/10/2026',
          'Đã hoàn thành',
        ],
      ],
    },
  ];
}

/** The office's ways of writing that make every value above known, as the JSON settings give them. */
export const OFFICE_WORDINGS = {
  labels: [
    { list: 'Trạng thái hồ sơ', label: 'Đúng hạn', synonyms: ['Đã trả KQ đúng hẹn'] },
    { list: 'Trình độ chuyên môn', label: 'Thạc sĩ', synonyms: ['Chuyên khoa cấp I'] },
    { list: 'Loại cán bộ', label: 'Công chức', synonyms: ['Biên chế'] },
    { list: 'Lý luận chính trị', label: 'Cao cấp', synonyms: ['Cử nhân CT'] },
    { list: 'Quản lý nhà nước', label: 'Chuyên viên chính', synonyms: ['Ngạch CVC'] },
    { list: 'Loại khóa đào tạo', label: 'Kế toán viên chính', synonyms: ['KTV chính'] },
  ],
};

export function officeWordingsLayout(): LayoutWorkbook {
  const cells = (rows: Value[][]): LayoutCell[][] => rows.map((r) => r.map((v) => ({ v })));
  return {
    styles: {},
    sheets: officeWordingsSheets().map((s) => ({
      name: s.name,
      widths: [],
      merges: [],
      blocks: [{ row: 0, col: 0, cells: cells(s.rows) }],
    })),
  };
}

export async function officeWordingsBytes(): Promise<Uint8Array> {
  return writeWorkbook(officeWordingsLayout());
}
