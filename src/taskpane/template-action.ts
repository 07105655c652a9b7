/**
 * Files the pane gives the user. "Tạo mẫu": the unit template, opened as a new workbook through
 * Excel.createWorkbook (ExcelApi 1.8) where the host supports it, otherwise downloaded. "Tải tệp tổng hợp":
 * the summary workbook as a file, for hosts that cannot take it into the open workbook.
 */
import type { LayoutWorkbook } from '../core/layout';
import { bytesToBase64 } from './base64';

export const TEMPLATE_FILE_NAME = 'Mau-bao-cao-don-vi.xlsx';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type TemplateOutcome = 'workbook' | 'download';

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

export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type: XLSX_MIME }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.className = 'visually-hidden';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The lazily loaded writer (ExcelJS). */
function writer(): Promise<typeof import('./workbook-bytes')> {
  return import(/* webpackChunkName: "ghi-tep" */ './workbook-bytes');
}

export async function makeTemplate(unitName: string | undefined): Promise<TemplateOutcome> {
  const bytes = await (await writer()).unitTemplateBytes(unitName);
  if (canCreateWorkbook()) {
    await Excel.createWorkbook(bytesToBase64(bytes));
    return 'workbook';
  }
  downloadBytes(bytes, TEMPLATE_FILE_NAME);
  return 'download';
}

/** `TongHop-2019-12-15_2020-06-14.xlsx`. */
export function summaryFileName(periodKey: string): string {
  return `TongHop-${periodKey.replace(/[^A-Za-z0-9_-]+/g, '-')}.xlsx`;
}

export async function downloadSummary(layout: LayoutWorkbook, periodKey: string): Promise<string> {
  const bytes = await (await writer()).layoutBytes(layout);
  const name = summaryFileName(periodKey);
  downloadBytes(bytes, name);
  return name;
}
