import * as zlib from 'zlib';
import { inflateRaw, InflateError } from '../../src/io/inflate';
import { pseudoRandomBytes } from './helpers';

function sheetXml(rows: number): Buffer {
  const parts = ['<worksheet><dimension ref="A1:C' + rows + '"/><sheetData>'];
  for (let r = 1; r <= rows; r++) {
    parts.push(
      `<row r="${r}"><c r="A${r}" t="s"><v>${r % 37}</v></c><c r="B${r}"><v>${(r * 7919) % 100003}</v></c><c r="C${r}"><v>${r / 7}</v></c></row>`,
    );
  }
  parts.push('</sheetData></worksheet>');
  return Buffer.from(parts.join(''), 'utf8');
}

describe('inflateRaw', () => {
  const xml = sheetXml(3000);
  const noise = Buffer.from(pseudoRandomBytes(70_000));
  const mixed = Buffer.concat([xml.subarray(0, 20_000), noise.subarray(0, 30_000), xml.subarray(20_000)]);

  test.each([0, 1, 6, 9])('decodes what zlib deflates at level %i (fixed, dynamic and stored blocks)', (level) => {
    for (const data of [xml, noise, mixed, Buffer.from('a'), Buffer.alloc(0)]) {
      const r = inflateRaw(zlib.deflateRawSync(data, { level }), data.length + 1);
      expect(r.complete).toBe(true);
      expect(Buffer.from(r.out).equals(data)).toBe(true);
    }
  });

  test('decodes fixed-Huffman blocks', () => {
    const data = Buffer.from('Tổng cộng Tổng cộng Tổng cộng');
    const r = inflateRaw(zlib.deflateRawSync(data, { strategy: zlib.constants.Z_FIXED }), 1000);
    expect(Buffer.from(r.out).toString('utf8')).toBe('Tổng cộng Tổng cộng Tổng cộng');
  });

  test('stops at the output cap and says the data is incomplete', () => {
    const r = inflateRaw(zlib.deflateRawSync(xml), 100);
    expect(r.complete).toBe(false);
    expect(r.out.length).toBe(100);
    expect(Buffer.from(r.out).equals(xml.subarray(0, 100))).toBe(true);
  });

  test('a 64 MiB run of zeros is not read past the cap: the stream’s first 1 KB gives the same answer', () => {
    const d = zlib.deflateRawSync(Buffer.alloc(64 * 1024 * 1024)); // 64 MiB → ~64 KB
    const r = inflateRaw(d, 4096);
    expect(r.complete).toBe(false);
    expect(r.out.length).toBe(4096);
    // Had the decoder gone on past the cap, the cut stream would have made it throw (truncated data).
    expect(inflateRaw(d.subarray(0, 1024), 4096)).toEqual(r);
  });

  test('garbage and truncated data throw InflateError, nothing else', () => {
    const d = zlib.deflateRawSync(xml);
    expect(() => inflateRaw(d.subarray(0, d.length >> 1), xml.length)).toThrow(InflateError);
    let threw = 0;
    for (let seed = 1; seed <= 50; seed++) {
      try {
        inflateRaw(pseudoRandomBytes(2000, seed), 1_000_000);
      } catch (e) {
        expect(e).toBeInstanceOf(InflateError);
        threw++;
      }
    }
    expect(threw).toBeGreaterThan(40);
  });
});
