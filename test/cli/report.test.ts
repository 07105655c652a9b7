/**
 * The report document from the command line: `consolidate --docx` on the example province, and `tonghop report`
 * from the summary JSON or the summary workbook giving the same document; settings fill the header and the signature
 * blocks of the summary sheets; a file that is not a summary is refused.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { cellAt } from '../../src/core/grid';
import { readWorkbook } from '../../src/io/read-workbook';
import { run, type Run } from '../support/cli';
import { tempDirForTests } from '../support/temp-dir';
import { docxParagraphs } from '../support/docx-text';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples', 'don-vi');
const SETTINGS = [
  '--governing-body',
  'UBND tỉnh Tây Ninh',
  '--agency',
  'Sở Khoa học và Công nghệ',
  '--place',
  'Tây Ninh',
  '--date',
  '05/02/2026',
  '--signer-title',
  'KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC',
  '--signer',
  'Nguyễn Văn An',
  '--recipients',
  'UBND tỉnh; Lưu: VT, VP.',
];

const documentText = docxParagraphs;

const work = tempDirForTests('tonghop-report-');

describe('tonghop report', () => {
  let fromConsolidate: string[];
  let consolidateRun: Run;

  beforeAll(async () => {
    consolidateRun = await run(
      'consolidate',
      EXAMPLES,
      '-o',
      path.join(work(), 'TongHop.xlsx'),
      '--json',
      path.join(work(), 'TongHop.json'),
      '--docx',
      path.join(work(), 'BaoCao.docx'),
      '--number',
      '125/BC-SKHCN',
      ...SETTINGS,
      '--quiet',
      '--accept',
      '06-phong-qlkh.xlsx',
    );
    fromConsolidate = await documentText(path.join(work(), 'BaoCao.docx'));
  }, 60_000);

  test('consolidate --docx writes the report with the settings in its header and signature', () => {
    expect(consolidateRun.code).toBe(0);
    expect(consolidateRun.err).toContain(`Đã ghi báo cáo Word → ${path.join(work(), 'BaoCao.docx')}`);
    expect(consolidateRun.err).not.toContain('Còn để trống');
    expect(fromConsolidate).toEqual(
      expect.arrayContaining([
        'UBND TỈNH TÂY NINH',
        'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
        'Số: 125/BC-SKHCN',
        'Tây Ninh, ngày 05 tháng 02 năm 2026',
        '- UBND tỉnh;',
        '- Lưu: VT, VP.',
        'KT. GIÁM ĐỐC',
        'PHÓ GIÁM ĐỐC',
        'Nguyễn Văn An',
      ]),
    );
    expect(fromConsolidate.join('\n')).toContain('Trong kỳ, Sở đã tiếp nhận 53 hồ sơ');
  });

  test('from the summary JSON gives the same document, word for word', async () => {
    const r = await run(
      'report',
      path.join(work(), 'TongHop.json'),
      '-o',
      path.join(work(), 'BaoCao-json.docx'),
      '--number',
      '125/BC-SKHCN',
      ...SETTINGS,
    );
    expect(r.code).toBe(0);
    expect(await documentText(path.join(work(), 'BaoCao-json.docx'))).toEqual(fromConsolidate);
  });

  test('from the summary workbook gives the same document, word for word', async () => {
    const r = await run(
      'report',
      path.join(work(), 'TongHop.xlsx'),
      '-o',
      path.join(work(), 'BaoCao-xlsx.docx'),
      '--number',
      '125/BC-SKHCN',
      ...SETTINGS,
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain(`Đã ghi báo cáo Word → ${path.join(work(), 'BaoCao-xlsx.docx')}`);
    const fromWorkbook = await documentText(path.join(work(), 'BaoCao-xlsx.docx'));
    // Who went on courses comes from TH_DaoTao's table by staff type: «02 công chức học cao cấp LLCT».
    expect(fromWorkbook.join('\n')).toContain('Trong kỳ, Sở đã cử 02 công chức học cao cấp LLCT; 01 viên chức');
    expect(fromWorkbook).toEqual(fromConsolidate);
  });

  test('refuses a workbook that is not a TongHop summary, and one whose figures are not counts, writing nothing', async () => {
    const unit = path.join(EXAMPLES, '01-van-phong.xlsx');
    const r = await run('report', unit, '-o', path.join(work(), 'don-vi.docx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Lỗi: 01-van-phong.xlsx không phải bảng tổng hợp do TongHop ghi');
    expect(fs.existsSync(path.join(work(), 'don-vi.docx'))).toBe(false);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(work(), 'TongHop.xlsx'));
    const tthc = book.getWorksheet('TH_TTHC')!;
    const row = [...Array(20).keys()].map((i) => i + 1).find((r) => tthc.getCell(r, 2).value === 'Văn phòng Sở')!;
    tthc.getCell(row, 3).value = 'mười sáu';
    const wrong = path.join(work(), 'TongHop-sai.xlsx');
    await book.xlsx.writeFile(wrong);
    const w = await run('report', wrong, '-o', path.join(work(), 'sai.docx'));
    expect(w.code).toBe(2);
    expect(w.err).toContain(`Ô C${row} của trang «TH_TTHC» trong bảng tổng hợp có giá trị «mười sáu»`);
    expect(w.err).toContain('Không lập báo cáo vì bảng tổng hợp TongHop-sai.xlsx có số liệu sai');
    expect(fs.existsSync(path.join(work(), 'sai.docx'))).toBe(false);
  });

  test('consolidate puts the place, the date and the signer in the signature block of the summary sheets', () => {
    const grids = readWorkbook(fs.readFileSync(path.join(work(), 'TongHop.xlsx')), 'TongHop.xlsx').grids;
    for (const name of ['TH_TTHC', 'TH_LinhVuc', 'TH_NhanSu', 'TH_DaoTao', 'TH_TiepDan']) {
      const g = grids.find((x) => x.name === name)!;
      const texts = g.rows.flatMap((row, r) => row.map((_, c) => cellAt(g, r, c)));
      expect([name, texts]).toEqual([
        name,
        expect.arrayContaining([
          'NGƯỜI LẬP BIỂU',
          'THỦ TRƯỞNG ĐƠN VỊ',
          'Tây Ninh, ngày 05 tháng 02 năm 2026',
          'Nguyễn Văn An',
        ]),
      ]);
    }
  });

  test("--template fills the office's own template instead, and reports its unknown placeholders", async () => {
    const template = path.join(__dirname, '..', '..', 'examples', 'mau-bao-cao.docx');
    const r = await run(
      'report',
      path.join(work(), 'TongHop.json'),
      '-o',
      path.join(work(), 'Mau.docx'),
      '--template',
      template,
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain(`Đã điền mẫu mau-bao-cao.docx → ${path.join(work(), 'Mau.docx')}`);
    expect(r.err).not.toContain('Cảnh báo');
    const text = await documentText(path.join(work(), 'Mau.docx'));
    expect(text).toContain(
      'Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn đạt 100,0%; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 37,0%.',
    );
    expect(text.join('\n')).not.toMatch(/[{}]/);

    const odd = path.join(work(), 'mau-la.docx');
    fs.writeFileSync(odd, fs.readFileSync(template).subarray(0, 0)); // empty: not a .docx
    const bad = await run(
      'consolidate',
      EXAMPLES,
      '-o',
      path.join(work(), 'T2.xlsx'),
      '--docx',
      path.join(work(), 'B2.docx'),
      '--docx-template',
      odd,
      '--quiet',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Mẫu báo cáo mau-la.docx không phải tệp Word (.docx).');
    expect(fs.existsSync(path.join(work(), 'B2.docx'))).toBe(false);
  }, 60_000);

  test('names the placeholders left when no setting is given', async () => {
    const r = await run('report', path.join(work(), 'TongHop.json'), '-o', path.join(work(), 'BaoCao-trong.docx'));
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'Còn để trống, cần điền trong văn bản: Số: …/BC-…; [CƠ QUAN CHỦ QUẢN]; [TÊN CƠ QUAN BÁO CÁO]; [Địa danh]',
    );
  });

  test('refuses a JSON that is not a TongHop summary, naming the file and the key, and writes nothing', async () => {
    const bad = path.join(work(), 'hong.json');
    fs.writeFileSync(
      bad,
      JSON.stringify({ period: { label: 'Quý I' }, units: [{ name: 'A', tthc: { received: 'năm' } }], total: {} }),
    );
    const r = await run('report', bad, '-o', path.join(work(), 'hong.docx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'Tệp hong.json không phải bảng tổng hợp TongHop dạng JSON: «units[0].tthc.received» phải là số nguyên không âm.',
    );
    expect(fs.existsSync(path.join(work(), 'hong.docx'))).toBe(false);
  });
});

/**
 * The agency the office names in its settings (DanhMuc table 5) words the report: the document's header and intro,
 * and the subject of the paragraphs — in full first, «Sở» after — the same from consolidate --docx and from a report
 * made later from the JSON.
 */
describe('the agency of the settings words the report', () => {
  test('consolidate --settings --docx and tonghop report from its JSON: header, intro and paragraphs name it', async () => {
    const settings = path.join(work(), 'co-quan.json');
    fs.writeFileSync(settings, JSON.stringify({ agency: { agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH' } }));
    const docx = path.join(work(), 'co-quan.docx');
    const json = path.join(work(), 'co-quan-th.json');
    const r = await run(
      'consolidate',
      EXAMPLES,
      '-o',
      path.join(work(), 'co-quan.xlsx'),
      '--json',
      json,
      '--docx',
      docx,
      '--settings',
      settings,
      '--accept',
      '06-phong-qlkh.xlsx',
      '--quiet',
    );
    expect(r.code).toBe(0);
    const text = await documentText(docx);
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH');
    expect(text.find((t) => t.endsWith('như sau:'))).toMatch(
      /^Sở Khoa học và Công nghệ tỉnh Tây Ninh báo cáo kết quả giải quyết thủ tục hành chính/,
    );
    expect(
      text.find((t) => t.startsWith('Trong kỳ, Sở Khoa học và Công nghệ tỉnh Tây Ninh đã tiếp nhận 53 hồ sơ')),
    ).toBeDefined();
    expect(text.find((t) => t.startsWith('Hiện tại, Sở có 182 '))).toBeDefined();
    const { grids } = readWorkbook(new Uint8Array(fs.readFileSync(path.join(work(), 'co-quan.xlsx'))), 'co-quan.xlsx');
    expect(grids.find((g) => g.name === 'BaoCao')!.rows.flat()).toContain(
      text.find((t) => t.startsWith('Trong kỳ, Sở Khoa học')),
    );
    const later = path.join(work(), 'co-quan-sau.docx');
    expect((await run('report', json, '-o', later)).code).toBe(0);
    expect(await documentText(later)).toEqual(text);
  }, 60_000);
});
