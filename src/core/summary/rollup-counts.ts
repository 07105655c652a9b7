import { foldKey } from '../text/normalize';
import { FIGURE_COLUMNS, FIGURE_SUMS } from '../tthc/columns';
import { COUNT_KEYS, emptyCounts, type TthcCounts } from '../tthc/types';

/** The stocks (tồn), taken from the first or the last period (`overPeriods` in tthc-columns.json); the rest are flows. */
const STOCKS = new Map(FIGURE_COLUMNS.flatMap((c) => (c.overPeriods ? [[c.key, c.overPeriods] as const] : [])));
const kept = (f: string): f is keyof TthcCounts => (COUNT_KEYS as readonly string[]).includes(f);
/** Totals whose parts are all kept: worked out again from the rolled parts (received = carried over + new). */
const REBUILT = FIGURE_SUMS.filter((s) => kept(s.total) && s.parts.every(kept));

/**
 * One unit's (or field's) dossier counts over consecutive periods (ghép kỳ), in period order, `undefined` where
 * it has none (taken as 0): each stock from its first or last period (carried over from the first, pending and
 * pending overdue from the last), the flows summed, then each total of kept parts from them: received = carried
 * over + online + in person (docs/interfaces.md §5).
 */
export function rollCounts(parts: readonly (TthcCounts | undefined)[]): TthcCounts {
  const out = emptyCounts();
  for (const k of COUNT_KEYS) {
    const stock = STOCKS.get(k);
    if (stock === 'first') out[k] = parts[0]?.[k] ?? 0;
    else if (stock === 'last') out[k] = parts[parts.length - 1]?.[k] ?? 0;
    else for (const p of parts) if (p) out[k] += p[k];
  }
  for (const s of REBUILT)
    out[s.total as keyof TthcCounts] = s.parts.reduce((n, f) => n + out[f as keyof TthcCounts], 0);
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
