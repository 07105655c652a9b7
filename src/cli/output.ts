import * as fs from 'fs';
import * as path from 'path';
import type { Finding } from '../core/findings';
import type { FileStatus } from '../core/unit/types';
import { FILE_STATUS_TEXT } from '../core/unit/file-status';

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const tmp = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

export const STATUS_TEXT: Record<FileStatus, string> = FILE_STATUS_TEXT;

/** One line per finding: `tệp › trang › ô: [Lỗi] nội dung`. */
export function formatFinding(f: Finding): string {
  const where = [f.file, f.sheet, f.cell].filter((s) => s !== '').join(' › ');
  return `${where}: [${f.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}] ${f.message}`;
}
