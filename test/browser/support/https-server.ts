/**
 * An https server on 127.0.0.1 for a folder mounted under a path, with a certificate made at test time by openssl
 * for a made-up host name (the browser is told to resolve that name to 127.0.0.1 and to trust exactly this key).
 * Answers like the nginx example (docs/deploy/nginx.conf): the CSP header, nosniff, the types the add-in needs.
 */
import { execFileSync } from 'child_process';
import { createHash, X509Certificate } from 'crypto';
import * as fs from 'fs';
import * as https from 'https';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';

export interface Certificate {
  key: string;
  cert: string;
  /** base64 SHA-256 of the public key (SPKI), for Chromium's --ignore-certificate-errors-spki-list. */
  spki: string;
}

/** A self-signed certificate for `host`, valid two days, made with openssl in a temp folder. */
export function makeCertificate(host: string): Certificate {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-cert-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        `/CN=${host}`,
        '-addext',
        `subjectAltName=DNS:${host}`,
      ],
      { stdio: 'pipe' },
    );
    const pem = fs.readFileSync(cert, 'utf8');
    const der = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
    return { key: fs.readFileSync(key, 'utf8'), cert: pem, spki: createHash('sha256').update(der).digest('base64') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
};

export interface HttpsServer {
  port: number;
  /** Paths requested, in order, with the status answered. */
  requests: Array<{ path: string; status: number }>;
  close(): Promise<void>;
}

export async function serveHttps(
  dir: string,
  mount: string,
  cert: Certificate,
  headers: Record<string, string>,
): Promise<HttpsServer> {
  const root = path.resolve(dir);
  const requests: HttpsServer['requests'] = [];
  const server = https.createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
    const file = urlPath.startsWith(mount) ? path.resolve(root, '.' + urlPath.slice(mount.length - 1)) : '';
    const ok =
      file.startsWith(root + path.sep) &&
      path.basename(file) !== 'web.config' &&
      fs.existsSync(file) &&
      fs.statSync(file).isFile();
    requests.push({ path: urlPath, status: ok ? 200 : 404 });
    if (!ok) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
