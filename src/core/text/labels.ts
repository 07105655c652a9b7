/**
 * Matching free-typed labels to categories (trình độ, loại cán bộ, trạng thái…).
 *
 * Both the text and the synonyms are compared as foldKey (case, diacritics, Unicode form and
 * punctuation ignored: "Th.S" = "th s", "Thạc sỹ" = "thac sy"). Order of tests:
 * 1. the whole text equals a category's label or synonym;
 * 2. a label or synonym occurs as a whole-word phrase inside the text ("Kỹ sư xây dựng" → Đại học);
 *    the longest phrase wins ("đang giải quyết quá hạn" beats "quá hạn"), then the earliest in the text;
 * 3. text in a legacy encoding (TCVN3/VNI) is repaired and tried again.
 * Short synonyms only match whole words: "ts" does not match inside "ths".
 */
import { foldKey } from './normalize';
import { detectLegacy, fromLegacy } from './legacy';
import { memoize } from './memo';

export interface LabelCategory {
  /** Canonical label returned on a match. */
  label: string;
  synonyms: string[];
}

export type LabelMatcher = (text: string) => string | null;

interface Entry {
  padded: string;
  words: number;
  label: string;
}

export function createLabelMatcher(categories: readonly LabelCategory[]): LabelMatcher {
  const exact = new Map<string, string>();
  const entries: Entry[] = [];
  for (const cat of categories) {
    for (const t of [cat.label, ...cat.synonyms]) {
      const key = foldKey(t);
      if (key === '' || exact.has(key)) continue; // the first category to claim a wording keeps it
      exact.set(key, cat.label);
      entries.push({ padded: ` ${key} `, words: key.split(' ').length, label: cat.label });
    }
  }
  // Longest first, so the first hit is the most specific one.
  entries.sort((a, b) => b.words - a.words || b.padded.length - a.padded.length);

  function byKey(key: string): string | null {
    if (key === '') return null;
    const hit = exact.get(key);
    if (hit !== undefined) return hit;
    const padded = ` ${key} `;
    let best: Entry | null = null;
    let bestAt = Infinity;
    for (const e of entries) {
      if (best !== null && (e.words < best.words || e.padded.length < best.padded.length)) break;
      const at = padded.indexOf(e.padded);
      if (at >= 0 && at < bestAt) {
        best = e;
        bestAt = at;
      }
    }
    return best === null ? null : best.label;
  }

  return memoize((text: string): string | null => {
    const label = byKey(foldKey(text));
    if (label !== null) return label;
    const legacy = detectLegacy(text);
    return legacy === null ? null : byKey(foldKey(fromLegacy(text, legacy)));
  });
}

/** Ways of writing added to one label of a list (by the office's settings: cách viết khác của cơ quan). */
export interface AddedWordings {
  label: string;
  synonyms: readonly string[];
}

/** A category with wordings that count only as the whole text or at its start (see staff/category-set.ts). */
type WithWordings = LabelCategory & { exact?: string[]; leading?: string[] };

/**
 * The categories with the office's ways of writing as synonyms of their labels. Each counts for its label only: a
 * shipped wording of another label that the office gave to this one moves here, so the office's word wins. The
 * given categories are not changed. `claimed` says whether a folded wording is one the office gave.
 */
export function addWordings<T extends WithWordings>(
  categories: readonly T[],
  added: readonly AddedWordings[],
): { categories: T[]; claimed: (w: string) => boolean } {
  const owner = new Map<string, string>();
  for (const a of added)
    for (const w of a.synonyms) if (foldKey(w) !== '' && !owner.has(foldKey(w))) owner.set(foldKey(w), a.label);
  const keep = (label: string) => (w: string) => (owner.get(foldKey(w)) ?? label) === label;
  return {
    categories: categories.map((c) => ({
      ...c,
      synonyms: [
        ...c.synonyms.filter(keep(c.label)),
        ...added.filter((a) => a.label === c.label).flatMap((a) => a.synonyms),
      ],
      ...(c.exact ? { exact: c.exact.filter(keep(c.label)) } : {}),
      ...(c.leading ? { leading: c.leading.filter(keep(c.label)) } : {}),
    })),
    claimed: (w) => owner.has(foldKey(w)),
  };
}
