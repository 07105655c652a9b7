/**
 * The example province's summary (made by `tonghop consolidate` from examples/don-vi) opened and recalculated by
 * LibreOffice: every total and ratio its formulas give equals the figures of the JSON the same run wrote.
 * Skipped (with a message) when soffice is absent; CI installs it (.ci/run).
 */
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../support/cli';
import { CSV_ALL_SHEETS, convertWithLibreOffice, csvBySheet, findSoffice } from '../support/libreoffice';
import { tempDirForTests } from '../support/temp-dir';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples', 'don-vi');

const work = tempDirForTests('tonghop-cli-lo-');
let json: any;
beforeAll(async () => {
  expect(
    (
      await run(
        'consolidate',
        EXAMPLES,
        '-o',
        path.join(work(), 'TongHop.xlsx'),
        '--json',
        path.join(work(), 'TongHop.json'),
        '--quiet',
        '--accept',
        '06-phong-qlkh.xlsx',
      )
    ).code,
  ).toBe(0);
  json = JSON.parse(fs.readFileSync(path.join(work(), 'TongHop.json'), 'utf8'));
}, 60_000);

const soffice = findSoffice();
(soffice ? test : test.skip)(
  'recalculated by LibreOffice, every total and ratio equals the JSON figures',
  () => {
    const files = convertWithLibreOffice(soffice!, work(), path.join(work(), 'TongHop.xlsx'), CSV_ALL_SHEETS, true);
    const sheets = csvBySheet(files, 'TongHop');
    const check = (sheet: string, totals: Record<string, number>) => {
      const rows = sheets.get(sheet)!;
      const total = rows.find((r) => r.includes('Tổng cộng'))!;
      expect(total).toBeDefined();
      // Columns: STT, name (the total's label is merged across both), then the 13 figures of Biểu II.06a.
      const nums = total.slice(2).map((s) => s.replace(/,/g, ''));
      const t = totals;
      const within = t.pending - t.pendingOverdue;
      expect(nums.slice(0, 11)).toEqual(
        [
          t.received,
          t.online,
          t.inPerson,
          t.carriedOver,
          t.resolved,
          t.early,
          t.onTime,
          t.late,
          t.pending,
          within,
          t.pendingOverdue,
        ].map(String),
      );
      const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
      expect(nums[11]).toBe(pct((t.early + t.onTime) / t.resolved));
      expect(nums[12]).toBe(pct(t.online / (t.online + t.inPerson)));
    };
    check('TH_TTHC', json.total.tthc);
    check('TH_LinhVuc', json.total.tthc);
    // Every unit row of TH_TTHC, recalculated, equals that unit's JSON figures.
    const rows = sheets.get('TH_TTHC')!;
    for (const u of json.units.filter((x: any) => x.tthc)) {
      const row = rows.find((r) => r.includes(u.name))!;
      expect(row.slice(2, 7).map((s) => s.replace(/,/g, ''))).toEqual(
        [u.tthc.received, u.tthc.online, u.tthc.inPerson, u.tthc.carriedOver, u.tthc.resolved].map(String),
      );
    }
    const staff = sheets.get('TH_NhanSu')!.find((r) => r.includes('Tổng cộng'))!;
    expect(staff).toContain('182');
  },
  240_000,
);
