/** Fields of procedures under one name: the shipped list, the office's synonyms, and names not in the list. */
import type { CellValue, Grid } from '../../../src/core/grid';
import { readUnitWorkbook } from '../../../src/core/unit';
import { consolidate } from '../../../src/core/consolidate';
import { applySettings, readSettingsJson, type Settings } from '../../../src/core/settings';
import { TTHC_HEADER_SUB, TTHC_HEADER_TOP } from './support/seed';

const info = (unit: string): Grid => ({
  name: 'ThongTin',
  rows: [
    ['Tên đơn vị', unit],
    ['Kỳ báo cáo', '6 tháng đầu năm 2020'],
    ['Từ ngày', '15/12/2019'],
    ['Đến ngày', '14/06/2020'],
  ],
});

/** A TTHC sheet with one row per [field, received online, in person, carried over, early, on time, late]. */
function tthc(rows: [string, number, number, number, number, number, number][]): Grid {
  const out: CellValue[][] = [TTHC_HEADER_TOP, TTHC_HEADER_SUB];
  rows.forEach(([field, on, inp, co, e, ot, l], i) => {
    const res = e + ot + l;
    const rec = on + inp + co;
    out.push([i + 1, field, rec, on, inp, co, res, e, ot, l, rec - res, rec - res, 0]);
  });
  return { name: 'TTHC', rows: out };
}

function settings(json: object): Settings {
  const r = readSettingsJson(JSON.stringify(json), 'danh-muc.json');
  return applySettings(r.input);
}

test('«Lĩnh vực Đo lường», «Đo lường» and «TC-ĐL-CL» from three units land in one row of the summary by field', () => {
  const units = [
    readUnitWorkbook([info('Chi cục TĐC'), tthc([['Lĩnh vực Đo lường', 2, 1, 0, 3, 0, 0]])], 'a.xlsx'),
    readUnitWorkbook([info('Trung tâm Kỹ thuật'), tthc([['Đo lường', 1, 1, 0, 1, 1, 0]])], 'b.xlsx'),
    readUnitWorkbook(
      [
        info('Văn phòng Sở'),
        tthc([
          ['TC-ĐL-CL', 0, 4, 1, 2, 2, 0],
          ['Sở hữu trí tuệ', 1, 0, 0, 1, 0, 0],
        ]),
      ],
      'c.xlsx',
    ),
  ];
  for (const u of units) expect(u.findings).toEqual([]);
  const s = consolidate(units);
  expect(Object.keys(s.byField)).toEqual(['Tiêu chuẩn đo lường chất lượng', 'Sở hữu trí tuệ']);
  // received 3 + 2 + 5; early 3 + 1 + 2; on time 0 + 1 + 2.
  expect(s.byField['Tiêu chuẩn đo lường chất lượng']).toMatchObject({ received: 10, early: 6, onTime: 3, late: 0 });
});

test('a field not in the list keeps its own name, with a warning naming the cell', () => {
  const u = readUnitWorkbook([info('Chi cục TĐC'), tthc([['Đo lường điện', 2, 0, 0, 2, 0, 0]])], 'a.xlsx');
  expect(u.findings.map((f) => [f.sheet, f.cell, f.severity, f.code])).toEqual([
    ['TTHC', 'B3', 'warning', 'TTHC_UNKNOWN_FIELD'],
  ]);
  expect(u.findings[0].message).toContain('«Đo lường điện»');
  expect(Object.keys(u.tthc!.byField)).toEqual(['Đo lường điện']);
  expect(u.status).toBe('warnings');
});

test('a synonym the office adds merges two field rows into one', () => {
  const grids = [
    info('Chi cục TĐC'),
    tthc([
      ['Đo lường điện', 2, 0, 0, 2, 0, 0],
      ['Tiêu chuẩn đo lường chất lượng', 1, 2, 0, 1, 2, 0],
    ]),
  ];
  const before = readUnitWorkbook(grids, 'a.xlsx');
  expect(Object.keys(before.tthc!.byField)).toEqual(['Đo lường điện', 'Tiêu chuẩn đo lường chất lượng']);

  const office = settings({ fields: [{ name: 'Tiêu chuẩn đo lường chất lượng', synonyms: ['Đo lường điện'] }] });
  expect(office.findings).toEqual([]);
  const after = readUnitWorkbook(grids, 'a.xlsx', { settings: office });
  expect(after.tthc!.byField).toEqual({
    'Tiêu chuẩn đo lường chất lượng': {
      received: 5,
      online: 3,
      inPerson: 2,
      carriedOver: 0,
      resolved: 5,
      early: 3,
      onTime: 2,
      late: 0,
      pending: 0,
      pendingOverdue: 0,
    },
  });
  // The two rows are one field now: said once, as for any repeated field.
  expect(after.findings.map((f) => f.code)).toEqual(['TTHC_DUPLICATE_FIELD']);
});
