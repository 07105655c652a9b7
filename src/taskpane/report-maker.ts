/**
 * What «Tạo báo cáo Word» needs besides the .docx writer, loaded on its first click (chunk bao-cao) so the pane's
 * first load stays as it was: the core's report document and the data of a template, the document's formatted
 * copy for the clipboard, and the reader of a summary already in the open workbook.
 */
import type { ProvincialSummary } from '../core/consolidate/types';
import { buildReportDocument, type ReportDocument } from '../core/report/document';
import { templateData } from '../core/report/document/template-data';
import { reportParagraphs } from '../core/report/paragraphs';
import { settingsOfFields, type ReportFields } from './report-settings';

export { reportElement, reportPlainText } from './report-copy';
export { summaryOfOpenWorkbook } from './workbook-summary';

export function reportDocument(summary: ProvincialSummary, fields: ReportFields): ReportDocument {
  return buildReportDocument(summary, settingsOfFields(fields), reportParagraphs(summary));
}

/** What the placeholders of the office's own template stand for (docs/interfaces.md §6). */
export function reportTemplateData(summary: ProvincialSummary): Record<string, unknown> {
  return templateData(summary, reportParagraphs(summary));
}
