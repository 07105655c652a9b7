/**
 * The report document (văn bản báo cáo) as plain data: what a writer needs to lay out a Word document in the
 * format of Nghị định 30/2020/NĐ-CP. The core decides every word and figure; the .docx writer only draws it.
 */

/** A table of text cells; the first `headerRows` rows are the header, `totalRow` (if any) is bold. */
export interface DocTable {
  caption: string;
  /** Small italic line above the table, right-aligned (`Đơn vị tính: Số hồ sơ`). */
  note?: string;
  /** Header rows; a cell of `null` is covered by the cell to its left (horizontal merge). */
  header: (string | null)[][];
  rows: string[][];
  /** Index into `rows` of the total line, drawn in bold. */
  totalRow?: number;
  /** Relative column widths (any unit); the writer scales them to the text width. */
  widths: number[];
  /** Columns whose cells are left-aligned text (names); the others are centred figures. */
  textColumns: number[];
}

export type DocBlock =
  | { kind: 'heading'; text: string }
  /** A body paragraph, justified with a first-line indent; `dash` lines (`- Lĩnh vực …`) are not indented again. */
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: DocTable };

/** Page in millimetres and type size in points, as the decree sets them. */
export interface DocPage {
  widthMm: number;
  heightMm: number;
  marginMm: { top: number; bottom: number; left: number; right: number };
  font: string;
  /** Body text size. */
  sizePt: number;
  /** Size of table cells. */
  tableSizePt: number;
}

export interface ReportDocument {
  page: DocPage;
  /** Left column of the header: governing body (cơ quan chủ quản, regular) and the agency (bold), capitals. */
  governingBody: string;
  agency: string;
  /** `Số: 125/BC-SKHCN`. */
  number: string;
  /** Right column: Quốc hiệu and Tiêu ngữ. */
  nationalTitle: string;
  motto: string;
  /** `Tây Ninh, ngày … tháng … năm …`, italic. */
  placeDate: string;
  documentType: string;
  subject: string;
  body: DocBlock[];
  recipientsTitle: string;
  /** Each line of `Nơi nhận`, without the leading dash. */
  recipients: string[];
  /** Lines of the signer's title (`KT. GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC`), capitals, bold. */
  signerTitle: string[];
  signerName: string;
  /** Texts in the document that are placeholders still to be filled in by the user. */
  placeholders: string[];
}

/** A4 with the decree's margins (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm), Times New Roman 14. */
export const DECREE_30_PAGE: DocPage = {
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  font: 'Times New Roman',
  sizePt: 14,
  tableSizePt: 10,
};

/**
 * The keys of ReportSettings (report-document.ts), for doors that store them (pane, CLI options). Kept here, with
 * the model and apart from the builder, so a door can list them without loading the builder.
 */
export const REPORT_SETTING_KEYS = [
  'governingBody',
  'agency',
  'number',
  'place',
  'signerTitle',
  'signerName',
  'recipients',
] as const;
