import * as zlib from 'zlib';
import JSZip from 'jszip';
import { listZipEntries, readZipEntryPrefix } from '../../src/io/zip';
import { crc32, useDeflater, writeZip, type ZipPart } from '../../src/io/zip-write';

const enc = new TextEncoder();

/** Bytes from a xorshift generator: nothing for DEFLATE to find. */
function noise(n: number): Uint8Array {
  let x = 2463534242;
  return Uint8Array.from({ length: n }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x & 0xff;
  });
}
const PARTS: ZipPart[] = [
  { name: '[Content_Types].xml', data: enc.encode('<Types>' + '<Default Extension="xml"/>'.repeat(200) + '</Types>') },
  { name: 'xl/Tên có dấu.xml', data: enc.encode('<t>Sở Khoa học và Công nghệ</t>') },
  // Random bytes do not shrink: the part is stored as it is.
  { name: 'xl/media/noise.bin', data: noise(4096) },
  { name: 'xl/empty.xml', data: new Uint8Array(0) },
];

afterEach(() => useDeflater(null));

/** Each entry of `zip` by name: its method and its unpacked bytes, read by the project's own zip reader. */
function entries(zip: Uint8Array): Map<string, { method: number; data: Uint8Array }> {
  const listing = listZipEntries(zip);
  if (!listing.ok) throw new Error(listing.detail);
  return new Map(
    listing.entries.map((e) => [e.name, { method: e.method, data: readZipEntryPrefix(zip, e, 1 << 20)! }]),
  );
}

test('crc32 gives the standard check value of "123456789"', () => {
  expect(crc32(enc.encode('123456789'))).toBe(0xcbf43926);
});

describe.each([
  ['node:zlib', (d: Uint8Array) => new Uint8Array(zlib.deflateRawSync(d))],
  ['the platform CompressionStream', null],
])('writeZip with %s', (_name, deflater) => {
  beforeEach(() => useDeflater(deflater));

  test('JSZip reads every part back, its CRC-32 checked, in the order given', async () => {
    const zip = await JSZip.loadAsync(await writeZip(PARTS), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(PARTS.map((p) => p.name));
    for (const p of PARTS) expect(await zip.file(p.name)!.async('uint8array')).toEqual(p.data);
  });

  test('text parts are deflated, a part that would not shrink is stored', async () => {
    const got = entries(await writeZip(PARTS));
    expect(got.get('[Content_Types].xml')!.method).toBe(8);
    expect(got.get('xl/media/noise.bin')!.method).toBe(0);
    expect(got.get('xl/empty.xml')!.method).toBe(0);
    for (const p of PARTS) expect(got.get(p.name)!.data).toEqual(p.data);
  });

  test('the same parts give the same bytes (fixed times)', async () => {
    expect(await writeZip(PARTS)).toEqual(await writeZip(PARTS));
  });
});

test('without any deflater every part is stored, and still read back', async () => {
  const saved = globalThis.CompressionStream;
  try {
    (globalThis as { CompressionStream?: unknown }).CompressionStream = undefined;
    const zip = await writeZip(PARTS);
    const got = entries(zip);
    for (const p of PARTS) expect(got.get(p.name)).toEqual({ method: 0, data: p.data });
    const back = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect(await back.file('xl/Tên có dấu.xml')!.async('string')).toBe('<t>Sở Khoa học và Công nghệ</t>');
  } finally {
    globalThis.CompressionStream = saved;
  }
});

test("a CompressionStream without 'deflate-raw' (older browsers): every part is stored, and still read back", async () => {
  const saved = globalThis.CompressionStream;
  try {
    globalThis.CompressionStream = class extends saved {
      constructor(format: CompressionFormat) {
        if (format === 'deflate-raw') throw new TypeError('Unsupported compression format');
        super(format);
      }
    };
    const got = entries(await writeZip(PARTS));
    for (const p of PARTS) expect(got.get(p.name)).toEqual({ method: 0, data: p.data });
  } finally {
    globalThis.CompressionStream = saved;
  }
});

test('an archive of no parts is an empty zip', async () => {
  const zip = await writeZip([]);
  expect(zip.length).toBe(22);
  expect(listZipEntries(zip)).toEqual({ ok: true, entries: [] });
});
