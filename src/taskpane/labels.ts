/** Vietnamese words the pane shows for the core's codes. */
import type { Severity } from '../core/findings';
import type { FileStatus } from '../core/unit/types';
import { FILE_STATUS_TEXT } from '../core/unit/file-status';
import { formatVnInteger } from '../core/text/format';

export const STATUS_TEXT: Record<FileStatus, string> = FILE_STATUS_TEXT;

export const SEVERITY_TEXT: Record<Severity, string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
};

/** `1.234` — integers with the Vietnamese thousands separator. */
export const viInt = formatVnInteger;

/** `1,5 MB`, `320 KB` — file sizes with a decimal comma. */
export function viSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${viInt(Math.round(bytes / 1024))} KB`;
  const [whole, tenth] = (bytes / (1024 * 1024)).toFixed(1).split('.');
  return `${viInt(Number(whole))},${tenth} MB`;
}

/**
 * Extensions the pane accepts: the reader's formats, the same as the CLI's (src/cli/collect-files.ts), as the file
 * picker lists them.
 */
/** Workbooks, and `.json` for a summary JSON TongHop wrote (read as a summary, docs/interfaces.md §5). */
export const ACCEPTED_EXTENSIONS = ['.xlsx', '.xlsm', '.xlsb', '.xls', '.ods', '.json'] as const;

export function hasAcceptedExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((e) => lower.endsWith(e));
}
