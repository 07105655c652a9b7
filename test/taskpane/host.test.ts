/** What the pane says about where it runs, including an Excel without the requirement sets TongHop needs. */
import { describeHost, EXCEL_TOO_OLD, REQUIRED_SETS } from '../../src/taskpane/host';

const supports = (missing: string[]) => (name: string) => !missing.includes(name);

describe('host status line', () => {
  test('Excel with SharedRuntime 1.1 and CustomFunctionsRuntime 1.1: ready', () => {
    const s = describeHost({ host: 'Excel', platform: 'PC' }, supports([]));
    expect(s).toEqual({ ok: true, text: 'Đã kết nối với Excel trên Windows. Các hàm TTHC đã sẵn sàng.' });
  });

  test.each(REQUIRED_SETS.map(([name]) => name))(
    'Excel without %s: not ready, names the Excel versions that run it and the CLI instead',
    (name) => {
      const s = describeHost({ host: 'Excel', platform: 'PC' }, supports([name]));
      expect(s).toEqual({ ok: false, text: EXCEL_TOO_OLD });
      expect(s.text).toContain('Microsoft 365');
      expect(s.text).toContain('Excel 2021 trở lên');
      expect(s.text).toContain('Excel trên web');
      expect(s.text).toContain('Mac 16.35');
      expect(s.text).toContain('Excel 2016 hoặc 2019');
      expect(s.text).toContain('tonghop consolidate');
      expect(s.text).toBe(s.text.normalize('NFC'));
    },
  );

  test('asks for SharedRuntime 1.1 (the manifest requires it) and CustomFunctionsRuntime 1.1 (the =TTHC functions)', () => {
    expect(REQUIRED_SETS).toEqual([
      ['SharedRuntime', '1.1'],
      ['CustomFunctionsRuntime', '1.1'],
    ]);
  });

  test('outside Office: says so', () => {
    expect(describeHost({ host: null, platform: null })).toEqual({
      ok: false,
      text: 'Trang đang mở ngoài Office: các hàm TTHC chỉ chạy trong Excel.',
    });
  });
});
