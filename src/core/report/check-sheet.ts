import type { FileResult, ProvincialSummary, SettingsUsed } from '../consolidate/types';
import { countFileStatuses, FILE_STATUS_ORDER } from '../consolidate/status';
import type { Finding, Severity } from '../findings';
import { padCount } from '../text/format';
import { FILE_STATUS_TEXT } from '../unit/file-status';
import type { LayoutSheet } from '../layout';
import { finishSheet } from './finish-sheet';
import { SheetBuilder } from './sheet-builder';
import { writeTable, type RowValue, type TableColumn } from './table';
import { TITLE_ROWS, writeTitleBlock, type SheetContext } from './title-block';

export { FILE_STATUS_TEXT };
export const SEVERITY_TEXT: Record<Severity, string> = { error: 'Lỗi', warning: 'Cảnh báo' };

const FINDINGS = 'Nội dung kiểm tra';
const COLUMNS: TableColumn[] = [
  { label: 'STT', kind: 'center' },
  { label: 'Tệp', kind: 'text' },
  { label: 'Đơn vị', kind: 'text' },
  { label: 'Kỳ báo cáo', kind: 'text' },
  { label: 'Kết quả', kind: 'center' },
  { group: FINDINGS, label: 'Trang tính', kind: 'center' },
  { group: FINDINGS, label: 'Ô', kind: 'center' },
  { group: FINDINGS, label: 'Mức độ', kind: 'center' },
  { group: FINDINGS, label: 'Nội dung', kind: 'text' },
];
const FILE_COLS = 5;

const findingCells = (f: Finding): RowValue[] => [f.sheet, f.cell, SEVERITY_TEXT[f.severity], f.message];

/** A file's rows: the file and its first finding on one row, each further finding on a row of its own. */
function fileRows(no: number, fr: FileResult): RowValue[][] {
  const head: RowValue[] = [
    no,
    fr.file,
    fr.unit,
    fr.periodLabel,
    FILE_STATUS_TEXT[fr.status] + (fr.accepted ? ' (đã chấp nhận số cộng lại)' : ''),
  ];
  if (fr.findings.length === 0) return [[...head, null, null, null, null]];
  return fr.findings.map((f, i) => [...(i === 0 ? head : head.map(() => null)), ...findingCells(f)]);
}

function tally(files: readonly FileResult[]): string {
  const n = countFileStatuses(files);
  return [
    `Tổng số tệp: ${padCount(files.length)}`,
    ...FILE_STATUS_ORDER.map((st) => `${FILE_STATUS_TEXT[st].toLowerCase()}: ${padCount(n[st])}`),
  ].join('; ');
}

/**
 * Under the table: which settings the summary was made with (the office's file, or the shipped lists) and,
 * one row each, the entries that file changed, so a reader can tell the summary used the office's own lists.
 */
function writeSettingsUsed(b: SheetBuilder, top: number, used: SettingsUsed | undefined): void {
  const file = used?.file ?? null;
  const changes = used?.changes ?? [];
  const last = COLUMNS.length - 1;
  b.set(
    top,
    1,
    file === null
      ? 'Danh mục: danh mục mặc định của TongHop (không dùng tệp danh mục của cơ quan).'
      : `Danh mục: ${file}${changes.length === 0 ? ' (không thay đổi mục nào so với danh mục mặc định).' : ` — ${padCount(changes.length)} mục thay đổi so với danh mục mặc định:`}`,
    'heading',
  );
  changes.forEach((c, i) => {
    b.set(top + 1 + i, 1, c.list, 'text');
    b.set(top + 1 + i, 2, `${c.change} (${c.at})`, 'text');
    b.merge(top + 1 + i, 2, top + 1 + i, last, 'text');
  });
}

/**
 * KiemTra: one entry per source file (STT, Tệp, Đơn vị, Kỳ báo cáo, Kết quả: Hợp lệ / Có cảnh báo / Có lỗi / Bị loại)
 * followed by every finding (Trang tính, Ô, Mức độ, Nội dung); a file with several findings has its cells
 * merged down its rows. Findings tied to no listed file come last. All text is written as text.
 */
export function checkSheet(summary: ProvincialSummary, ctx: SheetContext): LayoutSheet {
  const groups = summary.files.map((fr, i) => fileRows(i + 1, fr));
  const listed = new Set(summary.files.flatMap((fr) => fr.findings));
  const loose = summary.findings.filter((f) => !listed.has(f));
  const rows = [
    ...groups.flat(),
    ...loose.map((f): RowValue[] => [null, f.file, null, null, null, ...findingCells(f)]),
  ];

  const b = new SheetBuilder();
  writeTitleBlock(b, ctx, 'Kết quả kiểm tra các tệp báo cáo', COLUMNS.length - 1, tally(summary.files));
  const p = writeTable(b, { top: TITLE_ROWS, columns: COLUMNS, rows, columnNumbers: false });
  let r = p.firstDataRow;
  for (const g of groups) {
    if (g.length > 1) for (let c = 0; c < FILE_COLS; c++) b.merge(r, c, r + g.length - 1, c);
    r += g.length;
  }
  writeSettingsUsed(b, p.nextRow + 1, summary.settings);
  return finishSheet('KiemTra', b, p, 2);
}
