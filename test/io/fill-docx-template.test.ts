/**
 * The office's own template filled: figures, loops over units and fields, the ready-made paragraphs and rates,
 * unknown placeholders reported and left visible, templates that cannot be used refused with a Vietnamese message.
 * The filled document is read back with JSZip, not with the library that filled it.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { consolidate } from '../../src/core/consolidate';
import { templateData } from '../../src/core/report/document/template-data';
import { reportParagraphs } from '../../src/core/report/paragraphs';
import { TemplateError, fillDocxTemplate } from '../../src/io/fill-docx-template';
import { chiCuc, trungTam, unreadable, vanPhong } from '../core/consolidate/unit-reports';
import { tempDirForTests } from '../support/temp-dir';

const { makeReportTemplate } = require('../../scripts/make-report-template.js');

const summary = consolidate([vanPhong(), unreadable(), chiCuc(), trungTam()]);
const data = templateData(summary, reportParagraphs(summary));

/** Paragraph texts of word/document.xml; a line break inside a paragraph as '\n'. */
async function paragraphs(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((t) => (t[0] === '<w:br/>' ? '\n' : t[1]))
      .join('')
      .replace(/&amp;/g, '&'),
  );
}

/** A .docx with one paragraph per line of `lines`. */
async function docxOf(...lines: string[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const work = tempDirForTests('tonghop-mau-');

describe('the example template (examples/mau-bao-cao.docx, made by scripts/make-report-template.js)', () => {
  let text: string[];
  let findings: unknown[];

  beforeAll(async () => {
    const file = await makeReportTemplate(path.join(work(), 'mau-bao-cao.docx'));
    const filled = fillDocxTemplate(fs.readFileSync(file), data, 'mau-bao-cao.docx');
    text = await paragraphs(filled.bytes);
    findings = filled.findings;
  });

  test('is filled completely: no placeholder left and no finding', () => {
    expect(text.filter((t) => /[{}]/.test(t))).toEqual([]);
    expect(findings).toEqual([]);
  });

  test('has the period and the ready-made paragraphs, line breaks kept', () => {
    expect(text).toContain('Kết quả công tác cải cách hành chính 6 tháng đầu năm 2020');
    expect(text).toContain(reportParagraphs(summary).tthc);
    expect(text).toContain(reportParagraphs(summary).byField);
    expect(reportParagraphs(summary).byField).toContain('\n- Lĩnh vực Sở hữu trí tuệ');
    expect(text).toContain(reportParagraphs(summary).staff);
  });

  test('writes the rates the Vietnamese way: 49 of 49 on time, 17 of 46 received online', () => {
    expect(text).toContain(
      'Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn đạt 100,0%; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 37,0%.',
    );
  });

  test('repeats the unit paragraph once per unit (20 + 21 + 12 = 53 received), and the field row once per field', () => {
    expect(text.filter((t) => t.startsWith('- ') && t.includes('tiếp nhận'))).toEqual([
      '- Văn phòng Sở: tiếp nhận 20 hồ sơ, đã giải quyết 18 hồ sơ, đúng hạn và trước hạn 100,0%.',
      '- Chi cục Tiêu chuẩn Đo lường Chất lượng: tiếp nhận 21 hồ sơ, đã giải quyết 20 hồ sơ, đúng hạn và trước hạn 100,0%.',
      '- Trung tâm Ứng dụng tiến bộ khoa học và công nghệ: tiếp nhận 12 hồ sơ, đã giải quyết 11 hồ sơ, đúng hạn và trước hạn 100,0%.',
    ]);
    const i = text.indexOf('Đúng hạn và trước hạn');
    expect(text.slice(i + 1, i + 1 + 4 * 4 + 4)).toEqual([
      'An toàn bức xạ và hạt nhân',
      '18',
      '15',
      '100,0%',
      'Sở hữu trí tuệ',
      '9',
      '9',
      '100,0%',
      'Tiêu chuẩn đo lường chất lượng',
      '21',
      '20',
      '100,0%',
      'Hoạt động khoa học và công nghệ',
      '5',
      '5',
      '100,0%',
      'Tổng cộng',
      '53',
      '49',
      '100,0%',
    ]);
  });
});

describe('placeholders', () => {
  test('paths into the summary and loops are filled, numbers written 1.234', async () => {
    const filled = fillDocxTemplate(
      await docxOf(
        '{total.tthc.received}/{total.staff.present}/{total.staff.byDegree.Thạc sĩ}',
        '{#units}',
        '{index}. {name}',
        '{/units}',
      ),
      data,
      'm.docx',
    );
    expect(await paragraphs(filled.bytes)).toEqual([
      '53/182/70',
      '1. Văn phòng Sở',
      '2. Chi cục Tiêu chuẩn Đo lường Chất lượng',
      '3. Trung tâm Ứng dụng tiến bộ khoa học và công nghệ',
    ]);
    const big = templateData(
      consolidate([{ ...vanPhong(), staff: { ...vanPhong().staff!, present: 1234 } }]),
      reportParagraphs(summary),
    );
    expect(await paragraphs(fillDocxTemplate(await docxOf('{total.staff.present}'), big, 'm.docx').bytes)).toEqual([
      '1.234',
    ]);
  });

  test('an unknown placeholder is a finding naming it, and stays visible; so is a group of figures used as one', async () => {
    const filled = fillDocxTemplate(
      await docxOf('Tiếp nhận {total.tthc.recieved} hồ sơ, {khongco}, {total.tthc}.', '{khongco}'),
      data,
      'mau-cu.docx',
    );
    expect(await paragraphs(filled.bytes)).toEqual([
      'Tiếp nhận {total.tthc.recieved} hồ sơ, {khongco}, {total.tthc}.',
      '{khongco}',
    ]);
    expect(filled.findings).toEqual(
      ['total.tthc.recieved', 'khongco', 'total.tthc'].map((tag) => ({
        file: 'mau-cu.docx',
        sheet: '',
        cell: '',
        severity: 'warning',
        code: 'TEMPLATE_UNKNOWN_PLACEHOLDER',
        message: `Mẫu báo cáo có chỗ điền «{${tag}}» mà TongHop không có số liệu nào tương ứng: chỗ này được để nguyên trong văn bản.`,
      })),
    );
  });

  test('a unit without a section is skipped by {#tthc}, but reaching into it is reported', async () => {
    const noTthc = consolidate([vanPhong(), { ...chiCuc(), tthc: undefined }]);
    const d = templateData(noTthc, reportParagraphs(noTthc));
    const skipped = fillDocxTemplate(
      await docxOf('{#units}', '{#tthc}', '{name}: {received}', '{/tthc}', '{/units}'),
      d,
      'm.docx',
    );
    expect(await paragraphs(skipped.bytes)).toEqual(['Văn phòng Sở: 20']);
    expect(skipped.findings).toEqual([]);
    const reached = fillDocxTemplate(await docxOf('{#units}', '{name}: {tthc.received}', '{/units}'), d, 'm.docx');
    expect(await paragraphs(reached.bytes)).toEqual([
      'Văn phòng Sở: 20',
      'Chi cục Tiêu chuẩn Đo lường Chất lượng: {tthc.received}',
    ]);
    expect(reached.findings.map((f) => f.message)).toEqual([expect.stringContaining('«{tthc.received}»')]);
  });
});

describe('templates that cannot be used', () => {
  test('a loop that is never closed is refused, naming the file and the tag', async () => {
    const t = await docxOf('{#units}{name}');
    expect(() => fillDocxTemplate(t, data, 'hong.docx')).toThrow(TemplateError);
    expect(() => fillDocxTemplate(t, data, 'hong.docx')).toThrow(
      'Mẫu báo cáo hong.docx có chỗ điền viết sai, sửa trong Word rồi chạy lại: «units»: mở vòng lặp mà không có {/…} đóng.',
    );
  });

  test('the refusal is only the Vietnamese message: docxtemplater prints nothing (stdout may carry --json)', async () => {
    const t = await docxOf('{#units}{name}');
    const printed = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const warned = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => fillDocxTemplate(t, data, 'hong.docx')).toThrow(TemplateError);
      expect([printed.mock.calls, warned.mock.calls]).toEqual([[], []]);
    } finally {
      printed.mockRestore();
      warned.mockRestore();
    }
  });

  test('a file that is not a .docx is refused', () => {
    expect(() => fillDocxTemplate(new TextEncoder().encode('không phải docx'), data, 'a.txt')).toThrow(
      'Mẫu báo cáo a.txt không phải tệp Word (.docx).',
    );
  });
});
