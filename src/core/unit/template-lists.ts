/**
 * The list sheets of the unit template (SoTheoDoi, NhanSu, DaoTao, TiepDan): a title, one header row, an example
 * row in grey, empty styled input rows, drop-downs for the categorical columns, taken from the category data files.
 */
import exampleData from './data/template-example.json';
import lists from './data/template-lists.json';
import receptionData from './data/reception.json';
import type { LayoutCell, LayoutSheet, ListValidation } from '../layout';
import { columnLetters } from '../grid';
import { MAX_ALERT_MESSAGE, needsListColumn } from '../list-sources';
import { staffCategories } from '../staff/categories';
import { parseVnDate } from '../text/dates';
import { COURSE_TYPES } from '../training/course-types';
import { type TemplateStyle, blankRow, cell } from './template-styles';

/** Input rows styled under each list's header; drop-downs reach further. */
const STYLED_ROWS = 200;
const VALIDATED_ROWS = 2000;

interface ListColumn {
  label: string;
  width: number;
  style: TemplateStyle;
  values?: readonly string[];
}

const HEADER_ROW = 2;

type ExampleSheet = keyof typeof exampleData.sheets;

/**
 * The example row (dòng ví dụ) of a list sheet: the marker `Ví dụ` in the first column, then the sheet's example
 * values by column label (dates as dates), in grey italic. The reader skips it (unit/table-rows.ts).
 */
function exampleRow(sheet: ExampleSheet, columns: readonly ListColumn[]): LayoutCell[] {
  const values: Record<string, string | number> = exampleData.sheets[sheet];
  return columns.map((c, i) => {
    if (i === 0) return cell(exampleData.marker, 'example');
    const v = values[c.label] ?? null;
    if (c.style === 'date' && typeof v === 'string') {
      const d = parseVnDate(v);
      if (d.ok) return cell(d.serial, 'exampleDate');
    }
    return cell(v, 'example');
  });
}

/**
 * The alert of a drop-down column: its values named when they fit Excel's alert (at most 225 characters shown),
 * else the pointer to the list itself, never a message cut in the middle of a value.
 */
export function listAlert(label: string, values: readonly string[]): string {
  const named = `Hãy chọn «${label}» trong danh sách (${values.join(', ')}).`;
  return named.length <= MAX_ALERT_MESSAGE
    ? named
    : `Hãy chọn «${label}» trong danh sách thả xuống của ô (bấm mũi tên bên phải ô).`;
}

function listSheet(name: ExampleSheet, title: string, columns: readonly ListColumn[]): LayoutSheet {
  const n = columns.length;
  const rows: LayoutCell[][] = [
    [cell(title, 'title'), ...blankRow(n - 1, 'title')],
    blankRow(n, 'subtitle'),
    columns.map((c) => cell(c.label, 'header')),
    exampleRow(name, columns),
  ];
  for (let i = 0; i < STYLED_ROWS; i++)
    rows.push(
      blankRow(
        n,
        columns.map((c) => c.style),
      ),
    );
  const validations: ListValidation[] = [];
  columns.forEach((c, i) => {
    if (!c.values) return;
    validations.push({
      r1: HEADER_ROW + 1,
      c1: i,
      r2: HEADER_ROW + VALIDATED_ROWS,
      c2: i,
      values: [...c.values],
      error: listAlert(c.label, c.values),
    });
  });
  return {
    name,
    widths: columns.map((c) => c.width),
    blocks: [{ row: 0, col: 0, cells: rows }],
    merges: [{ r1: 0, c1: 0, r2: 0, c2: n - 1 }],
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
    },
    validations,
  };
}

const STAFF_TYPES = staffCategories('type').labels;

export function registerSheet(fields: readonly string[]): LayoutSheet {
  return listSheet('SoTheoDoi', 'SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH', [
    { label: 'Mã hồ sơ', width: 18, style: 'text' },
    { label: 'Lĩnh vực', width: 32, style: 'text', values: fields },
    { label: 'Tên thủ tục', width: 40, style: 'text' },
    { label: 'Hình thức tiếp nhận', width: 20, style: 'center', values: lists.channels },
    { label: 'Ngày tiếp nhận', width: 14, style: 'date' },
    { label: 'Hạn giải quyết', width: 14, style: 'date' },
    { label: 'Ngày có kết quả', width: 14, style: 'date' },
    { label: 'Ghi chú', width: 30, style: 'text' },
  ]);
}

export function staffSheet(): LayoutSheet {
  const none = [lists.noneValue];
  return listSheet('NhanSu', 'DANH SÁCH CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG', [
    { label: 'STT', width: 6, style: 'center' },
    { label: 'Họ và tên', width: 28, style: 'text' },
    { label: 'Giới tính', width: 10, style: 'center', values: staffCategories('gender').labels },
    { label: 'Năm sinh', width: 10, style: 'center' },
    { label: 'Dân tộc', width: 12, style: 'text' },
    { label: 'Đảng viên', width: 11, style: 'center', values: lists.partyMarks },
    { label: 'Loại', width: 16, style: 'text', values: STAFF_TYPES },
    { label: 'Chức vụ', width: 20, style: 'text' },
    { label: 'Ngạch', width: 20, style: 'text' },
    { label: 'Trình độ chuyên môn', width: 18, style: 'text', values: staffCategories('degree').labels },
    {
      label: 'Lý luận chính trị',
      width: 16,
      style: 'text',
      values: [...staffCategories('politicalTheory').labels, ...none],
    },
    {
      label: 'Quản lý nhà nước',
      width: 20,
      style: 'text',
      values: [...staffCategories('stateManagement').labels, ...none],
    },
    { label: 'Ghi chú', width: 30, style: 'text' },
  ]);
}

export function trainingSheet(): LayoutSheet {
  return listSheet('DaoTao', 'DANH SÁCH CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG', [
    { label: 'STT', width: 6, style: 'center' },
    { label: 'Họ và tên', width: 28, style: 'text' },
    { label: 'Loại', width: 16, style: 'text', values: STAFF_TYPES },
    { label: 'Hình thức', width: 12, style: 'center', values: lists.trainingForms },
    { label: 'Chương trình', width: 40, style: 'text', values: COURSE_TYPES },
    { label: 'Cơ sở đào tạo', width: 30, style: 'text' },
    { label: 'Từ ngày', width: 13, style: 'date' },
    { label: 'Đến ngày', width: 13, style: 'date' },
    { label: 'Trạng thái', width: 16, style: 'center', values: lists.trainingStatuses },
  ]);
}

/** Row labels of TiepDan, as data/reception.json names them. */
export const RECEPTION_ITEMS: readonly string[] = receptionData.rows.map((r) => r.label);

export function receptionSheet(): LayoutSheet {
  const rows: LayoutCell[][] = [
    [cell('TIẾP CÔNG DÂN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO, KIẾN NGHỊ, PHẢN ÁNH', 'title'), ...blankRow(2, 'title')],
    blankRow(3, 'subtitle'),
    [cell('Nội dung', 'header'), cell('Số tiếp nhận', 'header'), cell('Đã giải quyết', 'header')],
    ...RECEPTION_ITEMS.map((label) => [cell(label, 'label'), cell(null, 'inputInteger'), cell(null, 'inputInteger')]),
  ];
  return {
    name: 'TiepDan',
    widths: [36, 16, 16],
    blocks: [{ row: 0, col: 0, cells: rows }],
    merges: [{ r1: 0, c1: 0, r2: 0, c2: 2 }],
    freeze: { rows: HEADER_ROW + 1, cols: 1 },
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
  };
}

/** Name of the sheet holding the long drop-down lists (danh mục). */
export const LISTS_SHEET = 'DanhSachChon';

/**
 * DanhSachChon: the drop-down lists too long to type into a rule (or holding commas), one column each under its
 * sheet and column name. Kept on a sheet of their own, not in hidden columns of the input sheets, where the
 * reader would take them for data; the validations of `sheets` are pointed at them.
 */
export function listsSheet(sheets: readonly LayoutSheet[]): LayoutSheet {
  const columns: LayoutCell[][] = [];
  for (const s of sheets) {
    for (const v of s.validations ?? []) {
      if (!needsListColumn(v)) continue;
      const col = columns.length;
      const letters = columnLetters(col);
      v.sourceFormula = `${LISTS_SHEET}!$${letters}$2:$${letters}$${v.values.length + 1}`;
      const header = String(s.blocks[0].cells[HEADER_ROW][v.c1]?.v ?? '');
      columns.push([cell(`${s.name} › ${header}`, 'header'), ...v.values.map((x) => cell(x, 'text'))]);
    }
  }
  const height = Math.max(0, ...columns.map((c) => c.length));
  // Below a shorter list the cells stay plain, so no empty bordered box prints under it.
  const rows = Array.from({ length: height }, (_, r) => columns.map((c): LayoutCell => c[r] ?? { v: null }));
  return {
    name: LISTS_SHEET,
    widths: columns.map(() => 40),
    blocks: [{ row: 0, col: 0, cells: rows }],
    merges: [],
    tabColor: 'A5A5A5',
    // On A4 like every sheet; without a setup it printed on Letter, one list per page.
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
  };
}
