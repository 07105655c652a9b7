/**
 * The summary already written in the open workbook (by an earlier run of the pane or by the CLI), rebuilt by the
 * core's summary reader from the sheets, for a Word report made without consolidating again.
 */
import type { ProvincialSummary } from '../core/consolidate/types';
import type { Settings } from '../core/settings/types';
import { consolidateInputs } from '../core/summary/consolidate-inputs';
import { isSummaryWorkbook } from '../core/summary/recognize';
import { summaryReport } from '../core/summary/summary-report';
import { readSummarySheets } from '../excel/read-summary-sheets';
import { OPEN_WORKBOOK, workbookSettings } from './settings-action';
import { officeAgency } from '../core/report/subject';

/** The summary read back, with the workbook's settings (its DanhMuc sheet, read once) that word and head it. */
export type WorkbookSummary =
  { ok: true; summary: ProvincialSummary; settings: Settings } | { ok: false; message: string };

export const NO_SUMMARY_SHEETS =
  'Sổ tính đang mở chưa có các trang tổng hợp của TongHop (TH_TTHC, TH_LinhVuc…): hãy chọn tệp của các đơn vị và bấm «Tổng hợp» trước.';

export async function summaryOfOpenWorkbook(): Promise<WorkbookSummary> {
  const grids = await readSummarySheets();
  if (grids.length === 0 || !isSummaryWorkbook(grids)) return { ok: false, message: NO_SUMMARY_SHEETS };
  // Its own units one by one, as the sheets list them: the report's table is by unit.
  const summary = consolidateInputs([summaryReport(grids, OPEN_WORKBOOK)], { expand: true });
  if (summary.units.length === 0) return { ok: false, message: NO_SUMMARY_SHEETS };
  // The report worded as the workbook's DanhMuc sheet says (table 6), as its BaoCao sheet was.
  const { settings } = await workbookSettings(true);
  if (Object.keys(settings.phrases).length > 0) summary.phrases = settings.phrases;
  // Who reports: the workbook's DanhMuc agency (table 5) over the one the summary sheets' title names.
  summary.agency = officeAgency(settings.agency.agency) ?? summary.agency;
  return { ok: true, summary, settings };
}
