/**
 * Reports of files that could not be read at all (bị loại): not opened, stopped after the time limit, or the reader
 * failed. One finding naming the file and no figures; shared by the CLI and the task pane so both say it alike.
 */
import { finding } from '../findings';
import type { UnitReport } from './types';

/** A rejected report with one whole-file error. */
export function rejectedReport(file: string, code: string, message: string): UnitReport {
  return {
    file,
    name: '',
    period: { label: '', from: null, to: null },
    findings: [finding({ file, sheet: '', cell: '' }, 'error', code, message)],
    status: 'rejected',
    contentKey: '',
  };
}

/** Seconds for messages, with a decimal comma and no trailing zeros: 60000 → "60", 500 → "0,5". */
export function secondsText(ms: number): string {
  return String(Math.round(ms / 100) / 10).replace('.', ',');
}

/** READ_TIMEOUT: the file was still being read after `limitMs`; `advice` says what the user can do where they are. */
export function readTimeoutReport(file: string, limitMs: number, advice: string): UnitReport {
  return rejectedReport(
    file,
    'READ_TIMEOUT',
    `Quá thời gian đọc tệp «${file}»: sau ${secondsText(limitMs)} giây vẫn chưa đọc xong nên việc đọc bị dừng và tệp không được tổng hợp. ` +
      `Tệp có thể quá lớn hoặc bị làm hỏng có chủ ý${advice}`,
  );
}
