/**
 * Dates of a reporting period (kỳ báo cáo) from how it is written.
 * - `Từ ngày 15/12/2019 đến ngày 14/6/2020`: the two dates as written.
 * - The official presets, on the rule of NĐ 09/2019 Điều 12 (15th of the month before → 14th):
 *   `Tháng 3 năm 2024`, `Quý I năm 2024`, `6 tháng đầu năm 2020`, `6 tháng cuối năm 2020`,
 *   `9 tháng năm 2020`, `Năm 2020`.
 * Matching is on the folded text, so diacritics and case do not matter.
 */
import { serialFromYmd } from '../calendar/serial';
import { foldKey } from '../text/normalize';
import { parseVnDate } from '../text/dates';

export interface PeriodDates {
  from: number;
  to: number;
}

/** 15th of the month before `m` (1..12) of year y → 14th of month `last` of year y. */
function official(y: number, firstMonth: number, lastMonth: number): PeriodDates {
  const startMonth = firstMonth === 1 ? 12 : firstMonth - 1;
  const startYear = firstMonth === 1 ? y - 1 : y;
  return { from: serialFromYmd(startYear, startMonth, 15), to: serialFromYmd(y, lastMonth, 14) };
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** `từ (ngày) <date> đến (ngày) <date>` inside a text; null when absent or not two valid dates. */
export function periodFromRange(text: string): PeriodDates | null {
  const m =
    /t(?:ừ|u)\s*(?:ngày|ngay)?\s*:?\s*([0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}).{0,20}?(?:đến|den|tới|toi|-)\s*(?:ngày|ngay)?\s*:?\s*([0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4})/iu.exec(
      text.normalize('NFC'),
    );
  if (!m) return null;
  const a = parseVnDate(m[1]);
  const b = parseVnDate(m[2]);
  if (!a.ok || !b.ok || a.serial > b.serial) return null;
  return { from: a.serial, to: b.serial };
}

/** Dates of an official period named in a label; null when the label names none. */
export function periodFromLabel(label: string): PeriodDates | null {
  const range = periodFromRange(label);
  if (range) return range;
  const k = foldKey(label);
  const year = /\b(19|20|21)\d{2}\b/.exec(k);
  if (!year) return null;
  const y = Number(year[0]);
  let m: RegExpExecArray | null;
  if (/\b6 thang (dau|dau nam)\b/.test(k) || /\bsau thang dau\b/.test(k)) return official(y, 1, 6);
  if (/\b6 thang cuoi\b/.test(k) || /\bsau thang cuoi\b/.test(k)) return official(y, 7, 12);
  if (/\b9 thang\b/.test(k) || /\bchin thang\b/.test(k)) return official(y, 1, 9);
  if ((m = /\bquy (iv|iii|ii|i|[1-4])\b/.exec(k))) {
    const q = ROMAN[m[1]];
    return official(y, 3 * q - 2, 3 * q);
  }
  if ((m = /\bthang (1[0-2]|0?[1-9])\b/.exec(k))) {
    const month = Number(m[1]);
    return official(y, month, month);
  }
  if (/^(bao cao )?(ca |trong )?nam (19|20|21)\d{2}$/.test(k) || /^(19|20|21)\d{2}$/.test(k)) return official(y, 1, 12);
  return null;
}
