/**
 * Who reports, the subject of the report's sentences (chủ thể): the office's wording in DanhMuc table 6 when it set
 * one; else, when it named its agency (table 5, `--agency`), the agency in full in the first sentence and by its kind
 * after (`Sở Khoa học và Công nghệ tỉnh Tây Ninh` … `Sở`), as the reports name themselves; else the shipped `Sở`.
 */
import data from './data/agency-kinds.json';
import { SHEET_TEXT } from '../settings/sheet-text';
import { agencyUnitName } from '../summary/agency-name';
import { cleanText, foldKey } from '../text/normalize';
import type { PhraseBook } from './phrase-book';

/** The subject of the first sentence that has one, and of the sentences after it. */
export interface Subjects {
  first: string;
  then: string;
}

const KINDS = [...data.kinds].sort((a, b) => foldKey(b).length - foldKey(a).length);

/** The agency an office named, spelled for running text; null when it named none or only the shipped default. */
export function officeAgency(agency: string | undefined): string | null {
  const name = agencyUnitName(cleanText(agency ?? ''));
  return name === '' || foldKey(name) === foldKey(SHEET_TEXT.defaultAgency) ? null : name;
}

/** The kind of agency a name begins with (`Chi cục Tiêu chuẩn…` → `Chi cục`), as the kinds list writes it; null when none. */
function kindOf(name: string): string | null {
  const key = foldKey(name);
  return KINDS.find((k) => key === foldKey(k) || key.startsWith(`${foldKey(k)} `)) ?? null;
}

export function reportSubjects(book: PhraseBook, agency: string | undefined): Subjects {
  const shipped = book.text('subject');
  const name = book.changed('subject') ? null : officeAgency(agency);
  if (name === null) return { first: shipped, then: shipped };
  return { first: name, then: kindOf(name) ?? name };
}
