/**
 * An offline stand-in for `npm audit` (whose advisory service does not answer here): every package of
 * package-lock.json is pinned by an integrity hash, and none is at a version that a known high or critical
 * advisory of security/known-advisories.json affects.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
const { advisories } = JSON.parse(fs.readFileSync(path.join(ROOT, 'security', 'known-advisories.json'), 'utf8')) as {
  advisories: Array<{ package: string; introduced: string; fixed: string; id: string; severity: string }>;
};

/** -1, 0 or 1 comparing two x.y.z versions (a pre-release tag sorts before its release). */
function compare(a: string, b: string): number {
  const parse = (v: string) => {
    const [main, pre] = v.split('-', 2);
    return { n: main.split('.').map(Number), pre: pre === undefined ? 1 : 0 };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if ((x.n[i] ?? 0) !== (y.n[i] ?? 0)) return (x.n[i] ?? 0) < (y.n[i] ?? 0) ? -1 : 1;
  return Math.sign(x.pre - y.pre);
}

const installed: Array<{ name: string; version: string; where: string; integrity?: string; link?: boolean }> =
  Object.entries(lock.packages as Record<string, { version: string; integrity?: string; link?: boolean }>)
    .filter(([where]) => where !== '')
    .map(([where, p]) => ({
      name: where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length),
      where,
      ...p,
    }));

test('the lock file pins every package by a sha512 integrity hash', () => {
  expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
  expect(installed.length).toBeGreaterThan(100);
  expect(installed.filter((p) => !p.link && !/^sha512-/.test(p.integrity ?? '')).map((p) => p.where)).toEqual([]);
});

test('compare orders versions as semver does', () => {
  expect(compare('0.18.5', '0.19.3')).toBe(-1);
  expect(compare('1.2.10', '1.2.9')).toBe(1);
  expect(compare('7.5.2', '7.5.2')).toBe(0);
  expect(compare('3.0.0-rc.1', '3.0.0')).toBe(-1);
});

test('no installed package is at a version a known high or critical advisory affects', () => {
  const affected = installed.flatMap((p) =>
    advisories
      .filter((a) => a.package === p.name && ['high', 'critical'].includes(a.severity))
      .filter((a) => compare(p.version, a.introduced) >= 0 && compare(p.version, a.fixed) < 0)
      .map((a) => `${p.where}@${p.version}: ${a.id} (${a.severity}), fixed in ${a.fixed}`),
  );
  expect(affected).toEqual([]);
});

test('the table would catch the stale xlsx@0.18.5 that carries two CVEs', () => {
  const hits = advisories.filter(
    (a) => a.package === 'xlsx' && compare('0.18.5', a.introduced) >= 0 && compare('0.18.5', a.fixed) < 0,
  );
  expect(hits.map((a) => a.id.split(' ')[0])).toEqual(['CVE-2023-30533', 'CVE-2024-22363']);
});
