import type { ProvincialSummary } from '../consolidate/types';
import type { LayoutSheet } from '../layout';
import { finishSheet } from '../report/finish-sheet';
import { SheetBuilder } from '../report/sheet-builder';
import { writeTable, type RowValue, type TableColumn } from '../report/table';
import { TITLE_ROWS, writeTitleBlock, type SheetContext } from '../report/title-block';
import { fixList, fixPlace } from './fix-list';

/** Name of the sheet listing what each unit must fix; written only when some file has findings. */
export const FIX_LIST_SHEET = 'GuiLai';

const COLUMNS: TableColumn[] = [
  { label: 'STT', kind: 'center' },
  { label: 'Đơn vị', kind: 'text' },
  { label: 'Tệp', kind: 'text' },
  { label: 'Vị trí', kind: 'text' },
  { label: 'Mức độ', kind: 'center' },
  { label: 'Nội dung cần sửa (đã thấy gì, cần thế nào)', kind: 'text' },
];

/**
 * GuiLai: for each unit with errors or warnings, one row per thing to fix (vị trí: trang, ô), the unit's cells
 * merged down its rows, so the office can send each unit its own part. Null when nothing needs fixing.
 */
export function fixListSheet(summary: ProvincialSummary, ctx: SheetContext): LayoutSheet | null {
  const units = fixList(summary.files);
  if (units.length === 0) return null;
  const rows: RowValue[][] = units.flatMap((u, k) =>
    u.items.map((i, j): RowValue[] => [
      j === 0 ? k + 1 : null,
      j === 0 ? u.unit : null,
      j === 0 ? u.file : null,
      fixPlace(i),
      i.severity === 'error' ? 'Lỗi' : 'Cảnh báo',
      i.message,
    ]),
  );
  const b = new SheetBuilder();
  writeTitleBlock(
    b,
    ctx,
    'Danh sách nội dung đề nghị đơn vị sửa và gửi lại',
    COLUMNS.length - 1,
    `Số đơn vị cần sửa: ${units.length}`,
  );
  const p = writeTable(b, { top: TITLE_ROWS, columns: COLUMNS, rows, columnNumbers: false });
  let r = p.firstDataRow;
  for (const u of units) {
    if (u.items.length > 1) for (let c = 0; c < 3; c++) b.merge(r, c, r + u.items.length - 1, c);
    r += u.items.length;
  }
  return finishSheet(FIX_LIST_SHEET, b, p, 3);
}
