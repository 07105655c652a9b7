import data from './data/report-phrases.json';
import { cleanText, foldKey } from '../text';
import { COURSE_TYPES, OTHER_COURSE_KIND, isCourseType } from '../training/course-types';

/** Course types in the order the report lists them, from the editable phrase table. */
export const COURSE_ORDER: readonly string[] = data.courses.map((c) => c.kind.normalize('NFC'));

const coursePhrases = new Map(data.courses.map((c) => [foldKey(c.kind), c.phrase.normalize('NFC')]));
const staffTypes = data.staffTypes.map((t) => ({ key: foldKey(t.type), phrase: t.phrase.normalize('NFC') }));

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

/** The verb phrase for a course type: `học cao cấp LLCT`, `bồi dưỡng QLNN ngạch chuyên viên`. */
export function coursePhrase(kind: string): string {
  const known = coursePhrases.get(foldKey(kind));
  if (known !== undefined) return known;
  const text = otherText(kind) ?? cleanText(kind);
  return data.otherCourse.normalize('NFC').replace('{text}', lowerFirst(text));
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
export function staffTypePhrase(types: readonly string[]): string {
  if (!types.every(isKnownStaffType)) return data.unknownStaffType.normalize('NFC');
  const keys = new Set(types.map((t) => foldKey(t)));
  const present = staffTypes.filter((t) => keys.has(t.key)).map((t) => t.phrase);
  if (present.length === 0) return data.unknownStaffType.normalize('NFC');
  // The table's last type (người lao động) is joined with "và", the others with commas.
  const lastOfTable = staffTypes[staffTypes.length - 1];
  if (present.length > 1 && keys.has(lastOfTable.key)) return `${present.slice(0, -1).join(', ')} và ${lastOfTable.phrase}`;
  return present.join(', ');
}

/** The phrase for all staff types together: `công chức, viên chức và người lao động`. */
export function allStaffPhrase(): string {
  return staffTypePhrase(data.staffTypes.map((t) => t.type));
}
