/**
 * Time limits and times of day in a register, through the core (parseRegister + summarizeRegister), with the
 * rows of scripts/make-deadline-fixtures.js. Every expected figure is reasoned by hand in that script.
 */
import { defaultCalendar } from '../../../src/core/calendar';
import { serialFromYmd } from '../../../src/core/calendar/serial';
import type { CellValue, Grid } from '../../../src/core/grid';
import { parseRegister, summarizeRegister, readDeadline, parseTimeLimit } from '../../../src/core/tthc';

const cal = defaultCalendar();
const d = (dd: number, mm: number, yyyy: number, hours = 0) => serialFromYmd(yyyy, mm, dd) + hours / 24;
const HEADER = ['STT', 'Lĩnh vực', 'Ngày tiếp nhận', 'Hạn giải quyết', 'Ngày có kết quả'];
const PERIOD = { from: d(15, 12, 2024), to: d(14, 6, 2025) };

function summarize(rows: CellValue[][]) {
  const grid: Grid = { name: 'SoTheoDoi', rows: [HEADER, ...rows.map((r, i) => [i + 1, 'Đo lường', ...r])] };
  const { register, findings } = parseRegister(grid, { file: 'so.xlsx' }, cal);
  if (!register) throw new Error('no register');
  const { byField, ...counts } = summarizeRegister(register, PERIOD).summary;
  return { counts, findings };
}

describe('time limits (thời hạn giải quyết)', () => {
  test('«N ngày làm việc» and a bare number are working days; «N ngày» calendar days; other text is not a limit', () => {
    expect(parseTimeLimit(30)).toEqual({ ok: true, limit: { days: 30, unit: 'workingDays' } });
    expect(parseTimeLimit('30')).toEqual({ ok: true, limit: { days: 30, unit: 'workingDays' } });
    expect(parseTimeLimit('30 ngày làm việc')).toEqual({ ok: true, limit: { days: 30, unit: 'workingDays' } });
    expect(parseTimeLimit('30 NGAY LAM VIEC')).toEqual({ ok: true, limit: { days: 30, unit: 'workingDays' } });
    expect(parseTimeLimit('15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ')).toEqual({
      ok: true,
      limit: { days: 15, unit: 'workingDays' },
    });
    expect(parseTimeLimit('30 ngày')).toEqual({ ok: true, limit: { days: 30, unit: 'calendarDays' } });
    expect(parseTimeLimit('30 ngày kể từ ngày nhận hồ sơ')).toEqual({
      ok: true,
      limit: { days: 30, unit: 'calendarDays' },
    });
    expect(parseTimeLimit('10/03/2025')).toBeNull();
    expect(parseTimeLimit('30 tháng')).toBeNull();
    expect(parseTimeLimit(45000)).toBeNull(); // a date serial
    expect(parseTimeLimit(2.5)).toMatchObject({ ok: false });
    expect(parseTimeLimit(-3)).toMatchObject({ ok: false });
  });

  test('the register counts «30 ngày», «30 ngày làm việc» and 30 across Tết 2025 and a weekend end differently', () => {
    const { counts, findings } = summarize([
      [d(24, 1, 2025), '30 ngày', d(3, 3, 2025)], // due Mon 24/02 → late
      [d(24, 1, 2025), '30 ngày làm việc', d(3, 3, 2025)], // due Fri 14/03 → early
      [d(24, 1, 2025), 30, d(3, 3, 2025)], // due Fri 14/03 → early
      [d(3, 3, 2025), '12 ngày', d(17, 3, 2025)], // Sat 15/03 → Mon 17/03 → on time
      [d(3, 3, 2025), '12 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', d(18, 3, 2025)], // due Wed 19/03 → early
      [d(3, 3, 2025), 12, d(20, 3, 2025)], // due Wed 19/03 → late
    ]);
    expect(findings).toEqual([]);
    expect(counts).toEqual({
      received: 6,
      online: 0,
      inPerson: 6,
      carriedOver: 0,
      resolved: 6,
      early: 3,
      onTime: 1,
      late: 2,
      pending: 0,
      pendingOverdue: 0,
    });
  });

  test('due and returned with a time of day are compared by the hour; a date alone by the day', () => {
    const { counts, findings } = summarize([
      ['03/03/2025 08:00', '10/03/2025 10:00', '10/03/2025 16:00'], // late
      [d(3, 3, 2025, 8), d(10, 3, 2025, 10), d(10, 3, 2025, 9)], // on time
      [d(3, 3, 2025, 8), d(10, 3, 2025, 10), d(7, 3, 2025, 15)], // early
      [d(3, 3, 2025), d(10, 3, 2025), d(10, 3, 2025, 16)], // on time (due has no time)
      [d(10, 3, 2025, 14), 5, d(10, 3, 2025, 16)], // due Mon 17/03 → early
    ]);
    expect(findings).toEqual([]);
    expect(counts).toMatchObject({ received: 5, resolved: 5, early: 2, onTime: 2, late: 1 });
  });

  test('a return before the receipt on the same day is caught by the hour when both carry one', () => {
    const { counts, findings } = summarize([[d(10, 3, 2025, 14), d(12, 3, 2025), d(10, 3, 2025, 9)]]);
    expect(findings.map((f) => f.code)).toEqual(['REGISTER_RESOLVED_BEFORE_RECEIVED']);
    expect(counts.received).toBe(0);
  });

  test("a row past Excel's last date is a finding naming its cell, never a crash; the other rows count", () => {
    const { counts, findings } = summarize([
      [d(3, 3, 2025), d(10, 3, 2025), d(7, 3, 2025)],
      [d(30, 12, 9999), 5, ''],
      [d(3, 3, 2025), d(10, 3, 2025), d(10, 3, 2025)],
    ]);
    expect(findings.map((f) => [f.severity, f.code, f.cell])).toEqual([['error', 'REGISTER_BAD_DEADLINE', 'D3']]);
    expect(findings[0].message).toContain('30/12/9999');
    expect(counts).toMatchObject({ received: 2, resolved: 2, early: 1, onTime: 1 });
  });

  test('readDeadline never throws on extreme or odd values', () => {
    const values: CellValue[] = [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1,
      0,
      1e308,
      -1e308,
      999,
      1000,
      2958465,
      2958466,
      '9999999 ngày',
      '0 ngày',
      '31/12/9999',
      '01/01/10000',
      '00/00/0000',
      'ngày',
      true,
      { error: '#NUM!' },
      null,
    ];
    for (const received of [null, 1, 61, d(30, 12, 9999), d(31, 12, 9999, 23)]) {
      for (const v of values) {
        const r = readDeadline(v, received, cal);
        if (!r.ok) expect(r.reason).toBe(r.reason.normalize('NFC'));
        else expect(Number.isFinite(r.serial)).toBe(true);
      }
    }
  });

  test('due dates counted through a year the table lacks carry a «tạm tính» warning', () => {
    const { findings } = summarize([[d(28, 12, 2026), 10, '']]);
    expect(findings.map((f) => [f.severity, f.code])).toEqual([['warning', 'REGISTER_PROVISIONAL_CALENDAR']]);
    expect(findings[0].message).toContain('2027');
    expect(findings[0].message).toContain('tạm tính');
  });

  test('the warning counts every dossier touching a provisional year, wherever it sits among dossiers of known years', () => {
    const { findings } = summarize([
      [d(2, 1, 2025), 10, ''],
      [d(20, 12, 2024), 10, ''],
      [d(28, 12, 2026), 10, ''], // due in 2027
      [d(10, 6, 2026), 10, ''],
      [d(16, 12, 2025), 10, ''], // due in 2026
      [d(4, 1, 2027), 10, ''],
      [d(2, 1, 2025), 10, ''],
    ]);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['REGISTER_PROVISIONAL_CALENDAR', 'D4']]);
    expect(findings[0].message).toContain('của 2 hồ sơ');
    expect(findings[0].message).toContain('năm 2027,');
  });
});

describe('dates typed as serial numbers', () => {
  test("whole serials are read as they are; Excel's 29/02/1900 (60) and serials out of its range (0 too) are refused", () => {
    const rows: CellValue[][] = [
      [d(16, 12, 2024), d(20, 12, 2024), d(18, 12, 2024)], // early
      [d(16, 12, 2024), d(20, 12, 2024), 60],
      [d(16, 12, 2024), d(20, 12, 2024), 3e6],
      [0, d(20, 12, 2024), d(18, 12, 2024)],
    ];
    const { counts, findings } = summarize(rows);
    expect(counts).toMatchObject({ received: 1, resolved: 1, early: 1 });
    expect(findings.map((f) => [f.cell, f.code])).toEqual([
      ['E3', 'REGISTER_BAD_DATE'],
      ['E4', 'REGISTER_BAD_DATE'],
      ['C5', 'REGISTER_BAD_DATE'],
    ]);
  });
});
