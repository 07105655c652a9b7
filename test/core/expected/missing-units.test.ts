import {
  expectedUnits,
  missingUnits,
  unitListFromGrids,
  unitListFromText,
  withExpectedUnits,
} from '../../../src/core/expected';
import { consolidateInputs } from '../../../src/core/summary';
import { example, v01 } from '../summary/fixtures';

describe('the list of units expected to report', () => {
  test('one name a line; blanks, comments, numbering, a header and repeats are dropped', () => {
    expect(unitListFromText('Tên đơn vị\n1. Văn phòng Sở\n\n# tạm\n2) Thanh tra Sở\nVĂN PHÒNG SỞ\r\n')).toEqual([
      'Văn phòng Sở',
      'Thanh tra Sở',
    ]);
  });

  test('from a workbook: the first text column of the first sheet, numbering in column A skipped', () => {
    const grid = {
      name: 'DanhSach',
      rows: [
        ['STT', 'Tên đơn vị'],
        [1, 'Văn phòng Sở'],
        [2, 'Thanh tra Sở'],
      ],
    };
    expect(unitListFromGrids([grid])).toEqual(['Văn phòng Sở', 'Thanh tra Sở']);
  });
});

describe('who has not sent', () => {
  const summary = consolidateInputs([example('01-van-phong.xlsx'), example('04-thanh-tra.ods')]);

  test('names match by meaning: case, diacritics, spacing and a common prefix', () => {
    const expected = ['VĂN PHÒNG SỞ', 'thanh  tra so', 'Phòng Quản lý khoa học', 'Trung tâm Kiểm định và Kiểm nghiệm'];
    expect(missingUnits(expected, summary)).toEqual(['Phòng Quản lý khoa học', 'Trung tâm Kiểm định và Kiểm nghiệm']);
  });

  test('units inside a summary given as input count as sent', () => {
    const s = consolidateInputs([example('01-van-phong.xlsx'), v01('phan-b.xlsx')]);
    expect(missingUnits(['Văn phòng Sở', 'Quản lý khoa học', 'Chi cục Tiêu chuẩn Đo lường Chất lượng'], s)).toEqual([
      'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    ]);
  });

  test('the summary gets missingUnits (empty when all sent) and a warning listing the missing ones', () => {
    const all = withExpectedUnits(summary, ['Văn phòng Sở', 'Thanh tra Sở']);
    expect(all.missingUnits).toEqual([]);
    expect(all.findings.map((f) => f.code)).not.toContain('UNITS_MISSING');
    const some = withExpectedUnits(summary, ['Văn phòng Sở', 'Chi cục TĐC']);
    expect(some.missingUnits).toEqual(['Chi cục TĐC']);
    expect(some.findings.find((f) => f.code === 'UNITS_MISSING')?.message).toBe(
      '1/2 đơn vị chưa gửi báo cáo (hoặc tệp bị loại): Chi cục TĐC.',
    );
  });

  test("an entry of the office's settings matches by its other names too, and is listed by its name", () => {
    const expected = [
      { name: 'Văn phòng Sở KH&CN', synonyms: ['Văn phòng Sở'] },
      { name: 'Chi cục TĐC', synonyms: ['Chi cục Tiêu chuẩn Đo lường Chất lượng'] },
    ];
    expect(missingUnits(expected, summary)).toEqual(['Chi cục TĐC']);
  });
});

/** The rule both doors use (the CLI's --units, the pane's box): one decision, in the core. */
describe('which units are expected', () => {
  const office = [{ name: 'Văn phòng Sở', synonyms: ['VP Sở'] }, 'Thanh tra Sở'];
  const summary = consolidateInputs([example('01-van-phong.xlsx')]);

  test("the user's list when it names any unit, else the office's (DanhMuc table 3), else none", () => {
    expect(expectedUnits(['Phòng Quản lý khoa học'], office)).toEqual(['Phòng Quản lý khoa học']);
    expect(expectedUnits([], office)).toBe(office);
    expect(expectedUnits(undefined, office)).toBe(office);
    expect(expectedUnits(undefined, [])).toEqual([]);
  });

  test('no unit expected: the summary is unchanged (no missingUnits, no warning)', () => {
    expect(withExpectedUnits(summary, expectedUnits([], []))).toBe(summary);
    expect(withExpectedUnits(summary, expectedUnits([], office)).missingUnits).toEqual(['Thanh tra Sở']);
  });
});
