import {
  hungKingsSerial,
  leapMonth,
  lunarFromSerial,
  lunarMonthLength,
  serialFromLunar,
  tetSerial,
} from '../../../src/core/calendar/lunar';
import { serialFromYmd, weekday, ymdFromSerial } from '../../../src/core/calendar/serial';

/** dd/mm of a serial, the way the tables below are written. */
function ddmm(serial: number): string {
  const { m, d } = ymdFromSerial(serial);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}`;
}

/**
 * Vietnamese Tết (1/1 lunar), typed from published lists: the Chinese New Year dates of python-holidays
 * (holidays/calendars/chinese.py, LUNAR_NEW_YEAR_DATES, after the Hong Kong Observatory) with that
 * library's Vietnamese exceptions (VIETNAMESE_CALENDAR_LUNAR_NEW_YEAR_DATES: 2007, 2030 in this span),
 * cross-checked with the commonly printed Vietnamese list.
 */
const TET_1990_2050: Record<number, string> = {
  1990: '27/01',
  1991: '15/02',
  1992: '04/02',
  1993: '23/01',
  1994: '10/02',
  1995: '31/01',
  1996: '19/02',
  1997: '07/02',
  1998: '28/01',
  1999: '16/02',
  2000: '05/02',
  2001: '24/01',
  2002: '12/02',
  2003: '01/02',
  2004: '22/01',
  2005: '09/02',
  2006: '29/01',
  2007: '17/02',
  2008: '07/02',
  2009: '26/01',
  2010: '14/02',
  2011: '03/02',
  2012: '23/01',
  2013: '10/02',
  2014: '31/01',
  2015: '19/02',
  2016: '08/02',
  2017: '28/01',
  2018: '16/02',
  2019: '05/02',
  2020: '25/01',
  2021: '12/02',
  2022: '01/02',
  2023: '22/01',
  2024: '10/02',
  2025: '29/01',
  2026: '17/02',
  2027: '06/02',
  2028: '26/01',
  2029: '13/02',
  2030: '02/02',
  2031: '23/01',
  2032: '11/02',
  2033: '31/01',
  2034: '19/02',
  2035: '08/02',
  2036: '28/01',
  2037: '15/02',
  2038: '04/02',
  2039: '24/01',
  2040: '12/02',
  2041: '01/02',
  2042: '22/01',
  2043: '10/02',
  2044: '30/01',
  2045: '17/02',
  2046: '06/02',
  2047: '26/01',
  2048: '14/02',
  2049: '02/02',
  2050: '23/01',
};

/** Giỗ Tổ (10/3 lunar), same source (HUNG_KINGS_DATES with the Vietnamese exceptions 2009, 2037, 2038). */
const HUNG_KINGS_1990_2050: Record<number, string> = {
  1990: '05/04',
  1991: '24/04',
  1992: '12/04',
  1993: '01/04',
  1994: '20/04',
  1995: '09/04',
  1996: '27/04',
  1997: '16/04',
  1998: '06/04',
  1999: '25/04',
  2000: '14/04',
  2001: '03/04',
  2002: '22/04',
  2003: '11/04',
  2004: '28/04',
  2005: '18/04',
  2006: '07/04',
  2007: '26/04',
  2008: '15/04',
  2009: '04/04',
  2010: '23/04',
  2011: '12/04',
  2012: '31/03',
  2013: '19/04',
  2014: '09/04',
  2015: '28/04',
  2016: '16/04',
  2017: '06/04',
  2018: '25/04',
  2019: '14/04',
  2020: '02/04',
  2021: '21/04',
  2022: '10/04',
  2023: '29/04',
  2024: '18/04',
  2025: '07/04',
  2026: '26/04',
  2027: '16/04',
  2028: '04/04',
  2029: '23/04',
  2030: '12/04',
  2031: '01/04',
  2032: '19/04',
  2033: '09/04',
  2034: '28/04',
  2035: '17/04',
  2036: '06/04',
  2037: '24/04',
  2038: '13/04',
  2039: '03/04',
  2040: '20/04',
  2041: '10/04',
  2042: '29/04',
  2043: '19/04',
  2044: '07/04',
  2045: '26/04',
  2046: '15/04',
  2047: '04/04',
  2048: '22/04',
  2049: '11/04',
  2050: '01/04',
};

const WEEKDAY_VI = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it('puts Tết 1990–2050 on the published Vietnamese dates', () => {
    const got: Record<number, string> = {};
    for (let y = 1990; y <= 2050; y++) got[y] = ddmm(tetSerial(y));
    expect(got).toEqual(TET_1990_2050);
  });

  it("follows Vietnam's time zone where Tết differs from China's (1985, 2007, 2030)", () => {
    // Vietnam / China: 1985 21/01 vs 20/02; 2007 17/02 vs 18/02; 2030 02/02 vs 03/02.
    expect(ddmm(tetSerial(1985))).toBe('21/01');
    expect(ddmm(tetSerial(2007))).toBe('17/02');
    expect(ddmm(tetSerial(2030))).toBe('02/02');
    // The day China celebrates is still the last day of the old year in Vietnam.
    expect(lunarFromSerial(serialFromYmd(2007, 2, 18))).toEqual({ year: 2007, month: 1, day: 2, leap: false });
    expect(lunarFromSerial(serialFromYmd(2030, 2, 3))).toEqual({ year: 2030, month: 1, day: 2, leap: false });
  });

  it('puts Giỗ Tổ 2024–2030 on the days in domain-notes §3.3', () => {
    const expected: [number, string, string][] = [
      [2024, '18/04', 'T5'],
      [2025, '07/04', 'T2'],
      [2026, '26/04', 'CN'],
      [2027, '16/04', 'T6'],
      [2028, '04/04', 'T3'],
      [2029, '23/04', 'T2'],
      [2030, '12/04', 'T6'],
    ];
    for (const [year, date, wd] of expected) {
      const s = hungKingsSerial(year);
      expect([year, ddmm(s), WEEKDAY_VI[weekday(s)]]).toEqual([year, date, wd]);
    }
  });

  it('puts Giỗ Tổ 1990–2050 on the published dates', () => {
    const got: Record<number, string> = {};
    for (let y = 1990; y <= 2050; y++) got[y] = ddmm(hungKingsSerial(y));
    expect(got).toEqual(HUNG_KINGS_1990_2050);
  });

  it('converts solar dates to lunar ones, including leap months', () => {
    // 01/01/2025 was mùng 2 tháng Chạp năm Giáp Thìn; 28/01/2025 the last day (29 Tết) of that year.
    expect(lunarFromSerial(serialFromYmd(2025, 1, 1))).toEqual({ year: 2024, month: 12, day: 2, leap: false });
    expect(lunarFromSerial(serialFromYmd(2025, 1, 28))).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(lunarFromSerial(serialFromYmd(2025, 1, 29))).toEqual({ year: 2025, month: 1, day: 1, leap: false });
    // Ất Tỵ 2025 has a leap 6th month (tháng 6 nhuận), 2023 a leap 2nd, 2020 a leap 4th.
    expect(leapMonth(2025)).toBe(6);
    expect(leapMonth(2023)).toBe(2);
    expect(leapMonth(2020)).toBe(4);
    expect(leapMonth(2024)).toBeNull();
    const leapStart = serialFromLunar(2025, 6, 1, true);
    expect(lunarFromSerial(leapStart)).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(leapStart - serialFromLunar(2025, 6, 1)).toBe(lunarMonthLength(2025, 6));
    // Rằm tháng Giêng, Trung thu: fixed points users know.
    expect(ddmm(serialFromLunar(2025, 1, 15))).toBe('12/02');
    expect(ddmm(serialFromLunar(2025, 8, 15))).toBe('06/10');
  });

  it('rejects lunar dates that do not exist', () => {
    expect(() => serialFromLunar(2024, 6, 1, true)).toThrow(RangeError); // 2024 has no leap month
    expect(() => serialFromLunar(2025, 5, 1, true)).toThrow(RangeError); // 2025's leap month is the 6th
    expect(() => serialFromLunar(2025, 13, 1)).toThrow(RangeError);
    expect(() => serialFromLunar(2025, 1, 31)).toThrow(RangeError);
    // Tháng Chạp Giáp Thìn had 29 days: 30/12 did not exist (Tết came the next day).
    expect(lunarMonthLength(2024, 12)).toBe(29);
    expect(() => serialFromLunar(2024, 12, 30)).toThrow(RangeError);
    expect(lunarMonthLength(2024, 6, true)).toBeNull();
  });

  it('gives a consistent calendar for every lunar year 1900–2199', () => {
    // Each year: months run without gaps, 29 or 30 days each, 12 months or 13 with one leap,
    // Tết between 21/01 and 20/02, and every first day converts back to itself.
    const problems: string[] = [];
    for (let y = 1900; y <= 2199; y++) {
      const tet = tetSerial(y);
      const { m, d } = ymdFromSerial(tet);
      if (!((m === 1 && d >= 21) || (m === 2 && d <= 20))) problems.push(`${y}: Tết ${ddmm(tet)}`);
      const leap = leapMonth(y);
      let expectedStart = tet;
      for (let month = 1; month <= 12; month++) {
        for (const isLeap of month === leap ? [false, true] : [false]) {
          const start = serialFromLunar(y, month, 1, isLeap);
          const len = lunarMonthLength(y, month, isLeap);
          if (start !== expectedStart)
            problems.push(`${y}/${month}${isLeap ? 'n' : ''}: starts ${start} not ${expectedStart}`);
          if (len !== 29 && len !== 30) problems.push(`${y}/${month}: length ${len}`);
          const back = lunarFromSerial(start + (len ?? 29) - 1);
          if (back.year !== y || back.month !== month || back.leap !== isLeap || back.day !== len) {
            problems.push(`${y}/${month}: last day reads ${JSON.stringify(back)}`);
          }
          expectedStart = start + (len ?? 29);
        }
      }
      if (expectedStart !== tetSerial(y + 1)) problems.push(`${y}: year does not end the day before Tết ${y + 1}`);
    }
    expect(problems).toEqual([]);
  });
});
