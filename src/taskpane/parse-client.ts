/**
 * The pane's side of the parsing worker: sends the files one by one (their bytes transferred, not copied),
 * reports progress, collects one report per file in the order given.
 *
 * One file at a time, the next one's bytes loaded while the worker reads the current: at most two files are
 * in memory however many the user picked. A file that cannot be loaded from disk (moved, locked) becomes a
 * rejected report. If the worker dies while reading a file (e.g. out of memory), that file becomes a rejected
 * report and a fresh worker reads the rest; a worker that dies before answering anything could not start at
 * all, and the batch fails with a Vietnamese message.
 *
 * No file can hold the pane forever: reading one file has a time limit (60 s by default, like the CLI's
 * `--file-timeout`), counted from the worker's "reading it now" message so the worker's own start is not
 * charged to the first file. Past the limit the worker is terminated, the file becomes a rejected report
 * (READ_TIMEOUT) and a fresh worker reads the rest. A worker that never answers at all is given up after
 * START_TIMEOUT_MS, as a worker that could not start.
 */
import type { Settings } from '../core/settings/types';
import { rejectedReport } from '../core/unit/rejected';
import type { PeriodInfo, UnitReport } from '../core/unit/types';
import { crashedReport, timeoutReport } from './parse-crash';
import type { ParseReply, ParseRequest } from './parse-protocol';

/** A file to read: its name and a way to get its bytes (File.arrayBuffer in the pane). */
export interface ParseSource {
  name: string;
  load(): Promise<ArrayBuffer>;
}

export interface ParseProgress {
  file: string;
  /** Zero-based index of the file being read. */
  index: number;
  total: number;
}

export interface ParseOptions {
  periodFallback?: PeriodInfo;
  settings?: Settings;
  onProgress?: (p: ParseProgress) => void;
}

/** The part of Worker the client uses (a fake in unit tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((ev: MessageEvent) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
  onmessageerror: ((ev: MessageEvent) => void) | null;
  terminate(): void;
}

export class WorkerStartError extends Error {}

/** Default time limit for reading one file: 60 s, the CLI's `--file-timeout` default (src/cli/read-pool.ts). */
export const DEFAULT_FILE_TIMEOUT_MS = 60_000;

/** How long a worker may take to answer a file with its first message (a new one loads the reader first). */
export const START_TIMEOUT_MS = 120_000;

type Loaded = { ok: true; bytes: ArrayBuffer } | { ok: false; error: unknown };
type ReadOutcome =
  { kind: 'report'; report: UnitReport } | { kind: 'died'; answered: boolean; error: string } | { kind: 'timeout' };

/** The report of a file that could not be loaded from disk. */
export function unloadableReport(file: string, error: unknown): UnitReport {
  // DOMException (NotFoundError, NotReadableError…) names the reason; its message is in English.
  const name = (error as { name?: unknown } | null)?.name;
  const detail = typeof name === 'string' && name !== '' && name !== 'Error' ? name : String(error);
  return rejectedReport(
    file,
    'FILE_UNREADABLE',
    `Không mở được tệp (${detail}): có thể tệp vừa bị chuyển, đổi tên hoặc đang bị chương trình khác khóa. Hãy chọn lại tệp.`,
  );
}

export class ParseClient {
  private worker: WorkerLike | null = null;
  /** Whether the current worker has answered at least once (it started). */
  private answered = false;
  private batch = 0;
  private busy = false;

  /**
   * @param start starts a worker (worker-factory.ts in the pane).
   * @param fileTimeoutMs time limit for reading one file, in ms (default DEFAULT_FILE_TIMEOUT_MS).
   */
  constructor(
    private readonly start: () => WorkerLike,
    private readonly fileTimeoutMs: number = DEFAULT_FILE_TIMEOUT_MS,
  ) {}

  /** Reads the files; resolves with one report per file, in the order given. */
  async parse(sources: readonly ParseSource[], opts: ParseOptions = {}): Promise<UnitReport[]> {
    if (this.busy) throw new Error('ParseClient.parse: a batch is already running');
    this.busy = true;
    const load = (s: ParseSource): Promise<Loaded> =>
      s.load().then(
        (bytes) => ({ ok: true as const, bytes }),
        (error: unknown) => ({ ok: false as const, error }),
      );
    try {
      const reports: UnitReport[] = [];
      let next: Promise<Loaded> | null = sources.length > 0 ? load(sources[0]) : null;
      for (let i = 0; i < sources.length; i++) {
        const loaded = await next!;
        next = i + 1 < sources.length ? load(sources[i + 1]) : null;
        if (!loaded.ok) {
          reports.push(unloadableReport(sources[i].name, loaded.error));
          continue;
        }
        const outcome = await this.readOne(sources[i].name, loaded.bytes, i, sources.length, opts);
        if (outcome.kind === 'report') reports.push(outcome.report);
        else if (outcome.kind === 'timeout') reports.push(timeoutReport(sources[i].name, this.fileTimeoutMs));
        else if (!outcome.answered)
          throw new WorkerStartError(
            `Không khởi động được bộ đọc tệp (${outcome.error}). Hãy đóng rồi mở lại ngăn tác vụ.`,
          );
        else reports.push(crashedReport(sources[i].name, outcome.error));
      }
      return reports;
    } finally {
      this.busy = false;
    }
  }

  /** Stops the worker (a new one starts with the next file). */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.answered = false;
  }

  private readOne(
    name: string,
    bytes: ArrayBuffer,
    index: number,
    total: number,
    opts: ParseOptions,
  ): Promise<ReadOutcome> {
    if (!this.worker) {
      this.worker = this.start();
      this.answered = false;
    }
    const worker = this.worker;
    const batch = ++this.batch;
    return new Promise<ReadOutcome>((resolve) => {
      let report: UnitReport | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = (ms: number, onExpiry: () => void) => {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(onExpiry, ms);
      };
      const finish = (o: ReadOutcome) => {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        worker.onmessage = null;
        worker.onerror = null;
        worker.onmessageerror = null;
        resolve(o);
      };
      const died = (error: string) => {
        const answered = this.answered;
        this.dispose();
        finish({ kind: 'died', answered, error });
      };
      // Until the worker says it is reading the file (a new one first loads the reader): START_TIMEOUT_MS.
      arm(START_TIMEOUT_MS, () => died(`bộ đọc không trả lời sau ${Math.round(START_TIMEOUT_MS / 1000)} giây`));
      worker.onmessage = (ev: MessageEvent) => {
        const m = ev.data as ParseReply;
        if (!m || m.batch !== batch) return;
        this.answered = true;
        if (m.type === 'progress') {
          opts.onProgress?.({ file: m.file, index: m.index, total: m.total });
          // The worker is reading the file now: from here on the file's own time limit runs.
          arm(this.fileTimeoutMs, () => {
            // terminate() stops the worker at once, even in the middle of a synchronous parse.
            this.dispose();
            finish({ kind: 'timeout' });
          });
        } else if (m.type === 'report') {
          report = m.report;
          if (timer !== undefined) clearTimeout(timer);
          timer = undefined;
        } else if (m.type === 'done')
          finish(
            report ? { kind: 'report', report } : { kind: 'died', answered: true, error: 'bộ đọc không trả kết quả' },
          );
      };
      worker.onerror = (ev: ErrorEvent) => {
        ev.preventDefault();
        died(ev.message || 'lỗi không rõ');
      };
      worker.onmessageerror = () => died('không đọc được thông điệp của bộ đọc');
      const req: ParseRequest = {
        type: 'parse',
        batch,
        files: [{ name, bytes }],
        offset: index,
        total,
        periodFallback: opts.periodFallback,
        settings: opts.settings,
      };
      try {
        worker.postMessage(req, [bytes]);
      } catch (e) {
        died(e instanceof Error ? e.message : String(e));
      }
    });
  }
}
