import registerData from './data/register-columns.json';
import { type Grid, type CellValue, a1, isBlank, isCellError } from '../grid';
import { type Finding, finding } from '../findings';
import { findHeader, frozenSpecs, type ColumnSpec, type HeaderMatch } from '../text/headers';
import { MAX_EXCEL_SERIAL, parseVnDate } from '../text/dates';
import { repairVietnamese } from '../text/legacy';
import { cleanText, clipText } from '../text/normalize';
import { memoize } from '../text/memo';
import { EXAMPLE_EDITED, editedExampleRow, isExampleRow, isFooterRow } from '../unit/table-rows';
import { isBlankRow, isColumnNumberRow, isStatedCountLine, isSubtotalRow, isTotalRow } from '../grid-rows';
import type { WorkingCalendar } from '../calendar/calendar';
import { serialFromYmd, ymdFromSerial } from '../calendar/serial';
import { readDeadline } from './deadline';
import { isBefore } from './classify';
import { STATUS_LABEL_LIST, type StatusParser, parseStatusLabel } from './status-labels';
import { parseChannel } from './channel';
import type { Channel, DossierOutcome } from './types';

export const REGISTER_COLUMNS: ColumnSpec[] = frozenSpecs(registerData.columns);

/** One dossier row of a register (sổ theo dõi hồ sơ), dates as serials; a fraction is the time of day the cell gave. */
export interface RegisterEntry {
  /** Zero-based row in the grid, for messages. */
  row: number;
  field: string;
  channel: Channel | null;
  received: number | null;
  /** Resolved to a date: a time limit (`15`, `15 ngày làm việc`, `30 ngày`) is counted from `received` (time-limit.ts). */
  deadline: number | null;
  resolved: number | null;
  /** From a status column, when the register has one instead of dates. */
  status: Exclude<DossierOutcome, 'outOfPeriod'> | null;
}

export interface ParsedRegister {
  /** `dates`: outcomes computed from received / deadline / resolved; `status`: read from a status column. */
  mode: 'dates' | 'status';
  entries: RegisterEntry[];
  /** Whether a channel column exists (otherwise new dossiers cannot be split online / in person). */
  hasChannel: boolean;
  findings: Finding[];
}

export interface RegisterSource {
  file: string;
  /** The sheet's register header when the caller has already found it (it is looked for otherwise). */
  header?: HeaderMatch | null;
}

/**
 * Reads a dossier register: finds its header by meaning, then one entry per dossier row.
 * Rows that cannot be read are left out, each with a finding naming the cell.
 * Returns null (with findings) when the sheet has no recognisable register header. `parseStatus` reads a status
 * column (default: the shipped wordings; with the office's settings, theirs too).
 */
export function parseRegister(
  grid: Grid,
  src: RegisterSource,
  calendar: WorkingCalendar,
  parseStatus: StatusParser = parseStatusLabel,
): { register: ParsedRegister | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const at = (r: number, c: number) => ({ file: src.file, sheet: grid.name, cell: c < 0 ? '' : a1(r, c) });
  const header = src.header !== undefined ? src.header : findHeader(grid.rows, REGISTER_COLUMNS);
  const cols = header?.columns ?? {};
  const hasDates = header !== null && cols.received !== undefined && cols.deadline !== undefined;
  const hasStatus = header !== null && cols.status !== undefined;
  if (!header || (!hasDates && !hasStatus)) {
    findings.push(
      finding(
        at(0, -1),
        'error',
        'REGISTER_NO_HEADER',
        'Không tìm thấy dòng tiêu đề của sổ theo dõi hồ sơ: cần các cột «Ngày tiếp nhận» và «Hạn giải quyết» (hoặc cột «Trạng thái»).',
      ),
    );
    return { register: null, findings };
  }
  const mode: ParsedRegister['mode'] = hasDates && (cols.resolved !== undefined || !hasStatus) ? 'dates' : 'status';
  if (mode === 'dates' && cols.resolved === undefined) {
    findings.push(
      finding(
        at(header.headerRow, -1),
        'warning',
        'REGISTER_NO_RESOLVED_COLUMN',
        'Sổ theo dõi không có cột «Ngày có kết quả»: mọi hồ sơ được coi là đang giải quyết.',
      ),
    );
  }
  const hasChannel = cols.channel !== undefined;
  const entries: RegisterEntry[] = [];
  const first = header.headerRow + header.headerRows;
  const provisional = new ProvisionalYears(calendar);
  const texts = new RegisterTexts();

  // One pair of reporters for every row (rows are read one at a time), not a new pair per row.
  let current = first;
  const error: Report = (c, code, msg) => findings.push(finding(at(current, c), 'error', code, msg));
  const warn: Report = (c, code, msg) => findings.push(finding(at(current, c), 'warning', code, msg));
  for (let r = first; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    // Furniture, not dossiers: totals, group subtotals, a closing `Tổng số: 58 hồ sơ` line, the signature block, the
    // template's example row.
    if (isFooterRow(row)) break;
    if (isExampleRow(row)) {
      const edited = editedExampleRow(row, r);
      if (edited) findings.push(finding(at(r, edited.col), 'warning', EXAMPLE_EDITED, edited.message));
      continue;
    }
    if (
      isBlankRow(row) ||
      isTotalRow(row) ||
      isSubtotalRow(row) ||
      isStatedCountLine(row) ||
      (r === first && isColumnNumberRow(row))
    )
      continue;
    current = r;
    const entry = readRow(grid, r, cols, mode, calendar, error, warn, provisional, parseStatus, texts);
    if (entry) entries.push(entry);
  }
  const note = provisional.message();
  if (note)
    findings.push(
      finding(at(provisional.firstRow, cols.deadline ?? -1), 'warning', 'REGISTER_PROVISIONAL_CALENDAR', note),
    );
  return { register: { mode, entries, hasChannel, findings }, findings };
}

/** Due dates counted through years the holiday table lacks (tạm tính): one warning per register. */
class ProvisionalYears {
  readonly years = new Set<number>();
  count = 0;
  firstRow = 0;
  constructor(private readonly calendar: WorkingCalendar) {}

  /** Notes a due date counted from `received` to `due` when either end lies in a provisional year. */
  add(row: number, received: number, due: number): void {
    const a = this.provisionalYear(received);
    const b = this.provisionalYear(due);
    if (a === null && b === null) return;
    if (this.count++ === 0) this.firstRow = row;
    if (a !== null) this.years.add(a);
    if (b !== null) this.years.add(b);
  }

  /** Days [known, knownEnd) of consecutive years found to have their official days off: most dates fall there. */
  private known = 0;
  private knownEnd = 0;

  /** The year of `serial` when its days off are provisional, else null. */
  private provisionalYear(serial: number): number | null {
    const day = Math.floor(serial);
    if (day >= this.known && day < this.knownEnd) return null;
    const y = ymdFromSerial(day).y;
    if (this.calendar.yearBasis(y).provisional) return y;
    const start = serialFromYmd(y, 1, 1);
    const end = serialFromYmd(y + 1, 1, 1);
    if (end === this.known) this.known = start;
    else if (start === this.knownEnd) this.knownEnd = end;
    else [this.known, this.knownEnd] = [start, end];
    return null;
  }

  message(): string | null {
    if (this.count === 0) return null;
    const years = [...this.years].sort((a, b) => a - b).join(', ');
    return `Hạn giải quyết của ${this.count} hồ sơ được tính qua năm ${years}, năm chưa có thông báo lịch nghỉ trong bảng ngày nghỉ: ngày nghỉ của năm này là tạm tính theo Bộ luật Lao động, có thể khác thông báo chính thức.`;
  }
}

type Report = (col: number, code: string, message: string) => void;

function readRow(
  grid: Grid,
  r: number,
  cols: Record<string, number>,
  mode: ParsedRegister['mode'],
  calendar: WorkingCalendar,
  error: Report,
  warn: Report,
  provisional: ProvisionalYears,
  parseStatus: StatusParser,
  texts: RegisterTexts,
): RegisterEntry | null {
  // Runs for every dossier: cells are taken from the row itself, columns looked up once (no closure per row: the
  // first workbook of a reader runs this in the interpreter, where each costs).
  const row = grid.rows[r];

  const received = readDate(cellOf(row, cols.received), cols.received, 'ngày tiếp nhận', mode === 'dates', error);
  if (received === undefined) return null;

  let deadline: number | null = null;
  let resolved: number | null = null;
  let status: RegisterEntry['status'] = null;
  if (mode === 'dates') {
    const dl = readDeadline(cellOf(row, cols.deadline), received, calendar, isDateCell(grid, r, cols.deadline));
    if (!dl.ok) {
      error(cols.deadline, 'REGISTER_BAD_DEADLINE', `Hồ sơ không được tính: ${dl.reason}.`);
      return null;
    }
    deadline = dl.serial;
    if (dl.limit !== null && received !== null) provisional.add(r, received, deadline);
    const res = readDate(cellOf(row, cols.resolved), cols.resolved, 'ngày có kết quả', false, error);
    if (res === undefined) return null;
    resolved = res;
    if (received !== null && resolved !== null && isBefore(resolved, received)) {
      error(
        cols.resolved,
        'REGISTER_RESOLVED_BEFORE_RECEIVED',
        'Hồ sơ không được tính: ngày có kết quả trước ngày tiếp nhận.',
      );
      return null;
    }
    if (received !== null && Math.floor(deadline) < Math.floor(received)) {
      warn(
        cols.deadline,
        'REGISTER_DEADLINE_BEFORE_RECEIVED',
        'Hạn giải quyết trước ngày tiếp nhận; hãy kiểm tra lại.',
      );
    }
  } else {
    const v = cellOf(row, cols.status);
    const label = typeof v === 'string' ? parseStatus(v) : null;
    if (label === null) {
      error(
        cols.status,
        'REGISTER_BAD_STATUS',
        `Hồ sơ không được tính: không hiểu trạng thái «${isBlank(v) ? '' : clipText(cleanText(String(isCellError(v) ? v.error : v)))}» (cần ${STATUS_LABEL_LIST}).`,
      );
      return null;
    }
    status = label;
  }

  let channel: Channel | null = null;
  const ch = cellOf(row, cols.channel);
  if (typeof ch === 'string' && ch.trim() !== '') {
    channel = texts.channel(ch);
    if (channel === null) {
      warn(
        cols.channel,
        'REGISTER_UNKNOWN_CHANNEL',
        `Không rõ hình thức tiếp nhận «${clipText(cleanText(ch))}»; hồ sơ được tính là trực tiếp.`,
      );
    }
  }
  const fieldCell = cellOf(row, cols.field);
  const field = typeof fieldCell === 'string' ? texts.field(fieldCell) : fieldCell === null ? '' : String(fieldCell);
  return { row: r, field, channel, received, deadline, resolved, status };
}

/** The value of cell c of a row; null when the row, the column or the cell is missing. */
function cellOf(row: readonly CellValue[] | undefined, c: number | undefined): CellValue {
  if (c === undefined || row === undefined) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

/** The sheet formats cell (r, c) as a date. */
function isDateCell(grid: Grid, r: number, c: number | undefined): boolean {
  return c !== undefined && grid.dateCells?.has(`${r},${c}`) === true;
}

/** A field's name as read: repaired and cleaned once per distinct text (a register repeats a few fields). */
const fieldText = memoize((s: string): string => cleanText(repairVietnamese(s).text));

/**
 * One register's field and channel texts, read once per distinct text of the sheet. Keyed by the sheet's own
 * strings, in front of the process-wide memos whose keys are earlier workbooks' strings: a repeated text (often the
 * very same string object) is found without comparing its characters with another workbook's copy.
 */
class RegisterTexts {
  private readonly fields = new Map<string, string>();
  private readonly channels = new Map<string, Channel | null>();

  field(s: string): string {
    let f = this.fields.get(s);
    if (f === undefined) {
      f = fieldText(s);
      this.fields.set(s, f);
    }
    return f;
  }

  channel(s: string): Channel | null {
    const known = this.channels.get(s);
    if (known !== undefined) return known;
    const c = parseChannel(s);
    this.channels.set(s, c);
    return c;
  }
}

/** A serial with the time of day as its fraction when the cell gives one; undefined = unreadable (reported); null = empty and allowed. */
function readDate(
  v: CellValue,
  col: number | undefined,
  what: string,
  required: boolean,
  error: Report,
): number | null | undefined {
  // Most cells of a register: a whole serial Excel knows (60 is its fictitious 29/02/1900, refused below), which
  // parseVnDate would return as it is.
  if (col !== undefined && typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_EXCEL_SERIAL && v !== 60)
    return v;
  if (col === undefined || isBlank(v)) {
    if (!required) return null;
    error(col ?? -1, 'REGISTER_MISSING_DATE', `Hồ sơ không được tính: thiếu ${what}.`);
    return undefined;
  }
  if (isCellError(v)) {
    error(col, 'REGISTER_ERROR_CELL', `Hồ sơ không được tính: ô ${what} có lỗi ${v.error}.`);
    return undefined;
  }
  const d = parseVnDate(v);
  if (!d.ok) {
    error(col, 'REGISTER_BAD_DATE', `Hồ sơ không được tính: ${what} «${clipText(cleanText(String(v)))}» ${d.reason}.`);
    return undefined;
  }
  return d.serial + (d.time ?? 0);
}
