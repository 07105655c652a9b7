/** node:zlib as the workbook writer's deflater in the CLI (the pane keeps the browser's CompressionStream). */
import * as zlib from 'zlib';
import { useDeflater, type Deflater } from '../io/zip-write';

/** Level 6, as the writer's zip library used. */
export const nodeDeflater: Deflater = (data) => {
  const out = zlib.deflateRawSync(data, { level: 6 });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};

export function installNodeDeflater(): void {
  useDeflater(nodeDeflater);
}
