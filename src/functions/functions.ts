/**
 * Custom functions of the TTHC namespace (=TTHC.ONTIME(...) …). Thin wrappers: every figure comes from src/core.
 * The JSDoc below is read by custom-functions-metadata to generate functions.json; Vietnamese names and
 * descriptions live in functions-vi.names.json.
 * STATUS and SUMMARY are @volatile: left without a date they judge open dossiers as of today, so Excel must
 * recalculate them when it recalculates (on opening the workbook, on any edit) or they would keep yesterday's
 * answer. A function is volatile or not as a whole; with an explicit date the repeat computation gives the same result.
 */
import type { WorkingCalendar } from '../core/calendar';
import * as tthc from '../core/tthc';
import { staffCount } from '../core/staff';
import { trainingCount } from '../core/training';
import { omitted, todaySerial, unwrap } from './excel-values';
import { watchWorkbookSettings, workbookCalendar, workbookDays, workbookLabels } from './workbook-settings';

/**
 * The calendar of the open workbook (its DanhMuc sheet's extra days, see workbook-settings.ts) with the
 * function's own extra days; #VALUE! naming the cell when the sheet has a wrong day.
 */
function calendarFor(extraHolidays?: unknown, extraWorkdays?: unknown): WorkingCalendar {
  const { problem } = workbookDays();
  if (problem !== null) unwrap({ ok: false, error: 'value', message: problem });
  if (omitted(extraHolidays) && omitted(extraWorkdays)) return workbookCalendar();
  const holidays = unwrap(tthc.dateList(omitted(extraHolidays) ? undefined : extraHolidays, 'ngày nghỉ thêm'));
  const workdays = unwrap(tthc.dateList(omitted(extraWorkdays) ? undefined : extraWorkdays, 'ngày làm bù thêm'));
  return workbookCalendar(holidays, workdays);
}

/** Status labels need no calendar: a wrong day in DanhMuc only fails the date form. */
function rateCalendar(deadline: unknown): WorkingCalendar {
  return omitted(deadline) ? workbookCalendar() : calendarFor();
}

function optionalRange(v: unknown[][] | undefined): unknown[][] | undefined {
  return v === undefined || v === null ? undefined : v;
}

/**
 * Share of resolved dossiers resolved early or on time (0..1; format as %). Give a status column, or three date columns.
 * @customfunction ONTIME
 * @param statusesOrReceived Status labels (Trước hạn, Đúng hạn, Quá hạn…), or the dates received.
 * @param [deadline] Deadlines: dates or numbers of working days (with the three-column form).
 * @param [resolved] Dates resolved; empty while in progress (with the three-column form).
 * @returns Share of resolved dossiers that were early or on time.
 */
export function ONTIME(statusesOrReceived: any[][], deadline?: any[][], resolved?: any[][]): number {
  return unwrap(
    tthc.rate(
      'ontime',
      statusesOrReceived,
      optionalRange(deadline),
      optionalRange(resolved),
      rateCalendar(deadline),
      workbookLabels().status,
    ),
  );
}

/**
 * Share of resolved dossiers resolved before the deadline (0..1).
 * @customfunction EARLY
 * @param statusesOrReceived Status labels, or the dates received.
 * @param [deadline] Deadlines: dates or numbers of working days.
 * @param [resolved] Dates resolved; empty while in progress.
 * @returns Share of resolved dossiers that were early.
 */
export function EARLY(statusesOrReceived: any[][], deadline?: any[][], resolved?: any[][]): number {
  return unwrap(
    tthc.rate(
      'early',
      statusesOrReceived,
      optionalRange(deadline),
      optionalRange(resolved),
      rateCalendar(deadline),
      workbookLabels().status,
    ),
  );
}

/**
 * Share of resolved dossiers resolved after the deadline (0..1).
 * @customfunction LATE
 * @param statusesOrReceived Status labels, or the dates received.
 * @param [deadline] Deadlines: dates or numbers of working days.
 * @param [resolved] Dates resolved; empty while in progress.
 * @returns Share of resolved dossiers that were late.
 */
export function LATE(statusesOrReceived: any[][], deadline?: any[][], resolved?: any[][]): number {
  return unwrap(
    tthc.rate(
      'late',
      statusesOrReceived,
      optionalRange(deadline),
      optionalRange(resolved),
      rateCalendar(deadline),
      workbookLabels().status,
    ),
  );
}

/**
 * Counts dossiers of one kind in a status column.
 * @customfunction COUNT
 * @param statuses Status labels (Trước hạn, Đúng hạn, Quá hạn, Đang giải quyết…).
 * @param kind early, ontime, late, resolved, pending, pendingwithin, pendingoverdue, received, or the Vietnamese labels.
 * @returns Number of dossiers of that kind.
 */
export function COUNT(statuses: any[][], kind: string): number {
  return unwrap(tthc.countOf(statuses, kind, workbookLabels().status));
}

/**
 * Status of each dossier: Trước hạn, Đúng hạn, Quá hạn, Đang giải quyết, Đang giải quyết - quá hạn. Spills for ranges.
 * @customfunction STATUS
 * @volatile
 * @param received Date(s) received: a cell or a range.
 * @param deadline Deadline(s): dates or numbers of working days, same size as received.
 * @param resolved Date(s) resolved, same size; empty while in progress.
 * @param [asOf] Date at which open dossiers are judged (default: today).
 * @returns Status label(s).
 */
export function STATUS(received: any[][], deadline: any[][], resolved: any[][], asOf?: any): string[][] {
  const at = omitted(asOf) ? todaySerial() : unwrap(tthc.dateArg(asOf, 'ngày tính'));
  return unwrap(tthc.statusLabels(received, deadline, resolved, at, calendarFor()));
}

/**
 * Due date: the n-th Vietnamese working day after the date received (like WORKDAY, with public holidays and swaps); "30 ngày" counts calendar days.
 * @customfunction DEADLINE
 * @param received Date received.
 * @param timeLimit Working days allowed (15 or "15 ngày làm việc"), or calendar days ("30 ngày").
 * @param [extraHolidays] Extra days off to skip.
 * @param [extraWorkdays] Extra working days (e.g. make-up Saturdays).
 * @returns Due date as a date serial (format as dd/mm/yyyy).
 */
export function DEADLINE(received: any, timeLimit: any, extraHolidays?: any[][], extraWorkdays?: any[][]): number {
  return unwrap(tthc.deadlineOf(received, timeLimit, calendarFor(extraHolidays, extraWorkdays)));
}

/**
 * Vietnamese working days between two dates, both included (like NETWORKDAYS, with public holidays and swaps).
 * @customfunction WORKDAYS
 * @param start Start date.
 * @param end End date.
 * @param [extraHolidays] Extra days off to skip.
 * @param [extraWorkdays] Extra working days (e.g. make-up Saturdays).
 * @returns Number of working days.
 */
export function WORKDAYS(start: any, end: any, extraHolidays?: any[][], extraWorkdays?: any[][]): number {
  return unwrap(tthc.workdaysOf(start, end, calendarFor(extraHolidays, extraWorkdays)));
}

/**
 * Figures of Biểu II.06a from a dossier register (with its header row): spills label, value.
 * @customfunction SUMMARY
 * @volatile
 * @param register The register, header row included.
 * @param [asOf] End of the period (default: today).
 * @param [periodStart] Start of the period; dossiers received before it and still open count as carried over.
 * @returns Two columns: label, value.
 */
export function SUMMARY(register: any[][], asOf?: any, periodStart?: any): any[][] {
  const to = omitted(asOf) ? todaySerial() : unwrap(tthc.dateArg(asOf, 'ngày cuối kỳ'));
  const from = omitted(periodStart) ? null : unwrap(tthc.dateArg(periodStart, 'ngày đầu kỳ'));
  return unwrap(tthc.summaryTable(register, to, from, calendarFor(), workbookLabels().status));
}

/**
 * Counts staff in one category after normalising how it is written ("ThS", "thac si", "Thạc sỹ" are all Thạc sĩ); without a category, spills category, count.
 * @customfunction STAFF
 * @param values A column such as degree, staff type, gender, political theory.
 * @param [category] The category to count, e.g. "Thạc sĩ"; leave out to list every category.
 * @returns A count, or two columns: category, count.
 */
export function STAFF(values: any[][], category?: string): any[][] {
  const r = unwrap(staffCount(values, omitted(category) ? undefined : category, workbookLabels().staff));
  return typeof r === 'number' ? [[r]] : r;
}

/**
 * Counts training courses of one type after normalising the course names; without a type, spills type, count.
 * @customfunction TRAINING
 * @param courses A column of course names.
 * @param [kind] The course type to count, e.g. "Cao cấp lý luận chính trị"; leave out to list every type.
 * @returns A count, or two columns: course type, count.
 */
export function TRAINING(courses: any[][], kind?: string): any[][] {
  const r = unwrap(trainingCount(courses, omitted(kind) ? undefined : kind, workbookLabels().courses));
  return typeof r === 'number' ? [[r]] : r;
}

CustomFunctions.associate('ONTIME', ONTIME);
CustomFunctions.associate('EARLY', EARLY);
CustomFunctions.associate('LATE', LATE);
CustomFunctions.associate('COUNT', COUNT);
CustomFunctions.associate('STATUS', STATUS);
CustomFunctions.associate('DEADLINE', DEADLINE);
CustomFunctions.associate('WORKDAYS', WORKDAYS);
CustomFunctions.associate('SUMMARY', SUMMARY);
CustomFunctions.associate('STAFF', STAFF);
CustomFunctions.associate('TRAINING', TRAINING);

// In Excel (the shared runtime), follow the workbook's DanhMuc sheet; elsewhere (tests, metadata) do nothing.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel)
      watchWorkbookSettings().catch((e) => console.warn('TongHop: không theo dõi được trang DanhMuc', e));
  });
}
