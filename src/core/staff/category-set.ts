/**
 * A list of canonical categories read from a data file (danh mục), and how free-typed text maps onto it.
 * Shared by staff categories and training course types.
 *
 * Matching, after repairing legacy encodings: a wording that must be the whole cell (`exact`); text naming
 * another list (`otherLists`, e.g. `Trung cấp lý luận chính trị` in a degree column) matches nothing; then
 * `createLabelMatcher` (the whole text, else the longest synonym found inside it as whole words); then an
 * abbreviation that opens the text followed by more words (`leading`: `CĐ Thư viện`, `TC Kế toán`).
 * Text that names no category is kept as `Khác: <text>`, never dropped.
 */
import { type AddedWordings, addWordings, createLabelMatcher } from '../text/labels';
import { cleanText, foldKey } from '../text/normalize';
import { memoize } from '../text/memo';
import { repairVietnamese } from '../text/legacy';

export type { AddedWordings } from '../text/labels';

export interface CategoryData {
  label: string;
  /** Wordings found anywhere in the text as whole words. */
  synonyms: string[];
  /** Wordings that count only as the whole text (short or ambiguous ones such as `x`, `TS`, `Cao cấp`). */
  exact?: string[];
  /** Abbreviations that also count as the first word(s) of a longer text, e.g. `CĐ` in `CĐ Thư viện`. */
  leading?: string[];
}

export interface CategorySetData {
  categories: CategoryData[];
  /** Wordings meaning "none" (e.g. `Không`, `Chưa có` for political theory): not counted anywhere. */
  none?: string[];
  /** With true, only whole-text matches count (no phrase search), e.g. for yes/no marks. */
  exactOnly?: boolean;
  /** Wordings that show the text belongs to another list (kept as `Khác: <text>` here), found as whole words. */
  otherLists?: string[];
}

/** Prefix of the label under which unknown text is kept. */
export const OTHER_PREFIX = 'Khác: ';

/** `Khác: <text>`, the label of text that names no known category. */
export function otherLabel(text: string): string {
  return OTHER_PREFIX + cleanText(text);
}

/** What a cell's text means in a category set. */
export type Classified = { kind: 'category'; label: string } | { kind: 'none' } | { kind: 'unknown'; label: string };

export interface CategorySet {
  /** Canonical labels in report order. */
  labels: readonly string[];
  /** The canonical label named by the text, or null. */
  match(text: string): string | null;
  /** The text means "none". */
  isNone(text: string): boolean;
  /** Category, none, or unknown (kept as `Khác: <text>`); null for blank or punctuation-only text. */
  classify(text: string): Classified | null;
}

export function createCategorySet(data: CategorySetData): CategorySet {
  const exact = new Map<string, string>();
  for (const c of data.categories) {
    const words = [c.label, ...c.synonyms, ...(c.exact ?? [])];
    for (const w of words) {
      const k = foldKey(w);
      if (k !== '' && !exact.has(k)) exact.set(k, c.label);
    }
  }
  const none = new Set((data.none ?? []).map((w) => foldKey(w)).filter((k) => k !== ''));
  const phrases = data.exactOnly
    ? null
    : createLabelMatcher(data.categories.map((c) => ({ label: c.label, synonyms: c.synonyms })));
  const otherLists = (data.otherLists ?? []).map((w) => ` ${foldKey(w)} `).filter((k) => k !== '  ');
  const leading: { key: string; label: string }[] = [];
  for (const c of data.categories)
    for (const w of c.leading ?? []) if (foldKey(w) !== '') leading.push({ key: `${foldKey(w)} `, label: c.label });
  // Longest first, so `c d` (C.Đ) is tried before a one-letter abbreviation could be.
  leading.sort((a, b) => b.key.length - a.key.length);

  const repaired = (text: string): string => cleanText(repairVietnamese(text).text);

  function match(text: string): string | null {
    const t = repaired(text);
    const k = foldKey(t);
    if (k === '') return null;
    const hit = exact.get(k);
    if (hit !== undefined) return hit;
    if (phrases === null) return null;
    const padded = ` ${k} `;
    if (otherLists.some((w) => padded.includes(w))) return null;
    const phrase = phrases(t);
    if (phrase !== null) return phrase;
    return leading.find((l) => k.startsWith(l.key))?.label ?? null;
  }

  function isNone(text: string): boolean {
    const k = foldKey(repaired(text));
    return k !== '' && none.has(k) && !exact.has(k);
  }

  function classify(text: string): Classified | null {
    const t = repaired(text);
    const k = foldKey(t);
    if (k === '') return null; // blank, or only punctuation such as "-"
    if (none.has(k) && !exact.has(k)) return { kind: 'none' };
    const label = match(t);
    if (label !== null) return { kind: 'category', label };
    return { kind: 'unknown', label: otherLabel(t) };
  }

  // Each distinct text is classified once: a staff list repeats a few dozen wordings (results are shared, read-only).
  return { labels: data.categories.map((c) => c.label), match: memoize(match), isNone, classify: memoize(classify) };
}

/** The set's data with the office's ways of writing (see `addWordings`): a wording "none" the office claims is no longer "none". */
export function withWordings(data: CategorySetData, added: readonly AddedWordings[]): CategorySetData {
  if (added.length === 0) return data;
  const { categories, claimed } = addWordings(data.categories, added);
  return { ...data, categories, ...(data.none ? { none: data.none.filter((w) => !claimed(w)) } : {}) };
}
