/**
 * Microsoft's real office.js (npm @microsoft/office-js, a devDependency used only here) under the pane's production
 * Content-Security-Policy, outside Office: the built pane is served from 127.0.0.1 and the CDN's URLs are answered
 * with the package's own files (Playwright routing; no network). Production keeps loading office.js from the CDN.
 *
 * Shows: Office.onReady resolves (outside Office: host null) and the pane becomes ready; the library loads nothing
 * but its own files from the CDN folder; the only thing the policy refuses is the library's telemetry proxy frame
 * (telemetryservice.firstpartyapps.oaspapps.com, started 3 s after load) and the inline `display:none` style it puts
 * on that frame. TongHop sends no telemetry, so that frame stays refused on purpose (docs/security.md).
 * The 3 s timer runs on Playwright's fake clock, so the test waits on no wall clock.
 *
 * Skipped (with a message) only when /usr/bin/chromium is absent; CI installs it (.ci/run).
 */
import { chromium, type Browser } from 'playwright-core';
import { buildOnce } from '../build/build-once';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from './support/pane-page';
import { OFFICE_CDN, officeJsFile, officeJsVersion } from './support/real-office-js';
import { serveDirectory, type StaticServer } from './support/static-server';

jest.setTimeout(10 * 60 * 1000);

/** Where Microsoft's library sends its telemetry (its ULS logger's proxy frame). */
const TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com';

const have = haveChromium();
if (!have) {
  console.warn(`test/browser/real-office-js.browser.test.ts: BỎ QUA — không có ${CHROMIUM}.`);
}
const describeBrowser = have ? describe : describe.skip;

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

describeBrowser(
  `the real office.js (${have ? officeJsVersion() : '?'}) under the pane's production CSP, outside Office`,
  () => {
    let server: StaticServer;
    let browser: Browser;

    beforeAll(async () => {
      server = await serveDirectory(buildOnce().dir);
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test("Office.onReady resolves, the pane is ready, and the policy refuses only the library's telemetry frame", async () => {
      const context = await browser.newContext({ viewport: { width: 340, height: 800 }, locale: 'vi-VN' });
      const fromCdn: string[] = [];
      const missing: string[] = [];
      const outside: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(OFFICE_CDN)) {
          const file = officeJsFile(url);
          if (!file) {
            missing.push(url);
            return route.fulfill({ status: 404, body: '' });
          }
          fromCdn.push(url.slice(OFFICE_CDN.length));
          return route.fulfill({ status: 200, contentType: file.contentType, body: file.body });
        }
        if (url.startsWith(server.origin + '/') || url.startsWith('blob:')) return route.continue();
        outside.push(url);
        return route.abort('blockedbyclient');
      });
      await context.addInitScript(() => {
        const w = window as unknown as { __csp: Violation[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile }),
        );
      });
      const page = await context.newPage();
      await page.clock.install();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));

      await page.goto(`${server.origin}/taskpane.html`);
      const info = await page.evaluate(() =>
        Office.onReady().then((i) => ({ host: i.host ?? null, platform: i.platform ?? null })),
      );
      expect(info).toEqual({ host: null, platform: null });
      await page.waitForSelector('html[data-ready="true"]');
      await expect(page.textContent('[data-testid=host-status]')).resolves.toBe(
        'Trang đang mở ngoài Office: các hàm TTHC chỉ chạy trong Excel.',
      );

      // Let the library's 3-second timer fire: it tries to frame its telemetry proxy.
      await page.clock.runFor(5000);
      await page.waitForFunction(
        (t) => (window as unknown as { __csp: Violation[] }).__csp.some((v) => v.blocked.startsWith(t)),
        TELEMETRY,
      );

      const violations = await page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);
      const telemetryFrame = (v: Violation) => v.directive === 'frame-src' && v.blocked.startsWith(TELEMETRY);
      // The only inline style office.js applies here is setAttribute("style", "display:none") on that same frame.
      const telemetryFrameStyle = (v: Violation) =>
        v.directive === 'style-src-attr' &&
        v.blocked === 'inline' &&
        v.source === `${OFFICE_CDN}o15apptofilemappingtable.js`;
      expect(violations.filter((v) => !telemetryFrame(v) && !telemetryFrameStyle(v))).toEqual([]);
      expect(violations.filter(telemetryFrame)).toHaveLength(1);

      expect(fromCdn).toEqual(expect.arrayContaining(['office.js']));
      expect(missing).toEqual([]);
      expect(outside).toEqual([]);
      expect(pageErrors).toEqual([]);
      await context.close();
    });
  },
);
