import { consolidate } from '../../../src/core/consolidate';
import type { ProvincialSummary } from '../../../src/core/consolidate/types';
import { buildSummaryLayout } from '../../../src/core/report/summary-layout';
import type { LayoutSheet, LayoutWorkbook } from '../../../src/core/layout';
import { reportParagraphs } from '../../../src/core/report/paragraphs';
import { onlineRate, onTimeRate } from '../../../src/core/tthc/ratios';
import { chiCuc, trungTam, unreadable, vanPhong } from '../consolidate/unit-reports';
import { at, cellMap, evaluate, rowOf, values } from './layout-cells';

function seedSummary(): ProvincialSummary {
  const hostile = { ...chiCuc(), name: '=HYPERLINK("http://x.invalid","Chi cục")' };
  hostile.findings = [{ ...hostile.findings[0], message: '=1+1 là nội dung do đơn vị gõ' }];
  return consolidate([vanPhong(), unreadable(), hostile, trungTam(), { ...vanPhong(), file: 'van-phong-lan-2.xlsx' }]);
}

const summary = seedSummary();
const wb: LayoutWorkbook = buildSummaryLayout(summary);
const sheet = (name: string): LayoutSheet => {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const formulaCells = (s: LayoutSheet) => [...cellMap(s)].filter(([, c]) => c.f !== undefined);

describe('the summary workbook layout', () => {
  it('has exactly the seven sheets, in order, and GuiLai since some unit has findings', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual([
      'TH_TTHC',
      'TH_LinhVuc',
      'TH_NhanSu',
      'TH_DaoTao',
      'TH_TiepDan',
      'KiemTra',
      'BaoCao',
      'GuiLai',
    ]);
  });

  it('caches in every formula cell exactly the value the formula computes from the sheet’s own cells', () => {
    let checked = 0;
    for (const s of wb.sheets) {
      for (const [, cell] of formulaCells(s)) {
        expect(cell.f).toMatch(/^(SUM\([A-Z]+\d+:[A-Z]+\d+\)|IF\(.+=0,"",.+\))$/);
        expect(evaluate(s, cell.f!)).toBe(cell.v);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('totals TH_TTHC with SUM formulas whose cached values are the summary’s totals, and ratios by IF formulas', () => {
    const s = sheet('TH_TTHC');
    const total = rowOf(s, 0, 'Tổng cộng');
    const first = rowOf(s, 0, 1);
    const t = summary.total.tthc!;
    const expected = [
      t.received,
      t.online,
      t.inPerson,
      t.carriedOver,
      t.resolved,
      t.early,
      t.onTime,
      t.late,
      t.pending,
      t.pending - t.pendingOverdue,
      t.pendingOverdue,
    ];
    expected.forEach((n, i) => {
      const cell = at(s, total, 2 + i)!;
      expect(cell.v).toBe(n);
      expect(cell.f).toBe(`SUM(${String.fromCharCode(67 + i)}${first + 1}:${String.fromCharCode(67 + i)}${total})`);
    });
    expect(at(s, total, 13)).toMatchObject({
      f: `IF(G${total + 1}=0,"",(H${total + 1}+I${total + 1})/G${total + 1})`,
      v: onTimeRate(t),
    });
    expect(at(s, total, 14)).toMatchObject({
      f: `IF((D${total + 1}+E${total + 1})=0,"",D${total + 1}/(D${total + 1}+E${total + 1}))`,
      v: onlineRate(t),
    });
    expect(at(s, total, 13)!.v).toBe(49 / 49);
  });

  it('writes one TH_TTHC row per accepted unit with its own figures and ratios', () => {
    const s = sheet('TH_TTHC');
    const first = rowOf(s, 0, 1);
    summary.units.forEach((u, i) => {
      const r = first + i;
      expect(at(s, r, 0)!.v).toBe(i + 1);
      expect(at(s, r, 1)!.v).toBe(u.name);
      const figures = [
        u.tthc!.received,
        u.tthc!.online,
        u.tthc!.inPerson,
        u.tthc!.carriedOver,
        u.tthc!.resolved,
        u.tthc!.early,
        u.tthc!.onTime,
        u.tthc!.late,
        u.tthc!.pending,
      ];
      expect([2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => at(s, r, c)!.v)).toEqual(figures);
      expect(at(s, r, 13)!.v).toBe(onTimeRate(u.tthc!) ?? '');
      expect(at(s, r, 14)!.v).toBe(onlineRate(u.tthc!) ?? '');
    });
    expect(rowOf(s, 0, 'Tổng cộng')).toBe(first + summary.units.length);
  });

  it('writes a blank ratio when there is nothing to divide by', () => {
    const none = consolidate([
      {
        ...vanPhong(),
        tthc: {
          received: 0,
          online: 0,
          inPerson: 0,
          carriedOver: 0,
          resolved: 0,
          early: 0,
          onTime: 0,
          late: 0,
          pending: 0,
          pendingOverdue: 0,
          byField: {},
        },
      },
    ]);
    const s = buildSummaryLayout(none).sheets[0];
    const total = rowOf(s, 0, 'Tổng cộng');
    expect([at(s, total, 13)!.v, at(s, total, 14)!.v, at(s, total - 1, 13)!.v]).toEqual(['', '', '']);
    for (const [, c] of formulaCells(s)) expect(evaluate(s, c.f!)).toBe(c.v);
  });

  it('has two header rows with merged groups, the Biểu II.06a labels and a column-number row', () => {
    const s = sheet('TH_TTHC');
    const h = rowOf(s, 0, 'STT');
    expect(values(s)[h].slice(0, 15)).toEqual([
      'STT',
      'Đơn vị',
      'Số hồ sơ nhận giải quyết',
      null,
      null,
      null,
      'Số hồ sơ đã giải quyết',
      null,
      null,
      null,
      'Số hồ sơ đang giải quyết',
      null,
      null,
      'Tỷ lệ đúng và trước hạn (%)',
      'Tỷ lệ tiếp nhận trực tuyến (%)',
    ]);
    expect(values(s)[h + 1].slice(2, 13)).toEqual([
      'Tổng số',
      'Trong kỳ: Trực tuyến',
      'Trong kỳ: Trực tiếp, dịch vụ bưu chính',
      'Từ kỳ trước',
      'Tổng số',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Tổng số',
      'Trong hạn',
      'Quá hạn',
    ]);
    expect(values(s)[h + 2].slice(0, 15)).toEqual(Array.from({ length: 15 }, (_, i) => `(${i + 1})`));
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { r1: h, c1: 2, r2: h, c2: 5 },
        { r1: h, c1: 6, r2: h, c2: 9 },
        { r1: h, c1: 10, r2: h, c2: 12 },
        { r1: h, c1: 0, r2: h + 1, c2: 0 },
        { r1: h, c1: 13, r2: h + 1, c2: 13 },
      ]),
    );
    expect(values(sheet('TH_LinhVuc'))[h][1]).toBe('Lĩnh vực');
  });

  it('opens every table sheet with the agency, the title in capitals, the period and the unit of measure', () => {
    const v = values(sheet('TH_TTHC'));
    expect(v[0][0]).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(v[1][0]).toBe('TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(v[2][0]).toBe('Kỳ báo cáo: 6 tháng đầu năm 2020 (từ ngày 15/12/2019 đến ngày 14/06/2020)');
    expect(v[3][0]).toBe('Đơn vị tính: Số hồ sơ');
    for (const s of wb.sheets) expect(values(s)[2][0]).toBe(v[2][0]);
    expect(
      values(buildSummaryLayout(summary, { agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG TRỊ' }).sheets[3])[0][0],
    ).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG TRỊ');
  });

  it('sums TH_LinhVuc by field across units', () => {
    const s = sheet('TH_LinhVuc');
    const first = rowOf(s, 0, 1);
    expect(Object.keys(summary.byField).map((_, i) => at(s, first + i, 1)!.v)).toEqual(Object.keys(summary.byField));
    const total = rowOf(s, 0, 'Tổng cộng');
    expect(at(s, total, 2)!.v).toBe(53);
  });

  it('never turns text into a formula: cells holding text that starts with "=" are plain values', () => {
    const hostile = wb.sheets
      .flatMap((s) => [...cellMap(s).values()])
      .filter((c) => typeof c.v === 'string' && c.v.startsWith('='));
    expect(hostile.map((c) => c.v)).toEqual(
      expect.arrayContaining(['=HYPERLINK("http://x.invalid","Chi cục")', '=1+1 là nội dung do đơn vị gõ']),
    );
    for (const c of hostile) expect(c.f).toBeUndefined();
  });

  it('refers only to styles it defines, and uses few of them', () => {
    const used = new Set(
      wb.sheets.flatMap((s) => [...cellMap(s).values()].map((c) => c.s).filter((x): x is string => x !== undefined)),
    );
    for (const name of used) expect(wb.styles[name]).toBeDefined();
    expect(Object.keys(wb.styles).length).toBeLessThanOrEqual(16);
    expect(wb.styles.integer.numFmt).toBe('#,##0');
    expect(wb.styles.percent.numFmt).toBe('0.0%');
    const s = sheet('TH_TTHC');
    const total = rowOf(s, 0, 'Tổng cộng');
    expect(at(s, total, 13)!.s).toBe('totalPercent');
    expect(wb.styles[at(s, total, 2)!.s!]).toMatchObject({ bold: true, numFmt: '#,##0' });
  });

  it('has merges that stay inside the cells and never overlap', () => {
    for (const s of wb.sheets) {
      const rows = s.blocks[0].cells.length;
      const cols = s.blocks[0].cells[0].length;
      s.merges.forEach((m, i) => {
        expect(m.r2 >= m.r1 && m.c2 >= m.c1 && (m.r2 > m.r1 || m.c2 > m.c1)).toBe(true);
        expect(m.r2 < rows && m.c2 < cols).toBe(true);
        for (const o of s.merges.slice(i + 1)) {
          const overlap = m.r1 <= o.r2 && o.r1 <= m.r2 && m.c1 <= o.c2 && o.c1 <= m.c2;
          if (overlap) throw new Error(`${s.name}: ${JSON.stringify(m)} overlaps ${JSON.stringify(o)}`);
        }
        for (let r = m.r1; r <= m.r2; r++) {
          for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) expect(at(s, r, c)!.v).toBeNull();
        }
      });
    }
  });

  it('draws a stacked column chart of TH_TTHC by unit and status over the unit rows, below the table', () => {
    const s = sheet('TH_TTHC');
    expect(s.charts).toHaveLength(1);
    const ch = s.charts![0];
    const first = rowOf(s, 0, 1);
    const total = rowOf(s, 0, 'Tổng cộng');
    expect(ch.kind).toBe('columnStacked');
    expect([ch.firstRow, ch.lastRow]).toEqual([first, total - 1]);
    expect(at(s, first, ch.categoryCol)!.v).toBe(summary.units[0].name);
    const header = values(s)[first - 2];
    expect(ch.series.map((x) => [x.name, header[x.col]])).toEqual([
      ['Trước hạn', 'Trước hạn'],
      ['Đúng hạn', 'Đúng hạn'],
      ['Quá hạn', 'Quá hạn'],
      ['Đang giải quyết', 'Tổng số'],
    ]);
    expect(values(s)[first - 3][ch.series[3].col]).toBe('Số hồ sơ đang giải quyết');
    for (const x of ch.series) expect(x.col).toBeLessThan(s.widths.length);
    expect(ch.anchor.row).toBeGreaterThan(total);
    expect(ch.anchor.col + ch.anchor.widthCols).toBeLessThanOrEqual(s.widths.length);
    expect(sheet('TH_LinhVuc').charts).toBeUndefined();
  });

  it('freezes below the headers and right of the name column, and prints A4 landscape with the header repeated', () => {
    for (const name of ['TH_TTHC', 'TH_LinhVuc', 'TH_NhanSu', 'TH_DaoTao', 'TH_TiepDan']) {
      const s = sheet(name);
      const first = rowOf(s, 0, 1);
      expect(s.freeze).toEqual({ rows: first, cols: 2 });
      expect(s.print).toEqual({
        orientation: 'landscape',
        paper: 'A4',
        fitToWidth: true,
        repeatRows: { first: 4, last: first - 1 },
      });
    }
    expect(sheet('BaoCao').print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
  });

  it('sizes columns to their text, within limits', () => {
    for (const s of wb.sheets) {
      expect(s.widths).toHaveLength(s.blocks[0].cells[0].length);
      for (const w of s.widths) expect(w >= 5 && w <= 48).toBe(true);
    }
    const w = sheet('TH_TTHC').widths;
    // The longest name (48 characters) wraps onto two lines of the name column, kept at 34 so the sheet prints larger.
    expect(w[1]).toBe(34);
    const nameRow = values(sheet('TH_TTHC')).findIndex(
      (r) => r?.[1] === 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ',
    );
    expect(sheet('TH_TTHC').heights![nameRow]).toBeGreaterThanOrEqual(2 * 12 * 1.25);
    expect(w[0]).toBeLessThan(10);
    expect(w[2]).toBeLessThan(w[1]);
  });

  it('lays out TH_NhanSu by category, with other categories found and a blank quota total when none was stated', () => {
    const u = trungTam();
    u.staff = { ...u.staff!, quota: null, byDegree: { ...u.staff!.byDegree, 'Khác: Sơ cấp': 2 } };
    const s = buildSummaryLayout(consolidate([u, { ...chiCuc(), staff: { ...chiCuc().staff!, quota: null } }]))
      .sheets[2];
    const h = rowOf(s, 0, 'STT');
    const labels = values(s)[h + 1];
    expect(values(s)[h].slice(0, 4)).toEqual(['STT', 'Đơn vị', 'Biên chế được giao', 'Có mặt']);
    expect(labels.slice(4, 17)).toEqual([
      'Công chức',
      'Viên chức',
      'Người lao động',
      'Tiến sĩ',
      'Thạc sĩ',
      'Đại học',
      'Cao đẳng',
      'Trung cấp',
      'Khác',
      'Khác: Sơ cấp',
      'Cao cấp',
      'Trung cấp',
      'Sơ cấp',
    ]);
    expect(values(s)[h].slice(-2)).toEqual(['Nữ', 'Đảng viên']);
    const total = rowOf(s, 0, 'Tổng cộng');
    expect(at(s, total, 2)).toEqual({ v: null, s: 'totalInteger' });
    expect(at(s, total, 3)!.v).toBe(122);
    expect(at(s, total, 13)!.v).toBe(2);
    expect(values(s)[h].indexOf('Đang học')).toBeGreaterThan(0);
  });

  it('lays out TH_DaoTao by course type and TH_TiepDan by count received and resolved', () => {
    const d = sheet('TH_DaoTao');
    const dh = rowOf(d, 0, 'STT');
    expect(values(d)[dh + 1]).toContain('Kế toán viên chính');
    const kt = values(d)[dh + 1].indexOf('Kế toán viên chính');
    expect(at(d, rowOf(d, 0, 'Tổng cộng'), kt)!.v).toBe(3);
    expect(at(d, rowOf(d, 0, 'Tổng cộng'), 2)!.v).toBe(summary.total.training!.total);

    const t = sheet('TH_TiepDan');
    const th = rowOf(t, 0, 'STT');
    expect(values(t)[th].slice(2)).toEqual([
      'Lượt tiếp công dân',
      null,
      'Đơn khiếu nại',
      null,
      'Đơn tố cáo',
      null,
      'Kiến nghị, phản ánh',
      null,
    ]);
    expect(values(t)[th + 1].slice(2, 4)).toEqual(['Tiếp nhận', 'Đã giải quyết']);
    const r = summary.total.reception!;
    expect(values(t)[rowOf(t, 0, 'Tổng cộng')].slice(2)).toEqual([
      r.citizens,
      r.resolved.citizens,
      r.complaints,
      r.resolved.complaints,
      r.denunciations,
      r.resolved.denunciations,
      r.petitions,
      r.resolved.petitions,
    ]);
  });

  it('lists every source file in KiemTra with its result, then each finding with sheet, cell, severity and message', () => {
    const s = sheet('KiemTra');
    const v = values(s);
    const h = rowOf(s, 0, 'STT');
    expect(v[h]).toEqual(['STT', 'Tệp', 'Đơn vị', 'Kỳ báo cáo', 'Kết quả', 'Nội dung kiểm tra', null, null, null]);
    expect(v[h + 1].slice(5)).toEqual(['Trang tính', 'Ô', 'Mức độ', 'Nội dung']);
    expect(v[3][0]).toBe('Tổng số tệp: 05; hợp lệ: 01; có cảnh báo: 02; có lỗi: 0; bị loại: 02');
    const files = v
      .filter((row) => typeof row?.[0] === 'number' && row !== v[h])
      .map((row) => [row[0], row[1], row[4]]);
    expect(files).toEqual([
      [1, 'van-phong.xlsx', 'Hợp lệ'],
      [2, 'hong.xlsx', 'Bị loại'],
      [3, 'chi-cuc-tdc.xlsx', 'Có cảnh báo'],
      [4, 'trung-tam.xlsx', 'Có cảnh báo'],
      [5, 'van-phong-lan-2.xlsx', 'Bị loại'],
    ]);
    const findingRows = v.slice(h + 2).filter((row) => row?.[8] !== null && row?.[8] !== undefined);
    expect(findingRows.map((row) => row[8])).toEqual(summary.findings.map((f) => f.message));
    const tdc = rowOf(s, 1, 'chi-cuc-tdc.xlsx');
    expect(v[tdc].slice(5, 8)).toEqual(['TTHC', 'C9', 'Cảnh báo']);
    expect(v[rowOf(s, 1, 'hong.xlsx')][7]).toBe('Lỗi');
    expect(s.merges).toEqual(expect.arrayContaining([{ r1: tdc, c1: 1, r2: tdc + 1, c2: 1 }]));
  });

  it('puts the report paragraphs in BaoCao, one per wide merged, wrapped cell', () => {
    const s = sheet('BaoCao');
    const p = reportParagraphs(summary);
    for (const text of [p.tthc, p.byField, p.staff, p.training, p.reception]) {
      const r = rowOf(s, 0, text);
      expect(r).toBeGreaterThan(0);
      expect(at(s, r, 0)!.s).toBe('paragraph');
      expect(s.merges).toContainEqual({ r1: r, c1: 0, r2: r, c2: s.widths.length - 1 });
    }
    expect(wb.styles.paragraph.wrap).toBe(true);
    expect(s.widths.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(100);
    expect(values(s)[rowOf(s, 0, p.tthc) - 1][0]).toBe('1. Kết quả giải quyết thủ tục hành chính');
    const unpadded = buildSummaryLayout(summary, { padCounts: false }).sheets[6];
    expect(rowOf(unpadded, 0, reportParagraphs(summary, { padCounts: false }).tthc)).toBeGreaterThan(0);
  });

  it('still lays out every sheet when no unit was accepted', () => {
    const empty = buildSummaryLayout(consolidate([unreadable()]));
    // The seven, and GuiLai for the unreadable file's finding.
    expect(empty.sheets.map((s) => s.name)).toHaveLength(8);
    const s = empty.sheets[0];
    const total = rowOf(s, 0, 'Tổng cộng');
    expect(at(s, total, 2)!.f).toBeUndefined();
    expect(s.charts).toBeUndefined();
    expect(values(empty.sheets[6]).flat()).toContain('Chưa có số liệu của đơn vị nào để lập báo cáo.');
    for (const sh of empty.sheets) for (const [, c] of formulaCells(sh)) expect(evaluate(sh, c.f!)).toBe(c.v);
  });
});
