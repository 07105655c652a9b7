/** The working calendar with the office's extra days off and working days, through the calendar's public API. */
import { calendarWithOverrides, type WorkingCalendar } from '../calendar/calendar';
import type { Settings } from './types';

export function settingsCalendar(s: Pick<Settings, 'extraDaysOff' | 'extraWorkdays'>): WorkingCalendar {
  return calendarWithOverrides({
    extraHolidays: s.extraDaysOff.map((d) => d.serial),
    extraWorkdays: s.extraWorkdays.map((d) => d.serial),
  });
}
