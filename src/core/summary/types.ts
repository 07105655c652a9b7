import type { SummaryTotals } from '../consolidate/types';
import type { Finding } from '../findings';
import type { TthcCounts } from '../tthc/types';
import type { FigureSectionKey, PeriodInfo, ReceptionSummary, StaffSummary, TrainingSummary } from '../unit/types';

/** One unit inside a summary that TongHop wrote (đơn vị trong bảng tổng hợp), its sections as that summary holds them. */
export interface SummaryMember {
  name: string;
  /** The unit's own file as the summary names it ('' when the summary does not say). */
  file: string;
  tthc?: TthcCounts & { byField: Record<string, TthcCounts> };
  staff?: StaffSummary;
  training?: TrainingSummary;
  reception?: ReceptionSummary;
  /** Error findings about this unit's own rows (also in the summary's findings), for an expanded summary. */
  findings?: Finding[];
}

/**
 * A TongHop summary read back as an input (bảng tổng hợp làm đầu vào): the workbook the CLI or the pane wrote,
 * or its JSON. Plain data, so it crosses from a reading worker like a UnitReport does.
 */
export interface SummaryInput {
  format: 'xlsx' | 'json';
  /** Agency of the title block as written (`SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH`); '' when the summary has none. */
  agency: string;
  period: PeriodInfo;
  members: SummaryMember[];
  total: SummaryTotals;
  /** TTHC by field across the summary's units (TH_LinhVuc). */
  byField: Record<string, TthcCounts>;
  /** Whether each member carries its own TTHC by field (the JSON does; the 0.1 workbook does not). */
  membersHaveFields: boolean;
  /** Problems found while reading the summary itself. */
  findings: Finding[];
  /** The sheets each section was read from (a workbook's), so an error on a sheet puts its section in doubt. */
  sectionSheets?: Partial<Record<FigureSectionKey, string[]>>;
}
