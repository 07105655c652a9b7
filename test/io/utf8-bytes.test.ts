/** The byte scanner's UTF-8 check agrees with a fatal TextDecoder on every range; decoded ranges keep a U+FEFF. */
import { isValidUtf8, utf8Slicer } from '../../src/io/xlsx-fast/utf8-bytes';
import { nodeUtf8Slicer } from '../../src/cli/node-inflater';

const fatal = new TextDecoder('utf-8', { fatal: true });
function decoderAccepts(b: Uint8Array): boolean {
  try {
    fatal.decode(b);
    return true;
  } catch {
    return false;
  }
}

test('isValidUtf8 accepts and refuses exactly what a fatal TextDecoder does, on edge cases and seeded random bytes', () => {
  const cases: number[][] = [
    [...Buffer.from('Số hồ sơ đã giải quyết')],
    [0xef, 0xbb, 0xbf, 0x41],
    [0xc2, 0x80],
    [0xc1, 0xbf], // overlong
    [0xe0, 0x9f, 0xbf], // overlong
    [0xe0, 0xa0, 0x80],
    [0xed, 0x9f, 0xbf],
    [0xed, 0xa0, 0x80], // a surrogate
    [0xef, 0xbf, 0xbf],
    [0xf0, 0x8f, 0xbf, 0xbf], // overlong
    [0xf0, 0x90, 0x80, 0x80],
    [0xf4, 0x8f, 0xbf, 0xbf],
    [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
    [0xf5, 0x80, 0x80, 0x80],
    [0x80],
    [0x41, 0xe1, 0xbb], // cut short
    [0xe1, 0x41, 0x80],
    [],
  ];
  let seed = 2026;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  for (let n = 0; n < 3000; n++) {
    const b: number[] = [];
    for (let i = 0; i < 10; i++) {
      const r = next();
      // Mostly lead and continuation bytes, so that valid sequences occur too.
      b.push(r % 4 === 0 ? 0x41 : r % 4 === 1 ? 0x80 + ((r >> 8) & 0x3f) : 0xc0 + ((r >> 8) & 0x3f));
    }
    cases.push(b);
  }
  let valid = 0;
  for (const c of cases) {
    const bytes = new Uint8Array(c);
    const expected = decoderAccepts(bytes);
    if (expected) valid++;
    expect([c, isValidUtf8(bytes, 0, bytes.length)]).toEqual([c, expected]);
    // A range inside larger bytes: what lies outside it does not count.
    const framed = new Uint8Array([0xff, ...c, 0xe1]);
    expect([c, isValidUtf8(framed, 1, framed.length - 1)]).toEqual([c, expected]);
  }
  expect(valid).toBeGreaterThan(50);
});

test("a decoded range keeps a leading U+FEFF (a character of the value, not a byte order mark), with TextDecoder and with Node's Buffer", () => {
  const bytes = new Uint8Array(Buffer.from('<v>\uFEFFđầu</v>'));
  expect(utf8Slicer(bytes)(3, bytes.length - 4)).toBe('\uFEFFđầu');
  expect(nodeUtf8Slicer(bytes.subarray(1))(2, bytes.length - 5)).toBe('\uFEFFđầu');
});
