import { nationalDayNeighbour, statutoryDaysOff } from '../../../src/core/calendar/rules';
import { serialFromYmd, vnDateFromSerial } from '../../../src/core/calendar/serial';

const d = (dd: number, mm: number, yyyy: number): number => serialFromYmd(yyyy, mm, dd);
const listed = (year: number): string[] =>
  statutoryDaysOff(year).map((x) => `${vnDateFromSerial(x.serial)} ${x.label}`);

describe('computed holidays for years without a notice', () => {
  it('gives 2027 the Labour Code 2019 days with nghỉ bù after Tết (Tết is Sat 06/02/2027)', () => {
    // Tết days: the last day of Bính Ngọ (Fri 05/02) and mùng 1–4 (Sat 06 – Tue 09/02).
    // Sat 06 and Sun 07 are weekly rest days ⇒ made up on the next working days after the block: Wed 10, Thu 11.
    // 1/5/2027 is a Saturday ⇒ Mon 03/5. 2/9/2027 is a Thursday ⇒ the adjacent day is Fri 03/9.
    expect(listed(2027)).toEqual([
      '01/01/2027 Tết Dương lịch',
      '05/02/2027 Tết Nguyên đán',
      '06/02/2027 Tết Nguyên đán',
      '07/02/2027 Tết Nguyên đán',
      '08/02/2027 Tết Nguyên đán',
      '09/02/2027 Tết Nguyên đán',
      '10/02/2027 Nghỉ bù Tết Nguyên đán',
      '11/02/2027 Nghỉ bù Tết Nguyên đán',
      '16/04/2027 Giỗ Tổ Hùng Vương',
      '30/04/2027 Ngày Chiến thắng',
      '01/05/2027 Ngày Quốc tế Lao động',
      '03/05/2027 Nghỉ bù Ngày Quốc tế Lao động',
      '02/09/2027 Quốc khánh',
      '03/09/2027 Quốc khánh',
    ]);
  });

  it('never adds 24/11 (Ngày Văn hóa Việt Nam): no law makes it a day off', () => {
    for (const y of [2027, 2028, 2030, 2040]) expect(listed(y).some((x) => x.startsWith('24/11/'))).toBe(false);
  });

  it('makes up consecutive weekend holidays on distinct following working days', () => {
    // 2028: 30/4 is a Sunday and 1/5 a Monday holiday ⇒ the make-up day skips to Tue 02/5.
    // 2/9/2028 is a Saturday ⇒ the adjacent day is Fri 01/9 and the Saturday is made up on Mon 04/9.
    const days = listed(2028);
    expect(days).toContain('02/05/2028 Nghỉ bù Ngày Chiến thắng');
    expect(days).toContain('01/09/2028 Quốc khánh');
    expect(days).toContain('04/09/2028 Nghỉ bù Quốc khánh');
    // 1/1/2028 is a Saturday ⇒ Mon 03/01.
    expect(days).toContain('03/01/2028 Nghỉ bù Tết Dương lịch');
  });

  it('never invents a swapped working Saturday', () => {
    for (let y = 2027; y <= 2060; y++) {
      for (const x of statutoryDaysOff(y)) expect(x.label.startsWith('Làm bù')).toBe(false);
    }
  });

  it('chooses the second National Day holiday as every notice 2021–2026 did', () => {
    // 2021 Thu → 03/9; 2022 Fri → 01/9; 2023 Sat → 01/9; 2024 Mon → 03/9; 2025 Tue → 01/9; 2026 Wed → 01/9.
    const chosen = [2021, 2022, 2023, 2024, 2025, 2026].map((y) => vnDateFromSerial(nationalDayNeighbour(d(2, 9, y))));
    expect(chosen).toEqual(['03/09/2021', '01/09/2022', '01/09/2023', '03/09/2024', '01/09/2025', '01/09/2026']);
    // A Sunday 2/9 (2029) takes Monday 03/9, and the Sunday is made up on Tuesday 04/9.
    expect(listed(2029)).toEqual(expect.arrayContaining(['03/09/2029 Quốc khánh', '04/09/2029 Nghỉ bù Quốc khánh']));
  });

  it('applies the older Labour Codes before 2021', () => {
    // 2018 (BLLĐ 2012): Quốc khánh one day; Sun 02/9/2018 ⇒ Mon 03/9 is nghỉ bù, not a second holiday.
    const y2018 = listed(2018);
    expect(y2018.filter((x) => / Quốc khánh$/.test(x) && !x.includes('Nghỉ bù'))).toEqual(['02/09/2018 Quốc khánh']);
    expect(y2018).toContain('03/09/2018 Nghỉ bù Quốc khánh');
    expect(y2018.filter((x) => x.endsWith(' Tết Nguyên đán') && !x.includes('Nghỉ bù'))).toHaveLength(5);
    // 2010 (BLLĐ 1994 as amended): Tết four days; Giỗ Tổ a day off since 2007, not before.
    expect(listed(2010).filter((x) => x.endsWith(' Tết Nguyên đán') && !x.includes('Nghỉ bù'))).toHaveLength(4);
    expect(listed(2006).some((x) => x.includes('Giỗ Tổ'))).toBe(false);
    expect(listed(2018).some((x) => x.includes('Văn hóa'))).toBe(false);
  });
});
