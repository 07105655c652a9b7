import { assignBest } from '../../../src/core/text/assignment';

describe('assignBest', () => {
  test('finds the best total, not the greedy first choice', () => {
    // Greedy would give row 0 column 0 (0.9) and leave row 1 with 0.1; the best total is 0.8 + 0.85.
    const score = [
      [0.9, 0.8],
      [0.85, 0.1],
    ];
    expect(assignBest(score, 0.05)).toEqual([1, 0]);
  });

  test('uses each column once and leaves rows without a good enough column unassigned', () => {
    const score = [
      [1, 0.2, 0],
      [1, 0.3, 0],
      [0, 0, 0.4],
    ];
    expect(assignBest(score, 0.5)).toEqual([0, -1, -1]);
  });

  test('handles more rows than columns and empty input', () => {
    expect(assignBest([[0.6], [0.9], [0.7]], 0.5)).toEqual([-1, 0, -1]);
    expect(assignBest([], 0.5)).toEqual([]);
    expect(assignBest([[], []], 0.5)).toEqual([-1, -1]);
  });
});
