/** node:zlib as the fast workbook reader's inflater in the CLI (the pure TypeScript one serves the browser). */
import { getHeapStatistics } from 'v8';
import * as zlib from 'zlib';
import { useInflater, useMemoryCheck, type Inflater } from '../io/xlsx-fast/read-xlsx';

export const nodeInflater: Inflater = (input, maxOut) => {
  const r = zlib.inflateRawSync(input, { maxOutputLength: maxOut, info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
  const out = r.buffer;
  return { out: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), consumed: r.engine.bytesWritten };
};

/** Makes the fast reader use node:zlib in this thread (the main thread and each reading worker). */
export function installNodeInflater(): void {
  useInflater(nodeInflater);
  useMemoryCheck((bytes) => {
    const h = getHeapStatistics();
    return h.used_heap_size + bytes < h.heap_size_limit;
  });
}
