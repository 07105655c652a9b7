/**
 * The office's ways of writing statuses, degrees, staff categories, political theory, state management and course
 * types (DanhMuc table 4) reach the matchers that read unit workbooks: a wording the shipped lists do not know is
 * «Khác»/unknown without the settings and counted under its label with them; conflicting entries are findings.
 */
import type { Grid } from '../../../src/core/grid';
import { readUnitWorkbook } from '../../../src/core/unit';
import {
  applySettings,
  labelSets,
  readSettingsJson,
  SHIPPED_LABEL_SETS,
  type Settings,
} from '../../../src/core/settings';
import { OFFICE_WORDINGS, officeWordingsSheets } from '../../support/office-wordings-unit';

function settings(json: object): Settings {
  return applySettings(readSettingsJson(JSON.stringify(json), 'danh-muc.json').input);
}
const grids = (): Grid[] => officeWordingsSheets();

describe('without the settings, the office-specific wordings are unknown', () => {
  const u = readUnitWorkbook(grids(), 'vp.xlsx');

  test('status «Đã trả KQ đúng hẹn»: the register row is not counted, an error names the cell', () => {
    expect(u.tthc).toMatchObject({ resolved: 2, early: 1, onTime: 0, late: 1 });
    expect(u.findings.filter((f) => f.code === 'REGISTER_BAD_STATUS').map((f) => [f.sheet, f.cell])).toEqual([
      ['SoTheoDoi', 'D2'],
    ]);
    expect(u.status).toBe('errors');
  });

  test('staff: «Biên chế», «Chuyên khoa cấp I», «Cử nhân CT», «Ngạch CVC» are counted as «Khác: …» and reported', () => {
    expect(u.staff).toMatchObject({
      byType: { 'Khác: Biên chế': 1, 'Công chức': 1 },
      byDegree: { 'Khác: Chuyên khoa cấp I': 1, 'Thạc sĩ': 1 },
      byPoliticalTheory: { 'Khác: Cử nhân CT': 1, 'Cao cấp': 1 },
      byStateManagement: { 'Khác: Ngạch CVC': 1, 'Chuyên viên chính': 1 },
    });
    expect(u.findings.filter((f) => f.code === 'STAFF_UNKNOWN_VALUE').length).toBeGreaterThan(0);
  });

  test('training: «Lớp KTV chính» is «Khác: …», its «Biên chế» person has an unknown staff type', () => {
    expect(u.training?.byKind).toEqual({ 'Khác: Lớp KTV chính': 1, 'Kế toán viên chính': 1 });
    expect(u.training?.byKindAndType['Kế toán viên chính']).toEqual({ 'Công chức': 1 });
    expect(u.findings.filter((f) => f.code === 'TRAINING_UNKNOWN_VALUE').length).toBeGreaterThan(0);
  });
});

describe('with the office ways of writing, each is counted in its row', () => {
  const office = settings(OFFICE_WORDINGS);
  const u = readUnitWorkbook(grids(), 'vp.xlsx', { settings: office });

  test('the settings are clean and list each added wording as a change', () => {
    expect(office.findings).toEqual([]);
    expect(office.changes.map((c) => c.change)).toEqual([
      'Trạng thái hồ sơ «Đúng hạn»: thêm cách viết «Đã trả KQ đúng hẹn»',
      'Trình độ chuyên môn «Thạc sĩ»: thêm cách viết «Chuyên khoa cấp I»',
      'Loại cán bộ «Công chức»: thêm cách viết «Biên chế»',
      'Lý luận chính trị «Cao cấp»: thêm cách viết «Cử nhân CT»',
      'Quản lý nhà nước «Chuyên viên chính»: thêm cách viết «Ngạch CVC»',
      'Loại khóa đào tạo «Kế toán viên chính»: thêm cách viết «KTV chính»',
    ]);
  });

  test('status: the register counts three dossiers, one on time', () => {
    expect(u.tthc).toMatchObject({ resolved: 3, early: 1, onTime: 1, late: 1 });
  });

  test('staff and training: every value under its canonical label, nothing unknown, the file valid', () => {
    expect(u.staff).toMatchObject({
      byType: { 'Công chức': 2 },
      byDegree: { 'Thạc sĩ': 2 },
      byPoliticalTheory: { 'Cao cấp': 2 },
      byStateManagement: { 'Chuyên viên chính': 2 },
    });
    expect(u.training?.byKindAndType).toEqual({ 'Kế toán viên chính': { 'Công chức': 2 } });
    expect(u.findings).toEqual([]);
    expect(u.status).toBe('valid');
  });
});

describe('conflicting or wrong entries are findings, never a crash', () => {
  test('a wording claimed by two labels of one list: an error naming the second entry; the first label keeps it', () => {
    const s = settings({
      labels: [
        { list: 'Trạng thái hồ sơ', label: 'Đúng hạn', synonyms: ['Đã trả KQ đúng hẹn'] },
        { list: 'Trạng thái hồ sơ', label: 'Quá hạn', synonyms: ['đã trả kq đúng hẹn', 'Trả trễ'] },
      ],
    });
    expect(s.findings.map((f) => [f.cell, f.severity, f.code])).toEqual([
      ['labels[1].synonyms', 'error', 'SETTINGS_SYNONYM_CLAIMED'],
    ]);
    expect(s.findings[0].message).toContain('«Đúng hạn»');
    const u = readUnitWorkbook(grids(), 'vp.xlsx', { settings: s });
    expect(u.tthc).toMatchObject({ onTime: 1, late: 1 });
    expect(labelSets(s).status('Trả trễ')).toBe('late');
  });

  test('the same wording in two different lists is no conflict', () => {
    const s = settings({
      labels: [
        { list: 'Lý luận chính trị', label: 'Cao cấp', synonyms: ['CC lý luận'] },
        { list: 'Loại khóa đào tạo', label: 'Cao cấp lý luận chính trị', synonyms: ['CC lý luận'] },
      ],
    });
    expect(s.findings).toEqual([]);
    expect(labelSets(s).staff('politicalTheory').match('CC lý luận')).toBe('Cao cấp');
    expect(labelSets(s).courses.match('CC lý luận')).toBe('Cao cấp lý luận chính trị');
  });

  test('a shipped wording of another label moves to the office label, with a warning; a canonical label cannot move', () => {
    const s = settings({
      labels: [{ list: 'Trình độ chuyên môn', label: 'Đại học', synonyms: ['Cao đẳng nghề', 'Tiến sĩ'] }],
    });
    expect(s.findings.map((f) => [f.severity, f.code])).toEqual([
      ['warning', 'SETTINGS_SYNONYM_MOVED'],
      ['error', 'SETTINGS_SYNONYM_CLAIMED'],
    ]);
    expect(s.findings[0].message).toContain('«Cao đẳng»');
    const degree = labelSets(s).staff('degree');
    expect(degree.match('Cao đẳng nghề')).toBe('Đại học');
    expect(degree.match('Tiến sĩ')).toBe('Tiến sĩ');
    expect(degree.match('Cao đẳng')).toBe('Cao đẳng');
    // The shipped matcher is not changed by an office's settings.
    expect(SHIPPED_LABEL_SETS.staff('degree').match('Cao đẳng nghề')).toBe('Cao đẳng');
  });

  test('a wording the shipped list already gives the same label is no change', () => {
    const s = settings({ labels: [{ list: 'Loại cán bộ', label: 'Người lao động', synonyms: ['HĐ 68'] }] });
    expect(s.findings).toEqual([]);
    expect(s.changes).toEqual([]);
  });

  test('a wording that means "none" in the shipped list counts for the office label once the office gives it', () => {
    const s = settings({ labels: [{ list: 'Quản lý nhà nước', label: 'Chuyên viên', synonyms: ['Chưa học'] }] });
    expect(SHIPPED_LABEL_SETS.staff('stateManagement').classify('Chưa học')).toEqual({ kind: 'none' });
    expect(labelSets(s).staff('stateManagement').classify('Chưa học')).toEqual({
      kind: 'category',
      label: 'Chuyên viên',
    });
  });

  test('settings that add no wording use the shipped matchers; the same settings build theirs once', () => {
    expect(labelSets(settings({}))).toBe(SHIPPED_LABEL_SETS);
    const s = settings(OFFICE_WORDINGS);
    expect(labelSets(s)).toBe(labelSets(s));
    expect(labelSets(s)).not.toBe(SHIPPED_LABEL_SETS);
  });
});
