/**
 * The NhanSu sheet (danh sách nhân sự): one row per person → StaffSummary.
 * Categories are normalised (`TS`, `Th.S`, `thạc sỹ`, `Cử nhân`, `Kỹ sư` …); values that name no category
 * are counted as `Khác: <text>` and reported; heading rows of departments are skipped and reported.
 */
import staffColumns from './data/staff-columns.json';
import { a1, isBlank, isCellError } from '../grid';
import { frozenSpecs, type ColumnSpec, type HeaderMatch } from '../text/headers';
import { parseVnDate } from '../text/dates';
import type { StaffSummary } from './types';
import {
  SHIPPED_STAFF_SETS,
  type StaffDimension,
  type StaffSets,
  dimensionName,
  staffCategories,
} from '../staff/categories';
import { type StaffRecord, summarizeStaff } from '../staff/summarize';
import type { SheetReader } from './sheet-reader';
import { listRows } from './table-rows';
import { UnknownValues } from './unknown-values';

export const STAFF_COLUMNS: ColumnSpec[] = frozenSpecs(staffColumns.columns);

/** Columns read as categories, with their dimension. */
const CATEGORY_COLUMNS: readonly [keyof StaffRecord & string, StaffDimension][] = [
  ['gender', 'gender'],
  ['type', 'type'],
  ['degree', 'degree'],
  ['politicalTheory', 'politicalTheory'],
  ['stateManagement', 'stateManagement'],
];

/** Columns whose absence leaves a breakdown empty: reported. */
const EXPECTED: readonly string[] = ['type', 'degree', 'gender'];

/** Columns that show a row is a person (beyond the name). */
const PERSON_COLUMNS: readonly string[] = [
  'gender',
  'male',
  'female',
  'birth',
  'ethnicity',
  'party',
  'type',
  'position',
  'rank',
  'degree',
  'politicalTheory',
  'stateManagement',
];

/** Blank means "none" for these, so a blank is not reported. */
const BLANK_MEANS_NONE = new Set<string>(['politicalTheory', 'stateManagement']);

/**
 * Reads the staff list under `header`; null (with a finding) when it lists nobody. `sets`: the categories with the
 * office's ways of writing (default: the shipped ones).
 */
export function readStaffSheet(
  reader: SheetReader,
  header: HeaderMatch,
  quota: number | null,
  sets: StaffSets = SHIPPED_STAFF_SETS,
): StaffSummary | null {
  const cols = header.columns;
  const first = header.headerRow + header.headerRows;
  const records: StaffRecord[] = [];
  const unknown = new UnknownValues();
  const headings: { r: number; text: string }[] = [];
  const labelOf = (key: string) => STAFF_COLUMNS.find((s) => s.key === key)!.label;

  const missing = EXPECTED.filter(
    (k) => cols[k] === undefined && !(k === 'gender' && (cols.female !== undefined || cols.male !== undefined)),
  );
  if (missing.length > 0) {
    reader.addSheet(
      'warning',
      'STAFF_MISSING_COLUMNS',
      `Danh sách nhân sự không có cột ${missing.map((k) => `«${labelOf(k)}»`).join(', ')}; các số liệu theo cột này để trống.`,
    );
  }

  for (const r of listRows(reader, first)) {
    const name = reader.text(r, cols.name);
    const personal = PERSON_COLUMNS.some((k) => cols[k] !== undefined && !reader.blank(r, cols[k]));
    const stt = reader.raw(r, cols.stt);
    const numbered = typeof stt === 'number' || (typeof stt === 'string' && /^\d+\.?$/.test(stt.trim()));
    if (!personal && !numbered) {
      if (name !== '') headings.push({ r, text: name });
      continue;
    }
    if (name === '')
      reader.add(
        r,
        cols.name,
        'warning',
        'STAFF_NO_NAME',
        `Hàng ${r + 1} có thông tin nhân sự nhưng không ghi họ tên; vẫn được tính.`,
      );

    const record: StaffRecord = { note: cols.note === undefined ? null : reader.text(r, cols.note) };
    for (const [key, dim] of CATEGORY_COLUMNS) {
      const c = cols[key];
      if (c === undefined) continue;
      const text = reader.text(r, c);
      (record as Record<string, string | null>)[key] = text === '' ? null : text;
      if (text === '') {
        if (!BLANK_MEANS_NONE.has(key) && key !== 'gender') unknown.blank(dimensionName(dim), r, c);
        continue;
      }
      const cls = sets(dim).classify(text);
      if (cls?.kind === 'unknown') unknown.add(dimensionName(dim), text, r, c);
    }
    if (!record.gender) {
      // Lists with a «Nam» and a «Nữ» column: any mark or year of birth there gives the gender.
      if (marked(reader, r, cols.female)) record.gender = 'Nữ';
      else if (marked(reader, r, cols.male)) record.gender = 'Nam';
      else if (cols.gender !== undefined || cols.male !== undefined)
        unknown.blank(dimensionName('gender'), r, cols.gender ?? cols.female ?? cols.male);
    }
    if (cols.party !== undefined) record.party = readParty(reader, r, cols.party, unknown);
    records.push(record);
  }

  if (headings.length > 0) {
    reader.add(
      headings[0].r,
      cols.name,
      'warning',
      'STAFF_HEADING_ROWS',
      `${headings.length} dòng chỉ có tên, không có số thứ tự và thông tin khác, được coi là dòng tiêu đề nhóm và không được đếm: ` +
        headings
          .slice(0, 5)
          .map((h) => `${a1(h.r, cols.name)} «${h.text}»`)
          .join(', ') +
        (headings.length > 5 ? ', …' : '') +
        '. Nếu là người, hãy ghi số thứ tự.',
    );
  }
  unknown.report(reader, 'STAFF_UNKNOWN_VALUE', 'STAFF_BLANK_VALUE', (column, value) =>
    column === dimensionName('party')
      ? 'không được tính là đảng viên'
      : column === dimensionName('gender')
        ? 'không được tính là nữ'
        : `được tính là «Khác: ${value}»`,
  );

  if (records.length === 0) {
    reader.addSheet('warning', 'STAFF_EMPTY', 'Danh sách nhân sự không có người nào nên không được tổng hợp.');
    return null;
  }
  return summarizeStaff(records, quota, sets);
}

/** A mark (or a year of birth) in a yes/no column; `0`, `Không` and blank are no mark. */
function marked(reader: SheetReader, r: number, c: number | undefined): boolean {
  if (c === undefined || reader.blank(r, c)) return false;
  return staffCategories('party').match(reader.text(r, c)) !== 'Không';
}

/**
 * Đảng viên: a mark (`x`, `Có`, `ĐV`, `1`), or the date of admission (a date cell or dd/mm/yyyy text) → member;
 * `0`, `Không`, blank → not; anything else is reported and not counted.
 */
function readParty(reader: SheetReader, r: number, c: number, unknown: UnknownValues): boolean | string | null {
  const v = reader.raw(r, c);
  if (isBlank(v) || isCellError(v)) return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (v === 1) return true;
    if (v === 0) return false;
    if (reader.grid.dateCells?.has(`${r},${c}`) || (v > 1000 && parseVnDate(v).ok)) return true;
    unknown.add(dimensionName('party'), String(v), r, c);
    return false;
  }
  const text = reader.text(r, c);
  const label = staffCategories('party').match(text);
  if (label !== null) return label === 'Đảng viên';
  if (parseVnDate(text).ok) return true;
  unknown.add(dimensionName('party'), text, r, c);
  return false;
}
