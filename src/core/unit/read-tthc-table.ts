/**
 * The TTHC sheet (Biểu II.06a): one row per field (lĩnh vực), then a stated `Tổng cộng`.
 * Each row is checked against its identities; the stated total is checked against the sum of the rows,
 * naming the cell of each figure that disagrees, and the sum of the rows is what counts.
 * Fields may be grouped: a heading (`I`, `II` in STT, or a row merged across STT and Lĩnh vực) and a subtotal
 * (`Cộng I`). Neither is a field; where they carry figures they are checked against their group like the total.
 */
import { a1 } from '../grid';
import type { HeaderMatch } from '../text/headers';
import { clipText } from '../text/normalize';
import { figureValue } from '../tthc/columns';
import { type TthcCounts, type TthcSummary, addCounts, emptyCounts, COUNT_KEYS } from '../tthc/types';
import { NO_FIELD } from '../tthc/summarize';
import type { SheetReader } from './sheet-reader';
import type { NameResolver } from '../settings/fields';
import { noteExampleRow, rowKind } from './table-rows';
import {
  FIGURES,
  FIGURE_NAMES,
  type Figure,
  type RowFigures,
  checkedCounts,
  hasAnyFigure,
  readRowFigures,
} from './tthc-figures';

export interface TthcTable {
  summary: TthcSummary;
  /** A1 address of each figure of the stated total row (or '' when none), to name it in cross-checks. */
  totalCells: Partial<Record<keyof TthcCounts, string>>;
}

interface FieldRow {
  r: number;
  name: string;
  counts: TthcCounts;
}

/**
 * Reads the table under `header`. Returns null (with a finding) when no row carries a figure:
 * an unfilled sheet is not a report of zero dossiers. Field names are made canonical by `resolveField`
 * (`Lĩnh vực Đo lường` → `Tiêu chuẩn đo lường chất lượng`); a name not in the list keeps its own, with a warning.
 */
export function readTthcTable(reader: SheetReader, header: HeaderMatch, resolveField?: NameResolver): TthcTable | null {
  const cols = header.columns;
  const first = header.headerRow + header.headerRows;
  const rows: FieldRow[] = [];
  let totalRow: { r: number; figures: RowFigures } | null = null;
  const afterTotal: number[] = [];
  // The open group: its heading's figures (checked against its rows when it closes) and the rows since it began.
  let group: { heading: { r: number; label: string; figures: RowFigures } | null; rows: FieldRow[] } = {
    heading: null,
    rows: [],
  };
  const closeGroup = () => {
    if (group.heading !== null && hasAnyFigure(group.heading.figures))
      checkStated(reader, group.heading, cols, group.rows, group.heading.label);
    group = { heading: null, rows: [] };
  };
  const labels = { stt: cols.stt, label: cols.field, merges: reader.grid.merges };

  for (let r = first; r < reader.rowCount; r++) {
    const kind = rowKind(reader.grid.rows, r, r - first, labels);
    if (kind === 'blank' || kind === 'columnNumbers') continue;
    if (kind === 'footer') break;
    if (kind === 'example') {
      noteExampleRow(reader, r);
      continue;
    }
    if (kind === 'total') {
      closeGroup();
      if (totalRow === null) totalRow = { r, figures: readRowFigures(reader, r, cols, 'Tổng cộng') };
      continue;
    }
    if (kind === 'group' || kind === 'subtotal') {
      const label = clipText(groupLabel(reader, r, cols)) || `hàng ${r + 1}`;
      const stated = { r, label, figures: readRowFigures(reader, r, cols, label) };
      if (kind === 'subtotal') {
        // `Cộng I` closes its group: checked against the rows since the group began.
        if (hasAnyFigure(stated.figures)) checkStated(reader, stated, cols, group.rows, label);
        group = { heading: null, rows: [] };
      } else {
        closeGroup();
        group = { heading: stated, rows: [] };
      }
      continue;
    }
    const label = reader.text(r, cols.field);
    const figures = readRowFigures(reader, r, cols, clipText(label) || `hàng ${r + 1}`);
    if (!hasAnyFigure(figures)) continue; // a heading, or a field left unfilled
    let name = label;
    if (name === '') {
      name = NO_FIELD;
      reader.add(
        r,
        cols.field,
        'warning',
        'TTHC_NO_FIELD_NAME',
        `Hàng ${r + 1} có số liệu nhưng không ghi lĩnh vực; được tính vào «${NO_FIELD}».`,
      );
    }
    if (totalRow !== null) afterTotal.push(r);
    const row = { r, name, counts: checkedCounts(reader, r, cols, figures, `dòng «${clipText(name)}»`) };
    rows.push(row);
    group.rows.push(row);
  }
  closeGroup();

  if (afterTotal.length > 0) {
    reader.add(
      afterTotal[0],
      cols.field,
      'warning',
      'TTHC_ROWS_AFTER_TOTAL',
      `Có ${afterTotal.length} dòng số liệu nằm dưới dòng Tổng cộng (hàng ${afterTotal.map((r) => r + 1).join(', ')}); các dòng này vẫn được tính. Hãy đặt dòng Tổng cộng ở cuối bảng.`,
    );
  }

  const totalCells: TthcTable['totalCells'] = {};
  if (totalRow !== null) for (const k of COUNT_KEYS) if (cols[k] !== undefined) totalCells[k] = a1(totalRow.r, cols[k]);

  if (rows.length === 0) {
    if (totalRow === null || !hasAnyFigure(totalRow.figures) || isAllZero(totalRow.figures)) {
      reader.addSheet(
        'warning',
        'TTHC_EMPTY',
        'Trang TTHC chưa có số liệu nào nên không được tổng hợp. Nếu đơn vị không có hồ sơ, hãy ghi số 0 vào các dòng lĩnh vực.',
      );
      return null;
    }
    reader.add(
      totalRow.r,
      cols.field ?? 0,
      'warning',
      'TTHC_ONLY_TOTAL',
      'Bảng TTHC chỉ có dòng Tổng cộng, không có dòng lĩnh vực; số liệu theo lĩnh vực để trống.',
    );
    const counts = checkedCounts(reader, totalRow.r, cols, totalRow.figures, 'dòng Tổng cộng');
    return { summary: { ...counts, byField: {} }, totalCells };
  }

  const byField: Record<string, TthcCounts> = {};
  const seen = new Map<string, number>();
  const total = emptyCounts();
  for (const row of rows) {
    const key = fieldName(reader, row, cols.field, resolveField);
    if (seen.has(key)) {
      reader.add(
        row.r,
        cols.field,
        'warning',
        'TTHC_DUPLICATE_FIELD',
        `Lĩnh vực «${clipText(row.name)}»${key !== row.name ? ` (${key})` : ''} đã có ở hàng ${seen.get(key)! + 1}; số liệu hai dòng được cộng lại.`,
      );
      addCounts(byField[key], row.counts);
    } else {
      seen.set(key, row.r);
      byField[key] = { ...row.counts };
    }
    addCounts(total, row.counts);
  }

  if (totalRow !== null) checkStated(reader, totalRow, cols, rows, null);
  return { summary: { ...total, byField }, totalCells };
}

/** The row's field under its canonical name; a name not in the list is kept, with a warning naming the cell. */
function fieldName(reader: SheetReader, row: FieldRow, col: number, resolve: NameResolver | undefined): string {
  if (resolve === undefined || row.name === NO_FIELD) return row.name.normalize('NFC');
  const r = resolve(row.name);
  if (!r.known) {
    reader.add(
      row.r,
      col,
      'warning',
      'TTHC_UNKNOWN_FIELD',
      `Lĩnh vực «${clipText(row.name)}» không có trong danh mục lĩnh vực nên được giữ nguyên tên. Nếu đây là tên khác của một lĩnh vực đã có, hãy thêm vào bảng «Lĩnh vực thủ tục hành chính» của trang DanhMuc.`,
    );
  }
  return r.name;
}

function isAllZero(f: RowFigures): boolean {
  return f.bad.size === 0 && FIGURES.every((k) => !f.values[k]);
}

/** The label of a group or subtotal row: the Lĩnh vực cell, else the first text in the row (`Cộng I`). */
function groupLabel(reader: SheetReader, r: number, cols: Record<string, number>): string {
  const field = reader.text(r, cols.field);
  const row = reader.grid.rows[r] ?? [];
  const first = row.findIndex((v) => typeof v === 'string' && v.trim() !== '');
  const stt = reader.text(r, cols.stt);
  if (field !== '') return stt !== '' && stt !== field ? `${stt} ${field}` : field;
  return first >= 0 ? reader.text(r, first) : '';
}

/**
 * Each stated figure of the total row (group = null) or of a group's heading or subtotal row against the sum of
 * its field rows; the sum is what counts.
 */
function checkStated(
  reader: SheetReader,
  total: { r: number; figures: RowFigures },
  cols: Record<string, number>,
  rows: FieldRow[],
  group: string | null,
): void {
  const sumOf = (f: Figure): number => rows.reduce((s, row) => s + figureValue(row.counts, f), 0);
  for (const f of FIGURES) {
    const stated = total.figures.values[f];
    if (stated === undefined || stated === null || total.figures.bad.has(f)) continue;
    const sum = sumOf(f);
    if (stated !== sum && group !== null) {
      reader.add(
        total.r,
        cols[f],
        'error',
        'TTHC_SUBTOTAL_MISMATCH',
        `Dòng «${group}» ghi ${FIGURE_NAMES[f]} là ${stated} nhưng cộng các dòng lĩnh vực của nhóm được ${sum}; số liệu tổng hợp dùng các dòng lĩnh vực. Hãy sửa dòng này (nên dùng công thức SUBTOTAL hoặc SUM).`,
        { stated, added: sum },
      );
    } else if (stated !== sum) {
      reader.add(
        total.r,
        cols[f],
        'error',
        'TTHC_TOTAL_MISMATCH',
        `Dòng Tổng cộng ghi ${FIGURE_NAMES[f]} là ${stated} nhưng cộng các dòng lĩnh vực được ${sum}; số liệu tổng hợp dùng ${sum}. Hãy sửa dòng Tổng cộng (nên dùng công thức SUM).`,
        { stated, added: sum },
      );
    }
  }
}
