import type { Finding } from '../findings';
import type { TthcSummary } from '../tthc/types';
import type { SummaryInput } from '../summary/types';
import type { StaffSummary } from '../staff/types';
import type { TrainingSummary } from '../training/types';

// Each summary's type lives beside the code that makes it; re-exported here as parts of a UnitReport.
export type { StaffSummary, TrainingSummary };

/** Reporting period (kỳ báo cáo) as a unit states it. */
export interface PeriodInfo {
  /** Free text, e.g. `6 tháng đầu năm 2020`. */
  label: string;
  /** Excel serials, both ends included; null when not given. */
  from: number | null;
  to: number | null;
}

/** Citizen reception and petitions (tiếp công dân, khiếu nại, tố cáo, kiến nghị phản ánh). */
export interface ReceptionCounts {
  citizens: number;
  complaints: number;
  denunciations: number;
  petitions: number;
}

export interface ReceptionSummary extends ReceptionCounts {
  /** The `đã giải quyết` column where given, same keys. */
  resolved: ReceptionCounts;
}

/**
 * Outcome of checking one source file (kết quả kiểm tra tệp): `errors` (Có lỗi) is a file whose figures were read
 * but an error-severity finding says some may be wrong; the sections concerned are left out of the totals unless
 * the user accepts the file's figures as added up. `rejected` (Bị loại) gave nothing usable, or was sent twice.
 */
export type FileStatus = 'valid' | 'warnings' | 'errors' | 'rejected';

/** The sections of a unit's report that carry figures, by their UnitReport key. */
export type FigureSectionKey = 'tthc' | 'staff' | 'training' | 'reception';

/** Everything read from one unit's workbook. A section the unit did not send is absent, not zero. */
export interface UnitReport {
  /** File name as the user knows it. */
  file: string;
  /** Tên đơn vị, NFC, legacy text repaired. */
  name: string;
  period: PeriodInfo;
  /** Người lập biểu. */
  preparedBy?: string;
  /** Ngày lập (serial). */
  preparedOn?: number;
  tthc?: TthcSummary;
  /** Where the TTHC figures came from. */
  tthcSource?: 'table' | 'register' | 'both';
  staff?: StaffSummary;
  training?: TrainingSummary;
  reception?: ReceptionSummary;
  /** The sheets each section was read from (TTHC from a table and a register: both), to tie findings to sections. */
  sectionSheets?: Partial<Record<FigureSectionKey, string[]>>;
  findings: Finding[];
  status: FileStatus;
  /** A digest of the figures (not the bytes), to spot the same content sent twice under two names. */
  contentKey: string;
  /** `summary`: this entry stands for a whole TongHop summary given as an input (docs/interfaces.md §5); default `unit`. */
  source?: 'unit' | 'summary';
  /** The file is a TongHop summary (read by src/core/summary), not yet turned into units of the consolidation. */
  summary?: SummaryInput;
  /** For an entry standing for a summary: the names of the units inside it. */
  members?: string[];
}
