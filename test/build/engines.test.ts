/**
 * package.json's `engines.node` is what the tools really need: no lower than the oldest Node every installed
 * package accepts (direct or not: typescript-eslint loads eslint-visitor-keys 5, which wants Node 20.19), and
 * satisfied by the Node running the tests. Two packages are never loaded as installed (docs/dependencies.md).
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string }; optional?: boolean }>;
};

/** Installed packages whose `engines.node` does not bind us, and why. */
const NEVER_LOADED: Record<string, string> = {
  // webpack-cli loads it only for webpack configs written in other languages than JavaScript; ours is JavaScript.
  'node_modules/rechoir': 'wants Node 22.15',
  // docx's dist carries its own copy of nanoid's code; the installed package is never required.
  'node_modules/nanoid': 'wants Node 22',
};

type Version = [number, number, number];
const parse = (v: string): Version => {
  const [a = 0, b = 0, c = 0] = v.replace(/^v/, '').split('.').map(Number);
  return [a, b, c];
};
const compare = (x: Version, y: Version) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];

/** The oldest Node version a range accepts (ranges here are unions of `>=x`, `^x` and plain `x`). */
function oldest(range: string): Version {
  const lows = range.split('||').map((alt) =>
    parse(
      alt
        .trim()
        .replace(/^(>=|\^|~)\s*/, '')
        .split(/\s/)[0],
    ),
  );
  return lows.reduce((a, b) => (compare(a, b) <= 0 ? a : b));
}

describe('engines.node', () => {
  const ours = oldest(pkg.engines.node);

  test('is no older than what any direct dependency accepts', () => {
    const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    const tooNew: string[] = [];
    for (const d of deps) {
      const own = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', d, 'package.json'), 'utf8'));
      const range: string | undefined = own.engines?.node;
      if (range && compare(oldest(range), ours) > 0) tooNew.push(`${d} wants ${range}`);
    }
    expect(tooNew).toEqual([]);
  });

  test('is no older than what any installed package accepts, but those never loaded', () => {
    const tooNew: string[] = [];
    for (const [where, p] of Object.entries(lock.packages)) {
      const range = p.engines?.node;
      if (!where || !range || p.optional || where in NEVER_LOADED) continue;
      if (compare(oldest(range), ours) > 0) tooNew.push(`${where}@${p.version} wants ${range}`);
    }
    expect(tooNew).toEqual([]);
  });

  test('the packages said never to be loaded are installed and want a newer Node than ours (else drop them from the list)', () => {
    const listed = Object.keys(NEVER_LOADED).filter((where) => lock.packages[where]);
    expect(listed.length).toBeGreaterThan(0);
    for (const where of listed) expect(compare(oldest(lock.packages[where].engines!.node!), ours)).toBeGreaterThan(0);
  });

  test('is satisfied by the Node running the tests', () => {
    expect(compare(parse(process.version), ours)).toBeGreaterThanOrEqual(0);
  });

  test('reads the ranges found in node_modules as meant', () => {
    expect(oldest('>= 20.9.0')).toEqual([20, 9, 0]);
    expect(oldest('^14.15.0 || ^16.10.0 || >=18.0.0')).toEqual([14, 15, 0]);
    expect(oldest('>=20')).toEqual([20, 0, 0]);
  });
});
