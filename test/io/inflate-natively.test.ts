/**
 * The pane's native DEFLATE decoding (DecompressionStream, also in Node): a part is taken only when it unpacks to
 * exactly what the pure inflater gives; everything else is left to the pure inflater, and the reports are the same.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { inflaterWithParts, unpackPartsNatively } from '../../src/io/inflate-natively';
import { DEFAULT_LIMITS } from '../../src/io/limits';
import { readUnitFile } from '../../src/io/read-unit-file';
import { pureInflater, useInflater, type Inflater } from '../../src/io/xlsx-fast/read-xlsx';
import { listZipEntries } from '../../src/io/zip';
import { entriesOf, u8, zipOf } from './helpers';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples', 'don-vi');
const workbooks = fs
  .readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.xlsx'))
  .map((f) => ({ name: f, bytes: u8(fs.readFileSync(path.join(EXAMPLES, f))) }));

afterEach(() => useInflater(null));

test('every deflated part of the example workbooks is unpacked natively, byte for byte as the pure inflater unpacks it', async () => {
  expect(workbooks.length).toBeGreaterThanOrEqual(3);
  for (const { bytes } of workbooks) {
    const parts = await unpackPartsNatively(bytes, DEFAULT_LIMITS);
    const listing = listZipEntries(bytes);
    if (!listing.ok) throw new Error('example is not a zip');
    const deflated = listing.entries.filter((e) => e.method === 8);
    expect(parts.size).toBe(deflated.length);
    for (const e of deflated) {
      const pure = pureInflater(bytes.subarray(e.dataOffset), e.uncompressedSize + 1);
      const native = parts.get(bytes.byteOffset + e.dataOffset)!;
      expect(Buffer.from(native.out).equals(Buffer.from(pure.out))).toBe(true);
      expect(native.consumed).toBe(pure.consumed);
    }
  }
});

test('the reports read with natively unpacked parts equal those read with the pure inflater, which is not asked', async () => {
  for (const { name, bytes } of workbooks) {
    const expected = readUnitFile(bytes, name, {});
    const parts = await unpackPartsNatively(bytes, DEFAULT_LIMITS);
    let asked = 0;
    const counting: Inflater = (input, maxOut) => (asked++, pureInflater(input, maxOut));
    useInflater(inflaterWithParts(parts, counting));
    expect(readUnitFile(bytes, name, {})).toEqual(expected);
    expect(asked).toBe(0);
  }
});

test('parts that would not unpack exactly as declared are left to the pure inflater', async () => {
  const text = Buffer.from('<x>' + 'dữ liệu '.repeat(500) + '</x>');
  const data = zlib.deflateRawSync(text);
  const crc = zlib.crc32(text) >>> 0;
  const odd = {
    'xl/media/cut-short.bin': { data: data.subarray(0, data.length - 4), size: text.length, crc },
    'xl/media/declared-smaller.bin': { data, size: text.length - 1, crc },
    'xl/media/declared-larger.bin': { data, size: text.length + 1, crc },
    'xl/media/not-deflate.bin': { data: Buffer.from([0xff, 0xff, 0xff, 0xff]), size: 10, crc: 0 },
    'xl/media/fine.bin': { data, size: text.length, crc },
  };
  const zip = u8(
    zipOf([
      ...entriesOf(workbooks[0].bytes),
      ...Object.entries(odd).map(([name, deflated]) => ({ name, deflated })),
      { name: 'xl/media/with-descriptor.bin', deflated: { data, size: text.length, crc } },
    ]),
  );
  let listing = listZipEntries(zip);
  if (!listing.ok) throw new Error('not a zip');
  // The last part marked, in the central directory, as followed by a data descriptor (flag bit 3).
  const last = listing.entries[listing.entries.length - 1];
  zip[last.centralOffset + 8] |= 8;
  listing = listZipEntries(zip);
  if (!listing.ok) throw new Error('not a zip');
  expect(listing.entries[listing.entries.length - 1].flags & 8).toBe(8);
  const parts = await unpackPartsNatively(zip, DEFAULT_LIMITS);
  const taken = new Set(listing.entries.filter((e) => parts.has(zip.byteOffset + e.dataOffset)).map((e) => e.name));
  expect(taken.has('xl/media/fine.bin')).toBe(true);
  for (const name of [...Object.keys(odd), 'xl/media/with-descriptor.bin'].filter((n) => n !== 'xl/media/fine.bin'))
    expect(taken.has(name)).toBe(false);
});

test('a workbook the directory checks refuse, or a browser without a native decoder, unpacks nothing ahead', async () => {
  const tooBig = await unpackPartsNatively(workbooks[0].bytes, { ...DEFAULT_LIMITS, maxUnpackedBytes: 1000 });
  expect(tooBig.size).toBe(0);
  const saved = globalThis.DecompressionStream;
  try {
    (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
    let without: typeof import('../../src/io/inflate-natively') | undefined;
    jest.isolateModules(() => {
      without = require('../../src/io/inflate-natively');
    });
    expect(without!.hasNativeInflate()).toBe(false);
    expect((await without!.unpackPartsNatively(workbooks[0].bytes, DEFAULT_LIMITS)).size).toBe(0);
  } finally {
    globalThis.DecompressionStream = saved;
  }
});
