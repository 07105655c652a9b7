/**
 * The unit template's drop-down lists (type, degree, political theory, state management, course type, channel,
 * field) exist in what both doors write: the .xlsx of the file writer (ExcelJS; read back as XML with JSZip) and
 * the workbook of the Office.js writer (the in-memory double). Long lists come from the DanhSachChon sheet in both,
 * never from hidden columns of the input sheets, which the unit reader would take for data.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { columnLetters } from '../../src/core/grid';
import { buildUnitTemplate } from '../../src/core/unit';
import { writeLayoutToWorkbook } from '../../src/excel';
import { writeWorkbook } from '../../src/io/write-workbook';
import { installDouble, options } from './helpers/harness';
import { run } from '../support/cli';
import { tempDirForTests } from '../support/temp-dir';

const layout = buildUnitTemplate({});
const sheetOf = (name: string) => layout.sheets.find((s) => s.name === name)!;

/** Header label → [zero-based column, values] of every validated column of a template sheet. */
function lists(name: string): Map<string, { col: number; values: string[]; ref?: string }> {
  const s = sheetOf(name);
  const headers = s.blocks[0].cells[2];
  return new Map(
    (s.validations ?? []).map((v) => [String(headers[v.c1].v), { col: v.c1, values: v.values, ref: v.sourceFormula }]),
  );
}

const EXPECTED: Array<[string, string]> = [
  ['NhanSu', 'Loại'],
  ['NhanSu', 'Trình độ chuyên môn'],
  ['NhanSu', 'Lý luận chính trị'],
  ['NhanSu', 'Quản lý nhà nước'],
  ['DaoTao', 'Chương trình'],
  ['SoTheoDoi', 'Hình thức tiếp nhận'],
  ['SoTheoDoi', 'Lĩnh vực'],
];

const work = tempDirForTests('tonghop-mau-');

test('the core template has a drop-down for each categorical column the instructions name', () => {
  for (const [sheet, label] of EXPECTED) expect(lists(sheet).get(label)?.values.length).toBeGreaterThan(1);
  expect(lists('NhanSu').get('Trình độ chuyên môn')!.values).toEqual(
    expect.arrayContaining(['Tiến sĩ', 'Thạc sĩ', 'Đại học']),
  );
  // Fields and course types are too long (or hold commas) to type into a rule: they are listed on DanhSachChon.
  expect(lists('SoTheoDoi').get('Lĩnh vực')!.ref).toMatch(/^DanhSachChon!\$A\$2:\$A\$\d+$/);
  expect(lists('DaoTao').get('Chương trình')!.ref).toMatch(/^DanhSachChon!\$B\$2:\$B\$\d+$/);
});

test('the template written to a file reads back without a value taken from the lists as data', async () => {
  const file = path.join(work(), 'mau.xlsx');
  fs.writeFileSync(file, await writeWorkbook(layout));
  const r = await run('check', file);
  expect(r.out).not.toMatch(/không thuộc mẫu|thiếu ngày tiếp nhận|DanhSachChon/);
}, 60_000);

describe('the file writer (ExcelJS)', () => {
  let xml: Map<string, string>;
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await writeWorkbook(layout));
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    const names = [...wbXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    xml = new Map();
    for (let i = 0; i < names.length; i++)
      xml.set(names[i], await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string'));
  });

  test.each(EXPECTED)(
    '%s › %s: a list rule on the input rows, its values typed in or in a hidden column',
    (sheet, label) => {
      const l = lists(sheet).get(label)!;
      const col = columnLetters(l.col);
      const rule = new RegExp(
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1"[^>]*sqref="${col}4:${col}2003"[^>]*>\\s*<formula1>([^<]*)</formula1>`,
      ).exec(xml.get(sheet)!);
      expect(rule).not.toBeNull();
      expect(rule![1]).toBe(l.ref ?? `"${l.values.join(',')}"`.replace(/"/g, '&quot;'));
      expect(xml.get(sheet)!).not.toContain('hidden="1"');
    },
  );
});

describe('the Office.js writer (double)', () => {
  test('writes the same lists, long ones from DanhSachChon', async () => {
    const double = installDouble({ sheets: ['Sheet1'] });
    try {
      const result = await writeLayoutToWorkbook(layout, options());
      expect(result.status).toBe('written');
      const snap = double.snapshot();
      for (const [sheet, label] of EXPECTED) {
        const l = lists(sheet).get(label)!;
        const col = columnLetters(l.col);
        const written = snap.sheets
          .find((s) => s.name === sheet)!
          .validations.find((v: { range: string }) => v.range === `${col}4:${col}2003`);
        expect(written?.list?.source).toBe(l.ref !== undefined ? `=${l.ref}` : l.values.join(','));
      }
    } finally {
      double.uninstall();
    }
  });
});
