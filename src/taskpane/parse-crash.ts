/** The report of a file the reader could not handle at all (kept apart from the reader: the pane imports it too). */
import { readTimeoutReport, rejectedReport } from '../core/unit/rejected';
import type { UnitReport } from '../core/unit/types';

export const READER_CRASHED = 'FILE_READER_CRASHED';

export function crashedReport(file: string, error: unknown): UnitReport {
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  return rejectedReport(
    file,
    READER_CRASHED,
    `Không đọc được tệp: bộ đọc gặp lỗi (${detail}). Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi gửi lại.`,
  );
}

/** The report of a file whose reading took longer than the time limit (the worker was stopped). */
export function timeoutReport(file: string, limitMs: number): UnitReport {
  return readTimeoutReport(
    file,
    limitMs,
    ': hãy mở tệp bằng Excel, xoá các dòng, cột thừa hoặc chia nhỏ tệp, lưu lại dạng .xlsx rồi gửi lại.',
  );
}
