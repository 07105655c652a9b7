/**
 * «Tạo báo cáo Word»: the report document built by the core, drawn as .docx by the docx library, which lives in
 * its own chunk (bao-cao-word) loaded on the first click, so the pane's first load does not carry it.
 */
import type { ReportDocument } from '../core/report/document';
import { foldKey } from '../core/text';
import type { PeriodInfo } from '../core/unit/types';
import { periodKeyOf } from './write-summary';

export async function reportDocxBytes(doc: ReportDocument): Promise<Uint8Array> {
  const { writeReportDocx } = await import(/* webpackChunkName: "bao-cao-word" */ '../io/write-docx');
  return writeReportDocx(doc);
}

/** `BaoCao_6-thang-dau-nam-2020.docx`: the period's name without diacritics, else its dates. */
export function reportFileName(period: PeriodInfo): string {
  const label = foldKey(period.label).replace(/đ/g, 'd').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `BaoCao_${label !== '' ? label : periodKeyOf(period)}.docx`;
}
