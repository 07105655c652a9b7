/** The report of a file the reader could not handle at all (kept apart from the reader: the pane imports it too). */
import { finding } from '../core/findings';
import type { UnitReport } from '../core/unit/types';

export const READER_CRASHED = 'FILE_READER_CRASHED';

export function crashedReport(file: string, error: unknown): UnitReport {
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  return {
    file,
    name: '',
    period: { label: '', from: null, to: null },
    findings: [
      finding(
        { file, sheet: '', cell: '' },
        'error',
        READER_CRASHED,
        `Không đọc được tệp: bộ đọc gặp lỗi (${detail}). Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi gửi lại.`,
      ),
    ],
    status: 'rejected',
    contentKey: '',
  };
}
