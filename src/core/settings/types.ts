/**
 * The office's settings (danh mục của cơ quan): the shipped lists overlaid by the office's own entries.
 * Plain data (no functions, no classes), so a settings object crosses to a worker thread unchanged.
 */
import type { Finding } from '../findings';

/** A day added to the calendar: an extra day off (ngày nghỉ thêm) or an extra working day (ngày làm việc thêm). */
export interface DayEntry {
  /** Excel serial of the day. */
  serial: number;
  note: string;
}

/** A named entry with the other ways it is written: a field of procedures (lĩnh vực) or an expected unit. */
export interface NamedEntry {
  name: string;
  synonyms: string[];
  /** Where the entry comes from: the regulation for a shipped one, the settings file for the office's. */
  source: string;
}

/** Lists of category labels the office may add ways of writing to. */
export type LabelListKey = 'status' | 'degree' | 'type' | 'politicalTheory' | 'stateManagement' | 'courseType';

/** Ways of writing the office adds to one canonical label (cách viết khác). */
export interface LabelSynonyms {
  list: LabelListKey;
  label: string;
  synonyms: string[];
}

/** Agency and signer details (cơ quan, người ký); '' where the office gave none. */
export interface AgencyDetails {
  parent: string;
  agency: string;
  place: string;
  signerTitle: string;
  signerName: string;
  preparer: string;
}

export type AgencyKey = keyof AgencyDetails;

/** One entry the office's settings changed against the shipped lists, in Vietnamese for KiemTra and the JSON. */
export interface SettingsChange {
  /** The list, e.g. `Lĩnh vực thủ tục hành chính`. */
  list: string;
  /** What changed, e.g. `thêm «Đo lường điện»` or `«Sở hữu trí tuệ»: thêm tên gọi khác «SHCN»`. */
  change: string;
  /** Where the entry was read: `DanhMuc!B12`, or a JSON path. */
  at: string;
}

export interface Settings {
  /** The settings file (or workbook) the office's entries came from; null for the shipped defaults alone. */
  file: string | null;
  extraDaysOff: DayEntry[];
  extraWorkdays: DayEntry[];
  /** Fields of procedures in report order. */
  fields: NamedEntry[];
  /** Units expected to report (đơn vị phải báo cáo); none shipped. */
  units: NamedEntry[];
  /** Ways of writing added by the office; the shipped ones stay in each module's own data. */
  labels: LabelSynonyms[];
  agency: AgencyDetails;
  /** The office's wording of the report's sentences and phrases, by entry key (report/phrase-book.ts); only those it changed. */
  phrases: Record<string, string>;
  changes: SettingsChange[];
  /** Problems with the office's entries; an entry with an error is not used. */
  findings: Finding[];
}
