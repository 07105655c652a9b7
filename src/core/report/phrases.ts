import data from './data/report-phrases.json';
import { cleanText, foldKey } from '../text/normalize';
import { COURSE_TYPES, OTHER_COURSE_KIND, isCourseType } from '../training/course-types';
import { type PhraseBook, SHIPPED_PHRASES } from './phrase-book';

/** Course types in the order the report lists them, from the editable phrase table. */
export const COURSE_ORDER: readonly string[] = data.courses.map((c) => c.kind.normalize('NFC'));

/** Course kind (folded) → its entry key in the phrase book. */
const courseKeys = new Map(data.courses.map((c) => [foldKey(c.kind), `course:${c.kind.normalize('NFC')}`]));
const staffTypes = data.staffTypes.map((t) => ({ key: foldKey(t.type), entry: `staff:${t.type.normalize('NFC')}` }));

/** Prefix of course types and categories the readers could not place: `Khác: <text as written>`. */
const OTHER_PREFIX = /^khác\s*:\s*/i;

/** The text after `Khác:`, or null when the label is not of that form. */
export function otherText(label: string): string | null {
  const clean = cleanText(label);
  return OTHER_PREFIX.test(clean) ? clean.replace(OTHER_PREFIX, '') : null;
}

/** Lower-cases the first letter unless the word looks like an acronym (`QLNN`, `LLCT`). */
export function lowerFirst(s: string): string {
  if (s.length < 2 || s[1] !== s[1].toLowerCase()) return s;
  return s[0].toLowerCase() + s.slice(1);
}

/** The verb phrase for a course type: `học cao cấp LLCT`, `bồi dưỡng QLNN ngạch chuyên viên` (the office's wording where it gave one). */
export function coursePhrase(kind: string, book: PhraseBook = SHIPPED_PHRASES): string {
  const key = courseKeys.get(foldKey(kind));
  if (key !== undefined) return book.text(key);
  const text = otherText(kind) ?? cleanText(kind);
  return book.fill('otherCourse', { 'tên khóa': lowerFirst(text) });
}

const otherRank = COURSE_ORDER.findIndex((k) => foldKey(k) === foldKey(OTHER_COURSE_KIND));

/**
 * Position of a course type in the report's order (the phrase table's). A canonical kind the phrase table does not
 * list yet (added to course-types.json only) goes just before `Khác`, in the course list's order; `Khác: <text>`
 * types after all the others.
 */
export function courseRank(kind: string): number {
  const i = COURSE_ORDER.findIndex((k) => foldKey(k) === foldKey(kind));
  if (i >= 0) return i;
  if (!isCourseType(kind)) return COURSE_ORDER.length;
  const before = otherRank < 0 ? COURSE_ORDER.length : otherRank;
  const j = COURSE_TYPES.findIndex((k) => foldKey(k) === foldKey(kind));
  return before - 1 + (j + 1) / (COURSE_TYPES.length + 1);
}

/** Whether the phrase table knows this staff type (Công chức, Viên chức, Người lao động). */
export function isKnownStaffType(type: string): boolean {
  const k = foldKey(type);
  return staffTypes.some((t) => t.key === k);
}

/**
 * Who was counted, for the report's sentences: one type → `công chức`; several → `công chức, viên chức`,
 * with the table's last type (`người lao động`) joined by `và`; any type the table does not know → `người`.
 */
export function staffTypePhrase(types: readonly string[], book: PhraseBook = SHIPPED_PHRASES): string {
  if (!types.every(isKnownStaffType)) return book.text('unknownStaffType');
  const keys = new Set(types.map((t) => foldKey(t)));
  const present = staffTypes.filter((t) => keys.has(t.key)).map((t) => book.text(t.entry));
  if (present.length === 0) return book.text('unknownStaffType');
  // The table's last type (người lao động) is joined with "và", the others with commas.
  const lastOfTable = staffTypes[staffTypes.length - 1];
  if (present.length > 1 && keys.has(lastOfTable.key))
    return `${present.slice(0, -1).join(', ')} và ${book.text(lastOfTable.entry)}`;
  return present.join(', ');
}

/** The phrase for all staff types together: `công chức, viên chức và người lao động`. */
export function allStaffPhrase(book: PhraseBook = SHIPPED_PHRASES): string {
  return staffTypePhrase(
    data.staffTypes.map((t) => t.type),
    book,
  );
}
