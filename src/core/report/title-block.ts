import { periodDates } from '../consolidate/period-text';
import type { PeriodInfo } from '../unit/types';
import type { SheetBuilder } from './sheet-builder';
import type { SignatureDetails } from './signature-block';

/** What every sheet's title block shows besides its own title. */
export interface SheetContext {
  /** Agency in capitals: `SỞ KHOA HỌC VÀ CÔNG NGHỆ`. */
  agency: string;
  period: PeriodInfo;
  /** Place, date and names of the signature block under each table. */
  signature: SignatureDetails;
}

/** `Kỳ báo cáo: 6 tháng đầu năm 2020 (từ ngày 15/12/2019 đến ngày 14/06/2020)`. */
export function periodLine(p: PeriodInfo): string {
  const label = p.label.trim();
  const dates = periodDates(p);
  if (label !== '' && dates !== '') return `Kỳ báo cáo: ${label} (${dates})`;
  if (label !== '' || dates !== '') return `Kỳ báo cáo: ${label || dates}`;
  return 'Kỳ báo cáo: (không xác định)';
}

/** Rows used by the title block; the table's header starts here. */
export const TITLE_ROWS = 4;

/**
 * The title block (phần đầu trang): agency, title in capitals, period line and, where fitting,
 * `Đơn vị tính: …`, each merged across the sheet's columns 0..lastCol.
 */
export function writeTitleBlock(
  b: SheetBuilder,
  ctx: SheetContext,
  title: string,
  lastCol: number,
  note?: string,
): void {
  b.set(0, 0, ctx.agency, 'agency');
  b.merge(0, 0, 0, lastCol, 'agency');
  b.set(1, 0, title.toLocaleUpperCase('vi'), 'title');
  b.merge(1, 0, 1, lastCol, 'title');
  b.set(2, 0, periodLine(ctx.period), 'subtitle');
  b.merge(2, 0, 2, lastCol, 'subtitle');
  if (note !== undefined) {
    b.set(3, 0, note, 'note');
    b.merge(3, 0, 3, lastCol, 'note');
  }
}
