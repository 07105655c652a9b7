/**
 * The figures behind the `=TTHC.*` custom functions, as pure functions over the raw 2-D arrays Excel passes.
 * The functions door only converts results to Excel values and errors, so a figure in a formula and the
 * same figure in the summary come from the same code.
 */
import { type CellValue, isCellError } from '../grid';
import { cleanText, foldKey } from '../text/normalize';
import { parseVnDate } from '../text/dates';
import { parseVnNumber } from '../text/numbers';
import type { WorkingCalendar } from '../calendar/calendar';
import { readDeadline } from './deadline';
import { classifyDossier, isBefore, type Period } from './classify';
import { dueDate, parseTimeLimit } from './time-limit';
import {
  parseStatusLabel,
  OUTCOME_LABELS,
  STATUS_LABEL_LIST,
  type KnownOutcome,
  type StatusParser,
} from './status-labels';
import { countOutcome } from './summarize';
import { parseRegister } from './register';
import { summarizeRegister } from './summarize';
import { onTimeRate, earlyRate, lateRate } from './ratios';
import { type TthcCounts, emptyCounts } from './types';
import { type Figure, FIGURE_COLUMNS, figureValue } from './columns';

export type FormulaError = 'value' | 'div0' | 'na';
export type FormulaResult<T> = { ok: true; value: T } | { ok: false; error: FormulaError; message: string };

type Range = readonly (readonly unknown[])[];

const ok = <T>(value: T): FormulaResult<T> => ({ ok: true, value });
const fail = (message: string, error: FormulaError = 'value'): FormulaResult<never> => ({
  ok: false,
  error,
  message: message.normalize('NFC'),
});

/** Converts what Excel hands a custom function (`''` for empty, error objects) into a grid value. */
export function toCell(v: unknown): CellValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (isCellError(v)) return v;
  if (typeof v === 'object' && typeof (v as { code?: unknown }).code === 'string')
    return { error: (v as { code: string }).code };
  return String(v);
}

function where(arg: string, r: number, c: number): string {
  return `ô ở hàng ${r + 1}, cột ${c + 1} của vùng ${arg}`;
}

function show(v: CellValue): string {
  return isCellError(v) ? v.error : cleanText(String(v));
}

/** Reads a status column into outcome counts; empty cells are skipped. `parse`: with the office's wordings (DanhMuc). */
export function countsFromStatuses(statuses: Range, parse: StatusParser = parseStatusLabel): FormulaResult<TthcCounts> {
  const c = emptyCounts();
  for (let r = 0; r < statuses.length; r++) {
    const row = statuses[r];
    for (let k = 0; k < row.length; k++) {
      const raw = row[k];
      if (raw === '' || raw === null || raw === undefined) continue;
      const outcome = typeof raw === 'string' ? parse(raw) : null;
      if (outcome === null) {
        const v = toCell(raw);
        if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
        return fail(`Không hiểu trạng thái «${show(v)}» ở ${where('trạng thái', r, k)}. Dùng: ${STATUS_LABEL_LIST}.`);
      }
      countOutcome(c, outcome, false, false);
    }
  }
  return ok(c);
}

function sameShape(a: Range, b: Range): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) if (a[r].length !== b[r].length) return false;
  return true;
}

function readDateArg(v: CellValue, arg: string, r: number, c: number): FormulaResult<number | null> {
  if (v === null) return ok(null);
  if (typeof v === 'string' && v.trim() === '') return ok(null);
  const d = parseVnDate(v);
  if (!d.ok) return fail(`${cap(arg)} «${show(v)}» ở ${where(arg, r, c)} ${d.reason}.`);
  return ok(d.serial + (d.time ?? 0));
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Outcome of one dossier from its three dates (asOf = null: resolved ones only, open ones are pending). */
function outcomeAt(
  receivedV: CellValue,
  deadlineV: CellValue,
  resolvedV: CellValue,
  r: number,
  c: number,
  period: Period,
  calendar: WorkingCalendar,
): FormulaResult<KnownOutcome | 'outOfPeriod' | null> {
  if (receivedV === null && deadlineV === null && resolvedV === null) return ok(null);
  const received = readDateArg(receivedV, 'ngày tiếp nhận', r, c);
  if (!received.ok) return received;
  const resolved = readDateArg(resolvedV, 'ngày có kết quả', r, c);
  if (!resolved.ok) return resolved;
  const dl = readDeadline(deadlineV, received.value, calendar);
  if (!dl.ok) return fail(`${cap(dl.reason)} ở ${where('hạn giải quyết', r, c)}.`);
  if (received.value !== null && resolved.value !== null && isBefore(resolved.value, received.value)) {
    return fail(`Ngày có kết quả trước ngày tiếp nhận ở ${where('ngày có kết quả', r, c)}.`);
  }
  return ok(
    classifyDossier({ received: received.value, deadline: dl.serial, resolved: resolved.value }, period).outcome,
  );
}

/** Reads three equal-sized date ranges (received, deadline, resolved) into outcome counts. */
export function countsFromDates(
  received: Range,
  deadline: Range,
  resolved: Range,
  calendar: WorkingCalendar,
): FormulaResult<TthcCounts> {
  if (!sameShape(received, deadline) || !sameShape(received, resolved)) {
    return fail('Ba vùng ngày tiếp nhận, hạn giải quyết và ngày có kết quả phải cùng kích thước.');
  }
  const c = emptyCounts();
  const period: Period = { from: null, to: null };
  for (let r = 0; r < received.length; r++) {
    for (let k = 0; k < received[r].length; k++) {
      const o = outcomeAt(
        toCell(received[r][k]),
        toCell(deadline[r][k]),
        toCell(resolved[r][k]),
        r,
        k,
        period,
        calendar,
      );
      if (!o.ok) return o;
      if (o.value !== null) countOutcome(c, o.value, false, false);
    }
  }
  return ok(c);
}

export type RateKind = 'ontime' | 'early' | 'late';

/** ONTIME / EARLY / LATE: a share of resolved dossiers, from a status column or from three date columns. */
export function rate(
  kind: RateKind,
  first: Range,
  deadline: Range | undefined,
  resolved: Range | undefined,
  calendar: WorkingCalendar,
  parse: StatusParser = parseStatusLabel,
): FormulaResult<number> {
  let counts: FormulaResult<TthcCounts>;
  if (deadline === undefined && resolved === undefined) counts = countsFromStatuses(first, parse);
  else if (deadline !== undefined && resolved !== undefined)
    counts = countsFromDates(first, deadline, resolved, calendar);
  else return fail('Cần một vùng trạng thái, hoặc đủ ba vùng: ngày tiếp nhận, hạn giải quyết, ngày có kết quả.');
  if (!counts.ok) return counts;
  const value =
    kind === 'ontime' ? onTimeRate(counts.value) : kind === 'early' ? earlyRate(counts.value) : lateRate(counts.value);
  if (value === null) return fail('Chưa có hồ sơ nào đã giải quyết nên không tính được tỷ lệ.', 'div0');
  return ok(value);
}

/** The figures COUNT can count from a status column: those tthc-columns.json gives `countWords`. */
const COUNTABLE = FIGURE_COLUMNS.filter((c) => c.countWords !== undefined);

/** The `kind` argument of COUNT: a figure's key (`ontime`) or one of its Vietnamese words (`Đúng hạn`), folded. */
const COUNT_KINDS = new Map<string, Figure>(
  COUNTABLE.flatMap((c) => [c.key, ...c.countWords!].map((w): [string, Figure] => [foldKey(w), c.key])),
);

/** COUNT(statuses, kind). */
export function countOf(statuses: Range, kind: string, parse: StatusParser = parseStatusLabel): FormulaResult<number> {
  const figure = COUNT_KINDS.get(foldKey(kind));
  if (figure === undefined) {
    const keys = COUNTABLE.map((c) => foldKey(c.key)).join(', ');
    const words = COUNTABLE.flatMap((c) => c.countWords!).join(', ');
    return fail(`Không hiểu loại «${cleanText(kind)}». Dùng: ${keys} (hoặc ${words}).`);
  }
  const counts = countsFromStatuses(statuses, parse);
  return counts.ok ? ok(figureValue(counts.value, figure)) : counts;
}

/** Scalar arguments arrive as a value; range arguments as a 2-D array. */
function asRange(v: unknown): Range {
  return Array.isArray(v) ? (v as unknown[]).map((row) => (Array.isArray(row) ? row : [row])) : [[v]];
}

/** Label shown for a dossier received after the as-of date. */
export const NOT_YET_RECEIVED = 'Chưa tiếp nhận';

/** STATUS(received, deadline, resolved, [asOf]): a label per dossier, for cells or equal-sized ranges. */
export function statusLabels(
  received: unknown,
  deadline: unknown,
  resolved: unknown,
  asOf: number | null,
  calendar: WorkingCalendar,
): FormulaResult<string[][]> {
  const rc = asRange(received),
    dl = asRange(deadline),
    rs = asRange(resolved);
  if (!sameShape(rc, dl) || !sameShape(rc, rs))
    return fail('Ba đối số ngày tiếp nhận, hạn giải quyết và ngày có kết quả phải cùng kích thước.');
  const period: Period = { from: null, to: asOf };
  const out: string[][] = [];
  for (let r = 0; r < rc.length; r++) {
    const line: string[] = [];
    for (let k = 0; k < rc[r].length; k++) {
      const o = outcomeAt(toCell(rc[r][k]), toCell(dl[r][k]), toCell(rs[r][k]), r, k, period, calendar);
      if (!o.ok) return o;
      line.push(o.value === null ? '' : o.value === 'outOfPeriod' ? NOT_YET_RECEIVED : OUTCOME_LABELS[o.value]);
    }
    out.push(line);
  }
  return ok(out);
}

/** Reads a scalar date argument (serial or dd/mm/yyyy text). */
export function dateArg(v: unknown, name: string): FormulaResult<number> {
  const cell = toCell(Array.isArray(v) ? (v as unknown[][])[0]?.[0] : v);
  if (cell === null) return fail(`Thiếu ${name}.`);
  const d = parseVnDate(cell);
  return d.ok ? ok(d.serial) : fail(`${cap(name)} «${show(cell)}» ${d.reason}.`);
}

/** Reads a list of dates (extra holidays / working days), skipping empty cells. */
export function dateList(range: unknown, name: string): FormulaResult<number[]> {
  if (range === undefined || range === null) return ok([]);
  const rows = asRange(range);
  const out: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    for (let k = 0; k < rows[r].length; k++) {
      const d = readDateArg(toCell(rows[r][k]), name, r, k);
      if (!d.ok) return d;
      if (d.value !== null) out.push(d.value);
    }
  }
  return ok(out);
}

/**
 * DEADLINE(received, limit): a number is working days (the n-th working day after the day received, any
 * sign, as WORKDAY); text `15 ngày làm việc` is working days, `30 ngày` calendar days (time-limit.ts).
 */
export function deadlineOf(received: unknown, limit: unknown, calendar: WorkingCalendar): FormulaResult<number> {
  const start = dateArg(received, 'ngày tiếp nhận');
  if (!start.ok) return start;
  const cell = toCell(Array.isArray(limit) ? (limit as unknown[][])[0]?.[0] : limit);
  const n =
    typeof cell === 'number' || (typeof cell === 'string' && /^\s*-?[\d.,]+\s*$/.test(cell))
      ? parseVnNumber(cell)
      : null;
  if (n?.ok) {
    if (!Number.isInteger(n.value)) return fail(`Số ngày làm việc «${show(cell)}» phải là số nguyên.`);
    const due = calendar.tryAddWorkdays(start.value, n.value);
    return due.ok ? ok(due.value) : fail(`${due.reason}.`);
  }
  const parsed = parseTimeLimit(cell);
  if (parsed === null) {
    return fail(
      `Thời hạn «${cell === null ? '' : show(cell)}» phải là số ngày làm việc (15, «15 ngày làm việc») hoặc số ngày theo lịch («30 ngày»).`,
    );
  }
  if (!parsed.ok) return fail(`${cap(parsed.reason)}.`);
  const due = dueDate(start.value, parsed.limit, calendar);
  return due.ok ? ok(due.value) : fail(`${due.reason}.`);
}

/** WORKDAYS(start, end): working days between two dates, both ends included. */
export function workdaysOf(start: unknown, end: unknown, calendar: WorkingCalendar): FormulaResult<number> {
  const a = dateArg(start, 'ngày bắt đầu');
  if (!a.ok) return a;
  const b = dateArg(end, 'ngày kết thúc');
  if (!b.ok) return b;
  const n = calendar.tryWorkdays(a.value, b.value);
  return n.ok ? ok(n.value) : fail(`${n.reason}.`);
}

/** Row labels of SUMMARY's spill, in the order of docs/interfaces.md §1. */
export const SUMMARY_ROWS: [string, (c: TthcCounts) => number | string][] = [
  ['Tổng số hồ sơ tiếp nhận', (c) => c.received],
  ['Tiếp nhận trực tuyến', (c) => c.online],
  ['Tiếp nhận trực tiếp, dịch vụ bưu chính', (c) => c.inPerson],
  ['Từ kỳ trước chuyển sang', (c) => c.carriedOver],
  ['Đã giải quyết', (c) => c.resolved],
  ['Trước hạn', (c) => c.early],
  ['Đúng hạn', (c) => c.onTime],
  ['Quá hạn', (c) => c.late],
  ['Đang giải quyết', (c) => c.pending],
  ['Đang giải quyết - quá hạn', (c) => c.pendingOverdue],
  ['Tỷ lệ đúng và trước hạn', (c) => onTimeRate(c) ?? ''],
];

/** SUMMARY(register, [asOf], [periodStart]): the II.06a figures of a register with its header row. */
export function summaryTable(
  register: Range,
  asOf: number | null,
  periodStart: number | null,
  calendar: WorkingCalendar,
  parse: StatusParser = parseStatusLabel,
): FormulaResult<(string | number)[][]> {
  const rows = register.map((row) => row.map(toCell));
  const { register: parsed, findings } = parseRegister({ name: '', rows }, { file: '' }, calendar, parse);
  if (!parsed) return fail(findings[0]?.message ?? 'Không đọc được sổ theo dõi hồ sơ.');
  const firstError = parsed.findings.find((f) => f.severity === 'error');
  if (firstError) return fail(`Ô ${firstError.cell} của vùng sổ theo dõi: ${firstError.message}`);
  const { summary } = summarizeRegister(parsed, { from: periodStart, to: asOf });
  return ok(SUMMARY_ROWS.map(([label, get]) => [label, get(summary)]));
}
