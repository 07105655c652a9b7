/** The report document on the command line: `--docx` on consolidate, and `tonghop report <summary.json|.xlsx>`. */
import type { AgencyDetails } from '../core/settings';
import * as fs from 'fs';
import * as path from 'path';
import type { ProvincialSummary } from '../core/consolidate/types';
import { buildReportDocument, reportSettingsOfOffice, type ReportSettings } from '../core/report/document';
import { signatureOf, type SignatureDetails } from '../core/report/signature-block';
import { summaryFromInput } from '../core/report/summary-from-input';
import { summaryFromJson } from '../core/report/summary-from-json';
import { whyNoReport } from '../core/report/why-no-report';
import { parseVnDate } from '../core/text';
import { reportParagraphs } from '../core/report/paragraphs';
import { officeAgency } from '../core/report/subject';
import { templateData } from '../core/report/document/template-data';
import type * as FillDocxTemplate from '../io/fill-docx-template';
import type * as WriteDocx from '../io/write-docx';
import { type ParsedArgs, UsageError, stringOption } from './args';
import type { Io } from './commands';
import { formatFinding, writeFileAtomic } from './output';
import { settingsOption } from './settings-file';
import { createProgress } from './progress';
import { readUnitFiles } from './read-files';

/** Options that fill the document's header and signature; the rest stay visible placeholders. */
export const REPORT_OPTIONS = [
  '--governing-body',
  '--agency',
  '--number',
  '--place',
  '--date',
  '--signer',
  '--signer-title',
  '--recipients',
];

/**
 * `--signer-title "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC"`, `--recipients "UBND tỉnh; Sở Nội vụ; Lưu: VT, VP."`. What the
 * options leave out comes from the office's settings (DanhMuc «Cơ quan và người ký») when given.
 */
export function reportSettings(args: ParsedArgs, office?: AgencyDetails): ReportSettings {
  // The office's details as the pane offers them (the agency unless it is the shipped default), under the options.
  const o = office ? reportSettingsOfOffice(office) : {};
  const s: ReportSettings = {
    governingBody: stringOption(args, '--governing-body') ?? o.governingBody,
    agency: stringOption(args, '--agency') ?? o.agency,
    number: stringOption(args, '--number'),
    place: stringOption(args, '--place') ?? o.place,
    signerName: stringOption(args, '--signer') ?? o.signerName,
    signerTitle: stringOption(args, '--signer-title')?.split('|').join('\n') ?? o.signerTitle,
  };
  const recipients = stringOption(args, '--recipients');
  if (recipients !== undefined)
    s.recipients = recipients
      .split(/[;|]/)
      .map((r) => r.trim())
      .filter((r) => r !== '');
  const date = stringOption(args, '--date');
  if (date !== undefined) {
    const d = parseVnDate(date);
    if (!d.ok) throw new UsageError(`Tùy chọn --date «${date}» ${d.reason} (cần dd/mm/yyyy).`);
    s.date = d.serial;
  }
  return s;
}

/** The signature block of the summary sheets: place, date and signer as for the report document, the preparer from the settings. */
export function signatureDetails(args: ParsedArgs, office?: AgencyDetails): SignatureDetails {
  const s = reportSettings(args, office);
  return { ...(office ? signatureOf(office) : {}), place: s.place, date: s.date, signerName: s.signerName };
}

/**
 * Writes the report document for a summary: the user's template filled (`templateFile`), or TongHop's own
 * layout, telling which placeholders are left to fill in. A template that cannot be used is a usage error.
 */
export async function writeReport(
  summary: ProvincialSummary,
  args: ParsedArgs,
  outFile: string,
  io: Io,
  templateFile?: string,
  office?: AgencyDetails,
): Promise<void> {
  const paragraphs = reportParagraphs(summary, { padCounts: !args.options.has('--no-pad') });
  if (templateFile !== undefined) {
    const { TemplateError, fillDocxTemplate } = templateFiller();
    let filled: ReturnType<typeof fillDocxTemplate>;
    try {
      filled = fillDocxTemplate(
        readInput(templateFile),
        templateData(summary, paragraphs),
        path.basename(templateFile),
      );
    } catch (e) {
      if (e instanceof TemplateError) throw new UsageError(e.message);
      throw e;
    }
    writeFileAtomic(outFile, filled.bytes);
    io.err(`Đã điền mẫu ${path.basename(templateFile)} → ${path.resolve(outFile)}`);
    for (const f of filled.findings) io.err(formatFinding(f));
    return;
  }
  const doc = buildReportDocument(summary, reportSettings(args, office), paragraphs);
  writeFileAtomic(outFile, await docxWriter().writeReportDocx(doc));
  io.err(`Đã ghi báo cáo Word → ${path.resolve(outFile)}`);
  if (doc.placeholders.length > 0) io.err(`Còn để trống, cần điền trong văn bản: ${doc.placeholders.join('; ')}.`);
}

/*
 * The Word libraries (docxtemplater and PizZip, docx) load only when a report is written, so `consolidate` without
 * --docx, `check` and the other commands start without them.
 */
function templateFiller(): typeof FillDocxTemplate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../io/fill-docx-template') as typeof FillDocxTemplate;
}

function docxWriter(): typeof WriteDocx {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../io/write-docx') as typeof WriteDocx;
}

function readInput(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new UsageError(`Không đọc được tệp «${file}».`);
  }
}

/** Workbooks `tonghop report` reads as TongHop's own summary (the workbook `consolidate -o` writes). */
const SUMMARY_WORKBOOKS = ['.xlsx', '.xlsm', '.xls', '.ods'];

/** The summary JSON read back; null (after saying why) when it is not one. */
function summaryOfJson(input: string, io: Io): ProvincialSummary | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(input, 'utf8'));
  } catch (e) {
    io.err(
      `Lỗi: không đọc được ${input}: ${e instanceof SyntaxError ? 'không phải JSON hợp lệ' : (e as Error).message}.`,
    );
    return null;
  }
  const read = summaryFromJson(parsed, path.basename(input));
  if (!read.ok) {
    io.err(`Lỗi: ${read.message}`);
    return null;
  }
  return read.summary;
}

/**
 * The summary workbook read back by the same reader as summaries given to consolidate; null (after saying why) when
 * it is not one, or when a figure in it is not a count: a report is never written from a figure known to be wrong.
 */
async function summaryOfWorkbook(input: string, io: Io): Promise<ProvincialSummary | null> {
  if (!fs.existsSync(input)) throw new UsageError(`Không tìm thấy «${input}».`);
  const [entry] = await readUnitFiles([input], {}, createProgress(process.stderr, true), {
    onNotice: (m) => io.err(m),
  });
  if (!entry.summary) {
    const why = entry.findings.find((f) => f.severity === 'error')?.message;
    io.err(
      `Lỗi: ${path.basename(input)} không phải bảng tổng hợp do TongHop ghi (cần các trang TH_TTHC, TH_LinhVuc…)${why ? `: ${why}` : '.'}`,
    );
    return null;
  }
  const summary = summaryFromInput(entry.summary, path.basename(input));
  for (const f of summary.findings) io.err(formatFinding(f));
  const why = whyNoReport(summary, `bảng tổng hợp ${path.basename(input)}`);
  if (why !== null) {
    io.err(`Lỗi: ${why}`);
    return null;
  }
  return summary;
}

/**
 * `tonghop report <summary.json|summary.xlsx> -o <report.docx> [--template <t.docx>] [--settings <danh-muc>]`: exit 0
 * written (warnings allowed), 2 otherwise. With `--settings`, the office's wording (DanhMuc table 6) and agency and
 * signer details word the report; without, the wording the summary JSON was made with (a workbook keeps none).
 */
export async function reportCommand(args: ParsedArgs, io: Io): Promise<number> {
  const outFile = stringOption(args, '-o', '--output');
  if (!outFile) throw new UsageError('Cần tùy chọn -o <báo cáo.docx>.');
  if (args.positional.length !== 1)
    throw new UsageError('Cần đúng một bảng tổng hợp (.xlsx hoặc .json) để làm báo cáo.');
  const input = args.positional[0];
  const ext = path.extname(input).toLowerCase();
  if (ext !== '.json' && !SUMMARY_WORKBOOKS.includes(ext)) {
    io.err(
      `Lỗi: ${input}: lệnh report đọc bảng tổng hợp do TongHop ghi, dạng sổ tính (.xlsx) hoặc JSON (tệp ghi bằng tùy chọn --json của lệnh consolidate).`,
    );
    return 2;
  }
  const summary = ext === '.json' ? summaryOfJson(input, io) : await summaryOfWorkbook(input, io);
  if (summary === null) return 2;
  const settings = args.options.has('--settings') ? settingsOption(args, io) : undefined;
  if (settings && Object.keys(settings.phrases).length > 0)
    summary.phrases = { ...summary.phrases, ...settings.phrases };
  // Who reports: --agency, else the settings' agency (DanhMuc table 5), else the one the summary names.
  const agency = stringOption(args, '--agency') ?? officeAgency(settings?.agency.agency) ?? undefined;
  if (agency !== undefined) summary.agency = agency;
  await writeReport(summary, args, outFile, io, stringOption(args, '--template'), settings?.agency);
  return 0;
}
