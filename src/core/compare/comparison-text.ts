/**
 * Comparison with an earlier period in the report's own words (so sánh với kỳ trước, cùng kỳ): `tăng 12,5% so
 * với cùng kỳ năm 2024`, `bằng cùng kỳ năm 2024`, `giảm 03 hồ sơ so với kỳ trước`. Wording is data.
 */
import { ymdFromSerial } from '../calendar/serial';
import { formatVnPercent, padCount } from '../text/format';
import type { PeriodInfo } from '../unit/types';
import phrases from './data/comparison-phrases.json';

const fill = (t: string, v: Record<string, string>): string => t.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');

/** The same day and month one year earlier (29/02 → 28/02). */
function yearBefore(serial: number): { y: number; m: number; d: number } {
  const { y, m, d } = ymdFromSerial(serial);
  return { y: y - 1, m, d: m === 2 && d === 29 ? 28 : d };
}

const sameYmd = (serial: number, t: { y: number; m: number; d: number }): boolean => {
  const a = ymdFromSerial(serial);
  return a.y === t.y && a.m === t.m && a.d === t.d;
};

/**
 * How the report names the earlier period: `cùng kỳ năm 2024` when it is the same span one year earlier,
 * `kỳ trước` when it ends the day before this one starts, else `kỳ <its label>`.
 */
export function earlierPeriodName(now: PeriodInfo, before: PeriodInfo): string {
  if (now.from !== null && now.to !== null && before.from !== null && before.to !== null) {
    if (sameYmd(before.from, yearBefore(now.from)) && sameYmd(before.to, yearBefore(now.to))) {
      return fill(phrases.sameTimeLastYear, { year: String(ymdFromSerial(before.to).y) });
    }
    if (before.to + 1 === now.from) return phrases.previousPeriod;
  }
  const label = before.label.trim();
  return label !== '' ? fill(phrases.otherPeriod, { label }) : phrases.previousPeriod;
}

/** `tăng 10,4% so với cùng kỳ năm 2019` / `giảm 03 hồ sơ so với kỳ trước` / `bằng cùng kỳ năm 2019`. */
export function changeClause(now: number, before: number, name: string, unit: string, pad = true): string {
  if (now === before) return fill(phrases.same, { label: name });
  const diff = Math.abs(now - before);
  const change = before >= phrases.percentFrom ? formatVnPercent(diff / before, 1) : `${padCount(diff, pad)} ${unit}`;
  return fill(now > before ? phrases.up : phrases.down, { change, label: name });
}

export const COMPARISON_PHRASES = phrases;
