/**
 * Fields of procedures (lĩnh vực TTHC) by any of their names: `Lĩnh vực Đo lường`, `Đo lường` and `TC-ĐL-CL`
 * all give `Tiêu chuẩn đo lường chất lượng`. Names are compared folded (case, diacritics, Unicode form and
 * punctuation ignored), with a leading «Lĩnh vực» and a leading row number ignored.
 */
import { foldKey } from '../text/normalize';
import type { NamedEntry } from './types';

const LEADING = /^(?:\d+\s+)?(?:linh vuc\s+)?/;

/** The key a field or unit name is compared by. */
export function fieldKey(s: string): string {
  return foldKey(s).replace(LEADING, '');
}

export interface Resolved {
  /** The canonical name, or the text itself (cleaned) when it is not in the list. */
  name: string;
  known: boolean;
}

export type NameResolver = (text: string) => Resolved;

const resolvers = new WeakMap<readonly NamedEntry[], NameResolver>();

/** A resolver for a list of entries, built once per list. */
export function nameResolver(entries: readonly NamedEntry[]): NameResolver {
  const hit = resolvers.get(entries);
  if (hit) return hit;
  const index = new Map<string, string>();
  for (const e of entries) {
    for (const w of [e.name, ...e.synonyms]) {
      const key = fieldKey(w);
      if (key !== '' && !index.has(key)) index.set(key, e.name);
    }
  }
  const resolve: NameResolver = (text) => {
    const name = index.get(fieldKey(text));
    return name === undefined ? { name: text.normalize('NFC').trim(), known: false } : { name, known: true };
  };
  resolvers.set(entries, resolve);
  return resolve;
}
