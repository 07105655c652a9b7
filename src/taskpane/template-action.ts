/**
 * Workbooks the pane gives the user. "Tạo mẫu": the unit template, opened as a new workbook through
 * Excel.createWorkbook (ExcelApi 1.8) where the host supports it, otherwise downloaded. "Tải tệp tổng hợp":
 * the summary workbook as a file, for hosts that cannot take it into the open workbook; "Ghi tổng hợp vào sổ
 * mới": the same workbook opened in Excel, where a download cannot be saved (Excel for Mac).
 */
import type { LayoutWorkbook } from '../core/layout';
import { bytesToBase64 } from './base64';
import { canDownloadFiles, downloadBytes, XLSX_MIME } from './save-file';

export const TEMPLATE_FILE_NAME = 'Mau-bao-cao-don-vi.xlsx';

/** The template opened in Excel, downloaded, or neither possible here (no createWorkbook and no download). */
export type TemplateOutcome = 'workbook' | 'download' | 'unavailable';

/** Whether this Excel can open a new workbook from base64 bytes. */
export function canCreateWorkbook(): boolean {
  try {
    return (
      typeof Office !== 'undefined' &&
      typeof Excel !== 'undefined' &&
      typeof Excel.createWorkbook === 'function' &&
      Office.context?.requirements?.isSetSupported('ExcelApi', '1.8') === true
    );
  } catch {
    return false;
  }
}

/** The lazily loaded workbook writer (its own chunk). */
function writer(): Promise<typeof import('./workbook-bytes')> {
  return import(/* webpackChunkName: "ghi-tep" */ './workbook-bytes');
}

export async function makeTemplate(unitName: string | undefined): Promise<TemplateOutcome> {
  const workbook = canCreateWorkbook();
  if (!workbook && !canDownloadFiles()) return 'unavailable';
  const bytes = await (await writer()).unitTemplateBytes(unitName);
  if (workbook) {
    await Excel.createWorkbook(bytesToBase64(bytes));
    return 'workbook';
  }
  downloadBytes(bytes, TEMPLATE_FILE_NAME, XLSX_MIME);
  return 'download';
}

/** `TongHop-2019-12-15_2020-06-14.xlsx`. */
export function summaryFileName(periodKey: string): string {
  return `TongHop-${periodKey.replace(/[^A-Za-z0-9_-]+/g, '-')}.xlsx`;
}

export async function downloadSummary(layout: LayoutWorkbook, periodKey: string): Promise<string> {
  const bytes = await (await writer()).layoutBytes(layout);
  const name = summaryFileName(periodKey);
  downloadBytes(bytes, name, XLSX_MIME);
  return name;
}

/** The summary as a new workbook in Excel ("Ghi tổng hợp vào sổ mới"); false when this Excel cannot open one. */
export async function openSummaryWorkbook(layout: LayoutWorkbook): Promise<boolean> {
  if (!canCreateWorkbook()) return false;
  const bytes = await (await writer()).layoutBytes(layout);
  await Excel.createWorkbook(bytesToBase64(bytes));
  return true;
}
