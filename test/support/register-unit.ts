/**
 * A unit that kept a dossier register, for the settings tests of each door (CLI, pane): one dossier received
 * Fri 09/10/2026 with 2 working days and returned Wed 14/10/2026 — due Tue 13/10 by the shipped calendar
 * (late), due Wed 14/10 when 13/10 is an extra day off (on time) — and one of field «Đo lường điện», resolved
 * early, which a synonym in the settings merges into «Tiêu chuẩn đo lường chất lượng».
 */
import type { LayoutCell, LayoutWorkbook } from '../../src/core/layout';
import { writeWorkbook } from '../../src/io/write-workbook';

const row = (...v: LayoutCell['v'][]): LayoutCell[] => v.map((x) => ({ v: x }));

export function registerUnitLayout(): LayoutWorkbook {
  return {
    styles: {},
    sheets: [
      {
        name: 'ThongTin',
        widths: [],
        merges: [],
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              row('Tên đơn vị', 'Chi cục Tiêu chuẩn Đo lường Chất lượng'),
              row('Kỳ báo cáo', 'Quý IV năm 2026'),
              row('Từ ngày', '15/09/2026'),
              row('Đến ngày', '14/12/2026'),
            ],
          },
        ],
      },
      {
        name: 'SoTheoDoi',
        widths: [],
        merges: [],
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              row('Số hồ sơ', 'Lĩnh vực', 'Thủ tục', 'Kênh nộp', 'Ngày nhận', 'Ngày hẹn trả', 'Ngày trả kết quả'),
              row(
                'HS-1',
                'Lĩnh vực Đo lường',
                'Phê duyệt mẫu phương tiện đo',
                'Trực tiếp',
                '09/10/2026',
                2,
                '14/10/2026',
              ),
              row(
                'HS-2',
                'Đo lường điện',
                'Chứng nhận chuẩn đo lường',
                'Trực tuyến',
                '01/10/2026',
                '20/10/2026',
                '19/10/2026',
              ),
            ],
          },
        ],
      },
    ],
  };
}

export async function registerUnitBytes(): Promise<Uint8Array> {
  return writeWorkbook(registerUnitLayout());
}
