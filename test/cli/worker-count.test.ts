/** How many reading workers a CLI run uses (read-pool.ts, defaultWorkerCount). */
import { defaultWorkerCount } from '../../src/cli/read-pool';

test('a run reads with one worker per processor but one (at least one, at most four, at most one per file)', () => {
  expect([1, 2, 3, 4, 8, 16].map((p) => defaultWorkerCount(50, p))).toEqual([1, 1, 2, 3, 4, 4]);
  expect(defaultWorkerCount(2, 8)).toBe(2);
  expect(defaultWorkerCount(1, 8)).toBe(1);
  expect(defaultWorkerCount(0, 8)).toBe(1);
});
