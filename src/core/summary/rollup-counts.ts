import { foldKey } from '../text';
import { emptyCounts, type TthcCounts } from '../tthc/types';

/** Counts summed over the periods (the flows); the stocks are taken from the first or last period. */
const SUMMED: readonly (keyof TthcCounts)[] = ['online', 'inPerson', 'resolved', 'early', 'onTime', 'late'];

/**
 * One unit's (or field's) dossier counts over consecutive periods (ghép kỳ), in period order, `undefined` where
 * it has none (taken as 0): carried over from the first period, pending and pending overdue from the last,
 * the flows summed, received = carried over + online + in person (docs/interfaces.md §5).
 */
export function rollCounts(parts: readonly (TthcCounts | undefined)[]): TthcCounts {
  const out = emptyCounts();
  for (const p of parts) if (p) for (const k of SUMMED) out[k] += p[k];
  out.carriedOver = parts[0]?.carriedOver ?? 0;
  out.pending = parts[parts.length - 1]?.pending ?? 0;
  out.pendingOverdue = parts[parts.length - 1]?.pendingOverdue ?? 0;
  out.received = out.carriedOver + out.online + out.inPerson;
  return out;
}

/** Fields by name across the periods, each rolled with rollCounts (a field absent in a period counts 0 there). */
export function rollByField(
  parts: readonly (Readonly<Record<string, TthcCounts>> | undefined)[],
): Record<string, TthcCounts> {
  // Names matched ignoring case and diacritics; the first spelling is shown.
  const names = new Map<string, string>();
  for (const p of parts) for (const f of Object.keys(p ?? {})) if (!names.has(foldKey(f))) names.set(foldKey(f), f);
  const find = (p: Readonly<Record<string, TthcCounts>> | undefined, key: string): TthcCounts | undefined =>
    p ? Object.entries(p).find(([f]) => foldKey(f) === key)?.[1] : undefined;
  const out: Record<string, TthcCounts> = {};
  for (const [key, name] of names) out[name] = rollCounts(parts.map((p) => find(p, key)));
  return out;
}
