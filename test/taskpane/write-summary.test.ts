/** The pane's keys and names around writing: period keys for the sheet markers, run ids, file names. */
import { serialFromYmd as d } from '../../src/core/calendar/serial';
import { encodeMark, MAX_MARKER_COMMENT } from '../../src/excel/markers';
import { summaryFileName, TEMPLATE_FILE_NAME } from '../../src/taskpane/template-action';
import { newRunId, periodKeyOf } from '../../src/taskpane/write-summary';

describe('periodKeyOf', () => {
  it('uses the dates when both are known', () => {
    expect(periodKeyOf({ label: '6 tháng đầu năm 2020', from: d(2019, 12, 15), to: d(2020, 6, 14) })).toBe(
      '2019-12-15_2020-06-14',
    );
  });

  it('tells apart periods with the same label but other dates, and joins the same dates under other labels', () => {
    const a = periodKeyOf({ label: 'Quý I năm 2025', from: d(2024, 12, 15), to: d(2025, 3, 14) });
    const b = periodKeyOf({ label: 'Quý I năm 2025', from: d(2025, 1, 1), to: d(2025, 3, 31) });
    const c = periodKeyOf({ label: 'quy 1/2025', from: d(2024, 12, 15), to: d(2025, 3, 14) });
    expect(a).not.toBe(b);
    expect(a).toBe(c);
  });

  it('falls back to the folded label, then to a fixed key', () => {
    expect(periodKeyOf({ label: '6 tháng đầu năm 2020', from: d(2019, 12, 15), to: null })).toBe(
      '6-thang-dau-nam-2020',
    );
    expect(periodKeyOf({ label: '6 THÁNG ĐẦU NĂM 2020'.normalize('NFD'), from: null, to: null })).toBe(
      '6-thang-dau-nam-2020',
    );
    expect(periodKeyOf({ label: '  ', from: null, to: null })).toBe('khong-ro-ky');
  });

  it('always fits a sheet marker with a run id', () => {
    const long = periodKeyOf({ label: 'Báo cáo '.repeat(100), from: null, to: null });
    expect(long.length).toBeLessThanOrEqual(60);
    expect(encodeMark({ period: long, run: newRunId(), sheet: 'x'.repeat(31) }).length).toBeLessThanOrEqual(
      MAX_MARKER_COMMENT,
    );
  });
});

describe('newRunId', () => {
  it('is short, made of letters and digits, and different each time', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newRunId(1_700_000_000_000)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
  });
});

describe('file names', () => {
  it('are plain ASCII', () => {
    expect(TEMPLATE_FILE_NAME).toBe('Mau-bao-cao-don-vi.xlsx');
    expect(summaryFileName('2019-12-15_2020-06-14')).toBe('TongHop-2019-12-15_2020-06-14.xlsx');
    expect(summaryFileName('a/b c')).toBe('TongHop-a-b-c.xlsx');
  });
});
