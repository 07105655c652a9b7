/** KiemTra says which settings the summary was made with, and lists what the office's file changed. */
import { consolidate } from '../../../src/core/consolidate';
import { buildSummaryLayout } from '../../../src/core/report/summary-layout';
import { applySettings, readSettingsJson } from '../../../src/core/settings';
import { chiCuc, vanPhong } from '../consolidate/unit-reports';
import { values } from './layout-cells';

const kiemTra = (s: ReturnType<typeof consolidate>) =>
  values(buildSummaryLayout(s).sheets.find((x) => x.name === 'KiemTra')!);
const texts = (rows: unknown[][]) => rows.flat().filter((v): v is string => typeof v === 'string');

test('without a settings file KiemTra names the shipped lists', () => {
  const rows = kiemTra(consolidate([vanPhong(), chiCuc()]));
  expect(texts(rows)).toContain('Danh mục: danh mục mặc định của TongHop (không dùng tệp danh mục của cơ quan).');
});

test('with the office file KiemTra names it, each change with its cell, and its wrong entries as findings', () => {
  const { input } = readSettingsJson(
    JSON.stringify({
      days: [
        { date: '13/10/2026', kind: 'Nghỉ' },
        { date: 'không rõ', kind: 'Nghỉ' },
      ],
      agency: { agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH' },
    }),
    'co-quan.json',
  );
  const settings = applySettings(input);
  const rows = kiemTra(consolidate([vanPhong(), chiCuc()], { settings }));
  const t = texts(rows);
  expect(t).toContain('Danh mục: co-quan.json — 02 mục thay đổi so với danh mục mặc định:');
  expect(t).toContain('thêm ngày nghỉ 13/10/2026 (days[0].date)');
  expect(t).toContain('Tên cơ quan: «SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH» (agency.agency)');
  const bad = rows.find((r) => r.includes('days[1].date'))!;
  expect(bad).toContain('co-quan.json');
  expect(bad).toContain('Lỗi');
});
