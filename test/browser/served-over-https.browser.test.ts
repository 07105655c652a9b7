/**
 * The add-in as an agency hosts it: a build for a server (TONGHOP_BASE_URL), packed by `npm run package`, unpacked
 * into a folder served over https under /tonghop/ with a certificate made at test time, and the pane loaded from
 * that origin in headless Chromium (the host name resolved to 127.0.0.1, exactly this certificate trusted).
 * Every request must go to that origin (office.js excepted, answered by the Office double), none to the
 * development server; the CSP of the meta tag and of the nginx and IIS examples is one policy, and nothing breaks it.
 *
 * Skipped (with a message) only when /usr/bin/chromium is absent; CI installs it (.ci/run).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { chromium, type Browser } from 'playwright-core';
import { buildOnce, ROOT } from '../build/build-once';
import { iisCsps, metaCsp, nginxCsps } from './support/deploy-configs';
import { makeCertificate, serveHttps, type HttpsServer } from './support/https-server';
import { officeDoubleBundle } from './support/office-double-bundle';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium, OFFICE_JS } from './support/pane-page';
import { SMALL_UNITS, unitWorkbookBytes } from '../taskpane/support/unit-workbooks';

jest.setTimeout(10 * 60 * 1000);

const HOST = 'bao-cao.so-khcn.test';
const BASE = `https://${HOST}/tonghop/`;
const OUTPUT = path.join(ROOT, 'test', 'output');

const { checkManifest } = require(path.join(ROOT, 'scripts/support/manifest-check.js')) as {
  checkManifest(text: string): { errors: Array<{ code: string; message: string }> };
};
const { writePackage } = require(path.join(ROOT, 'scripts/package-dist.js')) as {
  writePackage(dist: string, out: string): Promise<{ entries: string[]; bytes: number }>;
};

const have = haveChromium();
if (!have) {
  console.warn(`test/browser/served-over-https.browser.test.ts: BỎ QUA — không có ${CHROMIUM}.`);
}
const describeBrowser = have ? describe : describe.skip;

describeBrowser('the add-in served over https from an intranet server', () => {
  let tmp: string;
  let site: string;
  let entries: string[];
  let server: HttpsServer;
  let browser: Browser;
  let spki: string;

  beforeAll(async () => {
    const build = buildOnce(BASE);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-https-'));
    const zipFile = path.join(tmp, 'tonghop-web.zip');
    ({ entries } = await writePackage(build.dir, zipFile));
    // Unpack the zip as IT staff would, and serve what it holds.
    site = path.join(tmp, 'site');
    const zip = await JSZip.loadAsync(fs.readFileSync(zipFile));
    for (const name of Object.keys(zip.files)) {
      const f = zip.files[name];
      if (f.dir) continue;
      fs.mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
      fs.writeFileSync(path.join(site, name), await f.async('nodebuffer'));
    }
    fs.mkdirSync(OUTPUT, { recursive: true });
    fs.writeFileSync(path.join(OUTPUT, 'package-contents.txt'), entries.join('\n') + '\n');
    const cert = makeCertificate(HOST);
    spki = cert.spki;
    const csp = nginxCsps()[0];
    server = await serveHttps(site, '/tonghop/', cert, {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        ...CHROMIUM_ARGS,
        `--host-resolver-rules=MAP ${HOST}:443 127.0.0.1:${server.port}`,
        `--ignore-certificate-errors-spki-list=${spki}`,
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('the package holds what the server needs and nothing it should not serve', () => {
    for (const f of [
      'manifest.xml',
      'taskpane.html',
      'taskpane.js',
      'taskpane.css',
      'functions.js',
      'functions.json',
      'functions-vi.json',
      'web.config',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
    ]) {
      expect(entries).toContain(f);
    }
    expect(entries.filter((e) => /^parse-worker\.[0-9a-f]{8}\.js$/.test(e))).toHaveLength(1);
    expect(entries.filter((e) => e.endsWith('.map') || e.startsWith('.'))).toEqual([]);
    const manifest = fs.readFileSync(path.join(site, 'manifest.xml'), 'utf8');
    // Microsoft's schema and our checker accept it; every URL is under the server's base.
    const lint = spawnSync(
      'xmllint',
      ['--noout', '--nonet', '--schema', path.join(ROOT, 'schemas', 'office', 'OfficeAppManifestV1_1.xsd'), '-'],
      { input: manifest, encoding: 'utf8' },
    );
    expect([lint.status, lint.stderr]).toEqual([0, '- validates\n']);
    expect(checkManifest(manifest).errors).toEqual([]);
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(12);
    for (const u of urls) expect([u, u.startsWith(BASE)]).toEqual([u, true]);
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html" />`);
    for (const e of entries.filter((x) => /\.(js|html|json|css|xml)$/.test(x) && x !== 'web.config')) {
      expect([e, /localhost:3000/.test(fs.readFileSync(path.join(site, e), 'utf8'))]).toEqual([e, false]);
    }
  });

  test('the meta tag, the nginx example and the IIS example state one and the same CSP', () => {
    const meta = metaCsp(fs.readFileSync(path.join(site, 'taskpane.html'), 'utf8'));
    expect(nginxCsps().length).toBeGreaterThan(0);
    expect(iisCsps().length).toBeGreaterThan(0);
    for (const header of [...nginxCsps(), ...iisCsps()]) expect(header).toBe(meta);
  });

  test('the pane loads from the server over https: every request to that origin, none to localhost:3000, no CSP violation', async () => {
    const officeDouble = await officeDoubleBundle();
    const context = await browser.newContext({ viewport: { width: 340, height: 900 }, locale: 'vi-VN' });
    const requests: string[] = [];
    const refused: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url === OFFICE_JS)
        return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: officeDouble });
      if (url.startsWith(BASE) || url.startsWith('blob:')) return route.continue();
      refused.push(url);
      return route.abort('blockedbyclient');
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const response = await page.goto(`${BASE}taskpane.html`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(nginxCsps()[0]);
    await page.waitForSelector('html[data-ready="true"]');
    await expect(page.textContent('[data-testid=host-status]')).resolves.toMatch(/^Đã kết nối với Excel/);
    // The security state Chromium gives the page: a secure context on https.
    await expect(page.evaluate(() => [window.isSecureContext, location.origin])).resolves.toEqual([
      true,
      `https://${HOST}`,
    ]);
    // A consolidation: the parsing worker (a lazy chunk) comes from the server too, and the summary is written.
    const files = SMALL_UNITS.map((u, i) => ({
      name: `don-vi-${i + 1}.xlsx`,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(unitWorkbookBytes(u)),
    }));
    await page.setInputFiles('[data-testid=unit-files]', files);
    await page.click('[data-testid=consolidate]');
    await page.waitForFunction(
      () => /Đã tổng hợp/.test(document.getElementById('message-text')?.textContent ?? ''),
      undefined,
      { timeout: 120_000 },
    );
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, 'pane-https-340.png'), fullPage: true });

    expect(refused).toEqual([]);
    for (const url of requests)
      expect([url, url === OFFICE_JS || url.startsWith(BASE) || url.startsWith('blob:')]).toEqual([url, true]);
    expect(requests.filter((u) => /localhost/.test(u))).toEqual([]);
    const served = server.requests.map((r) => r.path);
    for (const p of [
      '/tonghop/taskpane.html',
      '/tonghop/taskpane.js',
      '/tonghop/functions.js',
      '/tonghop/taskpane.css',
    ])
      expect(served).toContain(p);
    expect(served.filter((p) => /^\/tonghop\/parse-worker\.[0-9a-f]{8}\.js$/.test(p))).toHaveLength(1);
    expect(server.requests.filter((r) => r.status !== 200)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
