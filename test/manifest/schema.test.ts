/**
 * The manifest against Microsoft's XSD (schemas/office/, copied into the repository): manifest.xml validates with
 * `xmllint --schema` (the manifest of a build for a server: test/browser/served-over-https.browser.test.ts); every
 * broken manifest of
 * scripts/make-broken-manifests.js is rejected by xmllint and by our checker alike.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const SCHEMA_DIR = path.join(ROOT, 'schemas', 'office');
const SCHEMA = path.join(SCHEMA_DIR, 'OfficeAppManifestV1_1.xsd');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

const { checkManifest } = require(path.join(ROOT, 'scripts/support/manifest-check.js')) as {
  checkManifest(text: string, options?: { schema?: boolean }): { errors: Array<{ code: string; message: string }> };
};
const { brokenManifests } = require(path.join(ROOT, 'scripts/make-broken-manifests.js')) as {
  brokenManifests(text: string): Array<{ name: string; what: string; text: string }>;
};

/** xmllint's own verdict, independent of our wrapper: exit status and messages. */
function xmllint(text: string): { ok: boolean; stderr: string } {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, '-'], { input: text, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { ok: r.status === 0, stderr: r.stderr };
}

const broken = brokenManifests(MANIFEST);

describe("Microsoft's manifest schema", () => {
  test('the copied schemas are the ones schemas/office/README.md lists, byte for byte', () => {
    const readme = fs.readFileSync(path.join(SCHEMA_DIR, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| (\S+\.xsd) \| ([0-9a-f]{64}) \|$/gm)].map((m) => [m[1], m[2]]);
    const present = fs
      .readdirSync(SCHEMA_DIR)
      .filter((f) => f.endsWith('.xsd'))
      .sort();
    expect(listed.map(([f]) => f).sort()).toEqual(present);
    for (const [file, sha] of listed) {
      expect([
        file,
        createHash('sha256')
          .update(fs.readFileSync(path.join(SCHEMA_DIR, file)))
          .digest('hex'),
      ]).toEqual([file, sha]);
    }
  });

  test('manifest.xml validates', () => {
    expect(xmllint(MANIFEST)).toEqual({ ok: true, stderr: '- validates\n' });
  });

  test('the broken corpus is not empty and every defect is a distinct file', () => {
    expect(broken.length).toBeGreaterThanOrEqual(20);
    expect(new Set(broken.map((b) => b.text)).size).toBe(broken.length);
  });

  test.each(broken.map((b) => [b.name, b.what, b.text] as const))(
    '%s (%s): rejected by xmllint and by our checker',
    (_name, _what, text) => {
      const lint = xmllint(text);
      expect(lint.ok).toBe(false);
      const errors = checkManifest(text).errors;
      expect(errors.length).toBeGreaterThan(0);
      // The schema's verdict is part of ours, in Vietnamese and with the line xmllint named.
      const schemaErrors = errors.filter((e) => e.code === 'SCHEMA');
      expect(schemaErrors.length).toBeGreaterThan(0);
      for (const e of schemaErrors)
        expect(e.message).toMatch(/^Manifest không đúng lược đồ XSD của Microsoft \(dòng \d+\): /);
    },
  );
});
