/**
 * The pane's side of the worker, against a fake worker that runs the real batch code asynchronously:
 * order, progress, transferred buffers, and what happens when a worker dies.
 */
import type { UnitReport } from '../../src/core/unit/types';
import { ParseClient, WorkerStartError, type ParseSource, type WorkerLike } from '../../src/taskpane/parse-client';
import { parseBatch, type ReadFn } from '../../src/taskpane/parse-files';
import type { ParseRequest } from '../../src/taskpane/parse-protocol';

const fakeRead: ReadFn = (bytes, file) => ({
  file,
  name: `Đơn vị ${file}`,
  period: { label: '', from: null, to: null },
  findings: [],
  status: 'valid',
  contentKey: String(bytes[0]),
});

/** A worker double: replies on later ticks; `dieOn(file)` makes it die when it reaches that file. */
class FakeWorker implements WorkerLike {
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  onmessageerror: ((ev: MessageEvent) => void) | null = null;
  terminated = false;
  transfers: Transferable[][] = [];
  requests: ParseRequest[] = [];

  constructor(private readonly die: { file?: string; atStart?: boolean } = {}) {}

  postMessage(message: unknown, transfer: Transferable[]): void {
    const req = message as ParseRequest;
    this.requests.push(req);
    this.transfers.push(transfer);
    const replies: unknown[] = [];
    let died = false;
    let batch: Promise<void> = Promise.resolve();
    if (this.die.atStart) died = true;
    else {
      batch = parseBatch(
        req,
        (m) => {
          if (died) return;
          replies.push(m);
          if (m.type === 'progress' && m.file === this.die.file) {
            died = true;
            throw new Error('stop');
          }
        },
        fakeRead,
      ).catch(() => {
        // the "worker" died in the middle of the batch
      });
    }
    let i = 0;
    const step = () => {
      if (this.terminated) return;
      if (i < replies.length) {
        this.onmessage?.({ data: replies[i++] } as MessageEvent);
        setTimeout(step, 0);
      } else if (died) {
        const ev = {
          message: 'Out of memory',
          type: 'error',
          defaultPrevented: false,
          preventDefault() {
            this.defaultPrevented = true;
          },
        };
        this.onerror?.(ev as unknown as ErrorEvent);
      }
    };
    void batch.then(() => setTimeout(step, 0));
  }

  terminate(): void {
    this.terminated = true;
  }
}

const sources = (names: string[]): ParseSource[] =>
  names.map((name, i) => ({ name, load: () => Promise.resolve(new Uint8Array([i + 1, 0, 0]).buffer) }));

describe('ParseClient', () => {
  it('returns one report per file in order, reports progress and transfers each buffer', async () => {
    const w = new FakeWorker();
    let started = 0;
    const client = new ParseClient(() => (started++, w));
    const progress: string[] = [];
    const reports = await client.parse(sources(['a.xlsx', 'b.xlsx', 'c.xlsx']), {
      onProgress: (p) => progress.push(`${p.index + 1}/${p.total} ${p.file}`),
    });
    expect(reports.map((r) => [r.file, r.name, r.contentKey])).toEqual([
      ['a.xlsx', 'Đơn vị a.xlsx', '1'],
      ['b.xlsx', 'Đơn vị b.xlsx', '2'],
      ['c.xlsx', 'Đơn vị c.xlsx', '3'],
    ]);
    expect(progress).toEqual(['1/3 a.xlsx', '2/3 b.xlsx', '3/3 c.xlsx']);
    // One file per request, its buffer transferred, numbered in the whole selection.
    expect(w.requests.map((r) => [r.files.map((f) => f.name), r.offset, r.total])).toEqual([
      [['a.xlsx'], 0, 3],
      [['b.xlsx'], 1, 3],
      [['c.xlsx'], 2, 3],
    ]);
    w.requests.forEach((r, i) => expect(w.transfers[i]).toEqual([r.files[0].bytes]));
    // The worker is kept for the next batch (SheetJS stays loaded).
    await client.parse(sources(['d.xlsx']));
    expect(started).toBe(1);
    expect(new Set(w.requests.map((r) => r.batch)).size).toBe(4);
  });

  it('loads the next file while the worker reads the current one, never more than two at once', async () => {
    let loading = 0;
    let maxLoaded = 0;
    const loaded: string[] = [];
    const w = new FakeWorker();
    const client = new ParseClient(() => w);
    const src: ParseSource[] = ['a', 'b', 'c', 'd'].map((n, i) => ({
      name: `${n}.xlsx`,
      load: async () => {
        loaded.push(n);
        loading = loaded.length - w.requests.length;
        maxLoaded = Math.max(maxLoaded, loading);
        return new Uint8Array([i + 1]).buffer;
      },
    }));
    await client.parse(src);
    expect(loaded).toEqual(['a', 'b', 'c', 'd']);
    expect(maxLoaded).toBeLessThanOrEqual(2);
  });

  it('rejects a file that cannot be loaded from disk and goes on', async () => {
    const client = new ParseClient(() => new FakeWorker());
    const src = sources(['a.xlsx', 'b.xlsx', 'c.xlsx']);
    src[1] = { name: 'b.xlsx', load: () => Promise.reject(new DOMException('gone', 'NotFoundError')) };
    const reports = await client.parse(src);
    expect(reports.map((r) => [r.file, r.status])).toEqual([
      ['a.xlsx', 'valid'],
      ['b.xlsx', 'rejected'],
      ['c.xlsx', 'valid'],
    ]);
    expect(reports[1].findings[0]).toMatchObject({
      code: 'FILE_UNREADABLE',
      message: expect.stringMatching(/^Không mở được tệp \(NotFoundError\)/),
    });
  });

  it('rejects the file a dying worker was reading and reads the rest with a new worker', async () => {
    const workers = [new FakeWorker({ file: 'b.xlsx' }), new FakeWorker()];
    let n = 0;
    const client = new ParseClient(() => workers[n++]);
    const reports: UnitReport[] = await client.parse(sources(['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx']));
    expect(reports.map((r) => [r.file, r.status])).toEqual([
      ['a.xlsx', 'valid'],
      ['b.xlsx', 'rejected'],
      ['c.xlsx', 'valid'],
      ['d.xlsx', 'valid'],
    ]);
    expect(reports[1].findings[0]).toMatchObject({
      code: 'FILE_READER_CRASHED',
      message: expect.stringContaining('Out of memory'),
    });
    expect(workers[0].terminated).toBe(true);
    expect(workers[1].requests.map((r) => [r.files[0].name, r.offset, r.total])).toEqual([
      ['c.xlsx', 2, 4],
      ['d.xlsx', 3, 4],
    ]);
  });

  it('fails with a Vietnamese message when the worker cannot start at all', async () => {
    const client = new ParseClient(() => new FakeWorker({ atStart: true }));
    await expect(client.parse(sources(['a.xlsx']))).rejects.toBeInstanceOf(WorkerStartError);
    await expect(client.parse(sources(['a.xlsx']))).rejects.toThrow(
      /^Không khởi động được bộ đọc tệp \(Out of memory\)/,
    );
  });

  it('returns an empty list for no files without starting a worker', async () => {
    let started = 0;
    const client = new ParseClient(() => (started++, new FakeWorker()));
    expect(await client.parse([])).toEqual([]);
    expect(started).toBe(0);
  });
});
