/**
 * The browser's own DEFLATE decoder (`DecompressionStream('deflate-raw')`) for the fast workbook reader in the
 * task pane's parsing worker: several times faster than the pure TypeScript inflater, but asynchronous, so a
 * workbook's parts are unpacked ahead of the (synchronous) reading and handed to it by offset.
 *
 * A part is taken only when the native decoder gives exactly what the pure inflater would: valid deflate data
 * within the declared compressed size that unpacks to exactly the declared size. Anything else — a browser
 * without 'deflate-raw' (Safari before 16.4), invalid or cut data, sizes that disagree, a part with a data
 * descriptor (whose check needs where the deflate data really ends, which a stream does not tell) — is left to
 * the pure inflater, which also gives every refusal, so nothing a user sees depends on which decoder ran.
 */
import type { ReadLimits } from './limits';
import { zipFacts } from './preflight';
import type { Inflater } from './xlsx-fast/read-xlsx';
import { looksLikeZip } from './zip';

/**
 * Unpacked parts by the absolute offset of their data in the workbook's bytes. `consumed` is the declared
 * compressed size: the reader looks at it only for parts with a data descriptor, which are never taken here.
 */
export type UnpackedParts = Map<number, { out: Uint8Array; consumed: number }>;

let support: boolean | null = null;

/** Whether this browser (or Node) has a raw-DEFLATE DecompressionStream. */
export function hasNativeInflate(): boolean {
  if (support === null) {
    try {
      new DecompressionStream('deflate-raw');
      support = true;
    } catch {
      support = false;
    }
  }
  return support;
}

/**
 * Unpacks `data` with the native decoder into at most `size` bytes; null when it fails or the result is not
 * exactly `size` bytes long (reading stops as soon as it would be longer).
 */
async function unpackExactly(data: Uint8Array, size: number): Promise<Uint8Array | null> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Failures show on the reading side; these promises only must not go unhandled.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const out = new Uint8Array(size);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > size) {
        await reader.cancel();
        return null;
      }
      out.set(value, length);
      length += value.length;
    }
  } catch {
    return null;
  }
  return length === size ? out : null;
}

/**
 * The workbook's deflated parts unpacked by the native decoder, keyed by where their data starts in `bytes`
 * (absolute byte offset); empty when `bytes` is not an .xlsx the reader's directory checks let through (sizes,
 * ratios, entry count: what they refuse is refused by the reader itself, before anything is allocated) or the
 * browser has no native decoder.
 */
export async function unpackPartsNatively(bytes: Uint8Array, limits: ReadLimits): Promise<UnpackedParts> {
  const parts: UnpackedParts = new Map();
  if (!hasNativeInflate() || !looksLikeZip(bytes)) return parts;
  const facts = zipFacts(bytes, limits);
  if (!facts.ok || facts.kind !== 'xlsx') return parts;
  for (const e of facts.entries) {
    if (e.method !== 8 || e.compressedSize === 0 || (e.flags & 8) !== 0) continue;
    const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    if (data.length !== e.compressedSize) continue;
    const out = await unpackExactly(data, e.uncompressedSize);
    if (out !== null) parts.set(bytes.byteOffset + e.dataOffset, { out, consumed: e.compressedSize });
  }
  return parts;
}

/**
 * An inflater that answers from `parts` when asked for one of them (the reader passes the workbook's bytes from
 * the part's data onwards) with room for its whole output, and asks `fallback` otherwise.
 */
export function inflaterWithParts(parts: UnpackedParts, fallback: Inflater): Inflater {
  return (input, maxOut) => {
    const known = parts.get(input.byteOffset);
    if (known && known.out.length <= maxOut) return known;
    return fallback(input, maxOut);
  };
}
