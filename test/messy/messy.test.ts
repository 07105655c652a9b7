/**
 * Workbooks as offices really send them (test/fixtures/messy, made by scripts/make-messy-workbooks.js): each file
 * through the CLI door (`tonghop check` and `tonghop consolidate --json`, with and without `--accept`) and through
 * the core (readUnitFile + consolidate), against the status, exit code and TTHC figures reasoned by hand in the script.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { consolidateToJson, run } from '../support/cli';
import { consolidate } from '../../src/core/consolidate';
import { readUnitFile } from '../../src/io/read-unit-file';
import { tempDirForTests } from '../support/temp-dir';
import type { TthcCounts } from '../../src/core/tthc/types';

const { makeMessyWorkbooks } = require('../../scripts/make-messy-workbooks.js');

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'messy');

interface Expected {
  about: string;
  status: string;
  exit: number;
  findings: string[];
  name?: string;
  tthc?: TthcCounts;
  held?: string[];
  stated?: [string, number, number][];
  accepted?: { status: string; exit: number; tthc: TthcCounts };
}

const expected: Record<string, Expected> = JSON.parse(
  fs.readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8'),
).files;
const names = Object.keys(expected);

const counts = (t: Record<string, unknown> | undefined) => {
  if (!t) return undefined;
  const { byField: _ignored, ...rest } = t;
  return rest;
};

const work = tempDirForTests('tonghop-messy-');

test('the committed fixtures are what scripts/make-messy-workbooks.js makes', () => {
  const dir = path.join(work(), 'regen');
  const made: string[] = makeMessyWorkbooks(dir);
  expect(made.sort()).toEqual([...names].sort());
  const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
  for (const f of [...made, 'expected.json'])
    expect(`${f} ${sha(path.join(dir, f))}`).toBe(`${f} ${sha(path.join(FIXTURES, f))}`);
});

describe.each(names)('%s', (name) => {
  const e = expected[name];
  const file = path.join(FIXTURES, name);

  test('tonghop check: the status, exit code and findings reasoned in the script', async () => {
    const r = await run('check', file, '--json', '--quiet');
    const result = JSON.parse(r.out).files[0];
    expect({ status: result.status, exit: r.code }).toEqual({ status: e.status, exit: e.exit });
    const codes = result.findings.map((f: { code: string }) => f.code);
    expect([...new Set(codes)].sort()).toEqual([...e.findings].sort());
    if (e.held) expect(result.held).toEqual(e.held);
    for (const [where, stated, added] of e.stated ?? []) {
      const [sheet, cell] = where.split('!');
      expect(result.findings).toContainEqual(expect.objectContaining({ sheet, cell, stated, added }));
    }
  });

  test('tonghop consolidate --json: the TTHC figures it contributes (none while held), the unit name', async () => {
    const r = await consolidateToJson(work(), name, file);
    if (e.tthc === undefined && e.held) {
      // Only a TTHC section, held back: nothing usable to write.
      expect(r.code).toBe(2);
    } else {
      expect(r.code).toBe(e.exit);
      const j = r.json;
      expect(counts(j.total.tthc)).toEqual(e.tthc);
      if (e.name) expect(j.units[0].name).toBe(e.name);
    }
    if (e.accepted) {
      const a = await consolidateToJson(work(), `${name}-a`, file, '--accept', name);
      expect(a.code).toBe(e.accepted.exit);
      const j = a.json;
      expect(counts(j.total.tthc)).toEqual(e.accepted.tthc);
      expect(j.files[0]).toMatchObject({ file: name, status: e.accepted.status, accepted: true });
    }
  });

  test('the core alone (readUnitFile, consolidate) judges it the same', () => {
    const report = readUnitFile(new Uint8Array(fs.readFileSync(file)), name);
    expect(report.status).toBe(e.status);
    const s = consolidate([report]);
    expect(counts(s.total.tthc as unknown as Record<string, unknown>)).toEqual(e.tthc);
    if (e.name) expect(report.name).toBe(e.name);
    if (e.accepted)
      expect(
        counts(consolidate([report], { accept: [name] }).total.tthc as unknown as Record<string, unknown>),
      ).toEqual(e.accepted.tthc);
  });
});
