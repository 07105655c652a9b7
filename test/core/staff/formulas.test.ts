import { staffCount } from '../../../src/core/staff';

const col = (...v: unknown[]) => v.map((x) => [x]);

describe('STAFF(values, [category])', () => {
  const degrees = col('ThS', 'thac si', 'Thạc sỹ', 'TS', 'Cử nhân', '', 'Kỹ sư', null, 'Nhạc công');

  test('with a category: the count after normalisation ("ThS", "thac si", "Thạc sỹ" are all Thạc sĩ)', () => {
    expect(staffCount(degrees, 'Thạc sĩ')).toEqual({ ok: true, value: 3 });
    expect(staffCount(degrees, 'ĐH')).toEqual({ ok: true, value: 2 });
    expect(staffCount(degrees, 'tien si')).toEqual({ ok: true, value: 1 });
  });

  test('without: spills [category, count] in canonical order, unknowns as «Khác: …»', () => {
    expect(staffCount(degrees)).toEqual({
      ok: true,
      value: [
        ['Tiến sĩ', 1],
        ['Thạc sĩ', 3],
        ['Đại học', 2],
        ['Khác: Nhạc công', 1],
      ],
    });
  });

  test('the category may name a staff type, a rank or a gender', () => {
    expect(staffCount(col('CC', 'Công chức', 'VC', 'HĐLĐ'), 'công chức')).toEqual({ ok: true, value: 2 });
    expect(staffCount(col('CVC', 'Chuyên viên', 'chuyên viên chính'), 'Chuyên viên chính')).toEqual({
      ok: true,
      value: 2,
    });
    expect(staffCount(col('Nữ', 'Nam', 'nu'), 'Nữ')).toEqual({ ok: true, value: 2 });
  });

  test('an ambiguous category (Trung cấp: degree or political theory) is read in the sense that fits the column', () => {
    const theory = col('Cao cấp', 'Trung cấp LLCT', 'TC', 'Sơ cấp', 'Cử nhân chính trị');
    expect(staffCount(theory, 'Trung cấp')).toEqual({ ok: true, value: 2 });
    expect(staffCount(theory)).toEqual({
      ok: true,
      value: [
        ['Cao cấp', 2],
        ['Trung cấp', 2],
        ['Sơ cấp', 1],
      ],
    });
  });

  test('«Khác: <text>» counts the unknown values written so', () => {
    expect(staffCount(degrees, 'Khác: nhạc công')).toEqual({ ok: true, value: 1 });
  });

  test('an unknown category argument is #VALUE! with a Vietnamese message', () => {
    const r = staffCount(degrees, 'Phi công');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe('value');
      expect(r.message).toContain('Không hiểu nhóm «Phi công»');
    }
  });

  test('an error cell is #VALUE! naming its position', () => {
    const r = staffCount([['ThS'], [{ error: '#N/A' }]], 'Thạc sĩ');
    expect(r).toEqual({ ok: false, error: 'value', message: 'Ô ở hàng 2, cột 1 của vùng giá trị có lỗi #N/A.' });
  });

  test('a range with nothing in it is #N/A', () => {
    expect(staffCount(col('', null)).ok).toBe(false);
  });
});
