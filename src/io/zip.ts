/**
 * Reads a zip archive's central directory (and each entry's local header) without unpacking anything,
 * so the reader can refuse zip bombs and oversized workbooks before the spreadsheet library allocates.
 * Pure TypeScript over Uint8Array; browser-safe.
 */
import { inflateRaw, inflateRawScan, InflateError } from './inflate';

export interface ZipEntry {
  name: string;
  /** General-purpose flags from the central directory (bit 0 = encrypted, bit 3 = data descriptor). */
  flags: number;
  /** 0 = stored, 8 = deflated. */
  method: number;
  compressedSize: number;
  /** The larger of the sizes declared by the central directory and the local header. */
  uncompressedSize: number;
  /**
   * The size the local header declares (0 when the entry keeps its sizes in a data descriptor after the data).
   * SheetJS sizes its output buffer by this value and, when it is 0, grows the buffer for as long as the data lasts.
   */
  localUncompressedSize: number;
  localHeaderOffset: number;
  /** Offset of the entry's data, just after its local header. */
  dataOffset: number;
  /** Offset of the entry's record in the central directory. */
  centralOffset: number;
  /** Sizes or offset came from zip64 extra fields. */
  zip64: boolean;
}

export type ZipProblem =
  /** No end-of-central-directory record: cut short or not a zip at all. */
  | 'truncated'
  /** Records point outside the file or have wrong signatures. */
  | 'corrupt';

export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem; detail: string };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;

export function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
export function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)
  );
}

const utf8 = new TextDecoder('utf-8');

function findEocd(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= min; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

/** Zip64 extended information (header id 0x0001): values present only for fields saturated at 0xFFFFFFFF. */
function zip64Extra(
  b: Uint8Array,
  start: number,
  end: number,
  want: { usize: boolean; csize: boolean; offset: boolean },
): { usize?: number; csize?: number; offset?: number } {
  let p = start;
  while (p + 4 <= end) {
    const id = u16(b, p);
    const size = u16(b, p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const r: { usize?: number; csize?: number; offset?: number } = {};
      if (want.usize && q + 8 <= p + 4 + size) {
        r.usize = u64(b, q);
        q += 8;
      }
      if (want.csize && q + 8 <= p + 4 + size) {
        r.csize = u64(b, q);
        q += 8;
      }
      if (want.offset && q + 8 <= p + 4 + size) {
        r.offset = u64(b, q);
        q += 8;
      }
      return r;
    }
    p += 4 + size;
  }
  return {};
}

export function listZipEntries(b: Uint8Array): ZipListing {
  const eocd = findEocd(b);
  if (eocd < 0) return { ok: false, problem: 'truncated', detail: 'no end of central directory' };
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== SIG_EOCD64_LOCATOR)
      return { ok: false, problem: 'corrupt', detail: 'zip64 locator missing' };
    const rec = u64(b, loc + 8);
    if (rec + 56 > b.length || u32(b, rec) !== SIG_EOCD64)
      return { ok: false, problem: 'corrupt', detail: 'zip64 record missing' };
    count = u64(b, rec + 32);
    cdSize = u64(b, rec + 40);
    cdOffset = u64(b, rec + 48);
  }
  if (cdOffset + cdSize > b.length)
    return { ok: false, problem: 'truncated', detail: 'central directory beyond end of file' };
  // Each central record is at least 46 bytes: a count that cannot fit is a lie.
  if (count * 46 > cdSize)
    return { ok: false, problem: 'corrupt', detail: 'entry count larger than central directory' };

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== SIG_CENTRAL)
      return { ok: false, problem: 'corrupt', detail: `central record ${i} bad` };
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let csize = u32(b, p + 20);
    let usize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let offset = u32(b, p + 42);
    const nameStart = p + 46;
    if (nameStart + nameLen + extraLen > b.length)
      return { ok: false, problem: 'corrupt', detail: `central record ${i} truncated` };
    const name = utf8.decode(b.subarray(nameStart, nameStart + nameLen));
    const zip64 = usize === 0xffffffff || csize === 0xffffffff || offset === 0xffffffff;
    if (zip64) {
      const z = zip64Extra(b, nameStart + nameLen, nameStart + nameLen + extraLen, {
        usize: usize === 0xffffffff,
        csize: csize === 0xffffffff,
        offset: offset === 0xffffffff,
      });
      if (z.usize !== undefined) usize = z.usize;
      if (z.csize !== undefined) csize = z.csize;
      if (z.offset !== undefined) offset = z.offset;
    }
    // Local header: the spreadsheet library trusts ITS sizes, so take the larger of both declarations.
    if (offset + 30 > b.length || u32(b, offset) !== SIG_LOCAL) {
      return { ok: false, problem: 'truncated', detail: `local header of ${name} missing` };
    }
    const lNameLen = u16(b, offset + 26);
    const lExtraLen = u16(b, offset + 28);
    let lUsize = u32(b, offset + 22);
    if (lUsize === 0xffffffff) {
      const z = zip64Extra(b, offset + 30 + lNameLen, offset + 30 + lNameLen + lExtraLen, {
        usize: true,
        csize: true,
        offset: false,
      });
      if (z.usize !== undefined) lUsize = z.usize;
    }
    const dataOffset = offset + 30 + lNameLen + lExtraLen;
    if (dataOffset + csize > b.length)
      return { ok: false, problem: 'truncated', detail: `data of ${name} beyond end of file` };
    entries.push({
      name,
      flags,
      method,
      compressedSize: csize,
      uncompressedSize: Math.max(usize, lUsize),
      localUncompressedSize: lUsize,
      localHeaderOffset: offset,
      dataOffset,
      centralOffset: p,
      zip64: zip64 || u32(b, offset + 18) === 0xffffffff || u32(b, offset + 22) === 0xffffffff,
    });
    p = nameStart + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}

/**
 * Unpacks at most `maxBytes` of one entry. Returns null when the entry cannot be read
 * (encrypted, unknown method, corrupt data); callers treat that as "no information", never as a crash.
 */
export function readZipEntryPrefix(b: Uint8Array, e: ZipEntry, maxBytes: number): Uint8Array | null {
  if (e.flags & 1) return null;
  const data = b.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  if (e.method === 0) return data.subarray(0, Math.min(maxBytes, data.length));
  if (e.method !== 8) return null;
  try {
    return inflateRaw(data, maxBytes).out;
  } catch (err) {
    if (err instanceof InflateError) return null;
    throw err;
  }
}

/**
 * Unpacks one deflated entry the way SheetJS does (from its data to the end of the file, whatever the declared
 * compressed size), handing the output to `onChunk` without keeping it, and stops after `maxBytes`.
 * Returns the bytes produced and whether the data ended; null when the data is not valid DEFLATE.
 * Stored entries are handed over as they are.
 */
export function scanZipEntry(
  b: Uint8Array,
  e: ZipEntry,
  maxBytes: number,
  onChunk?: (chunk: Uint8Array) => boolean | void,
): { total: number; complete: boolean } | null {
  if (e.flags & 1) return null;
  if (e.method === 0) {
    const data = b.subarray(e.dataOffset, e.dataOffset + Math.min(e.compressedSize, maxBytes));
    if (onChunk) onChunk(data);
    return { total: data.length, complete: data.length === e.compressedSize };
  }
  if (e.method !== 8) return null;
  try {
    return inflateRawScan(b.subarray(e.dataOffset), maxBytes, onChunk);
  } catch (err) {
    if (err instanceof InflateError) return null;
    throw err;
  }
}

export function findEntry(entries: ZipEntry[], name: string): ZipEntry | undefined {
  const lower = name.toLowerCase();
  return entries.find((e) => e.name.toLowerCase() === lower || e.name.toLowerCase() === '/' + lower);
}
