import { WorkingCalendar, calendarWithOverrides, defaultCalendar } from '../../../src/core/calendar/calendar';
import { parseHolidayTable } from '../../../src/core/calendar/holiday-table';
import { serialFromYmd, vnDateFromSerial } from '../../../src/core/calendar/serial';

const d = (dd: number, mm: number, yyyy: number): number => serialFromYmd(yyyy, mm, dd);
const vn = vnDateFromSerial;

/** Days in [from, to] that are not working days, as dd/mm/yyyy. */
function daysOff(cal: WorkingCalendar, from: number, to: number): string[] {
  const out: string[] = [];
  for (let s = from; s <= to; s++) if (!cal.isWorkingDay(s)) out.push(vn(s));
  return out;
}

describe('WorkingCalendar with the announced holidays', () => {
  const cal = defaultCalendar();

  it('closes Thu 08/02 – Wed 14/02/2024 for Tết, and only those days that week', () => {
    expect(daysOff(cal, d(5, 2, 2024), d(18, 2, 2024))).toEqual([
      '08/02/2024',
      '09/02/2024',
      '10/02/2024',
      '11/02/2024',
      '12/02/2024',
      '13/02/2024',
      '14/02/2024',
      '17/02/2024',
      '18/02/2024',
    ]);
    expect(cal.dayInfo(d(13, 2, 2024))).toEqual({ working: false, reason: 'Nghỉ bù Tết Nguyên đán' });
  });

  it('closes Sat 25/01 – Sun 02/02/2025 for Tết', () => {
    expect(daysOff(cal, d(20, 1, 2025), d(7, 2, 2025))).toEqual([
      '25/01/2025',
      '26/01/2025',
      '27/01/2025',
      '28/01/2025',
      '29/01/2025',
      '30/01/2025',
      '31/01/2025',
      '01/02/2025',
      '02/02/2025',
    ]);
    expect(cal.dayInfo(d(28, 1, 2025))).toEqual({ working: false, reason: 'Tết Nguyên đán' });
  });

  it('treats the swapped Saturdays as working days and the swapped weekdays as days off', () => {
    // 2024: Mon 29/4 off, Sat 04/5 worked. 2025: Fri 02/5 off, Sat 26/4 worked.
    // 2026: Fri 02/01 ⇄ Sat 10/01; Mon 31/8 ⇄ Sat 22/8.
    for (const s of [d(4, 5, 2024), d(26, 4, 2025), d(10, 1, 2026), d(22, 8, 2026)])
      expect(cal.isWorkingDay(s)).toBe(true);
    for (const s of [d(29, 4, 2024), d(2, 5, 2025), d(2, 1, 2026), d(31, 8, 2026)])
      expect(cal.isWorkingDay(s)).toBe(false);
    expect(cal.dayInfo(d(26, 4, 2025))).toEqual({ working: true, reason: 'Làm bù cho ngày 02/5/2025' });
    expect(cal.dayInfo(d(29, 4, 2024)).reason).toMatch(/^Nghỉ hoán đổi/);
    // 27/4 – 01/5/2024 and 30/4 – 04/5/2025 are unbroken breaks.
    expect(daysOff(cal, d(27, 4, 2024), d(1, 5, 2024))).toHaveLength(5);
    expect(daysOff(cal, d(30, 4, 2025), d(4, 5, 2025))).toHaveLength(5);
    // Quốc khánh: 31/8 – 03/9/2024, 30/8 – 02/9/2025, 29/8 – 02/9/2026.
    expect(daysOff(cal, d(29, 8, 2024), d(4, 9, 2024))).toEqual([
      '31/08/2024',
      '01/09/2024',
      '02/09/2024',
      '03/09/2024',
    ]);
    expect(daysOff(cal, d(28, 8, 2025), d(3, 9, 2025))).toEqual([
      '30/08/2025',
      '31/08/2025',
      '01/09/2025',
      '02/09/2025',
    ]);
    expect(daysOff(cal, d(27, 8, 2026), d(3, 9, 2026))).toEqual([
      '29/08/2026',
      '30/08/2026',
      '31/08/2026',
      '01/09/2026',
      '02/09/2026',
    ]);
  });

  it('names the reason of every kind of day', () => {
    expect(cal.dayInfo(d(4, 1, 2025))).toEqual({ working: false, reason: 'Thứ Bảy' });
    expect(cal.dayInfo(d(5, 1, 2025))).toEqual({ working: false, reason: 'Chủ nhật' });
    expect(cal.dayInfo(d(6, 1, 2025))).toEqual({ working: true, reason: null });
    expect(cal.dayInfo(d(7, 4, 2025))).toEqual({ working: false, reason: 'Giỗ Tổ Hùng Vương' });
    expect(cal.dayInfo(d(27, 4, 2026))).toEqual({ working: false, reason: 'Nghỉ bù Giỗ Tổ Hùng Vương' });
  });

  it('counts working days per year: 251 in 2024, 250 in 2025, 250 in 2026', () => {
    // 2024: 262 weekdays − 12 weekday holidays (01/01; 08, 09, 12, 13, 14/02; 18/04; 29, 30/04, 01/05; 02, 03/09) + Sat 04/5.
    // 2025: 261 − 12 (01/01; 27–31/01; 07/04; 30/04, 01/05, 02/05; 01, 02/09) + Sat 26/4.
    // 2026: 261 − 13 (01, 02/01; 16–20/02; 27/04; 30/04, 01/05; 31/08, 01, 02/09) + Sat 10/01, Sat 22/8. 24/11 is worked.
    expect(cal.workdays(d(1, 1, 2024), d(31, 12, 2024))).toBe(251);
    expect(cal.workdays(d(1, 1, 2025), d(31, 12, 2025))).toBe(250);
    expect(cal.workdays(d(1, 1, 2026), d(31, 12, 2026))).toBe(250);
  });
});

describe('working-day arithmetic (WORKDAYS / DEADLINE)', () => {
  const cal = defaultCalendar();

  it('steps over Tết 2025', () => {
    // Fri 24/01 is the last working day before Tết; Mon 03/02 the first after it.
    expect(vn(cal.addWorkdays(d(24, 1, 2025), 1))).toBe('03/02/2025');
    // From Thu 23/01, 15 working days: 24/01 (1), 03–07/02 (2–6), 10–14/02 (7–11), 17–20/02 (12–15).
    expect(vn(cal.addWorkdays(d(23, 1, 2025), 15))).toBe('20/02/2025');
    // Received on a Tết day (Sat 25/01): the first working day after it is 03/02.
    expect(vn(cal.addWorkdays(d(25, 1, 2025), 1))).toBe('03/02/2025');
    // Mon 20 – Fri 24/01 (5) + Mon 03 – Fri 07/02 (5).
    expect(cal.workdays(d(20, 1, 2025), d(7, 2, 2025))).toBe(10);
    expect(cal.workdays(d(24, 1, 2025), d(3, 2, 2025))).toBe(2);
    expect(cal.workdays(d(25, 1, 2025), d(2, 2, 2025))).toBe(0);
  });

  it('steps over 30/4 – 1/5/2025 and counts the make-up Saturday', () => {
    // Fri 25/4 → Sat 26/4 (làm bù). Tue 29/4 → Mon 05/5 (30/4 – 04/5 off).
    expect(vn(cal.addWorkdays(d(25, 4, 2025), 1))).toBe('26/04/2025');
    expect(vn(cal.addWorkdays(d(29, 4, 2025), 1))).toBe('05/05/2025');
    // From Fri 25/4: 26/4 (1), 28/4 (2), 29/4 (3), 05/5 (4).
    expect(vn(cal.addWorkdays(d(25, 4, 2025), 4))).toBe('05/05/2025');
    // 21–25/4 (5) + Sat 26/4 (1) + 28–29/4 (2) + 05–09/5 (5).
    expect(cal.workdays(d(21, 4, 2025), d(9, 5, 2025))).toBe(13);
    // Giỗ Tổ Mon 07/4/2025: Fri 04/4 + 1 = Tue 08/4.
    expect(vn(cal.addWorkdays(d(4, 4, 2025), 1))).toBe('08/04/2025');
  });

  it('steps over the 2024 swap', () => {
    // Fri 26/4/2024 + 1: 27, 28 weekend, 29 swapped, 30/4 and 1/5 holidays ⇒ Thu 02/5.
    expect(vn(cal.addWorkdays(d(26, 4, 2024), 1))).toBe('02/05/2024');
    expect(vn(cal.addWorkdays(d(3, 5, 2024), 1))).toBe('04/05/2024');
    // 22–26/4 (5) + 02–03/5 (2) + Sat 04/5 (1) + 06–10/5 (5).
    expect(cal.workdays(d(22, 4, 2024), d(10, 5, 2024))).toBe(13);
  });

  it('goes backwards for negative n and returns negative counts when end < start', () => {
    expect(vn(cal.addWorkdays(d(3, 2, 2025), -1))).toBe('24/01/2025');
    expect(vn(cal.addWorkdays(d(1, 2, 2025), -1))).toBe('24/01/2025');
    // From Mon 05/5/2025 back: 29/4 (1), 28/4 (2), Sat 26/4 (3).
    expect(vn(cal.addWorkdays(d(5, 5, 2025), -3))).toBe('26/04/2025');
    expect(cal.workdays(d(9, 5, 2025), d(21, 4, 2025))).toBe(-13);
    expect(cal.workdays(d(3, 2, 2025), d(24, 1, 2025))).toBe(-2);
  });

  it('behaves like Excel at the edges: n = 0, one-day spans, times of day, fractional n', () => {
    expect(cal.addWorkdays(d(25, 1, 2025), 0)).toBe(d(25, 1, 2025));
    expect(cal.workdays(d(24, 1, 2025), d(24, 1, 2025))).toBe(1);
    expect(cal.workdays(d(25, 1, 2025), d(25, 1, 2025))).toBe(0);
    expect(vn(cal.addWorkdays(d(24, 1, 2025) + 0.75, 1))).toBe('03/02/2025');
    expect(vn(cal.addWorkdays(d(24, 1, 2025), 1.9))).toBe('03/02/2025');
  });

  it('rejects dates outside Excel and non-numbers', () => {
    expect(() => cal.isWorkingDay(Number.NaN)).toThrow(RangeError);
    expect(() => cal.workdays(0, 10)).toThrow(RangeError);
    expect(() => cal.addWorkdays(d(30, 12, 9999), 5)).toThrow(RangeError);
    expect(() => cal.addWorkdays(d(1, 1, 2025), Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
  it('gives a Vietnamese reason instead of throwing for any date or count a user can type (try… forms)', () => {
    const MAX = d(31, 12, 9999);
    const bad = (r: { ok: boolean; reason?: string }) => {
      expect(r.ok).toBe(false);
      expect(r.reason).toMatch(/ngoài phạm vi|không hợp lệ|số nguyên/);
      expect(r.reason).toBe(r.reason!.normalize('NFC'));
    };
    bad(cal.tryAddWorkdays(d(30, 12, 9999), 5));
    bad(cal.tryAddWorkdays(d(31, 12, 9999), 1));
    bad(cal.tryAddWorkdays(d(2, 1, 1900), -5));
    bad(cal.tryAddWorkdays(d(1, 1, 2025), Number.POSITIVE_INFINITY));
    bad(cal.tryAddWorkdays(d(1, 1, 2025), Number.NaN));
    bad(cal.tryAddWorkdays(d(1, 1, 2025), 1e15));
    bad(cal.tryAddWorkdays(d(1, 1, 2025), -1e15));
    bad(cal.tryAddWorkdays(0, 1));
    bad(cal.tryAddWorkdays(-5, 1));
    bad(cal.tryAddWorkdays(MAX + 1, 1));
    bad(cal.tryAddWorkdays(Number.NaN, 1));
    bad(cal.tryAddCalendarDays(d(30, 12, 9999), 5));
    bad(cal.tryAddCalendarDays(d(1, 1, 2025), -1));
    bad(cal.tryAddCalendarDays(d(1, 1, 2025), 2.5));
    bad(cal.tryWorkdays(0, 10));
    bad(cal.tryWorkdays(d(1, 1, 2025), Number.NEGATIVE_INFINITY));
    // 31/12/9999 is a Friday: one working day before it, the last ones still work.
    expect(cal.tryAddWorkdays(d(30, 12, 9999), 1)).toEqual({ ok: true, value: MAX });
    expect(cal.tryAddWorkdays(1, 0)).toEqual({ ok: true, value: 1 });
  });
});

describe('calendar days (Bộ luật Dân sự 2015 Điều 147–148)', () => {
  const cal = defaultCalendar();
  it('does not count the day received and moves an end on a day off to the next working day', () => {
    // Fri 24/01/2025 + 30 days = Sun 23/02/2025 → Mon 24/02/2025.
    expect(cal.tryAddCalendarDays(d(24, 1, 2025), 30)).toEqual({ ok: true, value: d(24, 2, 2025) });
    // Thu 16/01/2025 + 15 days = Fri 31/01/2025, a Tết day; Sat 01, Sun 02/02 off → Mon 03/02/2025.
    expect(cal.tryAddCalendarDays(d(16, 1, 2025), 15)).toEqual({ ok: true, value: d(3, 2, 2025) });
    // Mon 03/03/2025 + 3 days = Thu 06/03/2025, a working day: unchanged.
    expect(cal.tryAddCalendarDays(d(3, 3, 2025), 3)).toEqual({ ok: true, value: d(6, 3, 2025) });
    // A make-up Saturday is a working day: Fri 18/04/2025 + 8 = Sat 26/04/2025.
    expect(cal.tryAddCalendarDays(d(18, 4, 2025), 8)).toEqual({ ok: true, value: d(26, 4, 2025) });
  });
});

describe('user overrides', () => {
  it('adds a day off', () => {
    const cal = new WorkingCalendar({ extraHolidays: [d(6, 1, 2025)] });
    expect(cal.dayInfo(d(6, 1, 2025))).toEqual({ working: false, reason: 'Ngày nghỉ do người dùng thêm' });
    expect(vn(cal.addWorkdays(d(3, 1, 2025), 1))).toBe('07/01/2025');
    // 02, 03/01 + 07–10/01 (06/01 removed).
    expect(cal.workdays(d(1, 1, 2025), d(10, 1, 2025))).toBe(6);
    expect(defaultCalendar().workdays(d(1, 1, 2025), d(10, 1, 2025))).toBe(7);
  });

  it('adds a working day, which beats any holiday', () => {
    const cal = new WorkingCalendar({ extraWorkdays: [d(4, 1, 2025), d(30, 4, 2025)] });
    expect(cal.dayInfo(d(4, 1, 2025))).toEqual({ working: true, reason: 'Ngày làm việc do người dùng thêm' });
    expect(vn(cal.addWorkdays(d(3, 1, 2025), 1))).toBe('04/01/2025');
    expect(cal.isWorkingDay(d(30, 4, 2025))).toBe(true);
    const both = new WorkingCalendar({ extraHolidays: [d(7, 1, 2025)], extraWorkdays: [d(7, 1, 2025)] });
    expect(both.isWorkingDay(d(7, 1, 2025))).toBe(true);
  });

  it('reuses the calendar for the same lists, in any order', () => {
    const a = calendarWithOverrides({ extraHolidays: [d(7, 1, 2025), d(6, 1, 2025)] });
    const b = calendarWithOverrides({ extraHolidays: [d(6, 1, 2025), d(7, 1, 2025) + 0.5], extraWorkdays: [] });
    expect(b).toBe(a);
    expect(calendarWithOverrides({ extraHolidays: [d(8, 1, 2025)] })).not.toBe(a);
    expect(calendarWithOverrides({})).toBe(defaultCalendar());
    expect(a.isWorkingDay(d(7, 1, 2025))).toBe(false);
  });

  it('uses a replacement table, and the rules for the years it lacks', () => {
    const { table, findings } = parseHolidayTable({
      years: { '2025': { source: 'Bảng riêng', daysOff: [{ date: '2025-01-01', label: 'Tết Dương lịch' }] } },
    });
    expect(findings).toEqual([]);
    const cal = new WorkingCalendar({}, table);
    expect(cal.isWorkingDay(d(27, 1, 2025))).toBe(true);
    expect(cal.yearBasis(2025)).toEqual({
      fromTable: true,
      source: 'Bảng riêng',
      verified: false,
      provisional: false,
      note: null,
    });
    // 2024 is not in this table ⇒ rule: Tết 10/02/2024 is a Saturday; days 09–13/02, nghỉ bù Wed 14, Thu 15.
    expect(cal.isWorkingDay(d(8, 2, 2024))).toBe(true);
    expect(cal.dayInfo(d(15, 2, 2024))).toEqual({ working: false, reason: 'Nghỉ bù Tết Nguyên đán' });
    expect(cal.yearBasis(2024).fromTable).toBe(false);
    // A table without "computedYears" still treats computed years as provisional.
    expect(cal.yearBasis(2024).provisional).toBe(true);
  });
});

describe('years after the table (computed)', () => {
  const cal = defaultCalendar();

  it('gives Tết 2027 (Sat 06/02) five days and two nghỉ bù: off Fri 05/02 – Thu 11/02', () => {
    expect(daysOff(cal, d(1, 2, 2027), d(14, 2, 2027))).toEqual([
      '05/02/2027',
      '06/02/2027',
      '07/02/2027',
      '08/02/2027',
      '09/02/2027',
      '10/02/2027',
      '11/02/2027',
      '13/02/2027',
      '14/02/2027',
    ]);
    expect(vn(cal.addWorkdays(d(4, 2, 2027), 1))).toBe('12/02/2027');
    expect(cal.yearBasis(2027)).toMatchObject({ fromTable: false, verified: false, provisional: true });
    expect(cal.yearBasis(2027).note).toContain('TẠM TÍNH');
    expect(cal.yearBasis(2026).provisional).toBe(false);
    expect(cal.yearBasis(2027).source).toContain('Bộ luật Lao động 2019');
  });
});

describe('constant-time design', () => {
  it('agrees with a day-by-day count after widening the span beyond 1990–2100', () => {
    const cal = new WorkingCalendar();
    for (const [from, to] of [
      [d(20, 12, 1987), d(15, 1, 1992)],
      [d(20, 11, 2099), d(10, 2, 2103)],
    ]) {
      let count = 0;
      for (let s = from; s <= to; s++) if (cal.isWorkingDay(s)) count++;
      expect(cal.workdays(from, to)).toBe(count);
    }
  });

  it('makes addWorkdays and workdays inverse of each other, far in both directions', () => {
    const cal = new WorkingCalendar();
    for (const start of [d(1, 3, 1950), d(24, 1, 2025), d(15, 6, 2150)]) {
      for (const n of [1, 7, 250, 5000, -1, -7, -250, -5000]) {
        const r = cal.addWorkdays(start, n);
        expect(cal.isWorkingDay(r)).toBe(true);
        if (n > 0) expect(cal.workdays(start + 1, r)).toBe(n);
        else expect(cal.workdays(r, start - 1)).toBe(-n);
      }
    }
  });

  it('answers a million addWorkdays calls (no timing asserted)', () => {
    const cal = defaultCalendar();
    const base = d(1, 1, 2025);
    let notWorking = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const r = cal.addWorkdays(base + (i % 3000), (i % 41) - 20);
      if ((i % 41) - 20 !== 0 && !cal.isWorkingDay(r)) notWorking++;
    }
    expect(notWorking).toBe(0);
  });
});
