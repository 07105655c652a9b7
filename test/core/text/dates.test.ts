import { formatVnDate, parseVnDate, vnLongDate } from '../../../src/core/text';
import { serialFromYmd } from '../../../src/core/calendar/serial';
import type { CellValue } from '../../../src/core/grid';

const MARCH_15_2024 = serialFromYmd(2024, 3, 15);

function serial(v: CellValue): number {
  const r = parseVnDate(v);
  if (!r.ok) throw new Error(`expected a date from ${JSON.stringify(v)}, got: ${r.reason}`);
  return r.serial;
}

function reason(v: CellValue, opts?: Parameters<typeof parseVnDate>[1]): string {
  const r = parseVnDate(v, opts);
  if (r.ok) throw new Error(`expected a failure from ${JSON.stringify(v)}, got ${formatVnDate(r.serial)}`);
  return r.reason;
}

describe('parseVnDate', () => {
  test('accepts Excel serials and drops the time of day', () => {
    expect(MARCH_15_2024).toBe(45366);
    expect(parseVnDate(45366)).toEqual({ ok: true, serial: 45366 });
    expect(serial(45366.75)).toBe(45366);
    expect(serial(1)).toBe(1);
    expect(serial(2958465)).toBe(2958465);
  });

  test('keeps a time of day apart from the whole-day serial, as a fraction of the day', () => {
    const at = (v: string | number) => {
      const r = parseVnDate(v);
      if (!r.ok) throw new Error(r.reason);
      return [r.serial, r.time === undefined ? undefined : Math.round(r.time * 86400)];
    };
    expect(at(45366.75)).toEqual([45366, 18 * 3600]);
    expect(at(45366)).toEqual([45366, undefined]);
    expect(at('15/03/2024')).toEqual([45366, undefined]);
    expect(at('15/03/2024 00:00')).toEqual([45366, undefined]); // midnight = a date alone
    expect(at('15/03/2024 10:00')).toEqual([45366, 10 * 3600]);
    expect(at('15/03/2024 16h30')).toEqual([45366, 16 * 3600 + 30 * 60]);
    expect(at('15/03/2024 2:30 PM')).toEqual([45366, 14 * 3600 + 30 * 60]);
    expect(at('15/03/2024 2:30 CH')).toEqual([45366, 14 * 3600 + 30 * 60]);
    expect(at('15/03/2024 12:15 SA')).toEqual([45366, 15 * 60]);
    expect(at('2024-03-15T08:05:09+07:00')).toEqual([45366, 8 * 3600 + 5 * 60 + 9]);
    expect(at('15/03/2024 24:00')).toEqual([45366, 86399]); // the end of the day (Bộ luật Dân sự Điều 148)
    expect(parseVnDate('15/03/2024 25:00').ok).toBe(false);
    expect(parseVnDate('15/03/2024 10:60').ok).toBe(false);
  });

  test("maps January–February 1900 to Excel's serials and refuses years before 1900", () => {
    expect(serial('01/01/1900')).toBe(1);
    expect(serial('28/02/1900')).toBe(59);
    expect(serial('01/03/1900')).toBe(61);
    expect(reason('31/12/1899')).toContain('1899');
    expect(reason('01/01/0000')).toContain('năm 0');
  });

  test('reads the ways offices type 15 March 2024', () => {
    const texts = [
      '15/03/2024',
      '15/3/2024',
      '15-3-24',
      '15.03.2024',
      '2024-03-15',
      '2024/03/15',
      '15/03/2024 14:30',
      '15/03/2024 14:30:05',
      '15/3/2024 14h30',
      '15/03/2024 2:30 PM',
      '2024-03-15T08:00:00.000Z',
      'ngày 15 tháng 3 năm 2024',
      'Ngày 15 tháng 03 năm 2024',
      'ngay 15 thang 3 nam 2024',
      'Đắk Lắk, ngày 15 tháng 3 năm 2024',
      ' 15/03/2024 ',
    ];
    for (const t of texts) expect([t, serial(t)]).toEqual([t, MARCH_15_2024]);
  });

  test('reads day first, always', () => {
    expect(serial('03/04/2024')).toBe(serialFromYmd(2024, 4, 3));
    expect(serial('1/2/2025')).toBe(serialFromYmd(2025, 2, 1));
  });

  test('reads two-digit years as 20yy', () => {
    expect(serial('15-3-24')).toBe(serialFromYmd(2024, 3, 15));
    expect(serial('01/01/99')).toBe(serialFromYmd(2099, 1, 1));
    expect(serial('ngày 5 tháng 2 năm 26')).toBe(serialFromYmd(2026, 2, 5));
  });

  test('reads five digits typed as text as a serial, with a note', () => {
    const r = parseVnDate('45366');
    expect(r).toEqual({ ok: true, serial: 45366, note: 'số 45366 được hiểu là số ngày của Excel (15/03/2024)' });
  });

  test('refuses impossible dates, naming the length of the month', () => {
    expect(reason('31/02/2024')).toBe('không có thật (31/02/2024: tháng 02/2024 có 29 ngày)');
    expect(reason('29/02/2023')).toBe('không có thật (29/02/2023: tháng 02/2023 có 28 ngày)');
    expect(serial('29/02/2024')).toBe(serialFromYmd(2024, 2, 29));
    expect(reason('31/04/2024')).toMatch(/^không có thật/);
    expect(reason('0/3/2024')).toMatch(/^không có thật/);
  });

  test('refuses a month above 12 and hints at month-first typing', () => {
    expect(reason('03/15/2024')).toBe('có tháng 15 không hợp lệ; có thể đã gõ tháng trước ngày, cần dạng dd/mm/yyyy');
    expect(reason('20/13/2024')).toBe('có tháng 13 không hợp lệ');
  });

  test('refuses serials outside Excel dates and the fictitious 29/02/1900', () => {
    expect(reason(0)).toMatch(/ngoài khoảng ngày của Excel/);
    expect(reason(2958466)).toMatch(/ngoài khoảng ngày của Excel/);
    expect(reason(60)).toMatch(/29\/02\/1900/);
    expect(reason(Number.POSITIVE_INFINITY)).toBe('không phải ngày (cần dạng dd/mm/yyyy)');
  });

  test('refuses years outside the range the caller allows', () => {
    expect(reason('15/03/2204', { minYear: 2000, maxYear: 2100 })).toBe('có năm 2204 nằm ngoài khoảng 2000–2100');
    expect(reason(45366, { minYear: 2025 })).toBe('có năm 2024 nằm ngoài khoảng 2025–9999');
  });

  test('refuses other text and values with Vietnamese reasons', () => {
    for (const t of ['abc', '15/03-2024', '15/03/2024 abc', '2024', 'tháng 3/2024', '15/03/2024 25:00']) {
      expect(reason(t)).toBe('không phải ngày (cần dạng dd/mm/yyyy)');
    }
    expect(reason(null)).toBe('để trống');
    expect(reason('')).toBe('để trống');
    expect(reason(true)).toBe('là giá trị TRUE, không phải ngày');
    expect(reason({ error: '#VALUE!' })).toBe('là lỗi #VALUE!, không phải ngày');
  });
});

describe('formatVnDate', () => {
  test('writes dd/mm/yyyy and ignores the time of day', () => {
    expect(formatVnDate(45366)).toBe('15/03/2024');
    expect(formatVnDate(45366.9)).toBe('15/03/2024');
    expect(formatVnDate(serialFromYmd(2026, 2, 5))).toBe('05/02/2026');
  });
});

describe('vnLongDate', () => {
  test('pads days below 10 and months 1–2 only, as NĐ 30/2020 requires', () => {
    expect(vnLongDate(serialFromYmd(2026, 2, 5))).toBe('ngày 05 tháng 02 năm 2026');
    expect(vnLongDate(serialFromYmd(2024, 3, 15))).toBe('ngày 15 tháng 3 năm 2024');
    expect(vnLongDate(serialFromYmd(2024, 1, 9))).toBe('ngày 09 tháng 01 năm 2024');
    expect(vnLongDate(serialFromYmd(2024, 12, 1))).toBe('ngày 01 tháng 12 năm 2024');
  });
});
