/**
 * Reading workers for the CLI (luồng đọc tệp): each unit file is parsed in a worker thread, so a file that takes
 * too long is stopped after a time limit and a file that exhausts memory or crashes the parser costs only that
 * file, never the run. A few workers read in parallel and are reused from file to file.
 *
 * The worker runs src/cli/parse-worker: compiled JavaScript when the CLI runs from lib/, or the TypeScript source
 * (transpiled on load with the project's own `typescript`) when the CLI itself runs from source under ts-jest.
 */
import type { Settings } from '../core/settings';
import * as os from 'os';
import { Worker } from 'worker_threads';
import type { PeriodInfo, UnitReport } from '../core/unit/types';
import type { ReadLimits } from '../io/limits';
import { parseWorkerEntry } from './worker-entry';

export interface ParseRequest {
  id: number;
  /** The file's bytes; transferred to the worker, not copied. */
  bytes: ArrayBuffer;
  file: string;
  limits?: Partial<ReadLimits>;
  periodFallback?: PeriodInfo;
  settings?: Settings;
}

export type ParseReply =
  { id: number; ok: true; report: UnitReport; ms: number } | { id: number; ok: false; error: string; ms: number };

export type ReadOutcome =
  | { kind: 'report'; report: UnitReport; ms: number }
  /** readUnitFile threw (a defect on strange input). */
  | { kind: 'failed'; error: string; ms: number }
  | { kind: 'timeout'; ms: number }
  /** The worker died: out of memory, or exited / failed outside readUnitFile. */
  | { kind: 'crashed'; memory: boolean; detail: string; ms: number };

export interface ReadPoolOptions {
  /** Workers reading at the same time. */
  workers: number;
  /** Per-file time limit in milliseconds; 0 = none. */
  timeoutMs: number;
  /** Heap limit of each worker (V8 old generation), MB. */
  maxHeapMb: number;
}

/**
 * Default per-file time limit: 60 s. The largest workbook the limits admit (2,000,000 cells, 12 MB packed) takes
 * 8 s to read in a worker on the 2-core machine the benchmarks run on (12 s with a 1 GB heap); an office PC may be
 * 2–3× slower. 60 s leaves that headroom, while a crafted file that keeps the parser busy (a part that declares
 * 2 KB and inflates to gigabytes decodes at ~3 s per GiB) is stopped within a minute.
 */
export const DEFAULT_FILE_TIMEOUT_S = 60;

/**
 * Default heap limit per worker: 2 GB. Reading a workbook at the 2,000,000-cell limit peaks at about 800 MB of
 * process memory; a file that would need more than 2.5× that is refused rather than allowed to take the machine.
 */
export const DEFAULT_WORKER_HEAP_MB = 2048;

/** At most this many workers, whatever the processor count (each may use up to its heap limit). */
const MAX_WORKERS = 4;

/** How long a worker may take to load the reader before the pool gives up on workers. */
const START_TIMEOUT_MS = 120_000;

/**
 * Workers for a run of `files` files: one per processor but one, at most {@link MAX_WORKERS}, at most one per file.
 * Why one processor is left: a fresh worker spends its first files warming up, and V8 compiles its hot code and
 * collects its garbage on background threads; with every processor busy reading, that work waits, and each worker
 * reads slower for longer. On the 2-core machine the benchmarks run on, one worker consolidated the 50 bench
 * workbooks in 1,373 ms and two in 1,894 ms (medians of 7 alternating runs).
 */
export function defaultWorkerCount(files: number, processors = availableProcessors()): number {
  return Math.max(1, Math.min(files, processors - 1, MAX_WORKERS));
}

function availableProcessors(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * Plain CommonJS run by `new Worker(..., { eval: true })`: loads the worker entry given in workerData, first
 * teaching require() to load .ts files when the entry is TypeScript (tests run the CLI from source). Transpiled
 * files are cached in the temp folder by content, so later workers start without loading the compiler.
 */
const BOOTSTRAP = `
const { workerData } = require('worker_threads');
const entry = workerData.entry;
if (entry.endsWith('.ts') && !require.extensions['.ts']) {
  const fs = require('fs');
  const path = require('path');
  const crypto = require('crypto');
  const tsPath = require.resolve('typescript', { paths: [path.dirname(entry)] });
  const tsVersion = require(path.join(path.dirname(tsPath), '..', 'package.json')).version;
  const cacheDir = path.join(require('os').tmpdir(), 'tonghop-worker-ts');
  let ts = null;
  require.extensions['.ts'] = function (module, filename) {
    const source = fs.readFileSync(filename, 'utf8');
    const key = crypto.createHash('sha256').update(tsVersion + '\0' + filename + '\0' + source).digest('hex');
    const cached = path.join(cacheDir, key + '.js');
    let code;
    try {
      code = fs.readFileSync(cached, 'utf8');
    } catch {
      ts = ts || require(tsPath);
      code = ts.transpileModule(source, { fileName: filename, compilerOptions: {
        module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true,
        resolveJsonModule: true, sourceMap: false, inlineSourceMap: false,
      } }).outputText;
      try {
        fs.mkdirSync(cacheDir, { recursive: true });
        const tmp = cached + '.' + process.pid + '.' + require('worker_threads').threadId + '.tmp';
        fs.writeFileSync(tmp, code);
        fs.renameSync(tmp, cached);
      } catch {}
    }
    module._compile(code, filename);
  };
}
require(entry);
`;

interface Starting {
  worker: Worker;
  /** Settles when the worker has loaded the reader (rejects when it cannot). */
  ready: Promise<void>;
}

/** Starts one reading worker; `ready` settles once it has loaded the reader. */
function startWorker(maxHeapMb: number): Starting {
  const worker = new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { entry: parseWorkerEntry() },
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
  });
  // An 'error' event with no listener would be thrown on the main thread; outcomes are read per job.
  worker.on('error', () => undefined);
  const ready = new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (m: unknown) => {
      if (m && typeof m === 'object' && (m as { ready?: boolean }).ready) {
        cleanup();
        resolve();
      }
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`worker exited (${code}) while starting`));
    };
    const timer = setTimeout(() => {
      cleanup();
      void worker.terminate();
      reject(new Error('worker did not start in time'));
    }, START_TIMEOUT_MS);
    // The worker itself keeps the process alive while it starts; this timer must not (an early worker never taken).
    timer.unref();
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
  // Nobody may be waiting yet (a worker started early): a failure is seen by whoever takes it.
  ready.catch(() => undefined);
  return { worker, ready };
}

/** Workers started by {@link startWorkersEarly}, not yet taken by a pool. */
const early: Array<Starting & { maxHeapMb: number }> = [];

/**
 * Starts the reading workers before the CLI loads the rest of its code (bin/tonghop.js, for the commands that read
 * files: as many as {@link defaultWorkerCount} allows for a run of several files), so that they load the reader
 * while the main thread loads the summary code: on a fresh process both take tens of milliseconds. They do not
 * keep the process alive; the pools with the same heap limit take them, and one never taken ends with the process.
 */
export function startWorkersEarly(count: number, maxHeapMb = DEFAULT_WORKER_HEAP_MB): void {
  for (let i = early.length; i < count; i++) {
    const started = startWorker(maxHeapMb);
    started.worker.unref();
    early.push({ ...started, maxHeapMb });
  }
}

function takeEarlyWorker(maxHeapMb: number): Starting | null {
  const taken = early.shift();
  if (!taken) return null;
  if (taken.maxHeapMb !== maxHeapMb) {
    void taken.worker.terminate();
    return takeEarlyWorker(maxHeapMb);
  }
  taken.worker.ref();
  return taken;
}

/** A started reading worker. */
export interface Live {
  worker: Worker;
}

export class ReadPool {
  private nextId = 1;

  constructor(readonly opts: ReadPoolOptions) {}

  /** Starts one worker and waits until it has loaded the reader; rejects when workers cannot run here. */
  async spawn(): Promise<Live> {
    const started = takeEarlyWorker(this.opts.maxHeapMb) ?? startWorker(this.opts.maxHeapMb);
    await started.ready;
    return { worker: started.worker };
  }

  /** Reads one file in `live`'s worker. After a timeout or a crash the worker is gone: the caller spawns another. */
  run(live: Live, req: Omit<ParseRequest, 'id'>): Promise<ReadOutcome> {
    const id = this.nextId++;
    const { worker } = live;
    const t0 = Date.now();
    return new Promise<ReadOutcome>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const done = (o: ReadOutcome) => {
        if (settled) return;
        settled = true;
        if (timer) clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(o);
      };
      const onMessage = (m: ParseReply) => {
        if (!m || m.id !== id) return;
        done(
          m.ok
            ? { kind: 'report', report: m.report, ms: Date.now() - t0 }
            : { kind: 'failed', error: m.error, ms: Date.now() - t0 },
        );
      };
      const onError = (e: Error & { code?: string }) => {
        const memory = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
        done({ kind: 'crashed', memory, detail: e.message, ms: Date.now() - t0 });
      };
      const onExit = (code: number) =>
        done({ kind: 'crashed', memory: false, detail: `luồng đọc thoát với mã ${code}`, ms: Date.now() - t0 });
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      if (this.opts.timeoutMs > 0) {
        timer = setTimeout(() => done({ kind: 'timeout', ms: Date.now() - t0 }), this.opts.timeoutMs);
      }
      try {
        worker.postMessage({ ...req, id } satisfies ParseRequest, [req.bytes]);
      } catch (e) {
        done({ kind: 'crashed', memory: false, detail: e instanceof Error ? e.message : String(e), ms: 0 });
      }
    });
  }

  async stop(live: Live): Promise<void> {
    await live.worker.terminate();
  }
}
