/**
 * Microsoft's real office.js (npm @microsoft/office-js, a devDependency used only by tests) answering for the CDN:
 * a request under https://appsforoffice.microsoft.com/lib/1/hosted/ is served the file of the same path from the
 * package's dist/ folder, so the page loads exactly what production loads, with no network.
 */
import * as fs from 'fs';
import * as path from 'path';

export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.gif': 'image/gif',
};

/** The package's file for a CDN URL, or null when the URL is not under the CDN folder or the file does not exist. */
export function officeJsFile(url: string): { body: Buffer; contentType: string } | null {
  if (!url.startsWith(OFFICE_CDN)) return null;
  const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
  const file = path.resolve(DIST, rel);
  if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return null;
  return {
    body: fs.readFileSync(file),
    contentType: TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
  };
}

export function officeJsVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(DIST, '..', 'package.json'), 'utf8')) as { version: string }).version;
}
