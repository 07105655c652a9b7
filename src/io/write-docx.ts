/**
 * The report document (core/report/document) as .docx bytes, drawn with the `docx` library. Only layout lives
 * here: every word and figure comes from the core's ReportDocument. Works in Node and in the browser (the
 * pane loads this module lazily, in its own chunk).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
  type ITableCellBorders,
} from 'docx';
import type { DocTable, ReportDocument } from '../core/report/document/document-model';

const half = (pt: number): number => Math.round(pt * 2);
/** Millimetres to twentieths of a point, rounded: A4 is 11906 × 16838, as Word writes it. */
const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  sizePt?: number;
}

function para(
  runs: Run[],
  opts: { align?: 'center' | 'left' | 'right' | 'justify'; before?: number; after?: number; indentFirst?: number } = {},
): Paragraph {
  const align = {
    center: AlignmentType.CENTER,
    left: AlignmentType.LEFT,
    right: AlignmentType.RIGHT,
    justify: AlignmentType.JUSTIFIED,
  }[opts.align ?? 'left'];
  return new Paragraph({
    alignment: align,
    spacing: { before: (opts.before ?? 0) * 20, after: (opts.after ?? 0) * 20 },
    indent: opts.indentFirst !== undefined ? { firstLine: opts.indentFirst } : undefined,
    children: runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          bold: r.bold,
          italics: r.italic,
          underline: r.underline ? {} : undefined,
          size: r.sizePt !== undefined ? half(r.sizePt) : undefined,
        }),
    ),
  });
}

/** A short centred rule under a title (đường kẻ ngang): a paragraph border narrowed by its indents. */
function rule(cellTwips: number, lengthTwips: number): Paragraph {
  const side = Math.max(0, Math.round((cellTwips - lengthTwips) / 2));
  return new Paragraph({
    border: { top: LINE },
    indent: { left: side, right: side },
    spacing: { before: 80, after: 0 },
    children: [new TextRun({ text: '', size: 4 })],
  });
}

function plainCell(children: Paragraph[], widthTwips: number): TableCell {
  const margins = { left: 0, right: 0, top: 0, bottom: 0 };
  return new TableCell({ children, borders: NO_BORDERS, margins, width: { size: widthTwips, type: WidthType.DXA } });
}

function borderlessTable(rows: TableCell[][], widths: number[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
    rows: rows.map((cells) => new TableRow({ children: cells })),
  });
}

/** The two-column header: agency block and number | Quốc hiệu, Tiêu ngữ and place and date. */
function header(doc: ReportDocument, textTwips: number): Table {
  const left = Math.round(textTwips * 0.4);
  const right = textTwips - left;
  const agencyChars = Math.min(doc.agency.length, 30);
  return borderlessTable(
    [
      [
        plainCell(
          [
            para([{ text: doc.governingBody, sizePt: 12 }], { align: 'center' }),
            para([{ text: doc.agency, bold: true, sizePt: 12 }], { align: 'center' }),
            rule(left, Math.round(agencyChars * 120 * 0.45)),
          ],
          left,
        ),
        plainCell(
          [
            para([{ text: doc.nationalTitle, bold: true, sizePt: 12 }], { align: 'center' }),
            para([{ text: doc.motto, bold: true, underline: true, sizePt: 14 }], { align: 'center' }),
          ],
          right,
        ),
      ],
      [
        plainCell([para([{ text: doc.number, sizePt: 13 }], { align: 'center', before: 6 })], left),
        plainCell([para([{ text: doc.placeDate, italic: true, sizePt: 14 }], { align: 'center', before: 6 })], right),
      ],
    ],
    [left, right],
  );
}

function tableCell(
  text: string | null,
  width: number,
  opts: { bold?: boolean; center: boolean; sizePt: number; vMerge?: 'restart' | 'continue'; span?: number },
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    verticalMerge:
      opts.vMerge === 'restart'
        ? VerticalMergeType.RESTART
        : opts.vMerge === 'continue'
          ? VerticalMergeType.CONTINUE
          : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 40, right: 40, top: 20, bottom: 20 },
    children: [
      para([{ text: text ?? '', bold: opts.bold, sizePt: opts.sizePt }], { align: opts.center ? 'center' : 'left' }),
    ],
  });
}

/** Left and right margins of a table cell together (see tableCell). */
const CELL_MARGINS = 80;

/**
 * Twentieths of a point a word needs in bold Times New Roman at `sizePt`: capitals about 0.72 em, other letters
 * and digits 0.5 em, the rest 0.33 em, with a tenth more for safety. Bold is the widest a cell's text is drawn.
 */
export function wordTwips(word: string, sizePt: number): number {
  let em = 0;
  for (const ch of word) em += /\p{Lu}/u.test(ch) ? 0.72 : /[\p{L}\p{N}]/u.test(ch) ? 0.5 : 0.33;
  return Math.ceil(em * sizePt * 20 * 1.1);
}

/**
 * Column widths in twips: the table's relative widths scaled to the text width, then each column widened to its
 * longest word (header cells of one column and every data cell), taking the room from columns that have more than
 * they need, so Word and LibreOffice never break a word across lines («Trướ / c hạn»).
 */
export function columnWidths(t: DocTable, textTwips: number, sizePt: number): number[] {
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const base = t.widths.map((w) => (w / sum) * textTwips);
  const need = t.widths.map(() => 0);
  const fit = (text: string | null, c: number): void => {
    for (const w of (text ?? '').split(/\s+/)) need[c] = Math.max(need[c], wordTwips(w, sizePt) + CELL_MARGINS);
  };
  for (const row of t.header) row.forEach((text, c) => (row[c + 1] === null ? undefined : fit(text, c)));
  for (const row of t.rows) row.forEach((text, c) => fit(text, c));
  const deficit = base.reduce((d, w, c) => d + Math.max(0, need[c] - w), 0);
  const room = base.reduce((r, w, c) => r + Math.max(0, w - need[c]), 0);
  if (deficit === 0 || room < deficit) return base.map(Math.floor);
  return base.map((w, c) => Math.floor(need[c] >= w ? need[c] : w - ((w - need[c]) / room) * deficit));
}

/**
 * A bordered table. In header rows, `null` is covered by the cell to its left; '' under a non-empty header cell
 * of the row above is covered by it (vertical merge).
 */
function dataTable(t: DocTable, textTwips: number, sizePt: number): Table {
  const widths = columnWidths(t, textTwips, sizePt);
  const rows: TableRow[] = [];
  t.header.forEach((cells, r) => {
    const out: TableCell[] = [];
    for (let c = 0; c < cells.length; c++) {
      const text = cells[c];
      if (text === null) continue;
      let span = 1;
      while (c + span < cells.length && cells[c + span] === null) span++;
      const width = widths.slice(c, c + span).reduce((a, b) => a + b, 0);
      const below = t.header[r + 1]?.[c];
      const above = r > 0 ? t.header[r - 1][c] : null;
      const vMerge =
        text === '' && above !== null && above !== ''
          ? 'continue'
          : text !== '' && below === ''
            ? 'restart'
            : undefined;
      out.push(tableCell(text, width, { bold: true, center: true, sizePt, vMerge, span: span > 1 ? span : undefined }));
    }
    rows.push(new TableRow({ tableHeader: true, children: out }));
  });
  t.rows.forEach((cells, r) => {
    const bold = r === t.totalRow;
    rows.push(
      new TableRow({
        cantSplit: true,
        children: cells.map((text, c) =>
          tableCell(text, widths[c], { bold, center: !t.textColumns.includes(c), sizePt }),
        ),
      }),
    );
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textTwips, type: WidthType.DXA },
    columnWidths: widths,
    rows,
  });
}

/** Recipients (Nơi nhận) on the left, the signer on the right. */
function closing(doc: ReportDocument, textTwips: number): Table {
  const left = Math.round(textTwips * 0.45);
  const right = textTwips - left;
  return borderlessTable(
    [
      [
        plainCell(
          [
            para([{ text: doc.recipientsTitle, bold: true, italic: true, sizePt: 12 }]),
            ...doc.recipients.map((r) => para([{ text: `- ${r}`, sizePt: 11 }])),
          ],
          left,
        ),
        plainCell(
          [
            ...doc.signerTitle.map((l) => para([{ text: l, bold: true, sizePt: 14 }], { align: 'center' })),
            para([{ text: '' }], { before: 48 }),
            para([{ text: doc.signerName, bold: true, sizePt: 14 }], { align: 'center', before: 24 }),
          ],
          right,
        ),
      ],
    ],
    [left, right],
  );
}

/** The report as .docx bytes: A4 portrait, the decree's margins and fonts, page numbers from page 2. */
export async function writeReportDocx(doc: ReportDocument): Promise<Uint8Array> {
  const pg = doc.page;
  const textTwips = twips(pg.widthMm - pg.marginMm.left - pg.marginMm.right);
  const indent = twips(10);
  const children: (Paragraph | Table)[] = [
    header(doc, textTwips),
    para([{ text: doc.documentType, bold: true, sizePt: 14 }], { align: 'center', before: 18 }),
    para([{ text: doc.subject, bold: true, sizePt: 14 }], { align: 'center' }),
    rule(textTwips, Math.round(textTwips / 4)),
    para([{ text: '' }], { after: 6 }),
  ];
  for (const b of doc.body) {
    if (b.kind === 'heading')
      children.push(
        para([{ text: b.text, bold: true }], { align: 'justify', before: 6, after: 6, indentFirst: indent }),
      );
    else if (b.kind === 'paragraph')
      children.push(para([{ text: b.text }], { align: 'justify', after: 6, indentFirst: indent }));
    else {
      children.push(para([{ text: b.table.caption, bold: true, sizePt: 13 }], { align: 'center', before: 6 }));
      if (b.table.note) children.push(para([{ text: b.table.note, italic: true, sizePt: 12 }], { align: 'right' }));
      children.push(dataTable(b.table, textTwips, pg.tableSizePt));
      children.push(para([{ text: '' }], { after: 6 }));
    }
  }
  children.push(para([{ text: '' }], { after: 6 }), closing(doc, textTwips));

  const document = new Document({
    creator: 'TongHop',
    title: `${doc.documentType} ${doc.subject}`,
    styles: {
      default: {
        document: { run: { font: pg.font, size: half(pg.sizePt) }, paragraph: { spacing: { line: 276 } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(pg.widthMm), height: twips(pg.heightMm) },
            margin: {
              top: twips(pg.marginMm.top),
              bottom: twips(pg.marginMm.bottom),
              left: twips(pg.marginMm.left),
              right: twips(pg.marginMm.right),
            },
          },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
