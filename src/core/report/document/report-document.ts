import type { ProvincialSummary } from '../../consolidate/types';
import { vnLongDate } from '../../text/dates';
import data from '../data/report-document.json';
import { reportParagraphs, type ReportParagraphs } from '../paragraphs';
import { agencyUnitName } from '../../summary/agency-name';
import { officeAgency } from '../subject';
import { DECREE_30_PAGE, type DocBlock, type ReportDocument } from './document-model';
import { staffTable, trainingTable, tthcTable } from './document-tables';

/**
 * What the office fills in once and the pane remembers (thiết lập báo cáo). Every field is optional:
 * a missing one is shown as a visible placeholder in brackets, never invented.
 */
export interface ReportSettings {
  /** Cơ quan chủ quản, e.g. `UBND tỉnh Tây Ninh`; shown in capitals. */
  governingBody?: string;
  /** Cơ quan ban hành as written in sentences, e.g. `Sở Khoa học và Công nghệ`; shown in capitals in the header. */
  agency?: string;
  /** Số, ký hiệu: `125/BC-SKHCN` (with or without the leading `Số:`). */
  number?: string;
  /** Địa danh: `Tây Ninh`. */
  place?: string;
  /** Date of signing (Excel serial); without it the day, month and year are left as dots to fill in by hand. */
  date?: number;
  /** Signer's title, one line per line: `KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC`. */
  signerTitle?: string;
  signerName?: string;
  /** Nơi nhận, one recipient per line. */
  recipients?: string[];
}

const P = data.placeholders;

function given(s: string | undefined): string | null {
  const t = (s ?? '').normalize('NFC').trim();
  return t === '' ? null : t;
}

const upper = (s: string): string => s.toLocaleUpperCase('vi');

function fill(template: string, agency: string, period: string): string {
  return template.replace(/\{agency\}/g, agency).replace(/\{period\}/g, period);
}

/** `Số: 125/BC-SKHCN`; the user may or may not have typed `Số:`. */
function numberLine(n: string | null): string {
  if (n === null) return P.number;
  return data.numberPrefix + n.replace(/^số\s*:?\s*/i, '');
}

function placeDate(place: string | null, date: number | undefined): string {
  const when = date !== undefined ? vnLongDate(date) : 'ngày … tháng … năm …';
  return `${place ?? P.place}, ${when}`;
}

/** Body: each section's heading (I., II., …), its paragraphs and table, in the order of the reports. */
function body(summary: ProvincialSummary, p: ReportParagraphs, intro: string, closing: string): DocBlock[] {
  const sections: { title: string; texts: string[]; table: ReturnType<typeof tthcTable> }[] = [
    { title: data.sections.tthc, texts: [p.tthc, p.byField], table: tthcTable(summary) },
    { title: data.sections.staff, texts: [p.staff], table: staffTable(summary) },
    { title: data.sections.training, texts: [p.training], table: trainingTable(summary) },
    { title: data.sections.reception, texts: [p.reception], table: null },
  ];
  const out: DocBlock[] = [{ kind: 'paragraph', text: intro }];
  let n = 0;
  for (const s of sections) {
    const texts = s.texts.flatMap((t) => t.split('\n')).filter((t) => t.trim() !== '');
    if (texts.length === 0 && !s.table) continue;
    out.push({ kind: 'heading', text: `${ROMAN[n++]}. ${s.title}` });
    for (const text of texts) out.push({ kind: 'paragraph', text });
    if (s.table) out.push({ kind: 'table', table: s.table });
  }
  out.push({ kind: 'paragraph', text: closing });
  return out;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

/** Each recipient line ends with `;`, the last (usually `Lưu: VT, …`) with `.`, as the decree lays them out. */
function punctuateRecipients(lines: readonly string[]): string[] {
  return lines.map((l, i) => l.replace(/[\s;,.]+$/, '') + (i === lines.length - 1 ? '.' : ';'));
}

/**
 * The report as a document in the administrative format of Nghị định 30/2020/NĐ-CP: header, number, place and
 * date, `BÁO CÁO` and its subject, the paragraphs with the II.06a, staff and training tables, recipients, signer.
 */
export function buildReportDocument(
  summary: ProvincialSummary,
  settings: ReportSettings = {},
  paragraphs?: ReportParagraphs,
): ReportDocument {
  const p = paragraphs ?? reportParagraphs(summary);
  // The agency the settings give, else the one the summary names (the office's, report/subject.ts).
  const agency = given(settings.agency) ?? officeAgency(summary.agency);
  const governing = given(settings.governingBody);
  const period = given(summary.period.label) ?? P.period;
  // In running text the agency is spelled as a name (a line typed in capitals re-spelled), not as the header's capitals.
  const inText = agency !== null ? agencyUnitName(agency) : P.agencyInText;
  const recipients = (settings.recipients ?? [])
    .map((r) => given(r.replace(/^\s*[-–]\s*/, '')))
    .filter((r): r is string => r !== null);
  const signerTitle = (given(settings.signerTitle) ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const doc: ReportDocument = {
    page: DECREE_30_PAGE,
    governingBody: governing !== null ? upper(governing) : P.governingBody,
    agency: agency !== null ? upper(agency) : P.agency,
    number: numberLine(given(settings.number)),
    nationalTitle: data.nationalTitle,
    motto: data.motto,
    placeDate: placeDate(given(settings.place), settings.date),
    documentType: data.documentType,
    subject: fill(data.subject, inText, period),
    body: body(summary, p, fill(data.intro, inText, period), fill(data.closing, inText, period)),
    recipientsTitle: data.recipientsTitle,
    recipients: punctuateRecipients(recipients.length > 0 ? recipients : P.recipients),
    signerTitle: signerTitle.length > 0 ? signerTitle.map(upper) : [P.signerTitle],
    signerName: given(settings.signerName) ?? P.signerName,
    placeholders: [],
  };
  doc.placeholders = placeholdersIn(doc);
  return doc;
}

/**
 * The placeholders left in the document (bracketed texts, the blank number), for the door to tell the user.
 * The dotted date is not one: offices leave it blank on purpose and write it in when the report is signed.
 */
function placeholdersIn(doc: ReportDocument): string[] {
  const body = doc.body.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));
  const texts = [
    doc.governingBody,
    doc.agency,
    doc.placeDate,
    doc.subject,
    ...body,
    ...doc.recipients,
    ...doc.signerTitle,
    doc.signerName,
  ];
  const found = new Set<string>(doc.number === P.number ? [P.number] : []);
  for (const t of texts) for (const m of t.match(/\[[^\]]+\]/g) ?? []) found.add(m);
  return [...found];
}
