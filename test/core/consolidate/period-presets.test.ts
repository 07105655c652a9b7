/** Period presets on the 15th → 14th rule (moved from the pane to the core), and the date fields' validation with Vietnamese messages. */
import { serialFromYmd as d } from '../../../src/core/calendar/serial';
import {
  MAX_YEAR,
  MIN_YEAR,
  PRESETS,
  badYearMessage,
  presetPeriod,
  quarterOf,
  readDateField,
  readPeriod,
  type PresetId,
} from '../../../src/core/consolidate/period-presets';

describe('presetPeriod', () => {
  const cases: [PresetId, string, string, string][] = [
    ['q1', 'Quý I năm 2025', '15/12/2024', '14/03/2025'],
    ['q2', 'Quý II năm 2025', '15/03/2025', '14/06/2025'],
    ['q3', 'Quý III năm 2025', '15/06/2025', '14/09/2025'],
    ['q4', 'Quý IV năm 2025', '15/09/2025', '14/12/2025'],
    ['h1', '6 tháng đầu năm 2025', '15/12/2024', '14/06/2025'],
    ['h2', '6 tháng cuối năm 2025', '15/06/2025', '14/12/2025'],
    ['m9', '9 tháng năm 2025', '15/12/2024', '14/09/2025'],
    ['y', 'Năm 2025', '15/12/2024', '14/12/2025'],
  ];
  it.each(cases)('%s 2025 is «%s», %s → %s', (id, label, from, to) => {
    const p = presetPeriod(id, 2025)!;
    expect(p.label).toBe(label);
    expect(p.label).toBe(p.label.normalize('NFC'));
    expect(p.fromText).toBe(from);
    expect(p.toText).toBe(to);
    const [fd, fm, fy] = from.split('/').map(Number);
    const [td, tm, ty] = to.split('/').map(Number);
    expect(p.from).toBe(d(fy, fm, fd));
    expect(p.to).toBe(d(ty, tm, td));
  });

  it('covers every preset of the drop-down, and 6 tháng đầu năm 2020 is the seed reports’ period', () => {
    expect(PRESETS.map((p) => p.id).sort()).toEqual(cases.map((c) => c[0]).sort());
    expect(presetPeriod('h1', 2020)).toMatchObject({ fromText: '15/12/2019', toText: '14/06/2020' });
  });

  it('gives every preset in the first and the last year offered (Quý I năm 2100 threw before)', () => {
    for (const p of PRESETS)
      for (const y of [MIN_YEAR, MAX_YEAR]) expect(presetPeriod(p.id, y)?.label).toBe(p.label(y));
  });

  it('refuses years outside 2000–2100 and non-integers', () => {
    expect(presetPeriod('q1', 1999)).toBeNull();
    expect(presetPeriod('q1', 2101)).toBeNull();
    expect(presetPeriod('q1', NaN)).toBeNull();
    expect(presetPeriod('q1', 2025.5)).toBeNull();
  });
});

describe('quarterOf', () => {
  it('puts the 15th and later into the next month’s period', () => {
    expect(quarterOf(d(2025, 11, 23))).toEqual({ id: 'q4', year: 2025 });
    expect(quarterOf(d(2025, 12, 14))).toEqual({ id: 'q4', year: 2025 });
    expect(quarterOf(d(2025, 12, 15))).toEqual({ id: 'q1', year: 2026 });
    expect(quarterOf(d(2026, 3, 14))).toEqual({ id: 'q1', year: 2026 });
    expect(quarterOf(d(2026, 3, 15))).toEqual({ id: 'q2', year: 2026 });
    expect(quarterOf(d(2026, 6, 1))).toEqual({ id: 'q2', year: 2026 });
  });

  it('agrees with the preset dates for every day of a year, the time of day ignored', () => {
    for (let day = d(2025, 1, 1); day <= d(2025, 12, 31); day++) {
      const q = quarterOf(day + 0.75);
      const p = presetPeriod(q.id, q.year)!;
      expect([p.from <= day, day <= p.to]).toEqual([true, true]);
    }
  });

  it('gives the nearest offered quarter for a day outside the years offered', () => {
    expect(quarterOf(d(MIN_YEAR - 5, 6, 1))).toEqual({ id: 'q1', year: MIN_YEAR });
    expect(quarterOf(d(MAX_YEAR, 12, 20))).toEqual({ id: 'q4', year: MAX_YEAR });
  });
});

describe('years offered', () => {
  it('names the range in the message for a year that cannot be chosen', () => {
    expect(badYearMessage('1999')).toBe(`Năm «1999» không hợp lệ (cần từ ${MIN_YEAR} đến ${MAX_YEAR}).`);
  });
});

describe('readDateField', () => {
  it('accepts d/m/yyyy and shows it back as dd/mm/yyyy', () => {
    expect(readDateField('Từ ngày', ' 1/2/2025 ')).toEqual({ ok: true, serial: d(2025, 2, 1), text: '01/02/2025' });
    expect(readDateField('Từ ngày', '15-12-2024')).toEqual({ ok: true, serial: d(2024, 12, 15), text: '15/12/2024' });
  });

  it('leaves an empty field empty', () => {
    expect(readDateField('Từ ngày', '   ')).toEqual({ ok: true, serial: null, text: '' });
  });

  it('names the field and the reason in Vietnamese', () => {
    const r = readDateField('Từ ngày', '31/02/2025');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Từ ngày «31\/02\/2025» không có thật/);
    const m = readDateField('Đến ngày', '06/14/2025');
    if (m.ok) throw new Error('month 14 accepted');
    expect(m.message).toContain('Đến ngày «06/14/2025»');
    expect(m.message).toContain('tháng 14');
    const y = readDateField('Đến ngày', '14/06/2250');
    if (y.ok) throw new Error('year 2250 accepted');
    expect(y.message).toContain('2250');
    const t = readDateField('Đến ngày', 'hôm qua');
    if (t.ok) throw new Error('text accepted');
    expect(t.message).toBe('Đến ngày «hôm qua» không phải ngày (cần dạng dd/mm/yyyy).');
  });
});

describe('readPeriod', () => {
  it('gives undefined for what is left empty (taken from the units)', () => {
    expect(readPeriod({ label: ' ', from: '', to: '' })).toEqual({
      ok: true,
      periodLabel: undefined,
      from: undefined,
      to: undefined,
      fromText: '',
      toText: '',
    });
  });

  it('normalises the label to NFC with single spaces', () => {
    const r = readPeriod({ label: '  6 tháng   đầu năm 2025 '.normalize('NFD'), from: '15/12/2024', to: '14/6/2025' });
    expect(r).toEqual({
      ok: true,
      periodLabel: '6 tháng đầu năm 2025',
      from: d(2024, 12, 15),
      to: d(2025, 6, 14),
      fromText: '15/12/2024',
      toText: '14/06/2025',
    });
  });

  it('refuses a period that ends before it starts, on the Đến ngày field', () => {
    expect(readPeriod({ label: '', from: '15/06/2025', to: '14/06/2025' })).toEqual({
      ok: false,
      errors: { to: 'Đến ngày (14/06/2025) phải sau hoặc bằng Từ ngày (15/06/2025).' },
    });
  });

  it('reports both fields when both are wrong', () => {
    const r = readPeriod({ label: '', from: '32/01/2025', to: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.from).toMatch(/^Từ ngày «32\/01\/2025»/);
      expect(r.errors.to).toMatch(/^Đến ngày «x»/);
    }
  });
});
