import { serialFromYmd } from '../../../src/core/calendar/serial';
import { consolidate, samePeriod } from '../../../src/core/consolidate';
import { FIRST_HALF_2020, seedUnits, trungTam } from './unit-reports';

const secondHalf = {
  label: '6 tháng cuối năm 2020',
  from: serialFromYmd(2020, 6, 15),
  to: serialFromYmd(2020, 12, 14),
};

describe('the period of the summary', () => {
  it('is the majority of the units’ periods when the caller gives none', () => {
    const late = { ...trungTam(), period: secondHalf };
    const s = consolidate([...seedUnits().slice(0, 2), late]);
    expect(s.period).toEqual(FIRST_HALF_2020);
  });

  it('is the caller’s when given, field by field', () => {
    const s = consolidate(seedUnits(), { periodLabel: '  6 tháng   đầu năm 2020 ' });
    expect(s.period).toEqual({ ...FIRST_HALF_2020, label: '6 tháng đầu năm 2020' });
    expect(consolidate(seedUnits(), { from: null, to: null, periodLabel: 'Quý II' }).period).toEqual({
      label: 'Quý II',
      from: null,
      to: null,
    });
  });

  it('keeps the first spelling of the majority label', () => {
    const units = seedUnits().map((u) => ({ ...u, period: { ...u.period, label: '6 THÁNG ĐẦU NĂM 2020' } }));
    units[0].period.label = '6 tháng đầu năm 2020';
    expect(consolidate(units).period.label).toBe('6 tháng đầu năm 2020');
  });
});

describe('a unit whose period differs', () => {
  it('gets a warning naming both periods, and is still summed', () => {
    const late = { ...trungTam(), period: secondHalf };
    const s = consolidate([...seedUnits().slice(0, 2), late]);

    const w = s.findings.filter((f) => f.code === 'PERIOD_MISMATCH');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ file: 'trung-tam.xlsx', severity: 'warning' });
    expect(w[0].message).toContain('6 tháng cuối năm 2020, từ ngày 15/06/2020 đến ngày 14/12/2020');
    expect(w[0].message).toContain('6 tháng đầu năm 2020, từ ngày 15/12/2019 đến ngày 14/06/2020');
    expect(s.files[2].status).toBe('warnings');
    expect(s.total.tthc?.received).toBe(53);
  });

  it('is judged against the caller’s period when one is given', () => {
    const s = consolidate(seedUnits(), { from: secondHalf.from, to: secondHalf.to });
    expect(s.findings.filter((f) => f.code === 'PERIOD_MISMATCH').map((f) => f.file)).toEqual([
      'van-phong.xlsx',
      'chi-cuc-tdc.xlsx',
      'trung-tam.xlsx',
    ]);
  });

  it('is compared by dates when both sides give them, by folded label otherwise', () => {
    expect(samePeriod({ ...FIRST_HALF_2020, label: 'Sáu tháng 2020' }, FIRST_HALF_2020)).toBe(true);
    expect(samePeriod({ label: '6 thang dau nam 2020', from: null, to: null }, FIRST_HALF_2020)).toBe(true);
    expect(samePeriod({ label: '6 tháng đầu năm 2021', from: null, to: null }, FIRST_HALF_2020)).toBe(false);
    expect(samePeriod({ label: '', from: null, to: null }, FIRST_HALF_2020)).toBe(true);
    expect(samePeriod({ ...FIRST_HALF_2020, to: FIRST_HALF_2020.to! + 1 }, FIRST_HALF_2020)).toBe(false);
  });
});
