/**
 * Writes a zip archive (the package of an .xlsx) from its parts, compressing each part once.
 * Browser-safe: the deflater is pluggable — node:zlib in the CLI, the platform's CompressionStream elsewhere
 * (parts are stored uncompressed where there is neither). Times are fixed, so the same parts give the same bytes.
 */

export interface ZipPart {
  name: string;
  data: Uint8Array;
}

/** Raw DEFLATE (no zlib header) of `data`. */
export type Deflater = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

async function streamDeflater(data: Uint8Array): Promise<Uint8Array> {
  const cs = new CompressionStream('deflate-raw');
  const writer = cs.writable.getWriter();
  // Written and read at once: the stream holds little, so writing first and reading after would wait forever.
  const [, , out] = await Promise.all([
    writer.write(data as Uint8Array<ArrayBuffer>),
    writer.close(),
    new Response(cs.readable).arrayBuffer(),
  ]);
  return new Uint8Array(out);
}

/** CompressionStream when it knows raw DEFLATE (browsers before 2023 know only 'deflate' and 'gzip'), else none. */
function platformDeflater(): Deflater | null {
  if (typeof CompressionStream !== 'function') return null;
  try {
    new CompressionStream('deflate-raw');
    return streamDeflater;
  } catch {
    return null;
  }
}

let deflater: Deflater | null | undefined;

/** The CLI installs node:zlib's deflater; null restores the platform's. */
export function useDeflater(fn: Deflater | null): void {
  deflater = fn ?? undefined;
}

let crcTable: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const t = crcTable;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = t[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date of 1 January 1980, 00:00 (the earliest a zip can say): the same bytes on every run. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Bit 11: names are UTF-8. */
const FLAGS = 0x0800;

const utf8 = new TextEncoder();

/** Parts larger than this cannot go in a plain (non-zip64) archive; an .xlsx of a summary is far below it. */
const MAX_PLAIN = 0xffffffff;

/** The zip archive of `parts`, in their order; each part deflated unless that does not make it smaller. */
export async function writeZip(parts: ZipPart[]): Promise<Uint8Array> {
  if (parts.length > 0xffff) throw new Error('zip: too many parts');
  const deflate = deflater === undefined ? platformDeflater() : deflater;
  const entries: Array<{ name: Uint8Array; crc: number; method: number; body: Uint8Array; size: number }> = [];
  for (const p of parts) {
    if (p.data.length >= MAX_PLAIN) throw new Error(`zip: part ${p.name} too large for an archive`);
    const packed = deflate && p.data.length > 0 ? await deflate(p.data) : null;
    const deflated = packed !== null && packed.length < p.data.length;
    entries.push({
      name: utf8.encode(p.name),
      crc: crc32(p.data),
      method: deflated ? 8 : 0,
      body: deflated ? packed : p.data,
      size: p.data.length,
    });
  }
  let total = 22;
  for (const e of entries) total += 30 + 46 + 2 * e.name.length + e.body.length;
  if (total >= MAX_PLAIN) throw new Error('zip: archive too large');
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, FLAGS, true);
    view.setUint16(at + 8, e.method, true);
    view.setUint16(at + 10, DOS_TIME, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.body.length, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, e.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(e.name, at + 30);
    out.set(e.body, at + 30 + e.name.length);
    at += 30 + e.name.length + e.body.length;
  }
  const centralStart = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, FLAGS, true);
    view.setUint16(at + 10, e.method, true);
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.body.length, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, e.name.length, true);
    // Extra field, comment, disk number, internal and external attributes: all zero.
    view.setUint32(at + 42, offsets[i], true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
