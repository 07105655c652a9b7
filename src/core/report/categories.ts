import { foldKey } from '../text/normalize';
import { staffCategories } from '../staff/categories';
import { COURSE_TYPES } from '../training/course-types';

/**
 * Canonical category labels of the summary (docs/interfaces.md §3), in display order: read from the data files the
 * readers use (staff/data/staff-categories.json, training/data/course-types.json), never listed again here.
 */
export const STAFF_TYPES: readonly string[] = staffCategories('type').labels;
export const DEGREES: readonly string[] = staffCategories('degree').labels;
export const POLITICAL_THEORY: readonly string[] = staffCategories('politicalTheory').labels;
export const STATE_MANAGEMENT: readonly string[] = staffCategories('stateManagement').labels;
export const COURSE_KINDS: readonly string[] = COURSE_TYPES;

/**
 * The canonical labels followed by every other label found (e.g. `Khác: hợp đồng 68`), each once,
 * matched by folded key and shown with the first spelling seen.
 */
export function categoryLabels(canonical: readonly string[], found: Iterable<string>): string[] {
  const out = [...canonical];
  const keys = new Set(canonical.map((c) => foldKey(c)));
  for (const label of found) {
    const k = foldKey(label);
    if (keys.has(k)) continue;
    keys.add(k);
    out.push(label);
  }
  return out;
}

/** The count filed under `label` in `counts`, adding up spellings that fold to the same key. */
export function countOf(counts: Readonly<Record<string, number>>, label: string): number {
  const k = foldKey(label);
  let n = 0;
  for (const [key, v] of Object.entries(counts)) if (foldKey(key) === k) n += v;
  return n;
}

/** Labels with a positive count, canonical ones first in their order, then the others as found. */
export function presentLabels(counts: Readonly<Record<string, number>>, canonical: readonly string[]): string[] {
  return categoryLabels(canonical, Object.keys(counts)).filter((l) => countOf(counts, l) > 0);
}
