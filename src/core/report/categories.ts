import { foldKey } from '../text';

/** Canonical category labels of the summary (interfaces.md §3), in display order. */
export const STAFF_TYPES = ['Công chức', 'Viên chức', 'Người lao động'] as const;
export const DEGREES = ['Tiến sĩ', 'Thạc sĩ', 'Đại học', 'Cao đẳng', 'Trung cấp', 'Khác'] as const;
export const POLITICAL_THEORY = ['Cao cấp', 'Trung cấp', 'Sơ cấp'] as const;
export const STATE_MANAGEMENT = ['Chuyên viên cao cấp', 'Chuyên viên chính', 'Chuyên viên'] as const;
export const COURSE_KINDS = [
  'Cao cấp lý luận chính trị',
  'Trung cấp lý luận chính trị',
  'QLNN ngạch chuyên viên cao cấp',
  'QLNN ngạch chuyên viên chính',
  'QLNN ngạch chuyên viên',
  'Bồi dưỡng lãnh đạo, quản lý cấp phòng',
  'Kế toán viên chính',
  'Tiến sĩ',
  'Thạc sĩ',
  'Khác',
] as const;

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
