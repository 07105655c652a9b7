/** Vietnamese calendar: Excel serials, lunar dates, public holidays and working-day arithmetic. */
export * from './serial';
export {
  lunarFromSerial,
  serialFromLunar,
  tetSerial,
  hungKingsSerial,
  leapMonth,
  lunarMonthLength,
  type LunarDate,
} from './lunar';
export {
  parseHolidayTable,
  bundledHolidayTable,
  bundledHolidayTableFindings,
  type HolidayTable,
  type ComputedYears,
  type HolidayYear,
  type HolidayMark,
  type ParsedHolidayTable,
} from './holiday-table';
export { statutoryDaysOff, nationalDayNeighbour, ruleBasis, type RuleDay } from './rules';
export {
  WorkingCalendar,
  defaultCalendar,
  calendarWithOverrides,
  type CalendarOverrides,
  type DayInfo,
  type YearBasis,
  type CalendarResult,
} from './calendar';
