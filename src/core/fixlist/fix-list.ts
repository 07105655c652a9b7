/**
 * What each unit has to fix (danh sách đề nghị đơn vị sửa, gửi lại): for every file with errors or warnings, the
 * sheet, cell and message of each finding (the message already says what was found and what is expected).
 * As rows for the GuiLai sheet and as plain text the pane can copy into a letter or an e-mail to the unit.
 */
import type { FileResult } from '../consolidate/types';
import type { Finding } from '../findings';
import { padCount } from '../text/format';

export interface FixItem {
  sheet: string;
  cell: string;
  severity: Finding['severity'];
  message: string;
}

export interface UnitFixes {
  unit: string;
  file: string;
  periodLabel: string;
  /** Errors first, then warnings, each in the order found. */
  items: FixItem[];
}

/** One entry per file that has something to fix; findings about the file as a whole are kept too. */
export function fixList(files: readonly FileResult[]): UnitFixes[] {
  return files
    .filter((f) => f.findings.length > 0)
    .map((f) => ({
      unit: f.unit,
      file: f.file,
      periodLabel: f.periodLabel,
      items: [...f.findings]
        .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
        .map((x) => ({ sheet: x.sheet, cell: x.cell, severity: x.severity, message: x.message })),
    }));
}

const SEVERITY = { error: 'Lỗi', warning: 'Cảnh báo' } as const;

/** `Trang TTHC, ô D7` / `Trang TTHC` / `Cả tệp`. */
export function fixPlace(i: Pick<FixItem, 'sheet' | 'cell'>): string {
  if (i.sheet === '') return 'Cả tệp';
  return i.cell === '' ? `Trang ${i.sheet}` : `Trang ${i.sheet}, ô ${i.cell}`;
}

/** The text sent back to one unit: who, which file, then one numbered line per item. */
export function fixText(u: UnitFixes): string {
  const who = u.unit !== '' ? u.unit : u.file;
  const period = u.periodLabel !== '' ? ` — kỳ ${u.periodLabel}` : '';
  const n = u.items.filter((i) => i.severity === 'error').length;
  const head = [
    `Kính gửi: ${who}`,
    `Tệp báo cáo «${u.file}»${period} có ${padCount(u.items.length)} nội dung cần kiểm tra` +
      (n > 0 ? `, trong đó ${padCount(n)} lỗi phải sửa trước khi số liệu được tổng hợp.` : '.') +
      ' Đề nghị đơn vị sửa và gửi lại:',
  ];
  return [...head, ...u.items.map((i, k) => `${k + 1}. [${SEVERITY[i.severity]}] ${fixPlace(i)}: ${i.message}`)].join(
    '\n',
  );
}
