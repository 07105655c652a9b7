import { consolidate } from '../../../src/core/consolidate';
import { buildSummaryLayout } from '../../../src/core/report/summary-layout';
import { chiCuc, trungTam, vanPhong } from '../consolidate/unit-reports';
import { rowOf, values } from './layout-cells';

const sheetOf = (s: ReturnType<typeof consolidate>) =>
  buildSummaryLayout(s).sheets.find((x) => x.name === 'TH_DaoTao')!;

describe('TH_DaoTao by staff type', () => {
  it('has a second table below the first: each course kind in total and by staff type, then its total row', () => {
    const summary = consolidate([vanPhong(), chiCuc(), trungTam()]);
    const s = sheetOf(summary);
    const v = values(s);
    const title = rowOf(s, 1, 'Chia theo đối tượng cử đi (tất cả các đơn vị)');
    const firstTotal = rowOf(s, 0, 'Tổng cộng');
    expect(title).toBeGreaterThan(firstTotal);
    const header = v[title + 2];
    expect(v[title + 1][0]).toBe('STT');
    expect(v[title + 1][3]).toBe('Chia theo đối tượng');
    const t = summary.total.training!;
    for (const [kind, byType] of Object.entries(t.byKindAndType)) {
      const r = v.findIndex((row, i) => i > title && row?.[1] === kind);
      expect(v[r][2]).toBe(t.byKind[kind]);
      for (const [type, n] of Object.entries(byType))
        expect([kind, type, v[r][header.indexOf(type)]]).toEqual([kind, type, n]);
    }
    const total = v.findIndex((row, i) => i > title && row?.[0] === 'Tổng cộng');
    expect(v[total][2]).toBe(t.total);
    // The signature block comes after both tables.
    expect(rowOf(s, 0, 'NGƯỜI LẬP BIỂU')).toBeGreaterThan(total);
  });

  it('puts what no staff type was given for under «Chưa rõ đối tượng»', () => {
    const u = vanPhong();
    u.training = { total: 3, byKind: { 'Thạc sĩ': 3 }, byKindAndType: { 'Thạc sĩ': { '': 1, 'Công chức': 2 } } };
    const v = values(sheetOf(consolidate([u])));
    const header = v.find((row) => row?.includes('Chưa rõ đối tượng'))!;
    const r = v.findIndex((row) => row?.[1] === 'Thạc sĩ' && row?.[2] === 3 && row.length > 4);
    expect([v[r][header.indexOf('Công chức')], v[r][header.indexOf('Chưa rõ đối tượng')]]).toEqual([2, 1]);
  });

  it('is left out when nobody went on a course', () => {
    const u = vanPhong();
    u.training = { total: 0, byKind: {}, byKindAndType: {} };
    expect(rowOf(sheetOf(consolidate([u])), 1, 'Chia theo đối tượng cử đi (tất cả các đơn vị)')).toBe(-1);
  });
});
