import { consolidate } from '../../../src/core/consolidate';
import type { LayoutSheet, LayoutWorkbook } from '../../../src/core/layout';
import { signatureOf } from '../../../src/core/report/signature-block';
import { buildSummaryLayout, officeSummaryLayout } from '../../../src/core/report/summary-layout';
import { parseVnDate } from '../../../src/core/text';
import { chiCuc, trungTam, vanPhong } from '../consolidate/unit-reports';
import { at, rowOf, values } from './layout-cells';

const TABLE_SHEETS = ['TH_TTHC', 'TH_LinhVuc', 'TH_NhanSu', 'TH_DaoTao', 'TH_TiepDan'];
const summary = consolidate([vanPhong(), chiCuc(), trungTam()]);
const sheetOf = (wb: LayoutWorkbook, name: string): LayoutSheet => wb.sheets.find((s) => s.name === name)!;
const serial = (d: string): number => {
  const r = parseVnDate(d);
  if (!r.ok) throw new Error(d);
  return r.serial;
};

/** The office's details (DanhMuc table 5) that sign the tables. */
const OFFICE = {
  parent: '',
  agency: '',
  place: 'Tây Ninh',
  signerTitle: '',
  signerName: 'Nguyễn Văn An',
  preparer: 'Trần Thị Bình',
};

/** Where the block's titles sit: the row, and the column of the right-hand title. */
function titles(s: LayoutSheet): { row: number; right: number } {
  const row = rowOf(s, 0, 'NGƯỜI LẬP BIỂU');
  return { row, right: values(s)[row].indexOf('THỦ TRƯỞNG ĐƠN VỊ') };
}

describe('the signature block under the summary tables', () => {
  const plain = buildSummaryLayout(summary);

  it('stands below the total row of each table sheet, preparer on the left and head of the office on the right, each with its note', () => {
    for (const name of TABLE_SHEETS) {
      const s = sheetOf(plain, name);
      const total = rowOf(s, 0, 'Tổng cộng');
      const { row, right } = titles(s);
      expect(row).toBeGreaterThan(total + 1);
      expect(right).toBeGreaterThan(1);
      expect(at(s, row + 1, 0)!.v).toBe('(Ký, ghi rõ họ tên)');
      expect(at(s, row + 1, right)!.v).toBe('(Ký tên, đóng dấu)');
      expect(at(s, row - 1, right)!.v).toBe('…………, ngày … tháng … năm …');
      expect(at(s, row, 0)!.s).toBe('signTitle');
      // The right-hand block reaches the last column and does not overlap the left-hand one.
      const merge = s.merges.find((m) => m.r1 === row && m.c1 === right)!;
      expect(merge.c2).toBe(s.widths.length - 1);
      const leftMerge = s.merges.find((m) => m.r1 === row && m.c1 === 0)!;
      expect(leftMerge.c2).toBeLessThan(right);
    }
  });

  it('is not on the check, report and fix-list sheets', () => {
    for (const s of plain.sheets.filter((x) => !TABLE_SHEETS.includes(x.name)))
      expect(rowOf(s, 0, 'NGƯỜI LẬP BIỂU')).toBe(-1);
  });

  it('gives the place, the date and both names when the settings and options give them', () => {
    const wb = buildSummaryLayout(summary, { signature: { ...signatureOf(OFFICE), date: serial('05/02/2026') } });
    for (const name of TABLE_SHEETS) {
      const s = sheetOf(wb, name);
      const { row, right } = titles(s);
      expect(at(s, row - 1, right)!.v).toBe('Tây Ninh, ngày 05 tháng 02 năm 2026');
      const names = values(s).findIndex((r, i) => i > row && r?.[0] === 'Trần Thị Bình');
      // Rows left blank to sign in between the notes and the names.
      expect(names - (row + 1)).toBe(5);
      expect(at(s, names, right)!.v).toBe('Nguyễn Văn An');
    }
  });

  it('leaves the names blank when nobody is named, the rows to sign in still there', () => {
    const s = sheetOf(plain, 'TH_NhanSu');
    const { row, right } = titles(s);
    expect(s.blocks[0].cells.length).toBe(row + 7);
    expect(at(s, row + 6, 0)!.v).toBeNull();
    expect(at(s, row + 6, right)!.v).toBeNull();
  });

  it('pushes the TH_TTHC chart below it', () => {
    const s = sheetOf(plain, 'TH_TTHC');
    expect(s.charts![0].anchor.row).toBeGreaterThan(titles(s).row + 6);
  });
});

describe("the pane's layout from the office's settings (officeSummaryLayout)", () => {
  it('heads each table with the agency of DanhMuc table 5 and signs it with its place, signer and preparer', () => {
    const wb = officeSummaryLayout(summary, { ...OFFICE, agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH' });
    for (const name of TABLE_SHEETS) {
      const s = sheetOf(wb, name);
      expect(at(s, 0, 0)!.v).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH');
      const { row, right } = titles(s);
      expect(at(s, row - 1, right)!.v).toBe('Tây Ninh, ngày … tháng … năm …');
      expect(values(s).some((r) => r?.[0] === 'Trần Thị Bình' && r[right] === 'Nguyễn Văn An')).toBe(true);
    }
  });
});
