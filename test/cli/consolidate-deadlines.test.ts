/**
 * `tonghop consolidate` on the deadline fixtures (scripts/make-deadline-fixtures.js): calendar vs working days,
 * times of day, and a date past Excel's last day. Figures reasoned by hand in the script.
 */
import * as path from 'path';
import { consolidateToJson } from '../support/cli';
import { tempDirForTests } from '../support/temp-dir';

const { makeDeadlineFixtures } = require('../../scripts/make-deadline-fixtures.js');

const work = tempDirForTests('tonghop-deadlines-');
let files: string[];
beforeAll(() => {
  files = makeDeadlineFixtures(path.join(work(), 'in'));
});

const consolidate = (file: string, ...extra: string[]) =>
  consolidateToJson(work(), path.basename(file, '.xlsx'), file, ...extra);

const tthc = (json: any) => {
  const { byField, ...counts } = json.total.tthc;
  return counts;
};

describe('tonghop consolidate: deadlines', () => {
  test('«30 ngày» vs «30 ngày làm việc» vs 30 across Tết 2025, and «12 ngày» ending on a Saturday', async () => {
    const { code, json } = await consolidate(files[0]);
    expect(code).toBe(0);
    expect(tthc(json)).toEqual({
      received: 6,
      online: 0,
      inPerson: 6,
      carriedOver: 0,
      resolved: 6,
      early: 3,
      onTime: 1,
      late: 2,
      pending: 0,
      pendingOverdue: 0,
    });
    expect(json.findings.filter((f: any) => f.code.startsWith('REGISTER'))).toEqual([]);
  }, 60_000);

  test('due 10:00 and returned 16:00 the same day is late; 09:00 on time', async () => {
    const { code, json } = await consolidate(files[1]);
    expect(code).toBe(0);
    expect(tthc(json)).toMatchObject({ received: 5, resolved: 5, early: 2, onTime: 2, late: 1 });
  }, 60_000);

  test('a row received 30/12/9999 is a finding naming its cell; the file is read, not READ_CRASHED', async () => {
    // Its error holds the file's TTHC back (Có lỗi): alone, nothing is left to publish (exit 2) until it is accepted.
    const held = await consolidate(files[2]);
    expect(held.code).toBe(2);
    expect(held.err).not.toContain('READ_CRASHED');
    expect(held.err).toContain('30/12/9999');
    const { code, json, err } = await consolidate(files[2], '--accept', path.basename(files[2]));
    expect(code).toBe(0);
    expect(err).not.toContain('READ_CRASHED');
    expect(json.findings.some((f: any) => f.code === 'READ_CRASHED')).toBe(false);
    const bad = json.findings.filter((f: any) => f.code === 'REGISTER_BAD_DEADLINE');
    expect(bad.map((f: any) => [f.severity, f.sheet, f.cell])).toEqual([['error', 'SoTheoDoi', 'D3']]);
    expect(bad[0].message).toContain('30/12/9999');
    expect(tthc(json)).toMatchObject({ received: 2, resolved: 2, early: 1, onTime: 1, late: 0 });
  }, 60_000);
});
