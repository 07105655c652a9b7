#!/usr/bin/env node
'use strict';
/**
 * Makes examples/mau-bao-cao.docx: an office's own report template, as a user would keep it in Word, written with
 * the placeholders TongHop fills (docs/interfaces.md §6): the period, the ready-made paragraphs, the rates, a total,
 * a loop over the units (a paragraph each, only for units that reported TTHC) and a table row per field.
 * Deterministic apart from the document's creation date, which Word records anyway.
 *
 * Usage: node scripts/make-report-template.js [out.docx]   (default examples/mau-bao-cao.docx)
 *        tonghop report out/TongHop.json -o BaoCao.docx --template examples/mau-bao-cao.docx
 */
const fs = require('fs');
const path = require('path');
const {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} = require('docx');

const p = (text, o = {}) =>
  new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : o.left ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    indent: o.center ? undefined : { firstLine: 567 },
    spacing: { after: 120 },
    children: [new TextRun({ text, bold: o.bold, italics: o.italic, size: o.size ? o.size * 2 : undefined })],
  });

const cell = (text, bold) =>
  new TableCell({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold, size: 24 })] })],
  });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const plain = (children) => new TableCell({ borders: { top: none, bottom: none, left: none, right: none }, children });

function template() {
  const header = new Table({
    width: { size: 9355, type: WidthType.DXA },
    columnWidths: [3742, 5613],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        children: [
          plain([
            p('UBND TỈNH TÂY NINH', { center: true, size: 12 }),
            p('SỞ KHOA HỌC VÀ CÔNG NGHỆ', { center: true, bold: true, size: 12 }),
          ]),
          plain([
            p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { center: true, bold: true, size: 12 }),
            p('Độc lập - Tự do - Hạnh phúc', { center: true, bold: true, size: 13 }),
          ]),
        ],
      }),
    ],
  });
  const fields = new Table({
    width: { size: 9355, type: WidthType.DXA },
    rows: [
      new TableRow({
        children: ['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đúng hạn và trước hạn'].map((t) => cell(t, true)),
      }),
      new TableRow({
        children: ['{#fields}{name}', '{received}', '{resolved}', '{rates.onTime}{/fields}'].map((t) => cell(t, false)),
      }),
      new TableRow({
        children: ['Tổng cộng', '{total.tthc.received}', '{total.tthc.resolved}', '{rates.onTime}'].map((t) =>
          cell(t, true),
        ),
      }),
    ],
  });
  return new Document({
    creator: 'TongHop',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } },
        },
        children: [
          header,
          p('Tây Ninh, ngày … tháng … năm …', { center: true, italic: true }),
          p('BÁO CÁO', { center: true, bold: true }),
          p('Kết quả công tác cải cách hành chính {period.label}', { center: true, bold: true }),
          p('I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', { bold: true }),
          p('{text.tthc}'),
          p(
            'Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn đạt {rates.onTime}; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {rates.online}.',
          ),
          // Several lines (one per field) in one paragraph: left-aligned, so Word does not stretch the short ones.
          p('{text.byField}', { left: true }),
          p('Kết quả của từng đơn vị:'),
          // A paragraph loop: the tags alone in their paragraphs repeat the paragraph between them once per unit.
          p('{#units}'),
          p('{#tthc}'),
          p(
            '- {name}: tiếp nhận {received} hồ sơ, đã giải quyết {resolved} hồ sơ, đúng hạn và trước hạn {rates.onTime}.',
          ),
          p('{/tthc}'),
          p('{/units}'),
          fields,
          p('II. TỔ CHỨC BỘ MÁY, NHÂN SỰ', { bold: true }),
          p('{text.staff}'),
          p('III. CÔNG TÁC ĐÀO TẠO, BỒI DƯỠNG', { bold: true }),
          p('{text.training}'),
          p('IV. CÔNG TÁC TIẾP CÔNG DÂN', { bold: true }),
          p('{text.reception}'),
          p('Trên đây là báo cáo kết quả công tác cải cách hành chính {period.label} của Sở Khoa học và Công nghệ./.'),
        ],
      },
    ],
  });
}

async function makeReportTemplate(out) {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, await Packer.toBuffer(template()));
  return out;
}

module.exports = { makeReportTemplate };

if (require.main === module) {
  const out = process.argv[2] || path.join(__dirname, '..', 'examples', 'mau-bao-cao.docx');
  makeReportTemplate(out).then((f) => console.log(f));
}
