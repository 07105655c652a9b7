/**
 * Inside a reading worker (luồng đọc tệp): bytes in, UnitReport out, one file at a time.
 * Serves only when it is the worker's entry (loaded by the bootstrap in read-pool.ts); importing it elsewhere
 * (the main thread, or a test's worker that wraps the reader) starts nothing.
 */
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { readUnitFile } from '../io/read-unit-file';
import type { ParseReply, ParseRequest } from './read-pool';
import { installNodeInflater } from './node-inflater';

installNodeInflater();

export type ReadOne = (
  bytes: Uint8Array,
  file: string,
  opts: Pick<ParseRequest, 'limits' | 'periodFallback' | 'settings'>,
) => ReturnType<typeof readUnitFile>;

/** Answers every ParseRequest on `port` with `read`'s report, or its error as text. */
export function serve(port: NonNullable<typeof parentPort>, read: ReadOne): void {
  port.on('message', (req: ParseRequest) => {
    const t0 = Date.now();
    let reply: ParseReply;
    try {
      const report = read(new Uint8Array(req.bytes), req.file, {
        limits: req.limits,
        periodFallback: req.periodFallback,
        settings: req.settings,
      });
      reply = { id: req.id, ok: true, report, ms: Date.now() - t0 };
    } catch (e) {
      // A defect of ours on strange input: the file is rejected, the worker stays usable.
      reply = { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e), ms: Date.now() - t0 };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}

const isEntry = (workerData as { entry?: string } | null)?.entry === __filename;
if (!isMainThread && parentPort && isEntry) serve(parentPort, (bytes, file, opts) => readUnitFile(bytes, file, opts));
