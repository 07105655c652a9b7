import { consolidate } from '../../../src/core/consolidate';
import { summaryJson } from '../../../src/core/report/summary-json';
import { chiCuc, seedUnits, trungTam, unreadable, vanPhong } from '../consolidate/unit-reports';

const COUNT_KEYS = [
  'received',
  'online',
  'inPerson',
  'carriedOver',
  'resolved',
  'early',
  'onTime',
  'late',
  'pending',
  'pendingOverdue',
];

describe('the summary JSON', () => {
  const json = summaryJson(consolidate([vanPhong(), unreadable(), chiCuc(), trungTam()]));

  it('has the period with ISO dates', () => {
    expect(json.period).toEqual({ label: '6 tháng đầu năm 2020', from: '2019-12-15', to: '2020-06-14' });
    expect(summaryJson(consolidate(seedUnits(), { from: null, to: null })).period).toEqual({
      label: '6 tháng đầu năm 2020',
      from: null,
      to: null,
    });
  });

  it("has the keys of docs/interfaces.md §3 (and the report text's extras) plus the settings used, and no section a unit did not report", () => {
    expect(Object.keys(json)).toEqual(['period', 'units', 'total', 'files', 'findings', 'settings']);
    expect(json.settings).toEqual({ file: null, changes: [] });
    expect(json.units.map((u) => Object.keys(u))).toEqual([
      ['name', 'file', 'source', 'tthc', 'staff', 'training', 'reception'],
      ['name', 'file', 'source', 'tthc', 'staff', 'reception'],
      ['name', 'file', 'source', 'tthc', 'staff', 'training'],
    ]);
    const u = json.units[0];
    expect(Object.keys(u.tthc!)).toEqual([...COUNT_KEYS, 'byField']);
    expect(Object.keys(u.tthc!.byField['Sở hữu trí tuệ'])).toEqual(COUNT_KEYS);
    expect(Object.keys(u.staff!)).toEqual([
      'quota',
      'present',
      'byType',
      'byDegree',
      'byPoliticalTheory',
      'byStateManagement',
      'women',
      'partyMembers',
      'studying',
    ]);
    expect(Object.keys(u.training!)).toEqual(['total', 'byKind', 'byKindAndType']);
    expect(Object.keys(u.reception!)).toEqual(['citizens', 'complaints', 'denunciations', 'petitions', 'resolved']);
    expect(Object.keys(json.total)).toEqual(['tthc', 'staff', 'training', 'reception']);
    expect(Object.keys(json.findings[0])).toEqual(['file', 'sheet', 'cell', 'severity', 'code', 'message']);
  });

  it('carries the summed totals, fields across units included', () => {
    expect(json.total.tthc).toMatchObject({
      received: 53,
      online: 17,
      inPerson: 29,
      carriedOver: 7,
      resolved: 49,
      early: 40,
      onTime: 9,
      late: 0,
      pending: 4,
      pendingOverdue: 0,
    });
    expect(Object.keys(json.total.tthc!.byField)).toHaveLength(4);
    expect(json.total.staff).toMatchObject({
      quota: 152,
      present: 182,
      byDegree: { 'Tiến sĩ': 2, 'Thạc sĩ': 70, 'Đại học': 110 },
    });
    expect(json.total.training).toEqual({
      total: 10,
      byKind: expect.objectContaining({ 'Kế toán viên chính': 3 }),
      byKindAndType: expect.any(Object),
    });
    expect(json.total.reception).toMatchObject({ citizens: 5, complaints: 2, denunciations: 0, petitions: 3 });
    expect(json.findings.map((f) => f.code)).toEqual([
      'FILE_UNREADABLE',
      'TTHC_TOTAL_MISMATCH',
      'SECTIONS_MISSING',
      'SECTIONS_MISSING',
    ]);
  });

  it('writes category keys and names in NFC', () => {
    const u = vanPhong();
    u.name = 'Văn phòng Sở'.normalize('NFD');
    u.staff = { ...u.staff!, byDegree: { ['Thạc sĩ'.normalize('NFD')]: 20, 'Thạc sĩ': 1 } };
    const j = summaryJson(consolidate([u]));
    expect(j.units[0].name).toBe('Văn phòng Sở'.normalize('NFC'));
    expect(j.units[0].staff!.byDegree).toEqual({ 'Thạc sĩ': 21 });
    expect(j.total.staff!.byDegree).toEqual({ 'Thạc sĩ': 21 });
    expect(JSON.stringify(j)).toBe(JSON.stringify(j).normalize('NFC'));
  });
});
