import { fixList, fixText, FIX_LIST_SHEET } from '../../../src/core/fixlist';
import { buildSummaryLayout } from '../../../src/core/report';
import { consolidateInputs } from '../../../src/core/summary';
import { example } from '../summary/fixtures';

describe('the list sent back to units', () => {
  const s = consolidateInputs(['01-van-phong.xlsx', '02-chi-cuc-tdc.xlsx', '06-phong-qlkh.xlsx'].map(example));

  test('one entry per file with findings, errors first, each with its place', () => {
    const list = fixList(s.files);
    expect(list.map((u) => u.file)).toEqual(s.files.filter((f) => f.findings.length > 0).map((f) => f.file));
    for (const u of list) {
      const sev = u.items.map((i) => i.severity);
      expect(sev).toEqual([...sev].sort((a, b) => (a === b ? 0 : a === 'error' ? -1 : 1)));
    }
    const chiCuc = list.find((u) => u.file === '02-chi-cuc-tdc.xlsx')!;
    expect(chiCuc.unit).toBe('Chi cục Tiêu chuẩn Đo lường Chất lượng');
    expect(chiCuc.items[0].sheet).toBe('SoTheoDoi');
  });

  test('the text names the unit and file and numbers each item with sheet and cell', () => {
    const u = {
      unit: 'Phòng Quản lý khoa học',
      file: '06-phong-qlkh.xlsx',
      periodLabel: '6 tháng đầu năm 2020',
      items: [
        { sheet: 'TTHC', cell: 'C4', severity: 'error' as const, message: 'Ô C4 ghi «3+4», cần một số.' },
        { sheet: '', cell: '', severity: 'warning' as const, message: 'Thiếu trang TiepDan.' },
      ],
    };
    expect(fixText(u)).toBe(
      [
        'Kính gửi: Phòng Quản lý khoa học',
        'Tệp báo cáo «06-phong-qlkh.xlsx» — kỳ 6 tháng đầu năm 2020 có 02 nội dung cần kiểm tra, trong đó 01 lỗi phải sửa trước khi số liệu được tổng hợp. Đề nghị đơn vị sửa và gửi lại:',
        '1. [Lỗi] Trang TTHC, ô C4: Ô C4 ghi «3+4», cần một số.',
        '2. [Cảnh báo] Cả tệp: Thiếu trang TiepDan.',
      ].join('\n'),
    );
  });

  test('the summary workbook gains the GuiLai sheet after BaoCao, only when something needs fixing', () => {
    const names = buildSummaryLayout(s).sheets.map((x) => x.name);
    expect(names.slice(-2)).toEqual(['BaoCao', FIX_LIST_SHEET]);
    const clean = consolidateInputs([example('01-van-phong.xlsx')]);
    expect(clean.files[0].findings).toEqual([]);
    expect(buildSummaryLayout(clean).sheets.map((x) => x.name)).not.toContain(FIX_LIST_SHEET);
  });
});
