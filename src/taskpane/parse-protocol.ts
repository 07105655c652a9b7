/**
 * Messages between the pane and its parsing worker (parse.worker.ts). Plain data: the reports are
 * structured-cloned, the files' bytes are transferred (not copied) to the worker.
 */
import type { PeriodInfo, UnitReport } from '../core/unit/types';
import type { Settings } from '../core/settings/types';

export interface ParseFile {
  /** File name as the user knows it. */
  name: string;
  bytes: ArrayBuffer;
}

export interface ParseRequest {
  type: 'parse';
  /** Identifies the batch in the replies. */
  batch: number;
  files: ParseFile[];
  /** Index of files[0] in the whole selection, for progress (a restarted batch continues from there). */
  offset: number;
  /** Total number of files in the whole selection. */
  total: number;
  /** The period the pane fixed, for workbooks that do not state theirs. */
  periodFallback?: PeriodInfo;
  /** The open workbook's settings (its DanhMuc sheet), when it has them. */
  settings?: Settings;
}

export type ParseReply =
  /** About to read the file at `index` (of the whole selection). */
  | { type: 'progress'; batch: number; file: string; index: number; total: number }
  /** The report of the file at `index`. */
  | { type: 'report'; batch: number; index: number; report: UnitReport }
  /** Every file of the batch has its report. */
  | { type: 'done'; batch: number };
