import * as fs from 'fs';
import * as path from 'path';
import { readUnitFile, type ReadUnitOptions } from '../io/read-unit-file';
import { finding } from '../core/findings';
import type { UnitReport } from '../core/unit/types';
import type { Progress } from './progress';

/** Reads each unit file in turn; a file that cannot even be opened becomes a rejected report, never a crash. */
export function readUnitFiles(files: string[], opts: ReadUnitOptions, progress: Progress): UnitReport[] {
  const reports: UnitReport[] = [];
  files.forEach((file, i) => {
    const name = path.basename(file);
    progress.step(i, files.length, `Đang đọc ${name}`);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(fs.readFileSync(file));
    } catch (e) {
      reports.push(unreadable(name, `Không mở được tệp: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`));
      return;
    }
    reports.push(readUnitFile(bytes, name, opts));
  });
  progress.step(files.length, files.length, 'Đã đọc xong');
  return reports;
}

function unreadable(file: string, message: string): UnitReport {
  return {
    file, name: '', period: { label: '', from: null, to: null },
    findings: [finding({ file, sheet: '', cell: '' }, 'error', 'FILE_UNREADABLE', message)],
    status: 'rejected', contentKey: '',
  };
}
