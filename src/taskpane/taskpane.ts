/**
 * Task pane entry. With the shared runtime this page also hosts functions.js (loaded just before this
 * script), so the custom functions are registered whether or not the pane is visible.
 *
 * The pane's main view consolidates the units' workbooks (app.ts); the "Hàm TTHC" section below it is a
 * static reference of the custom functions (in taskpane.html). What loads here is kept small: the
 * spreadsheet reader runs in a worker loaded on first use, the workbook writer only for "Tạo mẫu".
 */
import { App } from './app';
import { describeHost, OFFICE_JS_MISSING, type HostStatus } from './host';
import { startParseWorker } from './worker-factory';

function show(status: HostStatus): void {
  const el = document.getElementById('host-status');
  if (!el) return;
  el.textContent = status.text;
  el.classList.toggle('warning', !status.ok);
}

/** The manifest's help link opens taskpane.html#ham-tthc: unfold the function reference and show it. */
function openReferenceForHash(): void {
  if (location.hash !== '#ham-tthc') return;
  const details = document.getElementById('ham-tthc-details');
  if (details instanceof HTMLDetailsElement) details.open = true;
  document.getElementById('ham-tthc')?.scrollIntoView();
}
openReferenceForHash();
window.addEventListener('hashchange', openReferenceForHash);

/**
 * The time limit for reading one file: 60 s (as the CLI's --file-timeout) unless the page that hosts the pane set
 * `window.__tonghopFileTimeoutMs` (a positive number of ms) before this script ran — the browser tests do, to
 * see a slow file stopped without waiting a minute.
 */
function fileTimeoutMs(): number | undefined {
  const v: unknown = (window as unknown as { __tonghopFileTimeoutMs?: unknown }).__tonghopFileTimeoutMs;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined;
}

let inExcel = false;

const app = new App({
  startWorker: startParseWorker,
  inExcel: () => inExcel,
  fileTimeoutMs: fileTimeoutMs(),
});

function ready(): void {
  app.setReady();
  document.documentElement.dataset.ready = 'true';
  performance.mark('tonghop-ready');
}

if (typeof Office === 'undefined') {
  show(OFFICE_JS_MISSING);
  ready();
} else {
  void Office.onReady((info) => {
    // The typings declare numeric enums, but office.js passes strings ("Excel", "PC"), or null outside Office.
    const host: unknown = info.host;
    const platform: unknown = info.platform;
    const requirements = host === 'Excel' ? Office.context?.requirements : undefined;
    const isSetSupported = requirements
      ? (name: string, version: string) => requirements.isSetSupported(name, version)
      : undefined;
    const status = describeHost(
      { host: host == null ? null : String(host), platform: platform == null ? null : String(platform) },
      isSetSupported,
    );
    inExcel = host === 'Excel' && status.ok;
    show(status);
    ready();
  });
}
