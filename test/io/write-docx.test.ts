/**
 * The report document as Word writes it, read back by readers that share nothing with the `docx` library:
 * JSZip + the XML of word/document.xml, and LibreOffice Writer (→ PDF → pdftotext, pdfinfo).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { consolidate } from '../../src/core/consolidate';
import { buildReportDocument } from '../../src/core/report/document';
import type { DocTable } from '../../src/core/report/document/document-model';
import { columnWidths, wordTwips, writeReportDocx } from '../../src/io/write-docx';
import { convertWithLibreOffice, findSoffice } from '../support/libreoffice';
import { chiCuc, trungTam, vanPhong } from '../core/consolidate/unit-reports';

const SETTINGS = {
  governingBody: 'UBND tỉnh Tây Ninh',
  agency: 'Sở Khoa học và Công nghệ',
  number: '125/BC-SKHCN',
  place: 'Tây Ninh',
  signerTitle: 'KT. Giám đốc\nPhó Giám đốc',
  signerName: 'Nguyễn Văn An',
  recipients: ['UBND tỉnh', 'Lưu: VT, VP'],
};

/** The text of each paragraph (w:p) of document.xml, runs joined, entities decoded. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1])
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  );
}

/** Rows of the table whose text contains `marker`: each row a list of cell texts. */
function tableRows(xml: string, marker: string): string[][] {
  const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes(marker));
  if (!table) return [];
  return [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
    [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join(' ')),
  );
}

describe('the report in Word', () => {
  const summary = consolidate([vanPhong(), chiCuc(), trungTam()]);
  let bytes: Uint8Array;
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    bytes = await writeReportDocx(buildReportDocument(summary, SETTINGS));
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')!.async('string');
    styles = await zip.file('word/styles.xml')!.async('string');
  });

  test('is an A4 page with the decree margins (top/bottom 20 mm, left 30 mm, right 15 mm) in Times New Roman 14', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(xml)![1];
    expect(mar).toContain('w:top="1134"');
    expect(mar).toContain('w:bottom="1134"');
    expect(mar).toContain('w:left="1701"');
    expect(mar).toContain('w:right="850"');
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
  });

  test('opens with the header block: governing body, agency, Quốc hiệu, underlined Tiêu ngữ, number, place and date', () => {
    const p = paragraphs(xml);
    expect(p.slice(0, 8)).toEqual([
      'UBND TỈNH TÂY NINH',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 125/BC-SKHCN',
      'Tây Ninh, ngày … tháng … năm …',
      'BÁO CÁO',
    ]);
    expect(xml).toMatch(/<w:u w:val="single"\/>[\s\S]{0,300}Độc lập - Tự do - Hạnh phúc/);
    expect(xml).toMatch(/<w:i\/>[\s\S]{0,300}Tây Ninh, ngày/);
    expect(p).toContain(
      'Kết quả giải quyết thủ tục hành chính, tình hình nhân sự, đào tạo, bồi dưỡng và tiếp công dân 6 tháng đầu năm 2020',
    );
  });

  test('carries the figures in the paragraphs and the II.06a table by unit with its total row', () => {
    const text = paragraphs(xml).join('\n');
    expect(text).toContain('Trong kỳ, Sở đã tiếp nhận 53 hồ sơ');
    expect(text).toContain('trước hạn 40 (81,6%), đúng hạn 09 (18,4%)');
    expect(text).toContain('I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    const rows = tableRows(xml, 'Số hồ sơ nhận giải quyết');
    expect(rows[2]).toEqual(['1', 'Văn phòng Sở', ...rows[2].slice(2)]);
    expect(rows.map((r) => r[1])).toEqual([
      'Đơn vị',
      '',
      'Văn phòng Sở',
      'Chi cục Tiêu chuẩn Đo lường Chất lượng',
      'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ',
      'Tổng cộng',
    ]);
    expect(rows[rows.length - 1]).toEqual([
      '',
      'Tổng cộng',
      '53',
      '17',
      '29',
      '7',
      '49',
      '40',
      '9',
      '0',
      '4',
      '4',
      '0',
    ]);
  });

  test('gives every column of the II.06a table room for its longest word, within the text width', () => {
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map((m) => m[0])
      .find((t) => t.includes('Số hồ sơ nhận giải quyết'))!;
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const labels = tableRows(xml, 'Số hồ sơ nhận giải quyết')[1];
    expect(labels.slice(2)).toEqual(expect.arrayContaining(['Trước hạn', 'Trực tuyến', 'Từ kỳ trước']));
    // The second header row has a cell per column (those under a two-row header are empty).
    expect(labels).toHaveLength(grid.length);
    labels.forEach((label, c) => {
      for (const word of label.split(/\s+/)) expect([word, wordTwips(word, 10) + 80 <= grid[c]]).toEqual([word, true]);
    });
    // A4 less 30 mm and 15 mm of margins.
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9354);
  });

  test('widens a column too narrow for a word by taking room from the others, and leaves widths that fit alone', () => {
    const t: DocTable = {
      caption: '',
      header: [['STT', 'Tên', 'Trước']],
      rows: [['1', 'Một đơn vị có tên khá dài', '12']],
      widths: [10, 80, 10],
      textColumns: [1],
    };
    const w = columnWidths(t, 3000, 10);
    expect(w[2]).toBeGreaterThanOrEqual(wordTwips('Trước', 10) + 80);
    expect(w[2]).toBeGreaterThan(300);
    expect(w.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3000);
    expect(columnWidths({ ...t, widths: [30, 40, 30] }, 3000, 10)).toEqual([900, 1200, 900]);
  });

  test("has staffing and training tables whose totals are the summary's", () => {
    expect(tableRows(xml, 'Biên chế được giao').pop()).toEqual([
      '',
      'Tổng cộng',
      '152',
      '182',
      '47',
      '120',
      '15',
      '2',
      '70',
      '110',
      '80',
      '95',
    ]);
    expect(tableRows(xml, 'Loại khóa đào tạo, bồi dưỡng').pop()).toEqual(['', 'Tổng cộng', '10']);
  });

  test('ends with Nơi nhận and the signer', () => {
    const p = paragraphs(xml);
    const i = p.indexOf('Nơi nhận:');
    expect(p.slice(i)).toEqual([
      'Nơi nhận:',
      '- UBND tỉnh;',
      '- Lưu: VT, VP.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      '',
      'Nguyễn Văn An',
    ]);
  });

  test('shows visible placeholders where a setting is not given', async () => {
    const doc = buildReportDocument(summary, {});
    expect(doc.placeholders).toEqual([
      'Số: …/BC-…',
      '[CƠ QUAN CHỦ QUẢN]',
      '[TÊN CƠ QUAN BÁO CÁO]',
      '[Địa danh]',
      '[Tên cơ quan]',
      '[Cơ quan nhận báo cáo]',
      '[CHỨC VỤ NGƯỜI KÝ]',
      '[Họ và tên người ký]',
    ]);
    const zip = await JSZip.loadAsync(await writeReportDocx(doc));
    const text = paragraphs(await zip.file('word/document.xml')!.async('string'));
    expect(text).toEqual(
      expect.arrayContaining([
        '[CƠ QUAN CHỦ QUẢN]',
        '[TÊN CƠ QUAN BÁO CÁO]',
        'Số: …/BC-…',
        '[Địa danh], ngày … tháng … năm …',
        '[Họ và tên người ký]',
      ]),
    );
  });
});

const SOFFICE = findSoffice();
const withLibreOffice = SOFFICE ? describe : describe.skip;

withLibreOffice('LibreOffice Writer reads the report', () => {
  let work: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-docx-'));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test('converts it to a PDF of A4 pages whose text has the header, the figures and the table', async () => {
    const file = path.join(work, 'BaoCao.docx');
    fs.writeFileSync(
      file,
      await writeReportDocx(buildReportDocument(consolidate([vanPhong(), chiCuc(), trungTam()]), SETTINGS)),
    );
    const [pdf] = convertWithLibreOffice(SOFFICE!, work, file, 'pdf');
    expect(path.extname(pdf)).toBe('.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const layout = execFileSync('pdftotext', ['-layout', '-l', '1', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    // Side by side on the first lines: the agency block on the left, Quốc hiệu and Tiêu ngữ on the right.
    expect(layout).toMatch(/UBND TỈNH TÂY NINH +CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n/);
    expect(layout).toMatch(/SỞ KHOA HỌC VÀ CÔNG NGHỆ +Độc lập - Tự do - Hạnh phúc\n/);
    expect(layout).toMatch(/Số: 125\/BC-SKHCN +Tây Ninh, ngày … tháng … năm …\n/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(text).toMatch(/\n\s+BÁO CÁO\n/);
    expect(text).toMatch(/Tổng cộng\s+53\s+17\s+29\s+7\s+49\s+40\s+9\s+0\s+4\s+4\s+0\n/);
    expect(text).toContain('Nguyễn Văn An');
    // No header word broken across lines in its narrow column.
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC')).not.toMatch(/Trướ\s/);
  }, 180_000);
});
