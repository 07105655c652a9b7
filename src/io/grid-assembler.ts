/**
 * Builds grids from cells handed over in row order, column order within a row — by either reader (SheetJS's
 * worksheets, or the fast .xlsx reader's single pass) — so both judge cells by the same rules: cells outside Excel's
 * grid, formulas without a cached value, date formats and the 1904 date system, the workbook's cell limit, hidden
 * rows and sheets, merges.
 */
import type { CellRange, CellValue, Grid } from '../core/grid';
import { finding, type Finding } from '../core/findings';
import { NOT_WORKBOOK } from './preflight';
import { viInt, type ReadLimits } from './limits';
import { toSerial1900 } from './date-system';

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

export class WorkbookAssembler {
  readonly grids: Grid[] = [];
  readonly findings: Finding[] = [];
  cellCount = 0;
  overflowSheet = '';

  constructor(
    readonly fileName: string,
    readonly limits: ReadLimits,
    /** The workbook counts dates from 1904: date cells are shifted to the core's 1900 serials. */
    readonly date1904 = false,
  ) {}

  /** True once the workbook holds more cells than the limit: the caller stops reading. */
  get overflowed(): boolean {
    return this.cellCount > this.limits.maxCells;
  }

  sheet(name: string): SheetAssembler {
    return new SheetAssembler(this, name);
  }

  result(): { grids: Grid[]; findings: Finding[] } {
    if (this.overflowed) {
      const sheet = this.overflowSheet;
      return {
        grids: [],
        findings: [
          finding(
            { file: this.fileName, sheet, cell: '' },
            'error',
            'READ_TOO_MANY_CELLS',
            `Sổ tính có hơn ${viInt(this.limits.maxCells)} ô dữ liệu (vượt giới hạn khi đọc đến trang "${sheet}"); tệp không được đọc. ` +
              'Hãy xoá các dòng, cột thừa hoặc chia nhỏ tệp rồi gửi lại.',
          ),
        ],
      };
    }
    const findings = [...this.findings];
    if (this.grids.length === 0) {
      findings.push(
        finding(
          { file: this.fileName, sheet: '', cell: '' },
          'error',
          'READ_NO_SHEETS',
          `${NOT_WORKBOOK}: sổ tính không có trang tính nào.`,
        ),
      );
    }
    return { grids: this.grids, findings };
  }
}

/** One sheet's cells, row by row: beginRow, cell…, endRow; then finish. */
export class SheetAssembler {
  private readonly rows: CellValue[][] = [];
  private readonly dateCells = new Set<string>();
  private readonly formulas = new Map<string, string>();
  private lastRow = -1;
  private outside = 0;
  private firstOutside = '';
  private r = 0;
  /** The row being read, in a scratch array reused from row to row: the grid gets a copy of exactly its length. */
  private readonly row: CellValue[] = [];
  private length = 0;
  private last = -1;

  constructor(
    private readonly book: WorkbookAssembler,
    readonly name: string,
  ) {}

  beginRow(r: number): void {
    this.r = r;
    this.length = 0;
    this.last = -1;
  }

  /** A cell beyond Excel's grid: counted for the warning, never read. */
  outsideGrid(c: number): void {
    if (this.outside++ === 0) this.firstOutside = `dòng ${viInt(this.r + 1)}, cột ${viInt(c + 1)}`;
  }

  /** A formula cell saved without a cached value: its text kept for src/io/formulas, the cell read as empty. */
  formulaWithoutValue(c: number, formula: string): void {
    this.formulas.set(`${this.r},${c}`, formula.normalize('NFC'));
  }

  /** A value (null values are not handed over); `date` when its number format is a date format. */
  value(c: number, v: CellValue, date: boolean): void {
    const row = this.row;
    // Fill the gap with nulls only up to this cell; rows stay as short as their last value.
    let n = this.length;
    while (n < c) row[n++] = null;
    if (n === c) this.length = c + 1;
    this.last = c;
    if (date && typeof v === 'number') {
      this.dateCells.add(`${this.r},${c}`);
      row[c] = toSerial1900(v, this.book.date1904);
    } else row[c] = v;
  }

  /** Ends the row; false when the workbook went over its cell limit (the caller stops reading). */
  endRow(): boolean {
    if (this.last < 0) return true;
    const book = this.book;
    book.cellCount += this.length;
    if (book.overflowed) {
      if (!book.overflowSheet) book.overflowSheet = this.name;
      return false;
    }
    while (this.rows.length < this.r) this.rows.push([]);
    this.rows[this.r] = this.row.slice(0, this.length);
    this.lastRow = this.r;
    return true;
  }

  /** Adds the grid (unless the workbook overflowed) with its merges, state (1 hidden, 2 very hidden), hidden rows. */
  finish(merges: CellRange[], state: number, hiddenRowsOf: (rowCount: number) => number[]): void {
    const book = this.book;
    if (book.overflowed) {
      if (!book.overflowSheet) book.overflowSheet = this.name;
      return;
    }
    const rows = this.rows;
    rows.length = this.lastRow + 1;
    const name = this.name;
    const grid: Grid = { name, rows };
    if (merges.length) grid.merges = merges;
    if (state !== 0) grid.hidden = true;
    if (state === 2) grid.veryHidden = true;
    const hiddenRows = hiddenRowsOf(rows.length);
    if (hiddenRows.length) grid.hiddenRows = hiddenRows;
    if (this.dateCells.size) grid.dateCells = this.dateCells;
    if (this.formulas.size) grid.formulas = this.formulas;
    book.grids.push(grid);
    const file = book.fileName;
    if (this.outside > 0) {
      book.findings.push(
        finding(
          { file, sheet: name, cell: '' },
          'warning',
          'READ_OUTSIDE_GRID',
          `Trang "${name}" có ${viInt(this.outside)} ô nằm ngoài phạm vi trang tính của Excel (${viInt(EXCEL_ROWS)} dòng × ${viInt(EXCEL_COLUMNS)} cột; ô đầu tiên ở ${this.firstOutside}); ` +
            'các ô này bị bỏ qua. Tệp có thể đã bị sửa bằng công cụ khác Excel; hãy mở bằng Excel, lưu lại rồi gửi lại.',
        ),
      );
    }
  }
}
