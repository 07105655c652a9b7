'use strict';
/**
 * The pane's parse of unit workbooks, as the user waits on it: the built parsing worker (dist/parse-worker.*.js,
 * the pane's own chunk with its pure inflater) reads the files in headless Chromium, one batch as the pane sends
 * it (bytes transferred, one report per file). The worker is started and warmed on the same files first, so the
 * figure is reading, as the other readers' figures are. Returns the median milliseconds, or null (with the reason)
 * when there is no build or no Chromium.
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const { median } = require('./harness');

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Serves the build at / and the workbooks at /units/. */
function serve(dist, unitsDir) {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pathname === '/bench.html')
      return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>bench</title>');
    const [root, rel] = pathname.startsWith('/units/') ? [unitsDir, pathname.slice(7)] : [dist, pathname.slice(1)];
    const file = path.join(root, rel);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile())
      return res.writeHead(404).end();
    res.writeHead(200, {
      'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Median ms of `runs` parses of every file in `unitsDir` by the pane's worker; `{ skipped }` when it cannot run. */
async function paneParse(unitsDir, names, runs = 3) {
  const dist = path.resolve(process.env.TONGHOP_DIST || path.join(__dirname, '..', 'dist'));
  const worker = fs.existsSync(dist)
    ? fs.readdirSync(dist).find((f) => /^parse-worker\.[0-9a-f]+\.js$/.test(f))
    : undefined;
  if (!worker) return { skipped: `chưa có ${dist}/parse-worker.*.js (chạy npm run build trước)` };
  if (!fs.existsSync(CHROMIUM)) return { skipped: `không có ${CHROMIUM}` };
  const { chromium } = require('playwright-core');
  const server = await serve(dist, unitsDir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) =>
      route
        .request()
        .url()
        .startsWith(origin + '/')
        ? route.continue()
        : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(`${origin}/bench.html`);
    const result = await page.evaluate(
      async ({ workerUrl, names, runs }) => {
        const files = await Promise.all(names.map((n) => fetch(`/units/${n}`).then((r) => r.arrayBuffer())));
        const w = new Worker(workerUrl);
        let batch = 0;
        /** One batch of every file; resolves with the ms from sending to the last report, and the statuses. */
        const parse = () =>
          new Promise((resolve, reject) => {
            const copies = files.map((b, i) => ({ name: names[i], bytes: b.slice(0) }));
            const statuses = [];
            const id = ++batch;
            w.onerror = (e) => reject(new Error(e.message));
            w.onmessage = (ev) => {
              const m = ev.data;
              if (m.batch !== id) return;
              if (m.type === 'report') statuses.push(m.report.status);
              if (m.type === 'done') resolve({ ms: performance.now() - t0, statuses });
            };
            const t0 = performance.now();
            w.postMessage(
              { type: 'parse', batch: id, files: copies, offset: 0, total: copies.length },
              copies.map((f) => f.bytes),
            );
          });
        await parse(); // the worker's start and first compilation are not reading
        const times = [];
        let statuses = [];
        for (let i = 0; i < runs; i++) {
          const r = await parse();
          times.push(r.ms);
          statuses = r.statuses;
        }
        w.terminate();
        return { times, statuses };
      },
      { workerUrl: `${origin}/${worker}`, names, runs },
    );
    const counted = result.statuses.filter((s) => s !== 'rejected').length;
    return { ms: median(result.times), read: counted, files: names.length };
  } finally {
    await browser.close();
    server.close();
  }
}

module.exports = { paneParse };
