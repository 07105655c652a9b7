import { vnDateFromSerial } from '../calendar/serial';
import type { PeriodInfo } from '../unit/types';

/** `từ ngày 15/12/2019 đến ngày 14/06/2020`, or the half that is known; '' when neither date is. */
export function periodDates(p: PeriodInfo): string {
  const from = p.from !== null ? `từ ngày ${vnDateFromSerial(p.from)}` : '';
  const to = p.to !== null ? `đến ngày ${vnDateFromSerial(p.to)}` : '';
  return [from, to].filter((s) => s !== '').join(' ');
}

/** A period for messages: `6 tháng đầu năm 2020, từ ngày 15/12/2019 đến ngày 14/06/2020`. */
export function describePeriod(p: PeriodInfo): string {
  const parts = [p.label.trim(), periodDates(p)].filter((s) => s !== '');
  return parts.length > 0 ? parts.join(', ') : 'không ghi kỳ báo cáo';
}
