/** Cell texts found again by their bytes: equal bytes find the text kept, other bytes never do. */
import { ByteTexts } from '../../src/io/xlsx-fast/byte-texts';

const enc = (s: string) => new Uint8Array(Buffer.from(s));

test('a text kept for some bytes is found from equal bytes anywhere, and not from other bytes of the same hash', () => {
  const t = new ByteTexts();
  const a = enc('<v>Trực tiếp</v>');
  const key = [3, a.length - 4] as const;
  const h = ByteTexts.hash(a, ...key);
  expect(t.get(a, ...key, h)).toBeUndefined();
  t.set(a, ...key, h, 'Trực tiếp');
  const b = enc('xx<v>Trực tiếp</v>');
  expect(t.get(b, 5, b.length - 4, ByteTexts.hash(b, 5, b.length - 4))).toBe('Trực tiếp');
  // The same hash (forced) for other bytes, shorter and of equal length: not found, then kept beside.
  const c = enc('Trực tiếq');
  expect(t.get(c, 0, c.length, h)).toBeUndefined();
  expect(t.get(c, 0, 3, h)).toBeUndefined();
  t.set(c, 0, c.length, h, 'other');
  expect(t.get(c, 0, c.length, h)).toBe('other');
  expect(t.get(a, ...key, h)).toBe('Trực tiếp');
});

test('texts over 64 bytes are not kept, and past 4,096 texts the table starts again', () => {
  const t = new ByteTexts();
  const long = enc('x'.repeat(65));
  t.set(long, 0, 65, ByteTexts.hash(long, 0, 65), 'long');
  expect(t.get(long, 0, 65, ByteTexts.hash(long, 0, 65))).toBeUndefined();
  const keys = Array.from({ length: 5000 }, (_, i) => enc(`HS-${i}`));
  keys.forEach((k, i) => t.set(k, 0, k.length, ByteTexts.hash(k, 0, k.length), `HS-${i}`));
  const found = keys.map((k) => t.get(k, 0, k.length, ByteTexts.hash(k, 0, k.length)));
  expect(found[0]).toBeUndefined();
  expect(found[4999]).toBe('HS-4999');
  expect(found.filter((f, i) => f !== undefined && f !== `HS-${i}`)).toEqual([]);
});
