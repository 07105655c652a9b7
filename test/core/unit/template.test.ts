/** The unit template: its layout, and a filled copy read back into the expected UnitReport. */
import { serialFromYmd as d } from '../../../src/core/calendar/serial';
import { buildUnitTemplate, readUnitWorkbook } from '../../../src/core/unit';
import { listAlert } from '../../../src/core/unit/template-lists';
import { MAX_ALERT_MESSAGE } from '../../../src/core/list-sources';
import { defaultFields as shippedFields } from '../../../src/core/settings';

const defaultFields = { fields: shippedFields().map((f) => f.name) };
import { layoutToGrids, recalc, sheet } from './support/layout-grids';
import { parseChannel } from '../../../src/core/tthc';
import { staffLabel, isPartyMember } from '../../../src/core/staff';
import { courseKind } from '../../../src/core/training';
import { SEED_COUNTS, SEED_FIELDS, counts, seedStaffRows, seedTrainingRows } from './support/seed';

describe('buildUnitTemplate: layout', () => {
  const wb = buildUnitTemplate({ unitName: 'Trung tâm Thông tin và Thống kê KH&CN' });
  const byName = (n: string) => wb.sheets.find((s) => s.name === n)!;

  test('the sheets of docs/formats.md, in order, after the instructions, then the list sheet of the long drop-downs', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual([
      'HuongDan',
      'ThongTin',
      'TTHC',
      'SoTheoDoi',
      'NhanSu',
      'DaoTao',
      'TiepDan',
      'DanhSachChon',
    ]);
  });

  test("every sheet prints on A4 (HuongDan portrait), and the instructions' long paragraphs get their height", () => {
    for (const s of wb.sheets.filter((x) => x.name !== 'DanhSachChon')) expect(s.print?.paper).toBe('A4');
    expect(byName('HuongDan').print).toEqual({ orientation: 'portrait', paper: 'A4', fitToWidth: true });
    expect(Math.max(...Object.values(byName('HuongDan').heights ?? {}))).toBeGreaterThan(15);
  });

  test('every style used is defined; every sheet has widths; list sheets freeze their header', () => {
    for (const s of wb.sheets) {
      expect(s.widths.length).toBeGreaterThan(0);
      for (const b of s.blocks)
        for (const row of b.cells) for (const c of row) if (c.s) expect(wb.styles[c.s]).toBeDefined();
    }
    for (const n of ['ThongTin', 'TTHC', 'SoTheoDoi', 'NhanSu', 'DaoTao', 'TiepDan'])
      expect(byName(n).freeze?.rows).toBeGreaterThan(0);
  });

  test('HuongDan explains the sheets, the 15th → 14th period, dd/mm/yyyy and not renaming sheets, in Vietnamese NFC', () => {
    const text = byName('HuongDan')
      .blocks.flatMap((b) => b.cells.flat().map((c) => String(c.v ?? '')))
      .join('\n');
    expect(text).toContain('từ ngày 15');
    expect(text).toContain('đến ngày 14');
    expect(text).toContain('dd/mm/yyyy');
    expect(text).toContain('Không đổi tên trang');
    for (const n of ['ThongTin', 'TTHC', 'SoTheoDoi', 'NhanSu', 'DaoTao', 'TiepDan']) expect(text).toContain(n);
    expect(text).toBe(text.normalize('NFC'));
  });

  test('TTHC: two header rows with merged groups, a row per default field, Tổng cộng with SUM formulas', () => {
    const tthc = byName('TTHC');
    expect(tthc.merges).toEqual(
      expect.arrayContaining([
        { r1: 3, c1: 0, r2: 4, c2: 0 },
        { r1: 3, c1: 1, r2: 4, c2: 1 },
        { r1: 3, c1: 2, r2: 3, c2: 5 },
        { r1: 3, c1: 6, r2: 3, c2: 9 },
        { r1: 3, c1: 10, r2: 3, c2: 12 },
      ]),
    );
    const rows = tthc.blocks[0].cells;
    expect(rows[3][2].v).toBe('Số hồ sơ nhận giải quyết');
    expect(rows[4].slice(2).map((c) => c.v)).toEqual([
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
    expect(rows.slice(5, 5 + defaultFields.fields.length).map((r) => r[1].v)).toEqual(defaultFields.fields);
    const total = rows[rows.length - 1];
    expect(total[1].v).toBe('Tổng cộng');
    const last = 5 + defaultFields.fields.length + 5; // 5 spare rows, 1-based last data row
    expect(total[2].f).toBe(`SUM(C6:C${last})`);
    expect(total[12].f).toBe(`SUM(M6:M${last})`);
  });

  test('drop-downs for the categorical columns, from the category data', () => {
    const v = (n: string, col: number) => byName(n).validations!.find((x) => x.c1 === col)?.values;
    expect(v('NhanSu', 2)).toEqual(['Nữ', 'Nam']);
    expect(v('NhanSu', 6)).toEqual(['Công chức', 'Viên chức', 'Người lao động']);
    expect(v('NhanSu', 9)).toEqual(['Tiến sĩ', 'Thạc sĩ', 'Đại học', 'Cao đẳng', 'Trung cấp', 'Khác']);
    expect(v('NhanSu', 10)).toEqual(['Cao cấp', 'Trung cấp', 'Sơ cấp', 'Không']);
    expect(v('NhanSu', 11)).toEqual(['Chuyên viên cao cấp', 'Chuyên viên chính', 'Chuyên viên', 'Không']);
    expect(v('DaoTao', 3)).toEqual(['Đào tạo', 'Bồi dưỡng']);
    expect(v('DaoTao', 4)).toContain('QLNN ngạch chuyên viên chính');
    expect(v('SoTheoDoi', 3)).toEqual(['Trực tuyến', 'Trực tiếp', 'Dịch vụ bưu chính']);
    expect(v('SoTheoDoi', 1)).toEqual(defaultFields.fields);
  });

  test('every drop-down alert fits Excel (225 characters) whole: values named when they fit, else a pointer to the list', () => {
    const alerts = wb.sheets.flatMap((s) => (s.validations ?? []).map((v) => ({ v, sheet: s.name })));
    expect(alerts.length).toBeGreaterThan(5);
    for (const { v } of alerts) {
      expect(v.error!.length).toBeLessThanOrEqual(MAX_ALERT_MESSAGE);
      expect(v.error).not.toContain('…');
    }
    const field = alerts.find((a) => a.sheet === 'SoTheoDoi' && a.v.c1 === 1)!.v;
    expect(field.error).toBe('Hãy chọn «Lĩnh vực» trong danh sách thả xuống của ô (bấm mũi tên bên phải ô).');
    const gender = alerts.find((a) => a.sheet === 'NhanSu' && a.v.c1 === 2)!.v;
    expect(gender.error).toBe('Hãy chọn «Giới tính» trong danh sách (Nữ, Nam).');
    expect(listAlert('X', ['a'.repeat(300)])).toContain('danh sách thả xuống');
  });

  test('every drop-down value is understood by the reader as what it says', () => {
    const v = (n: string, col: number) => byName(n).validations!.find((x) => x.c1 === col)!.values;
    for (const x of v('NhanSu', 2)) expect(staffLabel('gender', x)).toBe(x);
    for (const x of v('NhanSu', 6)) expect(staffLabel('type', x)).toBe(x);
    for (const x of v('NhanSu', 9)) expect(staffLabel('degree', x)).toBe(x);
    for (const x of v('NhanSu', 10)) expect(staffLabel('politicalTheory', x)).toBe(x === 'Không' ? null : x);
    for (const x of v('NhanSu', 11)) expect(staffLabel('stateManagement', x)).toBe(x === 'Không' ? null : x);
    expect(v('NhanSu', 5).map((x) => isPartyMember(x))).toEqual([true, false]);
    for (const x of v('DaoTao', 4)) expect(courseKind(x)).toBe(x);
    expect(v('SoTheoDoi', 3).map((x) => parseChannel(x))).toEqual(['online', 'inPerson', 'inPerson']);
  });

  test('the unit name is pre-filled in ThongTin', () => {
    expect(byName('ThongTin').blocks[0].cells[3].map((c) => c.v)).toEqual([
      'Tên đơn vị',
      'Trung tâm Thông tin và Thống kê KH&CN',
      'Tên đầy đủ của đơn vị.',
    ]);
  });
});

describe('buildUnitTemplate: read back', () => {
  test('the empty template is rejected as carrying no figures: only the main sheets are said to be empty', () => {
    const t = layoutToGrids(buildUnitTemplate({ unitName: 'Văn phòng Sở' }));
    recalc(t);
    const r = readUnitWorkbook(t.grids, 'mau.xlsx');
    expect(r.findings.map((f) => f.code)).toEqual(['TTHC_EMPTY', 'STAFF_EMPTY', 'UNIT_NOTHING_USABLE']);
    expect(r.status).toBe('rejected');
  });

  test('filled with the seed figures, it round-trips to the expected UnitReport', () => {
    const t = layoutToGrids(buildUnitTemplate({ unitName: 'Văn phòng Sở' }));
    const info = sheet(t, 'ThongTin');
    info.rows[4][1] = '6 tháng đầu năm 2020';
    info.rows[5][1] = d(2019, 12, 15);
    info.rows[6][1] = '14/06/2020';
    info.rows[7][1] = 190;
    info.rows[8][1] = 'Nguyễn Văn A';
    info.rows[9][1] = d(2020, 6, 16);
    const tthc = sheet(t, 'TTHC');
    SEED_FIELDS.forEach(([name, f], i) => {
      expect(tthc.rows[5 + i][1]).toBe(name);
      f.forEach((v, k) => (tthc.rows[5 + i][2 + k] = v));
    });
    const staff = sheet(t, 'NhanSu');
    const seed = seedStaffRows();
    seed.rows.forEach((row, i) => (staff.rows[3 + i] = row));
    const training = sheet(t, 'DaoTao');
    seedTrainingRows().forEach((row, i) => (training.rows[3 + i] = row));
    const tiep = sheet(t, 'TiepDan');
    [
      [12, 12],
      [2, 1],
      [0, 0],
      [5, 5],
    ].forEach(([a, b], i) => {
      tiep.rows[3 + i][1] = a;
      tiep.rows[3 + i][2] = b;
    });
    recalc(t);
    expect(tthc.rows[5 + defaultFields.fields.length + 5][2]).toBe(53); // the SUM's cached value

    const r = readUnitWorkbook(t.grids, 'van-phong.xlsx');
    expect(r.findings).toEqual([]);
    expect(r).toEqual({
      file: 'van-phong.xlsx',
      name: 'Văn phòng Sở',
      period: { label: '6 tháng đầu năm 2020', from: d(2019, 12, 15), to: d(2020, 6, 14) },
      preparedBy: 'Nguyễn Văn A',
      preparedOn: d(2020, 6, 16),
      tthc: { ...SEED_COUNTS, byField: Object.fromEntries(SEED_FIELDS.map(([n, f]) => [n, counts(f)])) },
      tthcSource: 'table',
      staff: {
        quota: 190,
        present: 182,
        byDegree: { 'Tiến sĩ': 2, 'Thạc sĩ': 70, 'Đại học': 110 },
        studying: { 'Tiến sĩ': 7, 'Thạc sĩ': 8 },
        byType: seed.byType,
        byPoliticalTheory: seed.byPoliticalTheory,
        byStateManagement: seed.byStateManagement,
        women: seed.women,
        partyMembers: seed.party,
      },
      training: expect.objectContaining({ total: 10 }),
      reception: {
        citizens: 12,
        complaints: 2,
        denunciations: 0,
        petitions: 5,
        resolved: { citizens: 12, complaints: 1, denunciations: 0, petitions: 5 },
      },
      sectionSheets: { tthc: ['TTHC'], staff: ['NhanSu'], training: ['DaoTao'], reception: ['TiepDan'] },
      findings: [],
      status: 'valid',
      contentKey: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });
});
