/**
 * «Tạo báo cáo Word»: the report document built by the core, drawn as .docx by the docx library, which lives in
 * its own chunk (bao-cao-word) loaded on the first click, so the pane's first load does not carry it; or the
 * office's own template filled by docxtemplater (chunk mau-word), likewise loaded only when a template is used.
 */
import type { Finding } from '../core/findings';
import type { ReportDocument } from '../core/report/document';
import { foldKey } from '../core/text';
import type { PeriodInfo } from '../core/unit/types';
import { periodKeyOf } from './write-summary';

export async function reportDocxBytes(doc: ReportDocument): Promise<Uint8Array> {
  const { writeReportDocx } = await import(/* webpackChunkName: "bao-cao-word" */ '../io/write-docx');
  return writeReportDocx(doc);
}

export type FilledTemplate = { ok: true; bytes: Uint8Array; findings: Finding[] } | { ok: false; message: string };

/** The template filled with the core's template data; a template that cannot be used gives its Vietnamese message. */
export async function filledTemplate(
  template: Uint8Array,
  data: Record<string, unknown>,
  file: string,
): Promise<FilledTemplate> {
  const { fillDocxTemplate, TemplateError } = await import(
    /* webpackChunkName: "mau-word" */ '../io/fill-docx-template'
  );
  try {
    return { ok: true, ...fillDocxTemplate(template, data, file) };
  } catch (e) {
    if (e instanceof TemplateError) return { ok: false, message: e.message };
    throw e;
  }
}

/** `BaoCao_6-thang-dau-nam-2020.docx`: the period's name without diacritics, else its dates. */
export function reportFileName(period: PeriodInfo): string {
  const label = foldKey(period.label)
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `BaoCao_${label !== '' ? label : periodKeyOf(period)}.docx`;
}
