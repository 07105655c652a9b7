/** node:zlib as the fast workbook reader's inflater in the CLI (the pure TypeScript one serves the browser). */
import { getHeapStatistics } from 'v8';
import * as zlib from 'zlib';
import { isAscii, isUtf8 } from 'buffer';
import {
  useInflater,
  useMemoryCheck,
  useUtf8Decoder,
  type Inflater,
  type Utf8Decoder,
} from '../io/xlsx-fast/read-xlsx';
import { useUtf8Slicer, type Utf8Slicer } from '../io/xlsx-fast/utf8-bytes';

/** Output chunks up to this size: the whole part in one chunk (no joining copy), up to a bound on what is set aside. */
const MAX_CHUNK = 64 * 1024 * 1024;

export const nodeInflater: Inflater = (input, maxOut) => {
  const chunkSize = Math.max(zlib.constants.Z_MIN_CHUNK, Math.min(maxOut, MAX_CHUNK));
  const r = zlib.inflateRawSync(input, { maxOutputLength: maxOut, info: true, chunkSize }) as unknown as {
    buffer: Buffer;
    engine: { bytesWritten: number };
  };
  const out = r.buffer;
  return { out: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), consumed: r.engine.bytesWritten };
};

/** Node's UTF-8 check and decoding, giving what a fatal TextDecoder gives: the text without a leading BOM, or null. */
export const nodeUtf8Decoder: Utf8Decoder = (bytes) => {
  // Pure ASCII (a sheet whose texts are all in the shared strings) reads as Latin-1, several times faster.
  if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!isUtf8(bytes)) return null;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom).toString('utf8');
};

/** Node's Buffer decoding of a part's value texts (about twice as fast as TextDecoder on short texts); a BOM kept. */
export const nodeUtf8Slicer: Utf8Slicer = (bytes) => {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (start, end) => buf.toString('utf8', start, end);
};

/** Makes the fast reader use node:zlib and Node's UTF-8 decoding in this thread (the main thread and each reading worker). */
export function installNodeInflater(): void {
  useInflater(nodeInflater);
  useUtf8Decoder(nodeUtf8Decoder);
  useUtf8Slicer(nodeUtf8Slicer);
  useMemoryCheck((bytes) => {
    const h = getHeapStatistics();
    return h.used_heap_size + bytes < h.heap_size_limit;
  });
}
