/**
 * Opens the built task pane in headless Chromium the way Office would, with the Office double in place of
 * office.js: the CDN URL is answered with the double's bundle, every other request must go to the local
 * static server (anything else is aborted and recorded), and CSP violations, page errors and console errors
 * are collected for the test to assert on.
 */
import * as fs from 'fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function haveChromium(): boolean {
  return fs.existsSync(CHROMIUM);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface PaneRecord {
  /** Every request the page or its worker made, in order. */
  requests: string[];
  /** Requests to anything but the local server and the (doubled) office.js URL: aborted. */
  outside: string[];
  pageErrors: string[];
  consoleErrors: string[];
  /** alert / confirm / prompt / beforeunload dialogs the page opened (dismissed at once): there must be none. */
  dialogs: string[];
  /** Workers the page started, and how many of them have ended. */
  workers: { started: number; closed: number };
}

export interface OpenPane {
  context: BrowserContext;
  page: Page;
  record: PaneRecord;
  /** CSP violations reported in the page (securitypolicyviolation events). */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

export interface OpenOptions {
  origin: string;
  officeDouble: string;
  /** window.__officeDoubleConfig, set before the double loads. */
  doubleConfig?: Record<string, unknown>;
  viewport?: { width: number; height: number };
  /** Browser permissions granted to the server's origin (e.g. clipboard-read). */
  permissions?: string[];
  /** Globals set on window before any script of the page runs (e.g. __tonghopFileTimeoutMs). */
  globals?: Record<string, unknown>;
  /** Script run in the parse worker before its own code (e.g. HANG_ON_TREO: a worker made to hang). */
  workerPrelude?: string;
}

/**
 * A parse-worker prelude whose reader never finishes a file named treo*.xlsx (tệp "treo": it hangs): once the
 * worker announces it is reading such a file, it loops, as a parser stuck on crafted input would. Lets a test
 * check the pane's per-file time limit with an input made to hang instead of a stopwatch.
 */
export const HANG_ON_TREO = `(() => {
  const post = self.postMessage.bind(self);
  self.postMessage = (m, t) => {
    post(m, t);
    if (m && m.type === 'progress' && /^treo/.test(m.file)) for (;;);
  };
})();
`;

export async function openPane(browser: Browser, o: OpenOptions): Promise<OpenPane> {
  const context = await browser.newContext({
    viewport: o.viewport ?? { width: 420, height: 900 },
    acceptDownloads: true,
    locale: 'vi-VN',
  });
  if (o.permissions) await context.grantPermissions(o.permissions, { origin: o.origin });
  const record: PaneRecord = {
    requests: [],
    outside: [],
    pageErrors: [],
    consoleErrors: [],
    dialogs: [],
    workers: { started: 0, closed: 0 },
  };
  const local = (url: string) => url.startsWith(o.origin + '/');
  context.on('request', (r) => record.requests.push(r.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: o.officeDouble });
    if (o.workerPrelude && local(url) && /parse-worker[^/]*\.js$/.test(url)) {
      return route.fetch().then(async (r) => route.fulfill({ response: r, body: o.workerPrelude + (await r.text()) }));
    }
    if (local(url) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    record.outside.push(url);
    return route.abort('blockedbyclient');
  });
  if (o.doubleConfig) {
    await context.addInitScript((cfg) => {
      (window as unknown as { __officeDoubleConfig: unknown }).__officeDoubleConfig = cfg;
    }, o.doubleConfig);
  }
  if (o.globals) {
    await context.addInitScript((globals) => Object.assign(window, globals), o.globals);
  }
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => record.pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') record.consoleErrors.push(m.text());
  });
  page.on('dialog', (d) => {
    record.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on('worker', (w) => {
    record.workers.started++;
    w.on('close', () => record.workers.closed++);
    w.on('console', (m) => {
      if (m.type() === 'error') record.consoleErrors.push(`[worker] ${m.text()}`);
    });
  });
  return {
    context,
    page,
    record,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.slice()),
    close: () => context.close(),
  };
}

/** Opens the pane on `origin` and waits until Office.onReady has run and the pane is ready. */
export async function openReadyPane(browser: Browser, o: OpenOptions): Promise<OpenPane> {
  const p = await openPane(browser, o);
  await p.page.goto(`${o.origin}/taskpane.html`);
  await p.page.waitForSelector('html[data-ready="true"]');
  return p;
}

/** Nothing left the machine (only office.js, the pane's own origin and blob: workers), nothing broke the CSP, no script error, no dialog. */
export async function expectCleanPane(p: OpenPane, origin: string): Promise<void> {
  expect(p.record.outside).toEqual([]);
  for (const url of p.record.requests) {
    expect([url, url === OFFICE_JS || url.startsWith(origin + '/') || url.startsWith('blob:')]).toEqual([url, true]);
  }
  expect(await p.cspViolations()).toEqual([]);
  expect(p.record.pageErrors).toEqual([]);
  expect(p.record.consoleErrors).toEqual([]);
  expect(p.record.dialogs).toEqual([]);
}
