import { memoize } from '../../../src/core/text/memo';

function counting(): { fn: (s: string) => string; calls: () => number } {
  let n = 0;
  return { fn: (s) => (n++, s.toUpperCase()), calls: () => n };
}

describe('memoize', () => {
  test('computes a repeated string once', () => {
    const c = counting();
    const f = memoize(c.fn, 8);
    for (let i = 0; i < 100; i++) expect(f('quá hạn')).toBe('QUÁ HẠN');
    expect(c.calls()).toBe(1);
  });

  test('does not remember strings longer than maxLength', () => {
    const c = counting();
    const f = memoize(c.fn, 8, 4);
    f('abcdef');
    f('abcdef');
    expect(c.calls()).toBe(2);
  });

  test('follows a new working set once full, when it has been useful', () => {
    const c = counting();
    const f = memoize(c.fn, 4);
    for (let round = 0; round < 10; round++) for (const s of ['a', 'b', 'c', 'd']) f(s); // full and useful
    for (let round = 0; round < 10; round++) for (const s of ['w', 'x', 'y', 'z']) f(s); // new labels
    const before = c.calls();
    for (const s of ['w', 'x', 'y', 'z']) f(s);
    expect(c.calls()).toBe(before); // cached now
  });

  test('stops growing on a stream of unique strings, still answering correctly', () => {
    const c = counting();
    const f = memoize(c.fn, 4);
    for (let i = 0; i < 1000; i++) expect(f(`hs-${i}`)).toBe(`HS-${i}`);
    expect(c.calls()).toBe(1000);
  });
});
