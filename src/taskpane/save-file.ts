/**
 * Giving the user a file from the pane. A download (Blob + <a download>) works in Excel on Windows and on the
 * web, but not in Excel for Mac or on iPad, whose web views drop it without a word (office-js issues 2700 and
 * 3385): there the pane must say so and offer what works instead (copy the text, open a new workbook).
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Platforms whose task pane cannot save a downloaded file. */
const NO_DOWNLOAD_PLATFORMS = ['Mac', 'iOS'];

/** The platform Office reports (Office.context.diagnostics.platform, else Office.context.platform), or null outside Office. */
function officePlatform(): string | null {
  const office = (globalThis as { Office?: { context?: { platform?: unknown; diagnostics?: { platform?: unknown } } } })
    .Office;
  try {
    const p = office?.context?.diagnostics?.platform ?? office?.context?.platform;
    return p == null ? null : String(p);
  } catch {
    return null;
  }
}

/** Whether a file offered by the pane reaches the user's disk here. */
export function canDownloadFiles(): boolean {
  const p = officePlatform();
  return p === null || !NO_DOWNLOAD_PLATFORMS.includes(p);
}

/** What the pane says where it cannot save a file (Vietnamese). */
export function noDownloadReason(): string {
  return officePlatform() === 'iOS'
    ? 'Excel trên iPad không cho ngăn tác vụ tải tệp về máy.'
    : 'Excel cho Mac không cho ngăn tác vụ tải tệp về máy.';
}

export function downloadBytes(bytes: Uint8Array, fileName: string, mime: string): void {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.className = 'visually-hidden';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
