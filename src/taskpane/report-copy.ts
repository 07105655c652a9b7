/**
 * The report document (core ReportDocument) as formatted text for the clipboard, where the pane cannot save a
 * .docx (Excel for Mac): HTML that Word pastes with its header block, headings, paragraphs and bordered tables,
 * and the same as plain text. Every text goes in as a text node.
 */
import type { DocTable, ReportDocument } from '../core/report/document';
import { el } from './dom';

/** How a run of text looks: HTML font size 1–7 (2 ≈ 10 pt, 3 = 12 pt, 4 ≈ 14 pt), weight, slant, underline. */
interface Look {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
}

/** Text in the document's font with its look, as nested presentational elements. */
function run(face: string, text: string, look: Look): HTMLElement {
  let inner: Node = document.createTextNode(text);
  if (look.underline) inner = el('u', {}, [inner]);
  if (look.italic) inner = el('i', {}, [inner]);
  if (look.bold) inner = el('b', {}, [inner]);
  // <font> is not in TypeScript's tag map (obsolete in HTML, still what Word reads best): made by name.
  const font = document.createElement('font');
  font.setAttribute('face', face);
  font.setAttribute('size', String(look.size ?? 4));
  font.appendChild(inner);
  return font;
}

type Para = (text: string, look?: Look) => HTMLElement;

/** A two-column block without borders (header, signature). */
function columns(left: HTMLElement[], right: HTMLElement[], leftWidth: string): HTMLElement {
  const cell = (children: HTMLElement[], width?: string) =>
    el('td', { attrs: { valign: 'top', ...(width ? { width } : {}) } }, children);
  return el('table', { attrs: { border: '0', cellspacing: '0', cellpadding: '0', width: '100%' } }, [
    el('tbody', {}, [el('tr', {}, [cell(left, leftWidth), cell(right)])]),
  ]);
}

function dataTable(face: string, t: DocTable): HTMLElement {
  const rows: HTMLElement[] = [];
  t.header.forEach((cells, r) => {
    const out: HTMLElement[] = [];
    cells.forEach((text, c) => {
      if (text === null) return;
      const above = r > 0 ? t.header[r - 1][c] : null;
      if (text === '' && above !== null && above !== '') return; // covered by the cell above
      const th = el('th', { attrs: { align: 'center', valign: 'middle' } }, [run(face, text, { size: 2, bold: true })]);
      let span = 1;
      while (c + span < cells.length && cells[c + span] === null) span++;
      if (span > 1) th.setAttribute('colspan', String(span));
      if (t.header[r + 1]?.[c] === '' && text !== '') th.setAttribute('rowspan', '2');
      out.push(th);
    });
    rows.push(el('tr', {}, out));
  });
  t.rows.forEach((cells, r) => {
    const bold = r === t.totalRow;
    rows.push(
      el(
        'tr',
        {},
        cells.map((text, c) =>
          el('td', { attrs: { align: t.textColumns.includes(c) ? 'left' : 'center', valign: 'middle' } }, [
            run(face, text, { size: 2, bold }),
          ]),
        ),
      ),
    );
  });
  return el('table', { attrs: { border: '1', cellspacing: '0', cellpadding: '3', width: '100%' } }, [
    el('tbody', {}, rows),
  ]);
}

/**
 * The document as an element (not attached): serialised, it is the clipboard's HTML. Only presentational
 * markup (font, b, i, u, align, border), no style attributes: the pane's CSP forbids inline styles, and the
 * browser checks the HTML it puts on the clipboard against it.
 */
export function reportElement(doc: ReportDocument): HTMLElement {
  const face = doc.page.font;
  const p: Para = (text, look = {}) => el('p', { attrs: { align: look.align ?? 'left' } }, [run(face, text, look)]);
  const body: HTMLElement[] = [];
  for (const b of doc.body) {
    if (b.kind === 'heading') body.push(p(b.text, { bold: true, align: 'justify' }));
    else if (b.kind === 'paragraph') body.push(p(b.text, { align: 'justify' }));
    else {
      body.push(p(b.table.caption, { bold: true, align: 'center' }));
      if (b.table.note) body.push(p(b.table.note, { italic: true, align: 'right', size: 3 }));
      body.push(dataTable(face, b.table));
    }
  }
  return el('div', {}, [
    columns(
      [
        p(doc.governingBody, { size: 3, align: 'center' }),
        p(doc.agency, { size: 3, bold: true, align: 'center' }),
        p(doc.number, { size: 3, align: 'center' }),
      ],
      [
        p(doc.nationalTitle, { size: 3, bold: true, align: 'center' }),
        p(doc.motto, { bold: true, underline: true, align: 'center' }),
        p(doc.placeDate, { italic: true, align: 'center' }),
      ],
      '40%',
    ),
    p(doc.documentType, { bold: true, align: 'center' }),
    p(doc.subject, { bold: true, align: 'center' }),
    ...body,
    columns(
      [
        p(doc.recipientsTitle, { size: 3, bold: true, italic: true }),
        ...doc.recipients.map((r) => p(`- ${r}`, { size: 2 })),
      ],
      [
        ...doc.signerTitle.map((l) => p(l, { bold: true, align: 'center' })),
        ...[1, 2, 3].map(() => p('\u00a0')),
        p(doc.signerName, { bold: true, align: 'center' }),
      ],
      '45%',
    ),
  ]);
}

function tableText(t: DocTable): string[] {
  const header = t.header.map((cells) => cells.map((c) => c ?? '').join('\t'));
  return [t.caption, ...(t.note ? [t.note] : []), ...header, ...t.rows.map((r) => r.join('\t'))];
}

/** The document as plain text: the lines in reading order, tables as tab-separated rows. */
export function reportPlainText(doc: ReportDocument): string {
  const lines = [
    doc.governingBody,
    doc.agency,
    doc.number,
    '',
    doc.nationalTitle,
    doc.motto,
    doc.placeDate,
    '',
    doc.documentType,
    doc.subject,
    '',
  ];
  for (const b of doc.body) {
    if (b.kind === 'table') lines.push(...tableText(b.table), '');
    else lines.push(b.text);
  }
  lines.push(
    '',
    doc.recipientsTitle,
    ...doc.recipients.map((r) => `- ${r}`),
    '',
    ...doc.signerTitle,
    '',
    doc.signerName,
  );
  return lines.join('\n');
}
