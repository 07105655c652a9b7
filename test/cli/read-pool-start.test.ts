/**
 * How the CLI's reading workers start (read-files.ts): all side by side, a worker that fails to start is started
 * again by its slot, and when none can start the files are read on the main thread with a Vietnamese notice.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ReadOutcome } from '../../src/cli/read-pool';

type ReadFilesModule = typeof import('../../src/cli/read-files');

const EXAMPLES = path.join(__dirname, '..', '..', 'examples', 'don-vi');
const files = fs
  .readdirSync(EXAMPLES)
  .sort()
  .map((f) => path.join(EXAMPLES, f));
const quiet = { step: () => undefined, done: () => undefined };

/**
 * read-files with a Worker that logs `new#N` when made and `ready#N` when it says it has loaded the reader, and
 * that, for the numbers in `failing`, runs a script exiting at once instead of the reader.
 */
function poolWith(failing: number[]): { readFiles: ReadFilesModule; log: string[] } {
  const log: string[] = [];
  let readFiles!: ReadFilesModule;
  jest.isolateModules(() => {
    const actual = jest.requireActual('worker_threads') as typeof import('worker_threads');
    let made = 0;
    class LoggingWorker extends actual.Worker {
      constructor(script: string | URL, options?: import('worker_threads').WorkerOptions) {
        const n = ++made;
        super(failing.includes(n) ? 'process.exit(3)' : script, { ...options, eval: true });
        log.push(`new#${n}`);
        this.on('message', (m: { ready?: boolean }) => {
          if (m && m.ready) log.push(`ready#${n}`);
        });
      }
    }
    jest.doMock('worker_threads', () => ({ ...actual, Worker: LoggingWorker }));
    readFiles = require('../../src/cli/read-files') as ReadFilesModule;
  });
  return { readFiles, log };
}

afterEach(() => jest.dontMock('worker_threads'));

test('the workers start side by side: the second is made before the first has loaded the reader', async () => {
  const { readFiles, log } = poolWith([]);
  const outcomes: ReadOutcome['kind'][] = [];
  const reports = await readFiles.readUnitFiles(files, {}, quiet, {
    workers: 2,
    onFile: (_f, _ms, kind) => outcomes.push(kind),
  });
  expect(log.slice(0, 2)).toEqual(['new#1', 'new#2']);
  expect(log.filter((e) => e.startsWith('new#'))).toHaveLength(2);
  expect(outcomes).toEqual(files.map(() => 'report'));
  expect(reports.map((r) => r.file)).toEqual(files.map((f) => path.basename(f)));
}, 60_000);

test('a worker that fails to start is started again by its slot, and every file is read', async () => {
  const { readFiles, log } = poolWith([2]);
  const notices: string[] = [];
  const reports = await readFiles.readUnitFiles(files, {}, quiet, { workers: 2, onNotice: (m) => notices.push(m) });
  expect(log).toContain('new#3');
  expect(log).not.toContain('ready#2');
  expect(notices).toEqual([]);
  expect(reports.every((r) => r.findings.every((f) => f.code !== 'READ_CRASHED'))).toBe(true);
  expect(reports.map((r) => r.file)).toEqual(files.map((f) => path.basename(f)));
}, 60_000);

test('when no worker can start, the files are read on the main thread and the user is told so in Vietnamese', async () => {
  const { readFiles } = poolWith([1, 2]);
  const notices: string[] = [];
  const reports = await readFiles.readUnitFiles(files, {}, quiet, { workers: 2, onNotice: (m) => notices.push(m) });
  expect(notices).toHaveLength(1);
  expect(notices[0]).toContain('Không khởi động được luồng đọc tệp riêng');
  expect(notices[0]).toContain('không có giới hạn thời gian');
  expect(reports.map((r) => r.status)).not.toContain('rejected');
  expect(reports.map((r) => r.file)).toEqual(files.map((f) => path.basename(f)));
}, 60_000);
