import { consolidate } from '../../../src/core/consolidate';
import { chiCuc, seedUnits, trungTam, unreadable, vanPhong } from './unit-reports';

describe('a unit sent twice', () => {
  it('keeps the first file and rejects a later one whose unit name is equal once folded, naming both files', () => {
    const again = {
      ...chiCuc(),
      file: 'chi-cuc-ban-sua.xlsx',
      name: 'CHI CUC TIEU CHUAN DO LUONG CHAT LUONG',
      contentKey: 'other',
    };
    const s = consolidate([...seedUnits(), again]);

    expect(s.units.map((u) => u.file)).toEqual(['van-phong.xlsx', 'chi-cuc-tdc.xlsx', 'trung-tam.xlsx']);
    const last = s.files[3];
    expect(last.status).toBe('rejected');
    const dup = last.findings.find((f) => f.code === 'UNIT_DUPLICATE');
    expect(dup).toMatchObject({ file: 'chi-cuc-ban-sua.xlsx', severity: 'error' });
    expect(dup?.message).toContain('"chi-cuc-tdc.xlsx"');
    expect(dup?.message).toContain('"chi-cuc-ban-sua.xlsx"');
    // Not summed: the totals are those of the three units.
    expect(s.total.tthc?.received).toBe(53);
  });

  it('warns about identical figures sent under another name, and keeps both', () => {
    const copy = { ...vanPhong(), file: 'gui-nham.xlsx', name: 'Phòng Quản lý chuyên ngành' };
    const s = consolidate([vanPhong(), copy, trungTam()]);

    expect(s.files.map((f) => f.status)).toEqual(['valid', 'warnings', 'warnings']);
    const dup = s.files[1].findings.find((f) => f.code === 'UNIT_DUPLICATE_CONTENT');
    expect(dup?.severity).toBe('warning');
    expect(dup?.message).toContain('"gui-nham.xlsx"');
    expect(dup?.message).toContain('"van-phong.xlsx"');
    expect(s.units).toHaveLength(3);
  });

  it('does not let a file the reader rejected push out a later good file of the same unit', () => {
    const refused = { ...vanPhong(), file: 'van-phong-loi.xlsx', status: 'rejected' as const };
    const s = consolidate([refused, vanPhong()]);

    expect(s.files.map((f) => f.status)).toEqual(['rejected', 'valid']);
    expect(s.units.map((u) => u.file)).toEqual(['van-phong.xlsx']);
    expect(s.findings.some((f) => f.code.startsWith('UNIT_DUPLICATE'))).toBe(false);
  });

  it('never compares units whose name could not be read', () => {
    const s = consolidate([unreadable(), { ...unreadable(), file: 'hong-2.xlsx' }, vanPhong()]);
    expect(s.findings.filter((f) => f.code.startsWith('UNIT_DUPLICATE'))).toEqual([]);
  });

  it('leaves the caller’s reports untouched', () => {
    const input = [vanPhong(), { ...vanPhong(), file: 'lan-2.xlsx' }];
    const before = JSON.stringify(input);
    consolidate(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
