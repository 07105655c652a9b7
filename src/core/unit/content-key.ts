/**
 * A digest of a unit's figures (dấu vân tay số liệu), not of its names or bytes, so the same content sent
 * twice under two file or unit names can be spotted. FNV-1a over a canonical JSON (keys sorted, NFC).
 */
import type { UnitReport } from './types';

/** JSON with object keys sorted at every level, strings NFC. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object')
    return JSON.stringify(typeof v === 'string' ? v.normalize('NFC') : v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined)
    .map(([k, x]) => [k.normalize('NFC'), x] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
}

/** 32-bit FNV-1a over the UTF-16 code units of s, from a given offset basis; 8 hex digits. */
export function fnv1a32(s: string, basis = 0x811c9dc5): string {
  let h = basis >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Sum of every number in a value (to tell a report of nothing from a report of figures). */
function figureSum(v: unknown): number {
  if (typeof v === 'number') return Math.abs(v);
  if (v === null || typeof v !== 'object') return 0;
  return Object.values(v as Record<string, unknown>).reduce<number>((s, x) => s + figureSum(x), 0);
}

/**
 * The content key of a report's sections: 16 hex digits (two FNV-1a passes with different bases).
 * '' when the report carries no figure at all (all zero or no section): nothing to call a duplicate.
 */
export function contentKey(sections: Pick<UnitReport, 'tthc' | 'staff' | 'training' | 'reception'>): string {
  const figures = {
    tthc: sections.tthc,
    staff: sections.staff,
    training: sections.training,
    reception: sections.reception,
  };
  if (figureSum(figures) === 0) return '';
  const json = canonicalJson(figures);
  return fnv1a32(json) + fnv1a32(json, 0x050c5d1f);
}
