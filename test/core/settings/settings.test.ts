import type { CellValue, Grid } from '../../../src/core/grid';
import { serialFromYmd } from '../../../src/core/calendar';
import {
  applySettings,
  buildSettingsWorkbook,
  defaultSettings,
  fieldKey,
  findSettingsSheet,
  nameResolver,
  readSettingsGrid,
  readSettingsJson,
  settingsCalendar,
  settingsFromGrids,
  type SettingsInput,
} from '../../../src/core/settings';
import { layoutToGrids } from '../unit/support/layout-grids';

/** The starting DanhMuc sheet as a reader would get it back from the saved workbook. */
function startingSheet(): Grid {
  return layoutToGrids(buildSettingsWorkbook(defaultSettings())).grids[0];
}

/** Writes `cells` into the first empty row under the table whose title starts with `title`. */
function fillRow(g: Grid, title: string, cells: CellValue[]): string {
  const t = g.rows.findIndex((row) => typeof row[0] === 'string' && (row[0] as string).includes(title));
  expect(t).toBeGreaterThanOrEqual(0);
  let r = t + 3; // title, hint, header
  while (g.rows[r].slice(0, 3).some((v) => v !== null && v !== undefined)) r++;
  g.rows[r] = [...cells];
  return `A${r + 1}`;
}

/** The office's entries as the JSON form gives them. */
function input(json: object): SettingsInput {
  const r = readSettingsJson(JSON.stringify(json), 'danh-muc.json');
  expect(r.findings).toEqual([]);
  return r.input!;
}

describe('shipped settings', () => {
  test('every shipped field names its source and no wording belongs to two fields', () => {
    const s = defaultSettings();
    expect(s.fields.length).toBeGreaterThanOrEqual(9);
    for (const f of s.fields) expect(f.source.length).toBeGreaterThan(10);
    const keys = s.fields.flatMap((f) => [f.name, ...f.synonyms]).map(fieldKey);
    expect(new Set(keys).size).toBe(keys.length);
    const r = nameResolver(s.fields);
    for (const f of s.fields)
      for (const w of [f.name, ...f.synonyms]) expect(r(w)).toEqual({ name: f.name, known: true });
  });

  test('the fields taken over in 2025 are in the list', () => {
    const names = defaultSettings().fields.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Bưu chính',
        'Viễn thông và Internet',
        'Tần số vô tuyến điện',
        'Công nghệ thông tin, điện tử',
      ]),
    );
  });

  test('«Lĩnh vực Đo lường», «Đo lường» and «TC-ĐL-CL» are one field; an unknown one keeps its own name', () => {
    const r = nameResolver(defaultSettings().fields);
    const want = { name: 'Tiêu chuẩn đo lường chất lượng', known: true };
    expect(r('Lĩnh vực Đo lường')).toEqual(want);
    expect(r('Đo lường')).toEqual(want);
    expect(r('TC-ĐL-CL')).toEqual(want);
    expect(r('LĨNH VỰC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG')).toEqual(want);
    expect(r('Thủy sản')).toEqual({ name: 'Thủy sản', known: false });
  });
});

describe('the DanhMuc sheet', () => {
  test('the starting sheet read back unchanged gives the shipped settings, no finding and no change', () => {
    const g = startingSheet();
    const s = applySettings(readSettingsGrid(g, 'danh-muc.xlsx'));
    expect(s.findings).toEqual([]);
    expect(s.changes).toEqual([]);
    expect(s.fields).toEqual(defaultSettings().fields);
    expect(s.file).toBe('danh-muc.xlsx');
  });

  test('an extra day off typed in the sheet moves a deadline by one working day', () => {
    const g = startingSheet();
    const at = fillRow(g, 'Ngày nghỉ thêm', ['13/10/2026', 'Nghỉ', 'Nghỉ theo quyết định của tỉnh']);
    const s = settingsFromGrids([{ name: 'Sheet1', rows: [] }, g], 'so-theo-doi.xlsx');
    expect(s.extraDaysOff).toEqual([{ serial: serialFromYmd(2026, 10, 13), note: 'Nghỉ theo quyết định của tỉnh' }]);
    // Received Fri 09/10/2026, 2 working days: Mon 12, Tue 13 → with 13/10 off, Wed 14.
    const received = serialFromYmd(2026, 10, 9);
    expect(settingsCalendar(defaultSettings()).addWorkdays(received, 2)).toBe(serialFromYmd(2026, 10, 13));
    expect(settingsCalendar(s).addWorkdays(received, 2)).toBe(serialFromYmd(2026, 10, 14));
    expect(s.changes).toEqual([
      {
        list: 'Ngày nghỉ thêm, ngày làm việc thêm',
        change: 'thêm ngày nghỉ 13/10/2026 (Nghỉ theo quyết định của tỉnh)',
        at: `DanhMuc!${at}`,
      },
    ]);
  });

  test('a date that is not a date and an unknown kind are findings naming the cell; the rest is used', () => {
    const g = startingSheet();
    const bad = fillRow(g, 'Ngày nghỉ thêm', ['31/02/2026', 'Nghỉ', null]);
    const badKind = fillRow(g, 'Ngày nghỉ thêm', ['02/01/2026', 'Nghỉ phép', null]).replace('A', 'B');
    fillRow(g, 'Ngày nghỉ thêm', [serialFromYmd(2026, 1, 10), 'Làm bù', 'VPCP 12729/VPCP-KGVX']);
    const s = applySettings(readSettingsGrid(g, 'danh-muc.xlsx'));
    expect(s.findings.map((f) => [f.cell, f.severity, f.code])).toEqual([
      [bad, 'error', 'SETTINGS_BAD_DATE'],
      [badKind, 'error', 'SETTINGS_BAD_DAY_KIND'],
    ]);
    expect(s.findings[0]).toMatchObject({ file: 'danh-muc.xlsx', sheet: 'DanhMuc' });
    expect(s.findings[0].message).toContain('«31/02/2026»');
    expect(s.extraDaysOff).toEqual([]);
    expect(s.extraWorkdays).toEqual([{ serial: serialFromYmd(2026, 1, 10), note: 'VPCP 12729/VPCP-KGVX' }]);
  });

  test('a synonym added to a shipped field is listed as a change and resolves to it', () => {
    const g = startingSheet();
    const r = g.rows.findIndex((x) => x[0] === 'Sở hữu trí tuệ');
    g.rows[r][1] = `${g.rows[r][1]}; Sở hữu trí tuệ - SHCN`;
    const s = applySettings(readSettingsGrid(g, 'danh-muc.xlsx'));
    expect(s.findings).toEqual([]);
    expect(s.changes).toEqual([
      {
        list: 'Lĩnh vực thủ tục hành chính',
        change: '«Sở hữu trí tuệ»: thêm tên gọi khác «Sở hữu trí tuệ - SHCN»',
        at: `DanhMuc!A${r + 1}`,
      },
    ]);
    expect(nameResolver(s.fields)('Sở hữu trí tuệ - SHCN').name).toBe('Sở hữu trí tuệ');
  });
});

describe('checking the office entries', () => {
  test('a synonym two office fields claim is an error on the second; the first keeps it', () => {
    const s = applySettings(
      input({
        fields: [
          { name: 'Đo lường điện', synonyms: ['ĐLĐ', 'Điện'] },
          { name: 'Điện lực', synonyms: 'Điện' },
        ],
      }),
    );
    expect(s.findings.map((f) => [f.cell, f.severity, f.code])).toEqual([
      ['fields[1].synonyms', 'error', 'SETTINGS_SYNONYM_CLAIMED'],
    ]);
    const r = nameResolver(s.fields);
    expect(r('Điện').name).toBe('Đo lường điện');
    expect(r('Điện lực').name).toBe('Điện lực');
  });

  test('an office field named like a shipped synonym takes that wording, with a warning', () => {
    const s = applySettings(input({ fields: [{ name: 'Đo lường', source: 'Quyết định của UBND tỉnh' }] }));
    expect(s.findings.map((f) => [f.severity, f.code])).toEqual([['warning', 'SETTINGS_SYNONYM_MOVED']]);
    const r = nameResolver(s.fields);
    expect(r('Lĩnh vực Đo lường').name).toBe('Đo lường');
    expect(r('TC-ĐL-CL').name).toBe('Tiêu chuẩn đo lường chất lượng');
    expect(s.fields.find((f) => f.name === 'Đo lường')!.source).toBe('Quyết định của UBND tỉnh');
  });

  test('labels: an unknown list or label is an error; a known one adds its ways of writing', () => {
    const s = applySettings(
      input({
        labels: [
          { list: 'Trình độ chuyên môn', label: 'Cao đẳng', synonyms: 'CĐ Thư viện; CĐSP' },
          { list: 'Trình độ', label: 'Cao đẳng', synonyms: 'x' },
          { list: 'Trạng thái hồ sơ', label: 'Trễ', synonyms: ['Trễ hẹn'] },
        ],
      }),
    );
    expect(s.findings.map((f) => [f.cell, f.code])).toEqual([
      ['labels[1].list', 'SETTINGS_BAD_LIST'],
      ['labels[2].label', 'SETTINGS_BAD_LABEL'],
    ]);
    expect(s.labels).toEqual([{ list: 'degree', label: 'Cao đẳng', synonyms: ['CĐ Thư viện', 'CĐSP'] }]);
  });

  test('agency details replace the shipped ones and are listed as changes', () => {
    const s = applySettings(input({ agency: { agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH', 'Thư ký': 'A' } }));
    expect(s.agency.agency).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH');
    expect(s.changes.map((c) => c.change)).toEqual(['Tên cơ quan: «SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH»']);
    expect(s.findings.map((f) => f.code)).toEqual(['SETTINGS_BAD_ITEM']);
  });

  test('units are the office list with their synonyms; none are shipped', () => {
    expect(defaultSettings().units).toEqual([]);
    const s = applySettings(
      input({ units: [{ name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng', synonyms: ['Chi cục TĐC', 'CCTĐC'] }] }),
    );
    expect(nameResolver(s.units)('chi cuc TĐC')).toEqual({
      name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
      known: true,
    });
  });
});

describe('the JSON form', () => {
  test('reads the same tables, naming entries by their path', () => {
    const { input: i, findings } = readSettingsJson(
      JSON.stringify({
        days: [
          { date: '24/11/2026', kind: 'Nghỉ' },
          { date: 'ngày mai', kind: 'Nghỉ' },
        ],
        fields: [{ name: 'Tiêu chuẩn đo lường chất lượng', synonyms: ['Đo lường - Chất lượng'] }],
        agency: { signerName: 'Nguyễn Văn A' },
      }),
      'danh-muc.json',
    );
    expect(findings).toEqual([]);
    const s = applySettings(i);
    expect(s.extraDaysOff.map((d) => d.serial)).toEqual([serialFromYmd(2026, 11, 24)]);
    expect(s.findings.map((f) => [f.sheet, f.cell, f.code])).toEqual([['', 'days[1].date', 'SETTINGS_BAD_DATE']]);
    expect(nameResolver(s.fields)('Đo lường - Chất lượng').name).toBe('Tiêu chuẩn đo lường chất lượng');
    expect(s.agency.signerName).toBe('Nguyễn Văn A');
  });

  test('text that is not JSON, or a list that is not a list, is a finding, never a crash', () => {
    expect(readSettingsJson('{ days: ', 'a.json')).toMatchObject({
      input: null,
      findings: [{ code: 'SETTINGS_NOT_JSON', severity: 'error' }],
    });
    expect(readSettingsJson('[1]', 'a.json').input).toBeNull();
    const r = readSettingsJson('{"days": 3}', 'a.json');
    expect(r.findings.map((f) => f.code)).toEqual(['SETTINGS_BAD_JSON_LIST']);
    expect(applySettings(r.input).findings).toEqual([]);
  });
});

test('a workbook without a DanhMuc sheet gives the shipped settings', () => {
  expect(findSettingsSheet([{ name: 'TTHC', rows: [] }])).toBeUndefined();
  expect(settingsFromGrids([{ name: 'TTHC', rows: [] }], 'x.xlsx')).toEqual(defaultSettings());
});
