/** The Content-Security-Policy each place states: the pane's meta tag, the nginx and IIS examples (docs/deploy/). */
import * as fs from 'fs';
import * as path from 'path';

export const DEPLOY_DIR = path.resolve(__dirname, '..', '..', '..', 'docs', 'deploy');

export function metaCsp(html: string): string {
  const m = /<meta http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error('no CSP meta tag');
  return m[1];
}

/** Every CSP header in docs/deploy/nginx.conf (add_header Content-Security-Policy "…"). */
export function nginxCsps(): string[] {
  const text = fs.readFileSync(path.join(DEPLOY_DIR, 'nginx.conf'), 'utf8');
  return [...text.matchAll(/add_header Content-Security-Policy "([^"]+)"/g)].map((m) => m[1]);
}

/** Every CSP header in docs/deploy/web.config (<add name="Content-Security-Policy" value="…" />). */
export function iisCsps(): string[] {
  const text = fs.readFileSync(path.join(DEPLOY_DIR, 'web.config'), 'utf8');
  return [...text.matchAll(/<add name="Content-Security-Policy" value="([^"]+)"/g)].map((m) => m[1]);
}
