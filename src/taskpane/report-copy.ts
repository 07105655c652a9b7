/**
 * The report document (core ReportDocument) as formatted text for the clipboard, where the pane cannot save a
 * .docx (Excel for Mac): HTML that Word pastes with its header block, headings, paragraphs and bordered tables,
 * and the same as plain text. Styles are set through the CSSOM (the pane's CSP forbids inline style markup) and
 * serialised with the element; every text goes in through textContent.
 */
import type { DocTable, ReportDocument } from '../core/report/document';
import { el } from './dom';

type Style = Partial<Record<'fontFamily' | 'fontSize' | 'fontWeight' | 'fontStyle' | 'textAlign' | 'textIndent' | 'textDecoration' | 'border' | 'borderCollapse' | 'width' | 'padding' | 'margin' | 'verticalAlign', string>>;

function styled<T extends HTMLElement>(e: T, s: Style): T {
  Object.assign(e.style, s);
  return e;
}

const p = (text: string, s: Style = {}): HTMLElement => styled(el('p', { text }), { margin: '0 0 6pt 0', ...s });
const bold = (text: string, s: Style = {}): HTMLElement => p(text, { fontWeight: 'bold', ...s });

/** A two-column block without borders (header, signature). */
function columns(left: HTMLElement[], right: HTMLElement[], leftWidth: string): HTMLElement {
  const cell = (children: HTMLElement[], width: string) => styled(el('td', {}, children), { width, verticalAlign: 'top', padding: '0' });
  return styled(el('table', {}, [el('tbody', {}, [el('tr', {}, [cell(left, leftWidth), cell(right, '')])])]), { width: '100%', borderCollapse: 'collapse' });
}

function dataTable(t: DocTable): HTMLElement {
  const border: Style = { border: '1px solid #000', padding: '2pt 3pt', fontSize: '10pt', verticalAlign: 'middle' };
  const rows: HTMLElement[] = [];
  t.header.forEach((cells, r) => {
    const out: HTMLElement[] = [];
    cells.forEach((text, c) => {
      if (text === null) return;
      const above = r > 0 ? t.header[r - 1][c] : null;
      if (text === '' && above !== null && above !== '') return; // covered by the cell above
      const td = styled(el('th', { text }), { ...border, textAlign: 'center', fontWeight: 'bold' });
      let span = 1;
      while (c + span < cells.length && cells[c + span] === null) span++;
      if (span > 1) td.setAttribute('colspan', String(span));
      if (t.header[r + 1]?.[c] === '' && text !== '') td.setAttribute('rowspan', '2');
      out.push(td);
    });
    rows.push(el('tr', {}, out));
  });
  t.rows.forEach((cells, r) => {
    const weight = r === t.totalRow ? 'bold' : 'normal';
    rows.push(el('tr', {}, cells.map((text, c) => styled(el('td', { text }), { ...border, fontWeight: weight, textAlign: t.textColumns.includes(c) ? 'left' : 'center' }))));
  });
  return styled(el('table', {}, [el('tbody', {}, rows)]), { borderCollapse: 'collapse', width: '100%' });
}

/** The document as an element (not attached): serialised, it is the clipboard's HTML. */
export function reportElement(doc: ReportDocument): HTMLElement {
  const centre: Style = { textAlign: 'center' };
  const body: HTMLElement[] = [];
  for (const b of doc.body) {
    if (b.kind === 'heading') body.push(bold(b.text, { textAlign: 'justify', textIndent: '1cm' }));
    else if (b.kind === 'paragraph') body.push(p(b.text, { textAlign: 'justify', textIndent: '1cm' }));
    else {
      body.push(bold(b.table.caption, { ...centre, fontSize: '13pt' }));
      if (b.table.note) body.push(p(b.table.note, { textAlign: 'right', fontStyle: 'italic', fontSize: '12pt' }));
      body.push(dataTable(b.table));
    }
  }
  const root = el('div', {}, [
    columns(
      [p(doc.governingBody, { ...centre, fontSize: '12pt', margin: '0' }), bold(doc.agency, { ...centre, fontSize: '12pt' }), p(doc.number, { ...centre, fontSize: '13pt' })],
      [
        bold(doc.nationalTitle, { ...centre, fontSize: '12pt', margin: '0' }),
        bold(doc.motto, { ...centre, textDecoration: 'underline' }),
        p(doc.placeDate, { ...centre, fontStyle: 'italic' }),
      ],
      '40%',
    ),
    bold(doc.documentType, { ...centre, margin: '12pt 0 0 0' }),
    bold(doc.subject, { ...centre, margin: '0 0 12pt 0' }),
    ...body,
    columns(
      [bold(doc.recipientsTitle, { fontStyle: 'italic', fontSize: '12pt', margin: '0' }), ...doc.recipients.map((r) => p(`- ${r}`, { fontSize: '11pt', margin: '0' }))],
      [...doc.signerTitle.map((l) => bold(l, { ...centre, margin: '0' })), p('', { margin: '48pt 0 0 0' }), bold(doc.signerName, centre)],
      '45%',
    ),
  ]);
  return styled(root, { fontFamily: `'${doc.page.font}', serif`, fontSize: `${doc.page.sizePt}pt` });
}

function tableText(t: DocTable): string[] {
  const header = t.header.map((cells) => cells.map((c) => c ?? '').join('\t'));
  return [t.caption, ...(t.note ? [t.note] : []), ...header, ...t.rows.map((r) => r.join('\t'))];
}

/** The document as plain text: the lines in reading order, tables as tab-separated rows. */
export function reportPlainText(doc: ReportDocument): string {
  const lines = [doc.governingBody, doc.agency, doc.number, '', doc.nationalTitle, doc.motto, doc.placeDate, '', doc.documentType, doc.subject, ''];
  for (const b of doc.body) {
    if (b.kind === 'table') lines.push(...tableText(b.table), '');
    else lines.push(b.text);
  }
  lines.push('', doc.recipientsTitle, ...doc.recipients.map((r) => `- ${r}`), '', ...doc.signerTitle, '', doc.signerName);
  return lines.join('\n');
}
