import * as fs from 'fs';
import * as path from 'path';
import { readUnitFile, type ReadUnitOptions } from '../io/read-unit-file';
import { viInt } from '../io/limits';
import { readTimeoutReport, rejectedReport } from '../core/unit/rejected';
import type { UnitReport } from '../core/unit/types';
import type { Progress } from './progress';
import {
  DEFAULT_FILE_TIMEOUT_S,
  DEFAULT_WORKER_HEAP_MB,
  ReadPool,
  defaultWorkerCount,
  type Live,
  type ReadOutcome,
} from './read-pool';
import { installNodeInflater } from './node-inflater';

installNodeInflater();

/** What the CLI passes to the reader of each file (plain data: it crosses into the reading workers). */
export type ReadFilesOptions = Pick<ReadUnitOptions, 'limits' | 'periodFallback' | 'settings'>;

/** How files are read: in workers with a time limit (default), or on the main thread. */
export interface ReadControl {
  /** Per-file time limit in milliseconds; 0 = none. Default 60 s. */
  timeoutMs?: number;
  /** Workers reading in parallel (default: one per processor but one, at most 4, at most one per file). */
  workers?: number;
  /** Heap limit of each worker, MB (default 2048). */
  maxHeapMb?: number;
  /** Read every file on the main thread: no time limit and no crash isolation. */
  inProcess?: boolean;
  /** Told when a file has been read, with its reading time. */
  onFile?: (file: string, ms: number, outcome: ReadOutcome['kind']) => void;
  /** Told (in Vietnamese) when the workers cannot run and files are read on the main thread instead. */
  onNotice?: (message: string) => void;
}

/**
 * Reads each unit file into a UnitReport, in the order given. A file that cannot be opened, takes longer than the
 * time limit, exhausts its worker's memory or crashes the reader becomes a rejected report naming the file; the
 * other files are read as usual. Never throws on bad input.
 */
export async function readUnitFiles(
  files: string[],
  opts: ReadFilesOptions,
  progress: Progress,
  control: ReadControl = {},
): Promise<UnitReport[]> {
  if (files.length === 0) {
    progress.step(0, 0, 'Đã đọc xong');
    return [];
  }
  if (control.inProcess) return readInProcess(files, opts, progress, control);
  const timeoutMs = control.timeoutMs ?? DEFAULT_FILE_TIMEOUT_S * 1000;
  const maxHeapMb = control.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB;
  const pool = new ReadPool({ workers: control.workers ?? defaultWorkerCount(files.length), timeoutMs, maxHeapMb });
  const slots = Math.max(1, Math.min(pool.opts.workers, files.length));
  // Every worker starts loading the reader now, side by side (each takes tens of milliseconds to load).
  const starting = Array.from({ length: slots }, () => pool.spawn());
  for (const s of starting) s.catch(() => undefined); // a later worker's failure is met by its slot
  let first: Live;
  try {
    first = await starting[0];
  } catch (e) {
    for (const s of starting.slice(1))
      s.then(
        (live) => pool.stop(live),
        () => undefined,
      );
    control.onNotice?.(
      `Không khởi động được luồng đọc tệp riêng (${e instanceof Error ? e.message : String(e)}); ` +
        'các tệp được đọc trực tiếp, không có giới hạn thời gian cho mỗi tệp.',
    );
    return readInProcess(files, opts, progress, control);
  }

  const reports: UnitReport[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const slot = async (start: Promise<Live>): Promise<void> => {
    let live: Live | null;
    try {
      live = await start;
    } catch {
      live = null; // started again below, for the slot's first file
    }
    try {
      while (next < files.length) {
        const i = next++;
        const name = path.basename(files[i]);
        progress.step(done, files.length, `Đang đọc ${name}`);
        const bytes = readBytes(files[i]);
        if (!(bytes instanceof Uint8Array)) {
          reports[i] = bytes;
        } else {
          if (live === null) {
            try {
              live = await pool.spawn();
            } catch (e) {
              reports[i] = rejectedReport(
                name,
                'READ_CRASHED',
                `Không khởi động được luồng đọc tệp «${name}» (lỗi: ${e instanceof Error ? e.message : String(e)}); tệp không được tổng hợp.`,
              );
              done++;
              continue;
            }
          }
          const outcome = await pool.run(live, {
            bytes: bytes.buffer as ArrayBuffer,
            file: name,
            limits: opts.limits,
            periodFallback: opts.periodFallback,
            settings: opts.settings,
          });
          if (outcome.kind === 'timeout' || outcome.kind === 'crashed') {
            await pool.stop(live);
            live = null;
          }
          reports[i] = outcomeReport(name, outcome, timeoutMs, maxHeapMb);
          control.onFile?.(name, outcome.ms, outcome.kind);
        }
        done++;
      }
    } finally {
      if (live) await pool.stop(live);
    }
  };
  await Promise.all(starting.map((s, k) => slot(k === 0 ? Promise.resolve(first) : s)));
  progress.step(files.length, files.length, 'Đã đọc xong');
  return reports;
}

/** The former way: every file on the main thread, one after another. */
function readInProcess(
  files: string[],
  opts: ReadFilesOptions,
  progress: Progress,
  control: ReadControl,
): UnitReport[] {
  const reports: UnitReport[] = [];
  files.forEach((file, i) => {
    const name = path.basename(file);
    progress.step(i, files.length, `Đang đọc ${name}`);
    const bytes = readBytes(file);
    if (!(bytes instanceof Uint8Array)) {
      reports.push(bytes);
      return;
    }
    const t0 = Date.now();
    reports.push(readUnitFile(bytes, name, opts));
    control.onFile?.(name, Date.now() - t0, 'report');
  });
  progress.step(files.length, files.length, 'Đã đọc xong');
  return reports;
}

/** The file's bytes in a buffer of their own (so it can be transferred), or a rejected report. */
function readBytes(file: string): Uint8Array | UnitReport {
  try {
    const b = fs.readFileSync(file);
    // A file of its own size (not from Node's small-buffer pool) is used as read, not copied: a copy would leave the
    // original as garbage in this thread while a worker reads a large file.
    return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? new Uint8Array(b.buffer) : new Uint8Array(b);
  } catch (e) {
    const name = path.basename(file);
    return rejectedReport(
      name,
      'FILE_UNREADABLE',
      `Không mở được tệp: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`,
    );
  }
}

/** The UnitReport for one worker outcome: the report itself, or a rejection naming the file. */
export function outcomeReport(name: string, o: ReadOutcome, timeoutMs: number, maxHeapMb: number): UnitReport {
  switch (o.kind) {
    case 'report':
      return o.report;
    case 'timeout':
      return readTimeoutReport(
        name,
        timeoutMs,
        '; nếu tệp đúng là lớn, hãy chạy lại với tùy chọn --file-timeout <số giây> lớn hơn.',
      );
    case 'crashed':
      if (o.memory) {
        return rejectedReport(
          name,
          'READ_OUT_OF_MEMORY',
          `Đọc tệp «${name}» cần quá nhiều bộ nhớ (vượt ${viInt(maxHeapMb)} MB) nên việc đọc bị dừng và tệp không được tổng hợp. ` +
            'Hãy xoá các dòng, cột, hình ảnh thừa hoặc chia nhỏ tệp rồi gửi lại.',
        );
      }
      return rejectedReport(
        name,
        'READ_CRASHED',
        `Luồng đọc tệp «${name}» bị dừng bất thường (lỗi: ${o.detail}); tệp không được tổng hợp. Hãy mở bằng Excel, lưu lại thành .xlsx rồi gửi lại.`,
      );
    case 'failed':
      return rejectedReport(
        name,
        'READ_FAILED',
        `Không đọc được tệp «${name}» do lỗi của chương trình (lỗi: ${o.error}); tệp không được tổng hợp. Hãy gửi tệp này cho người quản trị để sửa lỗi.`,
      );
  }
}
