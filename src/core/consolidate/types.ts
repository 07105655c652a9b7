import type { Finding } from '../findings';
import type { SettingsChange } from '../settings/types';
import type { TthcCounts, TthcSummary } from '../tthc/types';
import type {
  FigureSectionKey,
  FileStatus,
  PeriodInfo,
  ReceptionSummary,
  StaffSummary,
  TrainingSummary,
  UnitReport,
} from '../unit/types';

/** One line of the check sheet (KiemTra): a source file and what became of it. */
export interface FileResult {
  file: string;
  /** Unit name read from the file ('' when unreadable). */
  unit: string;
  periodLabel: string;
  status: FileStatus;
  findings: Finding[];
  /** Sections of a file with errors left out of the totals (absent when none). */
  held?: FigureSectionKey[];
  /** The user accepted this file's figures as added up despite its errors. */
  accepted?: boolean;
}

/** Provincial totals: the same shapes as a unit's sections, summed over the accepted units. */
export interface SummaryTotals {
  tthc?: TthcSummary;
  staff?: StaffSummary;
  training?: TrainingSummary;
  reception?: ReceptionSummary;
}

/** The consolidated report (báo cáo tổng hợp) of many units for one period. */
export interface ProvincialSummary {
  period: PeriodInfo;
  /** Accepted units, in the order of the input files. */
  units: UnitReport[];
  total: SummaryTotals;
  /** TTHC by field across units (TH_LinhVuc), field names NFC. */
  byField: Record<string, TthcCounts>;
  /** One entry per source file, rejected ones included. */
  files: FileResult[];
  /** Every finding, file and cross-check, in file order (after those on the office's settings). */
  findings: Finding[];
  /** Which settings were used: the office's file (null: the shipped lists alone) and what it changed. */
  settings?: SettingsUsed;
  /**
   * The agency that reports as the office named it (DanhMuc table 5 «Tên cơ quan», `--agency`, a summary's own
   * title block); the report's sentences name it (report/subject.ts). Absent: not named.
   */
  agency?: string;
  /** The office's wording of the report (DanhMuc table 6) by phrase key; absent: the shipped wording. */
  phrases?: Record<string, string>;
  /** Units of the expected list (`--units`) that have not sent, in list order; absent when no list was given. */
  missingUnits?: string[];
  /** The earlier period's summary to compare with (`--previous`); absent when none was given. */
  previous?: PreviousPeriod;
}

/** The settings a summary was made with, as KiemTra and the JSON report them. */
export interface SettingsUsed {
  file: string | null;
  changes: SettingsChange[];
}

/** An earlier period's figures (kỳ so sánh): its period, totals and units, as its summary holds them. */
export interface PreviousPeriod {
  period: PeriodInfo;
  total: SummaryTotals;
  byField: Record<string, TthcCounts>;
  units: {
    name: string;
    tthc?: TthcCounts;
    staff?: StaffSummary;
    training?: TrainingSummary;
    reception?: ReceptionSummary;
  }[];
  /** The file it came from, for messages. */
  file: string;
}
