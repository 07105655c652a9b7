/**
 * Computed public holidays (ngày nghỉ lễ, Tết tính theo luật) for years the holiday table does not cover.
 * Bộ luật Lao động 2019, Điều 112 k1: 1/1; Tết Âm lịch 5 days; Giỗ Tổ 10/3 lunar; 30/4; 1/5; 2/9 plus one
 * adjacent day. Điều 111 k3: a holiday on the weekly rest day (Saturday, Sunday for civil servants) is made
 * up on the next working day (nghỉ bù). Swaps of a weekday for a Saturday are decided each year by the
 * Prime Minister and are never guessed here. Ngày Văn hóa Việt Nam (24/11) is not a day off: no law or numbered
 * notice makes it one yet; offices that are given it add it as an extra holiday. Every computed year is an
 * estimate (provisional) until its notice is entered in the holiday table.
 */
import { hungKingsSerial, tetSerial } from './lunar';
import { serialFromYmd, weekday } from './serial';

export interface RuleDay {
  serial: number;
  /** Vietnamese reason, e.g. "Tết Nguyên đán", "Nghỉ bù Quốc khánh". */
  label: string;
}

/** Which Labour Code applies: the holiday set changed in 1995 (BLLĐ 1994), 2013 (BLLĐ 2012), 2021 (BLLĐ 2019). */
interface Era {
  /** Tết days: the last day of the lunar year plus the first (tetDays − 1) days of the new one. */
  tetDays: number;
  nationalDayDays: number;
  hungKings: boolean;
  basis: string;
}

function eraOf(year: number): Era {
  if (year >= 2021)
    return { tetDays: 5, nationalDayDays: 2, hungKings: true, basis: 'Bộ luật Lao động 2019 (Điều 111, 112)' };
  if (year >= 2013)
    return { tetDays: 5, nationalDayDays: 1, hungKings: true, basis: 'Bộ luật Lao động 2012 (Điều 115)' };
  // BLLĐ 1994 (Điều 73, in force 1995); Giỗ Tổ became a day off in 2007. Earlier years reuse this set.
  return { tetDays: 4, nationalDayDays: 1, hungKings: year >= 2007, basis: 'Bộ luật Lao động 1994 (Điều 73)' };
}

const TET = 'Tết Nguyên đán';
const NATIONAL_DAY = 'Quốc khánh';

/** Legal basis of the computed days of `year`, for messages. */
export function ruleBasis(year: number): string {
  return `Tính theo ${eraOf(year).basis}; chưa có thông báo lịch nghỉ của năm ${year}`;
}

const cache = new Map<number, readonly RuleDay[]>();

/** Days off (besides Saturdays and Sundays) the law gives in `year`, sorted by date. */
export function statutoryDaysOff(year: number): readonly RuleDay[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const era = eraOf(year);
  const holidays: RuleDay[] = [{ serial: serialFromYmd(year, 1, 1), label: 'Tết Dương lịch' }];
  // Tết: the common pattern of the last day of the old year plus the first days of the new one.
  // Notices vary (2024, 2025 took two days before Tết), which is why announced years live in the table.
  const tet = tetSerial(year);
  for (let i = -1; i < era.tetDays - 1; i++) holidays.push({ serial: tet + i, label: TET });
  if (era.hungKings) holidays.push({ serial: hungKingsSerial(year), label: 'Giỗ Tổ Hùng Vương' });
  holidays.push({ serial: serialFromYmd(year, 4, 30), label: 'Ngày Chiến thắng' });
  holidays.push({ serial: serialFromYmd(year, 5, 1), label: 'Ngày Quốc tế Lao động' });
  const sep2 = serialFromYmd(year, 9, 2);
  holidays.push({ serial: sep2, label: NATIONAL_DAY });
  if (era.nationalDayDays === 2) holidays.push({ serial: nationalDayNeighbour(sep2), label: NATIONAL_DAY });

  const taken = new Set(holidays.map((h) => h.serial));
  const extra: RuleDay[] = [];
  // Điều 111 k3: each holiday on a weekend gives the next day that is neither weekend, holiday nor
  // already a nghỉ bù — so Tết's weekend days are made up after the whole Tết block.
  holidays.sort((a, b) => a.serial - b.serial);
  for (const h of holidays) {
    if (!isWeekend(h.serial)) continue;
    let d = h.serial + 1;
    while (isWeekend(d) || taken.has(d)) d++;
    taken.add(d);
    extra.push({ serial: d, label: `Nghỉ bù ${h.label}` });
  }
  const all = dedupe([...holidays, ...extra]);
  cache.set(year, all);
  return all;
}

/**
 * The second National Day holiday (01/9 or 03/9). Usual practice, matching every notice 2021–2026:
 * the weekday neighbour of 2/9 that joins a weekend (Tue → Mon 1/9, Thu → Fri 3/9, Sat → Fri 1/9,
 * Mon → Tue 3/9, Sun → Mon 3/9, Fri → Thu 1/9); when neither joins one (Wed), 1/9.
 */
export function nationalDayNeighbour(sep2: number): number {
  const before = sep2 - 1;
  const after = sep2 + 1;
  const joinsWeekend = (d: number) => !isWeekend(d) && (isWeekend(d - 1) || isWeekend(d + 1));
  if (joinsWeekend(before)) return before;
  if (joinsWeekend(after)) return after;
  return isWeekend(before) ? after : before;
}

function isWeekend(serial: number): boolean {
  const w = weekday(serial);
  return w === 0 || w === 6;
}

function dedupe(days: RuleDay[]): RuleDay[] {
  const seen = new Set<number>();
  return days
    .sort((a, b) => a.serial - b.serial)
    .filter((d) => (seen.has(d.serial) ? false : (seen.add(d.serial), true)));
}
