/**
 * package.json's `engines.node` is what the tools really need: no lower than the oldest Node every direct
 * dependency accepts, and satisfied by the Node running the tests. (rechoir, a dependency of webpack-cli, asks
 * for Node 22.15 but is only loaded for webpack configs written in other languages: docs/dependencies.md.)
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

type Version = [number, number, number];
const parse = (v: string): Version => {
  const [a = 0, b = 0, c = 0] = v.replace(/^v/, '').split('.').map(Number);
  return [a, b, c];
};
const compare = (x: Version, y: Version) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];

/** The oldest Node version a range accepts (ranges here are unions of `>=x`, `^x` and plain `x`). */
function oldest(range: string): Version {
  const lows = range.split('||').map((alt) => parse(alt.trim().replace(/^(>=|\^|~)\s*/, '').split(/\s/)[0]));
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

  test('is satisfied by the Node running the tests', () => {
    expect(compare(parse(process.version), ours)).toBeGreaterThanOrEqual(0);
  });

  test('reads the ranges found in node_modules as meant', () => {
    expect(oldest('>= 20.9.0')).toEqual([20, 9, 0]);
    expect(oldest('^14.15.0 || ^16.10.0 || >=18.0.0')).toEqual([14, 15, 0]);
    expect(oldest('>=20')).toEqual([20, 0, 0]);
  });
});
