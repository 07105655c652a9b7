/**
 * The office's entries as read, before they are checked (danh mục của cơ quan, chưa kiểm tra): for each table
 * of the DanhMuc sheet, its rows as cells in the sheet's column order, each with where it was read. The sheet
 * and the JSON form both come to this, so both are checked by the same code.
 */
import type { CellValue } from '../grid';
import type { TableKey } from './sheet-text';

export interface RawRow {
  /** Where the row was read: an A1 address of its first cell, or a JSON path such as `fields[2]`. */
  at: string;
  /** The row's cells in the table's column order (see data/danh-muc-sheet.json). */
  cells: CellValue[];
  /** A1 address of each cell, when read from a sheet (to name the exact cell in a finding). */
  cellAt?: string[];
}

export interface SettingsInput {
  /** The file name as the user knows it. */
  file: string;
  /** The sheet read ('' for JSON). */
  sheet: string;
  tables: Partial<Record<TableKey, RawRow[]>>;
}
