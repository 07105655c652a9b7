/**
 * Best one-to-one assignment (Hungarian algorithm, O(n²m)): rows to columns maximising the total
 * score. Used so that a header column serves one field only and the overall best reading wins,
 * rather than whichever field happened to be matched first.
 */

/**
 * `score[i][j]` ≥ 0 is how well row i fits column j. Returns, for each row, its column or -1.
 * Pairs scoring below `minScore` are never returned.
 */
export function assignBest(score: readonly (readonly number[])[], minScore: number): number[] {
  const rows = score.length;
  const cols = rows === 0 ? 0 : score[0].length;
  const result = new Array<number>(rows).fill(-1);
  if (rows === 0 || cols === 0) return result;
  const transposed = rows > cols;
  const n = transposed ? cols : rows; // the algorithm needs n ≤ m
  const m = transposed ? rows : cols;
  // Pairs under the threshold cost as much as leaving the row unassigned.
  const cost = (i: number, j: number): number => {
    const s = transposed ? score[j][i] : score[i][j];
    return s >= minScore ? -s : 0;
  };

  // Plain arrays: these are a dozen numbers long, and a typed array's separate backing store costs more to allocate.
  const u = filled(n + 1, 0);
  const v = filled(m + 1, 0);
  const p = filled(m + 1, 0); // p[j]: row (1-based) assigned to column j
  const way = filled(m + 1, 0);
  const minv = filled(m + 1, Infinity);
  const used = filled(m + 1, 0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }

  for (let j = 1; j <= m; j++) {
    if (p[j] === 0) continue;
    const a = p[j] - 1;
    const b = j - 1;
    const [row, col] = transposed ? [b, a] : [a, b];
    if (score[row][col] >= minScore) result[row] = col;
  }
  return result;
}

function filled(n: number, value: number): number[] {
  return new Array<number>(n).fill(value);
}
