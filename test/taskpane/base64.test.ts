import { bytesToBase64 } from '../../src/taskpane/base64';

describe('bytesToBase64', () => {
  it.each([0, 1, 2, 3, 1000, 0x8000 - 1, 0x8000, 0x8000 + 1, 3 * 0x8000 + 17, 1_000_003])(
    'matches Node for %i bytes',
    (n) => {
      const bytes = new Uint8Array(n);
      let s = n * 2654435761;
      for (let i = 0; i < n; i++) bytes[i] = (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) >>> 24;
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    },
  );

  it('handles a view into a larger buffer', () => {
    const all = new Uint8Array([9, 9, 1, 2, 3, 9]);
    expect(bytesToBase64(all.subarray(2, 5))).toBe(Buffer.from([1, 2, 3]).toString('base64'));
  });
});
