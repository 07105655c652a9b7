import bundled from '../../../src/core/calendar/data/holidays-vn.json';
import {
  bundledHolidayTable,
  bundledHolidayTableFindings,
  parseHolidayTable,
} from '../../../src/core/calendar/holiday-table';
import { serialFromYmd, weekday } from '../../../src/core/calendar/serial';

const d = (dd: number, mm: number, yyyy: number): number => serialFromYmd(yyyy, mm, dd);

describe('bundled holiday table (data/holidays-vn.json)', () => {
  it('parses without findings and covers 2019–2026, each year citing its source', () => {
    expect(bundledHolidayTableFindings()).toEqual([]);
    const years = bundledHolidayTable().years;
    expect([...years.keys()].sort()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const y of years.values()) {
      expect(y.source.length).toBeGreaterThan(20);
      expect(y.source).toBe(y.source.normalize('NFC'));
    }
    // Years whose notice number could not be confirmed say so.
    expect(years.get(2020)!.verified).toBe(false);
    expect(years.get(2020)!.source).toContain('chưa xác minh');
    expect(years.get(2025)!.source).toContain('8726/VPCP-KGVX');
    expect(years.get(2026)!.source).toContain('9441/TB-BNV');
  });

  it('cites for every entry a named notice (number/year) or a Labour Code article, except the few it says it could not verify', () => {
    const NAMED = /\d+\/(?:TB-LĐTBXH|VPCP-KGVX|TB-BNV|BNV-CVL)|Bộ luật Lao động (?:2012|2019), Điều \d+ khoản \d/;
    const unnamed: string[] = [];
    for (const [year, y] of Object.entries(
      (
        bundled as {
          years: Record<
            string,
            { daysOff: { basis?: string; label: string }[]; workingDays: { basis?: string; label: string }[] }
          >;
        }
      ).years,
    )) {
      for (const e of [...y.daysOff, ...y.workingDays]) {
        expect(typeof e.basis).toBe('string');
        if (!NAMED.test(e.basis!)) unnamed.push(`${year} ${e.label}: ${e.basis}`);
      }
    }
    // Only the 2019 swap of 29/4 with Sat 04/5 lacks a notice number; it says so and its year is unverified.
    expect(unnamed).toHaveLength(2);
    for (const u of unnamed) expect(u).toMatch(/^2019 .*chưa xác minh/);
    expect(bundledHolidayTable().years.get(2019)!.verified).toBe(false);
    // Each parsed day carries its entry's basis.
    const tet2025 = bundledHolidayTable()
      .years.get(2025)!
      .marks.find((m) => m.serial === d(28, 1, 2025))!;
    expect(tet2025.basis).toContain('8726/VPCP-KGVX');
  });

  it('does not make 24/11/2026 (Ngày Văn hóa Việt Nam) a day off: no law or numbered notice says so', () => {
    const y2026 = bundledHolidayTable().years.get(2026)!;
    expect(y2026.marks.some((m) => m.serial === d(24, 11, 2026))).toBe(false);
    expect(y2026.source).not.toContain('28/2026/QH16');
    expect(y2026.note).toContain('24/11');
  });

  it('marks years outside the table as provisional in the data', () => {
    expect(bundledHolidayTable().computed.provisional).toBe(true);
    expect(bundledHolidayTable().computed.note).toContain('TẠM TÍNH');
    expect(parseHolidayTable({ computedYears: { provisional: false }, years: {} }).table.computed.provisional).toBe(
      false,
    );
  });

  it('lists only Saturdays or Sundays as make-up working days, each labelled "Làm bù"', () => {
    for (const y of bundledHolidayTable().years.values()) {
      for (const m of y.marks.filter((x) => x.working)) {
        expect([0, 6]).toContain(weekday(m.serial));
        expect(m.label.startsWith('Làm bù')).toBe(true);
      }
    }
  });

  it('keeps every label in NFC with Vietnamese diacritics', () => {
    const labels = (bundled as { years: Record<string, { daysOff: { label: string }[] }> }).years['2024'].daysOff.map(
      (e) => e.label,
    );
    expect(labels).toContain('Tết Nguyên đán');
    expect(labels).toContain('Nghỉ bù Tết Nguyên đán');
    for (const l of labels) expect(l).toBe(l.normalize('NFC'));
  });
});

describe('parseHolidayTable', () => {
  it('accepts dd/mm/yyyy and yyyy-mm-dd, single days and ranges', () => {
    const { table, findings } = parseHolidayTable({
      years: {
        '2030': {
          source: 'Thử nghiệm',
          daysOff: [
            { date: '01/01/2030', label: 'Tết Dương lịch' },
            { from: '2030-02-01', to: '2030-02-05', label: 'Tết Nguyên đán' },
          ],
          workingDays: [{ date: '2030-02-09', label: 'Làm bù' }],
        },
      },
    });
    expect(findings).toEqual([]);
    const marks = table.years.get(2030)!.marks;
    expect(marks.map((m) => m.serial)).toEqual([
      d(1, 1, 2030),
      d(1, 2, 2030),
      d(2, 2, 2030),
      d(3, 2, 2030),
      d(4, 2, 2030),
      d(5, 2, 2030),
      d(9, 2, 2030),
    ]);
    expect(marks.find((m) => m.serial === d(9, 2, 2030))).toEqual({
      serial: d(9, 2, 2030),
      working: true,
      label: 'Làm bù',
      basis: 'Thử nghiệm',
    });
  });

  it('reports bad entries as findings and keeps the good ones', () => {
    const { table, findings } = parseHolidayTable(
      {
        years: {
          '2031': {
            source: 'Thử nghiệm',
            daysOff: [
              { date: '31/02/2031', label: 'Ngày sai' },
              { date: '2031-01-01' },
              { from: '2031-01-10', to: '2031-01-05', label: 'Khoảng ngược' },
              { date: '2031-01-01', label: 'Tết Dương lịch' },
            ],
          },
          abc: {},
        },
      },
      'lich-nghi.json',
    );
    expect(findings.map((f) => f.severity)).toEqual(['error', 'error', 'error', 'error']);
    expect(findings.every((f) => f.code === 'CALENDAR_TABLE' && f.file === 'lich-nghi.json')).toBe(true);
    expect(findings[0].message).toContain('2031.daysOff[0]');
    expect(table.years.get(2031)!.marks).toEqual([
      { serial: d(1, 1, 2031), working: false, label: 'Tết Dương lịch', basis: 'Thử nghiệm' },
    ]);
  });

  it('keeps the working day when a date is listed both ways, with a warning', () => {
    const { table, findings } = parseHolidayTable({
      years: {
        '2032': {
          source: 'Thử nghiệm',
          daysOff: [{ date: '2032-01-03', label: 'Nghỉ' }],
          workingDays: [{ date: '2032-01-03', label: 'Làm bù' }],
        },
      },
    });
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(table.years.get(2032)!.marks).toEqual([
      { serial: d(3, 1, 2032), working: true, label: 'Làm bù', basis: 'Thử nghiệm' },
    ]);
  });

  it('rejects a file without a years object', () => {
    const { table, findings } = parseHolidayTable([1, 2, 3]);
    expect(table.years.size).toBe(0);
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('error');
  });
});
