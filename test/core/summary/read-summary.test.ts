import { readWorkbook } from '../../../src/io/read-workbook';
import { isSummaryWorkbook, isSummaryJson, agencyUnitName, summaryJsonReport } from '../../../src/core/summary';
import * as fs from 'fs';
import * as path from 'path';
import { UNITS, V01, EXAMPLES, example, v01 } from './fixtures';

describe('a summary TongHop 0.1 wrote is recognised, never read as a unit workbook', () => {
  test('the workbook is recognised by its sheets; a unit workbook of the examples is not', () => {
    const grids = (f: string) => readWorkbook(new Uint8Array(fs.readFileSync(f)), path.basename(f)).grids;
    expect(isSummaryWorkbook(grids(path.join(V01, 'tong-hop.xlsx')))).toBe(true);
    for (const f of fs.readdirSync(EXAMPLES)) expect(isSummaryWorkbook(grids(path.join(EXAMPLES, f)))).toBe(false);
  });

  test('the JSON is recognised by its shape; other JSON is not', () => {
    expect(isSummaryJson(JSON.parse(fs.readFileSync(path.join(V01, 'tong-hop.json'), 'utf8')))).toBe(true);
    expect(isSummaryJson({ name: 'tonghop', version: '0.1.0' })).toBe(false);
  });

  test('read as a summary entry named by its agency line, without any unit-reader finding', () => {
    const r = v01('phan-a.xlsx');
    expect(r.source).toBe('summary');
    expect(r.name).toBe('Sở Khoa học và Công nghệ tỉnh Tây Ninh');
    expect(r.summary?.period).toEqual({ label: '6 tháng đầu năm 2020', from: 43814, to: 43996 });
    expect(r.findings).toEqual([]);
    expect(r.summary?.findings).toEqual([]);
  });

  test('the units of the workbook come back in KiemTra order with their own files and every section', () => {
    const s = v01('phan-a.xlsx').summary!;
    expect(s.members.map((m) => [m.name, m.file])).toEqual([
      [UNITS.vanPhong, '01-van-phong.xlsx'],
      [UNITS.chiCuc, '02-chi-cuc-tdc.xlsx'],
      [UNITS.kiemDinh, '03-trung-tam-kiem-dinh.xls'],
    ]);
    // Each unit's figures as the example units state them (the README of the fixtures).
    expect(s.members.map((m) => [m.tthc?.received, m.tthc?.carriedOver, m.tthc?.resolved, m.tthc?.pending])).toEqual([
      [16, 2, 15, 1],
      [20, 3, 18, 2],
      [12, 2, 11, 1],
    ]);
    expect(s.members.map((m) => [m.staff?.quota, m.staff?.present])).toEqual([
      [42, 40],
      [52, 50],
      [48, 45],
    ]);
    expect(s.members.map((m) => m.training?.total)).toEqual([3, 2, 2]);
    expect(s.members.every((m) => m.reception?.citizens === 0 && m.reception.resolved.citizens === 0)).toBe(true);
    // TH_LinhVuc: 10 + 6 + 32 = 48 received.
    expect(Object.entries(s.byField).map(([f, c]) => [f, c.received])).toEqual([
      ['Hoạt động khoa học và công nghệ', 10],
      ['Sở hữu trí tuệ', 6],
      ['Tiêu chuẩn đo lường chất lượng', 32],
    ]);
    expect(s.membersHaveFields).toBe(false);
  });

  test('a unit without TTHC (Thanh tra Sở) still keeps its place and its staff', () => {
    const s = v01('phan-b.xlsx').summary!;
    expect(s.members.map((m) => m.name)).toEqual([UNITS.thanhTra, UNITS.ungDung, UNITS.qlkh]);
    expect(s.members[0].tthc).toBeUndefined();
    expect(s.members[0].staff?.present).toBe(12);
  });

  test('the JSON gives the same units with their fields; 0.1 JSON has no agency and no resolved reception', () => {
    const r = v01('phan-a.json');
    expect(r.name).toBe('');
    const s = r.summary!;
    expect(s.members.map((m) => m.tthc?.received)).toEqual([16, 20, 12]);
    expect(s.membersHaveFields).toBe(true);
    expect(Object.values(s.members[0].tthc!.byField).reduce((n, c) => n + c.received, 0)).toBe(16);
    expect(s.findings.map((f) => f.code)).toEqual(['SUMMARY_JSON_NO_RECEPTION_RESOLVED']);
  });

  test('a JSON file that is not a TongHop summary is rejected, naming the file', () => {
    const r = example('01-van-phong.xlsx');
    expect(r.source).toBeUndefined();
    const bad = summaryJsonReport('{"a":1}', 'cau-hinh.json');
    expect(bad.status).toBe('rejected');
    expect(bad.findings[0].code).toBe('SUMMARY_JSON_UNKNOWN');
    expect(bad.findings[0].message).toContain('cau-hinh.json');
  });
});

describe('agency line as a unit name', () => {
  test.each([
    ['SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH', 'Sở Khoa học và Công nghệ tỉnh Tây Ninh'],
    ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Sở Khoa học và Công nghệ'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ['Phòng Kinh tế huyện Châu Thành', 'Phòng Kinh tế huyện Châu Thành'],
  ])('%s → %s', (agency, name) => expect(agencyUnitName(agency)).toBe(name));
});
