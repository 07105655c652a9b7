import { serialFromYmd as d } from '../../../src/core/calendar/serial';
import { periodFromLabel, periodFromRange } from '../../../src/core/unit';

describe('period dates from how a period is written (15th → 14th)', () => {
  test.each([
    ['6 tháng đầu năm 2020', [2019, 12, 15], [2020, 6, 14]],
    ['BÁO CÁO 6 THÁNG ĐẦU NĂM 2024', [2023, 12, 15], [2024, 6, 14]],
    ['6 tháng cuối năm 2020', [2020, 6, 15], [2020, 12, 14]],
    ['9 tháng năm 2021', [2020, 12, 15], [2021, 9, 14]],
    ['Quý I năm 2024', [2023, 12, 15], [2024, 3, 14]],
    ['Quý III/2024', [2024, 6, 15], [2024, 9, 14]],
    ['quy 4 nam 2024', [2024, 9, 15], [2024, 12, 14]],
    ['Tháng 3 năm 2024', [2024, 2, 15], [2024, 3, 14]],
    ['Tháng 1/2025', [2024, 12, 15], [2025, 1, 14]],
    ['Năm 2020', [2019, 12, 15], [2020, 12, 14]],
  ])('%s', (label, from, to) => {
    expect(periodFromLabel(label)).toEqual({ from: d(from[0], from[1], from[2]), to: d(to[0], to[1], to[2]) });
  });

  test('explicit dates win: «Từ ngày 15/12/2019 đến ngày 14/6/2020»', () => {
    expect(periodFromRange('Kỳ báo cáo: 6 tháng (Từ ngày 15/12/2019 đến ngày 14/6/2020)')).toEqual({
      from: d(2019, 12, 15),
      to: d(2020, 6, 14),
    });
    expect(periodFromLabel('tu ngay 01/01/2024 den ngay 31/03/2024')).toEqual({
      from: d(2024, 1, 1),
      to: d(2024, 3, 31),
    });
  });

  test('no period named: null', () => {
    expect(periodFromLabel('Báo cáo định kỳ')).toBeNull();
    expect(periodFromRange('Từ ngày 14/6/2020 đến ngày 15/12/2019')).toBeNull();
  });
});
