/**
 * Inside a reading worker (luồng đọc tệp): bytes in, UnitReport out, one file at a time.
 * Loaded by the bootstrap in read-pool.ts; does nothing when imported on the main thread.
 */
import { isMainThread, parentPort } from 'worker_threads';
import { readUnitFile } from '../io/read-unit-file';
import type { ParseReply, ParseRequest } from './read-pool';

function serve(port: NonNullable<typeof parentPort>): void {
  port.on('message', (req: ParseRequest) => {
    const t0 = Date.now();
    let reply: ParseReply;
    try {
      const report = readUnitFile(new Uint8Array(req.bytes), req.file, { limits: req.limits, periodFallback: req.periodFallback });
      reply = { id: req.id, ok: true, report, ms: Date.now() - t0 };
    } catch (e) {
      // A defect of ours on strange input: the file is rejected, the worker stays usable.
      reply = { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e), ms: Date.now() - t0 };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}

if (!isMainThread && parentPort) serve(parentPort);
