import type { CellStyle } from '../layout';

/**
 * The handful of named styles every summary sheet uses (kiểu định dạng). Writers map each to one format,
 * so the workbook carries a dozen styles, not one per cell.
 */
export const SUMMARY_STYLES = {
  /** Agency line at the top left: `SỞ KHOA HỌC VÀ CÔNG NGHỆ`. */
  agency: { bold: true, hAlign: 'left', vAlign: 'middle' },
  /** Sheet title in capitals. */
  title: { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle', wrap: true },
  /** Period line under the title; also the place and date and the notes in brackets of the signature block. */
  subtitle: { italic: true, hAlign: 'center', vAlign: 'middle' },
  /** `Đơn vị tính: …`, right-aligned above the table. */
  note: { italic: true, hAlign: 'right', vAlign: 'middle' },
  /** Header cells, wrapped, on a light fill. */
  header: { bold: true, border: true, fill: 'DDEBF7', hAlign: 'center', vAlign: 'middle', wrap: true },
  /** The row of column numbers (1), (2)… under the header. */
  columnNumber: { italic: true, border: true, hAlign: 'center', vAlign: 'middle' },
  /** Text in the table (unit names, file names, findings), wrapped. */
  text: { border: true, hAlign: 'left', vAlign: 'middle', wrap: true },
  /** Centred text in the table (STT, sheet, cell, severity). */
  center: { border: true, hAlign: 'center', vAlign: 'middle' },
  integer: { border: true, numFmt: '#,##0', hAlign: 'right', vAlign: 'middle' },
  percent: { border: true, numFmt: '0.0%', hAlign: 'right', vAlign: 'middle' },
  totalLabel: { bold: true, border: true, hAlign: 'center', vAlign: 'middle' },
  totalInteger: { bold: true, border: true, numFmt: '#,##0', hAlign: 'right', vAlign: 'middle' },
  totalPercent: { bold: true, border: true, numFmt: '0.0%', hAlign: 'right', vAlign: 'middle' },
  /** Section heading of the report text (BaoCao). */
  heading: { bold: true, hAlign: 'left', vAlign: 'middle' },
  /** A paragraph of the report text, wrapped in a wide merged cell. */
  paragraph: { hAlign: 'left', vAlign: 'top', wrap: true },
  /** Titles and names of the signature block (NGƯỜI LẬP BIỂU, THỦ TRƯỞNG ĐƠN VỊ). */
  signTitle: { bold: true, hAlign: 'center', vAlign: 'middle' },
} satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof SUMMARY_STYLES;
