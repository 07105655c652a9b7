/**
 * The yearly holiday table (lịch nghỉ lễ, Tết theo thông báo hằng năm): data users can edit, read from
 * JSON of the shape of `data/holidays-vn.json`. A year present in the table replaces the computed rules
 * for that year; its entries may spill into a neighbouring year (Tết Dương lịch 2019 swapped 31/12/2018).
 */
import bundled from './data/holidays-vn.json';
import { finding, type Finding } from '../findings';
import { isValidYmd, serialFromIso, serialFromYmd, vnDateFromSerial as vnDate, weekday, ymdFromSerial } from './serial';

/** One day the table marks: off (nghỉ) or a weekend day worked (làm bù). */
export interface HolidayMark {
  serial: number;
  working: boolean;
  /** Vietnamese reason shown to users, e.g. "Tết Nguyên đán", "Làm bù cho ngày 02/5/2025". */
  label: string;
  /** The notice or law article the day rests on (căn cứ); the year's source when the entry names none. */
  basis: string;
}

export interface HolidayYear {
  year: number;
  /** The decision or notice the year comes from. */
  source: string;
  /** False when the source could not be checked against the original text. */
  verified: boolean;
  note: string | null;
  marks: readonly HolidayMark[];
}

/** How years missing from the table are treated (`computedYears` of the JSON). */
export interface ComputedYears {
  /** True when computed years are estimates to be replaced by the year's notice (tạm tính). */
  provisional: boolean;
  note: string | null;
}

export interface HolidayTable {
  years: ReadonlyMap<number, HolidayYear>;
  computed: ComputedYears;
}

export interface ParsedHolidayTable {
  table: HolidayTable;
  findings: Finding[];
}

/** Longest range one entry may span; longer ones are almost certainly a typo in a year. */
const MAX_RANGE_DAYS = 31;

/**
 * Reads a holiday table from parsed JSON. Bad entries are skipped and reported as findings
 * (code `CALENDAR_TABLE`), so one typo does not discard the whole file.
 */
export function parseHolidayTable(json: unknown, file = ''): ParsedHolidayTable {
  const findings: Finding[] = [];
  const report = (severity: 'error' | 'warning', where: string, message: string): void => {
    findings.push(
      finding({ file, sheet: '', cell: '' }, severity, 'CALENDAR_TABLE', `Bảng ngày nghỉ, mục ${where}: ${message}`),
    );
  };
  const years = new Map<number, HolidayYear>();
  const computed = readComputedYears(isObject(json) ? json.computedYears : undefined, report);
  const root = isObject(json) ? json.years : undefined;
  if (!isObject(root)) {
    report('error', 'years', 'thiếu danh sách năm ("years": { "2025": {...} }).');
    return { table: { years, computed }, findings };
  }
  for (const [key, raw] of Object.entries(root)) {
    const year = /^\d{4}$/.test(key) ? Number(key) : NaN;
    if (!(year >= 1900 && year <= 9999)) {
      report('error', key, 'tên năm phải là 4 chữ số trong khoảng 1900–9999; bỏ qua.');
      continue;
    }
    if (!isObject(raw)) {
      report('error', key, 'phải là một đối tượng { "source", "daysOff", "workingDays" }; bỏ qua.');
      continue;
    }
    const source = typeof raw.source === 'string' ? raw.source.normalize('NFC').trim() : '';
    if (!source) report('warning', key, 'thiếu "source" (văn bản căn cứ).');
    const marks = new Map<number, HolidayMark>();
    readEntries(raw.daysOff, false, `${key}.daysOff`, year, source, marks, report);
    readEntries(raw.workingDays, true, `${key}.workingDays`, year, source, marks, report);
    years.set(year, {
      year,
      source,
      verified: raw.verified === true,
      note: typeof raw.note === 'string' && raw.note.trim() ? raw.note.normalize('NFC').trim() : null,
      marks: [...marks.values()].sort((a, b) => a.serial - b.serial),
    });
  }
  return { table: { years, computed }, findings };
}

/** Computed years are provisional unless the table says `"provisional": false` (the safe default). */
function readComputedYears(
  raw: unknown,
  report: (severity: 'error' | 'warning', where: string, message: string) => void,
): ComputedYears {
  if (raw === undefined) return { provisional: true, note: null };
  if (!isObject(raw)) {
    report(
      'warning',
      'computedYears',
      'phải là { "provisional": true, "note": "..." }; coi các năm tính tự động là tạm tính.',
    );
    return { provisional: true, note: null };
  }
  const note = typeof raw.note === 'string' && raw.note.trim() ? raw.note.normalize('NFC').trim() : null;
  return { provisional: raw.provisional !== false, note };
}

function readEntries(
  list: unknown,
  working: boolean,
  where: string,
  year: number,
  yearSource: string,
  marks: Map<number, HolidayMark>,
  report: (severity: 'error' | 'warning', where: string, message: string) => void,
): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    report('error', where, 'phải là một danh sách [...]; bỏ qua.');
    return;
  }
  list.forEach((entry: unknown, i) => {
    const at = `${where}[${i}]`;
    if (!isObject(entry))
      return report('error', at, 'phải là { "date", "label" } hoặc { "from", "to", "label" }; bỏ qua.');
    const label = typeof entry.label === 'string' ? entry.label.normalize('NFC').trim() : '';
    if (!label) return report('error', at, 'thiếu "label" (lý do nghỉ hoặc làm bù); bỏ qua.');
    const basis =
      typeof entry.basis === 'string' && entry.basis.trim() ? entry.basis.normalize('NFC').trim() : yearSource;
    const from = parseTableDate(entry.date ?? entry.from);
    const to = entry.date !== undefined ? from : parseTableDate(entry.to);
    if (from === null || to === null) {
      return report('error', at, 'ngày không hợp lệ (viết yyyy-mm-dd hoặc dd/mm/yyyy); bỏ qua.');
    }
    if (to < from || to - from >= MAX_RANGE_DAYS) {
      return report(
        'error',
        at,
        `khoảng ngày phải đi từ ngày sớm đến ngày muộn và không quá ${MAX_RANGE_DAYS} ngày; bỏ qua.`,
      );
    }
    if (Math.abs(ymdFromSerial(from).y - year) > 1) report('warning', at, `ngày nằm xa năm ${year}, kiểm tra lại năm.`);
    for (let s = from; s <= to; s++) {
      const prev = marks.get(s);
      if (prev && prev.working !== working) {
        report('warning', at, `ngày ${vnDate(s)} vừa là ngày nghỉ vừa là ngày làm bù; giữ ngày làm bù.`);
        if (!working) continue;
      }
      if (working && weekday(s) !== 0 && weekday(s) !== 6) {
        report('warning', at, `ngày làm bù ${vnDate(s)} không phải thứ Bảy hay Chủ nhật.`);
      }
      marks.set(s, { serial: s, working, label, basis });
    }
  });
}

/** Strict `yyyy-mm-dd` or `dd/mm/yyyy`; null otherwise. */
function parseTableDate(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const text = v.trim();
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (vn) {
    const d = +vn[1],
      m = +vn[2],
      y = +vn[3];
    return isValidYmd(y, m, d) ? serialFromYmd(y, m, d) : null;
  }
  return serialFromIso(text);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

let bundledTable: HolidayTable | null = null;

/** The table shipped with the add-in (`data/holidays-vn.json`), parsed once. */
export function bundledHolidayTable(): HolidayTable {
  if (!bundledTable) bundledTable = parseHolidayTable(bundled, 'holidays-vn.json').table;
  return bundledTable;
}

/** Findings for the shipped table; empty unless the file was edited badly. */
export function bundledHolidayTableFindings(): Finding[] {
  return parseHolidayTable(bundled, 'holidays-vn.json').findings;
}
