/**
 * Reading workers started before the CLI loads the rest of its code (bin/tonghop.js → startWorkersEarly): pools
 * take them instead of starting others, a pool with another heap limit ends them and starts its own, and workers
 * nobody takes never keep the process alive.
 */
import { spawn } from 'child_process';
import * as path from 'path';
import type { Worker } from 'worker_threads';

type ReadPoolModule = typeof import('../../src/cli/read-pool');

/** A fresh copy of read-pool whose Worker constructor records every worker it makes. */
function countingPool(): { pool: ReadPoolModule; created: Worker[] } {
  const created: Worker[] = [];
  let pool!: ReadPoolModule;
  jest.isolateModules(() => {
    const actual = jest.requireActual('worker_threads') as typeof import('worker_threads');
    class CountingWorker extends actual.Worker {
      constructor(...args: ConstructorParameters<typeof actual.Worker>) {
        super(...args);
        created.push(this);
      }
    }
    jest.doMock('worker_threads', () => ({ ...actual, Worker: CountingWorker }));
    pool = require('../../src/cli/read-pool') as ReadPoolModule;
  });
  return { pool, created };
}

afterEach(() => jest.dontMock('worker_threads'));

test('the first pool takes the worker started early instead of starting a second one', async () => {
  const { pool, created } = countingPool();
  pool.startWorkersEarly(1);
  expect(created).toHaveLength(1);
  const readPool = new pool.ReadPool({ workers: 1, timeoutMs: 0, maxHeapMb: pool.DEFAULT_WORKER_HEAP_MB });
  const live = await readPool.spawn();
  expect(created).toHaveLength(1);
  expect(live.worker).toBe(created[0]);
  const next = await readPool.spawn();
  expect(created).toHaveLength(2);
  await readPool.stop(live);
  await readPool.stop(next);
}, 60_000);

test('two workers started early are the first two a pool uses', async () => {
  const { pool, created } = countingPool();
  pool.startWorkersEarly(2);
  pool.startWorkersEarly(2); // asked again (no more are started)
  expect(created).toHaveLength(2);
  const readPool = new pool.ReadPool({ workers: 2, timeoutMs: 0, maxHeapMb: pool.DEFAULT_WORKER_HEAP_MB });
  const [a, b] = await Promise.all([readPool.spawn(), readPool.spawn()]);
  expect(new Set([a.worker, b.worker])).toEqual(new Set(created));
  await readPool.stop(a);
  await readPool.stop(b);
}, 60_000);

test('a pool with another heap limit ends the early worker and starts its own', async () => {
  const { pool, created } = countingPool();
  pool.startWorkersEarly(1, pool.DEFAULT_WORKER_HEAP_MB);
  const early = created[0];
  const ended = new Promise<number>((resolve) => early.once('exit', resolve));
  const readPool = new pool.ReadPool({ workers: 1, timeoutMs: 0, maxHeapMb: 512 });
  const live = await readPool.spawn();
  expect(created).toHaveLength(2);
  expect(live.worker).toBe(created[1]);
  await ended;
  await readPool.stop(live);
}, 60_000);

test('a process that starts workers early and never uses them ends by itself', async () => {
  // The child loads read-pool from source (TypeScript transpiled on require, as the pool's own bootstrap does).
  const script = `
    const fs = require('fs');
    const ts = require('typescript');
    require.extensions['.ts'] = (module, filename) => {
      const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
        fileName: filename,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      }).outputText;
      module._compile(out, filename);
    };
    require(${JSON.stringify(path.join(__dirname, '..', '..', 'src', 'cli', 'read-pool.ts'))}).startWorkersEarly(2);
    process.stdout.write('started');
  `;
  const child = spawn(process.execPath, ['-e', script], { cwd: path.join(__dirname, '..', '..') });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(out).toBe('started');
  expect(code).toBe(0);
}, 60_000);
