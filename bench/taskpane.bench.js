'use strict';
/**
 * Task pane first load, in Debian's headless Chromium (playwright-core):
 * - first-load JavaScript: gzip bytes of every script taskpane.html loads before the user does anything
 *   (office.js excluded) — goal ≤ 200 KB;
 * - time to interactive: navigation start → the pane's Office.onReady handler has run and the Tổng hợp button
 *   is enabled (the `tonghop-ready` performance mark), median of 7 loads — goal ≤ 1 s.
 * office.js is replaced by a minimal stand-in that reports Excel at once, so the figure is the pane's own cost.
 *
 * Usage: npm run build && node bench/taskpane.bench.js   (or TONGHOP_DIST=<dir> for another build)
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const zlib = require('zlib');
const { median, fmt, report } = require('./harness');

const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_STUB = `window.Office = {
  onReady(cb) { const info = { host: 'Excel', platform: 'PC' }; return new Promise((r) => setTimeout(() => { if (cb) cb(info); r(info); }, 0)); },
  context: { requirements: { isSetSupported: () => true } },
};
window.CustomFunctions = { associate() {} };`;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.map': 'application/json',
};
const LOADS = 7;

function serve(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile())
      return res.writeHead(404).end();
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function taskpaneBench() {
  const dist = path.resolve(process.env.TONGHOP_DIST || path.join(__dirname, '..', 'dist'));
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) {
    process.stdout.write(`BỎ QUA  ngăn tác vụ: chưa có ${dist}/taskpane.html (chạy npm run build trước)\n`);
    return;
  }
  if (!fs.existsSync(CHROMIUM)) {
    process.stdout.write(`BỎ QUA  ngăn tác vụ: không có ${CHROMIUM}\n`);
    return;
  }
  const { chromium } = require('playwright-core');
  const server = await serve(dist);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const ttis = [];
    let scripts = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
      const requested = [];
      context.on('request', (r) => requested.push(r.url()));
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB });
        if (url.startsWith(origin + '/')) return route.continue();
        return route.abort();
      });
      const page = await context.newPage();
      await page.goto(`${origin}/taskpane.html`);
      await page.waitForSelector('html[data-ready="true"]');
      const tti = await page.evaluate(() => {
        const mark = performance.getEntriesByName('tonghop-ready')[0];
        const button = /** @type {HTMLButtonElement | null} */ (document.querySelector('[data-testid=consolidate]'));
        return mark && button && !button.disabled ? mark.startTime : NaN;
      });
      ttis.push(tti);
      scripts = requested
        .filter((u) => u.startsWith(origin + '/') && u.endsWith('.js'))
        .map((u) => new URL(u).pathname.slice(1));
      await context.close();
    }
    const sizes = scripts.map((f) => [f, zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length]);
    const total = sizes.reduce((n, [, b]) => n + b, 0);
    const detail = sizes.map(([f, b]) => `${f} ${(b / 1024).toFixed(1)} KB`).join(' + ');
    report(
      'JavaScript tải lần đầu của ngăn tác vụ (gzip, không tính office.js)',
      `${(total / 1024).toFixed(1)} KB (${detail})`,
      '≤ 200 KB',
      total <= 200 * 1024,
    );
    const tti = median(ttis);
    report(
      `Thời gian đến khi dùng được ngăn tác vụ (trung vị ${LOADS} lần, Chromium không giao diện)`,
      fmt(tti),
      '≤ 1 s',
      tti <= 1000,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

module.exports = { taskpaneBench };

if (require.main === module) {
  taskpaneBench().catch((e) => {
    process.stderr.write(`${e.stack || e}\n`);
    process.exitCode = 1;
  });
}
