/**
 * The report's wording as one list of editable entries (câu chữ của đoạn văn báo cáo): the sentence templates, the
 * phrase of each course type and staff type, from data/report-phrases.json — each overlaid by the office's own
 * text from its settings (DanhMuc table 6). A template names its blanks in braces, `{chủ thể}`; names are compared
 * folded (case and diacritics ignored), and an office's text may use only the names the default text uses.
 */
import data from './data/report-phrases.json';
import { foldKey, nfc } from '../text/normalize';

export interface PhraseEntry {
  /** Stable key: `tthcReceived`, `course:Thạc sĩ`, `staff:Viên chức`. */
  key: string;
  /** How the DanhMuc sheet lists the entry, in Vietnamese. */
  name: string;
  /** The shipped text. */
  text: string;
  /** The blanks the text may use, as the shipped text writes them (`chủ thể`). */
  slots: string[];
}

/** The office's texts by entry key (only entries it changed). */
export type PhraseOverrides = Readonly<Record<string, string>>;

const SLOT = /\{([^{}]*)\}/g;

/**
 * The blank for the change against the earlier period (so với kỳ trước). A text that leaves it out still gets the
 * comparison, as a sentence of its own after it (report/paragraph-tthc.ts), so leaving it out says nothing less.
 */
export const COMPARISON_SLOT = 'so với kỳ trước';

/** The blank names a text uses, in order, as written. */
export function slotsOf(text: string): string[] {
  return [...text.matchAll(SLOT)].map((m) => m[1].trim());
}

function entry(key: string, name: string, text: string): PhraseEntry {
  const t = nfc(text);
  return { key, name: nfc(name), text: t, slots: slotsOf(t) };
}

/** Every entry the office may reword, in the order the DanhMuc sheet lists them. */
export const PHRASE_ENTRIES: readonly PhraseEntry[] = [
  ...data.sentences.map((s) => entry(s.key, s.name, s.text)),
  ...data.courses.map((c) => entry(`course:${nfc(c.kind)}`, `Khóa học: ${c.kind}`, c.phrase)),
  entry('otherCourse', 'Khóa học chưa có trong danh mục', data.otherCourse),
  ...data.staffTypes.map((t) => entry(`staff:${nfc(t.type)}`, `Loại cán bộ: ${t.type}`, t.phrase)),
  entry('unknownStaffType', 'Người (loại cán bộ không rõ)', data.unknownStaffType),
];

const BY_KEY = new Map(PHRASE_ENTRIES.map((e) => [e.key, e]));
const BY_NAME = new Map(
  PHRASE_ENTRIES.flatMap((e) => [
    [foldKey(e.name), e],
    [foldKey(e.key), e],
  ]),
);

/** The entry a DanhMuc row or JSON item names (by its name or its key, folded); undefined when none. */
export function phraseEntryOf(nameOrKey: string): PhraseEntry | undefined {
  return BY_NAME.get(foldKey(nameOrKey));
}

/** The shipped entry of a key (the report's code asks only for keys that exist). */
function shipped(key: string): PhraseEntry {
  const e = BY_KEY.get(key);
  if (e === undefined) throw new Error(`report-phrases.json: thiếu mục "${key}"`);
  return e;
}

/** Blanks of `text` that `e` does not offer (an office's text naming a blank the report cannot fill). */
export function unknownSlots(e: PhraseEntry, text: string): string[] {
  const known = new Set(e.slots.map((s) => foldKey(s)));
  return slotsOf(text).filter((s) => !known.has(foldKey(s)));
}

/** Whether `text` has the blank `slot` (compared folded). */
export function hasSlot(text: string, slot: string): boolean {
  return slotsOf(text).some((s) => foldKey(s) === foldKey(slot));
}

/**
 * Blanks `e` offers that `text` leaves out (figures the sentence would no longer say); not the comparison blank,
 * whose clause is then written after the sentence.
 */
export function missingSlots(e: PhraseEntry, text: string): string[] {
  return e.slots.filter((s) => foldKey(s) !== foldKey(COMPARISON_SLOT) && !hasSlot(text, s));
}

/** The wording the report uses: the office's text where it gave one, else the shipped text. */
export interface PhraseBook {
  /** The text of an entry. */
  text(key: string): string;
  /** The text of an entry with its blanks filled (values keyed by the shipped blank names); spaces tidied. */
  fill(key: string, values: Readonly<Record<string, string>>): string;
  /** Whether the office changed the entry. */
  changed(key: string): boolean;
  /** Whether the entry's text (the office's or the shipped) has the blank `slot`. */
  uses(key: string, slot: string): boolean;
}

/**
 * `a  (b )` → `a (b)`, `a ()` → `a`: a blank filled with '' leaves no stray space before punctuation or doubled,
 * nor brackets around nothing.
 */
function tidy(s: string): string {
  return s
    .replace(/\(\s*\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([;,.:)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .trim();
}

export function phraseBook(overrides: PhraseOverrides = {}): PhraseBook {
  const text = (key: string): string => overrides[key] ?? shipped(key).text;
  return {
    text,
    fill(key, values) {
      const byFold = new Map(Object.entries(values).map(([k, v]) => [foldKey(k), v]));
      return tidy(text(key).replace(SLOT, (whole, name: string) => byFold.get(foldKey(name)) ?? whole));
    },
    changed: (key) => overrides[key] !== undefined,
    uses: (key, slot) => hasSlot(text(key), slot),
  };
}

/** The shipped wording. */
export const SHIPPED_PHRASES: PhraseBook = phraseBook();
