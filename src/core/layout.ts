/**
 * The layout model (mô hình trình bày): the only thing the core hands to a writer.
 * Plain data, so the Excel door (Office.js) and the file door (.xlsx) write the same summary identically.
 * Rows and columns are zero-based here; writers translate to their own addressing.
 */
import { clipText } from './text/normalize';

/** A named style; writers map each to one format, so the output has a handful of styles, not one per cell. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points; default 12 (Times New Roman, as official documents use). */
  fontSize?: number;
  /** Hex RGB without '#', e.g. 'DDEBF7'. */
  fill?: string;
  /** Font colour, hex RGB without '#' (grey '808080' for the unit template's example row); default black. */
  color?: string;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Excel number format code, locale-independent, e.g. '#,##0', '0.0%', 'dd/mm/yyyy', '@'. */
  numFmt?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
}

/**
 * One cell. `v` is the value (or, with `f`, the cached result the formula must produce).
 * `f` is an A1 formula without the leading '='. Text in `v` is always written as text, never
 * interpreted as a formula, even when it starts with '=' (formula injection guard).
 */
export interface LayoutCell {
  v: number | string | boolean | null;
  f?: string;
  /** Key into LayoutWorkbook.styles. */
  s?: string;
}

export interface LayoutMerge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** A rectangle of cells starting at (row, col). */
export interface CellBlock {
  row: number;
  col: number;
  cells: LayoutCell[][];
}

export interface ChartSeries {
  /** Series name, e.g. 'Trước hạn'. */
  name: string;
  /** Zero-based column of the values in the same sheet; rows given by ChartSpec. */
  col: number;
}

/** A clustered or stacked column chart over a block of rows in the same sheet. */
export interface ChartSpec {
  kind: 'columnClustered' | 'columnStacked';
  title: string;
  /** Zero-based column holding the category labels (e.g. unit names). */
  categoryCol: number;
  /** Zero-based inclusive row range of the data (categories and values). */
  firstRow: number;
  lastRow: number;
  series: ChartSeries[];
  /** Where the chart is drawn: zero-based top-left cell and size in columns/rows. */
  anchor: { row: number; col: number; widthCols: number; heightRows: number };
}

export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  /** Fit all columns on one page width. */
  fitToWidth: boolean;
  /** Zero-based inclusive rows repeated at the top of each printed page. */
  repeatRows?: { first: number; last: number };
}

/** A drop-down list on a block of cells (data validation), for the unit template's categorical columns. */
export interface ListValidation {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  /** Allowed values, shown in the drop-down. */
  values: string[];
  /** Vietnamese message shown when something else is typed. */
  error?: string;
  /**
   * Where the values are written out, as an absolute reference into another sheet of the same layout
   * (`DanhMuc!$B$2:$B$40`); writers use it as the list's source. Without it, a short list is typed into the rule.
   */
  sourceFormula?: string;
}

export interface LayoutSheet {
  name: string;
  /** Column widths in characters, index = column. */
  widths: number[];
  blocks: CellBlock[];
  merges: LayoutMerge[];
  /** Rows and columns frozen above/left of the scrolling area. */
  freeze?: { rows: number; cols: number };
  print?: PrintSetup;
  charts?: ChartSpec[];
  validations?: ListValidation[];
  /** Sheet tab colour, hex RGB. */
  tabColor?: string;
  /**
   * Row heights in points (zero-based row → height) where wrapped text needs more than one line; Excel never
   * fits merged rows by itself and LibreOffice prints an unfitted row as one line.
   */
  heights?: Record<number, number>;
}

export interface LayoutWorkbook {
  sheets: LayoutSheet[];
  styles: Record<string, CellStyle>;
}

/** Excel holds at most this many characters in a cell; both writers would fail (or Excel would repair the file). */
export const MAX_CELL_TEXT = 32767;

/** Text longer than MAX_CELL_TEXT (a crafted unit name, a message quoting one) is cut, ending with "…". */
export function fitText(s: string): string {
  return clipText(s, MAX_CELL_TEXT);
}
