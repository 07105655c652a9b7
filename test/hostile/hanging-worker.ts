/**
 * A reading worker whose reader never finishes on a file named treo*.xlsx (tệp "treo": it hangs), and reads every
 * other file as the real worker does. Tests hand it to the pool (jest.mock of src/cli/worker-entry) to check the
 * per-file time limit with an input made to hang, not with a stopwatch.
 */
import { parentPort } from 'worker_threads';
import { serve } from '../../src/cli/parse-worker';
import { readUnitFile } from '../../src/io/read-unit-file';

export const HANGS = /^treo/;

if (parentPort) {
  serve(parentPort, (bytes, file, opts) => {
    // A busy loop, like a parser stuck on crafted input: only terminating the worker ends it.
    if (HANGS.test(file)) for (;;);
    return readUnitFile(bytes, file, opts);
  });
}
