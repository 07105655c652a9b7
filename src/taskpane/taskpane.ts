/**
 * Task pane entry. With the shared runtime this page also hosts functions.js (loaded just before this
 * script), so the custom functions are registered whether or not the pane is visible.
 * For now the pane shows where it runs and a reference of the TTHC functions (static in taskpane.html).
 */
import { describeHost, OFFICE_JS_MISSING, type HostStatus } from './host';

function show(status: HostStatus): void {
  const el = document.getElementById('host-status');
  if (!el) return;
  el.textContent = status.text;
  el.classList.toggle('warning', !status.ok);
}

if (typeof Office === 'undefined') {
  show(OFFICE_JS_MISSING);
} else {
  void Office.onReady((info) => {
    // The typings declare numeric enums, but office.js passes strings ("Excel", "PC"), or null outside Office.
    const host: unknown = info.host;
    const platform: unknown = info.platform;
    show(describeHost({ host: host == null ? null : String(host), platform: platform == null ? null : String(platform) }));
  });
}
