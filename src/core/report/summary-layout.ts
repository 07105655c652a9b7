import type { ProvincialSummary } from '../consolidate/types';
import { checkSheet } from './check-sheet';
import { fixListSheet } from '../fixlist/fix-sheet';
import { MAX_CELL_TEXT, fitText, type LayoutSheet, type LayoutWorkbook } from '../layout';
import { receptionSheet } from './reception-sheet';
import { reportSheet } from './report-sheet';
import { staffSheet } from './staff-sheet';
import { rowHeights } from '../row-heights';
import { signatureOf, type SignatureDetails } from './signature-block';
import type { AgencyDetails } from '../settings/types';
import { SUMMARY_STYLES } from './styles';
import type { SheetContext } from './title-block';
import { trainingSheet } from './training-sheet';
import { tthcByFieldSheet, tthcByUnitSheet } from './tthc-sheets';

export interface SummaryLayoutOptions {
  /** Agency at the top of each sheet; default `SỞ KHOA HỌC VÀ CÔNG NGHỆ`. */
  agency?: string;
  /** Counts under ten with two digits in the report text; default true. */
  padCounts?: boolean;
  /** Place, date and names under each table; what is missing is left to write by hand. */
  signature?: SignatureDetails;
}

/**
 * The summary workbook as the office's settings head and sign it (DanhMuc table 5: agency line, place, signer,
 * preparer) — the pane's one layout, whether it consolidated or read back the workbook's own summary sheets.
 */
export function officeSummaryLayout(summary: ProvincialSummary, office: AgencyDetails): LayoutWorkbook {
  return buildSummaryLayout(summary, { agency: office.agency, signature: signatureOf(office) });
}

/** The agency line when the user names none. */
export const DEFAULT_AGENCY = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ';

/** Sheet names of the summary workbook, in order (docs/formats.md). */
export const SUMMARY_SHEETS = [
  'TH_TTHC',
  'TH_LinhVuc',
  'TH_NhanSu',
  'TH_DaoTao',
  'TH_TiepDan',
  'KiemTra',
  'BaoCao',
] as const;

/**
 * The summary workbook (báo cáo tổng hợp) as a layout model: tables with live formulas whose cached values
 * are the computed figures, the check sheet and the report text. Writers turn it into cells.
 */
export function buildSummaryLayout(summary: ProvincialSummary, opts: SummaryLayoutOptions = {}): LayoutWorkbook {
  const ctx: SheetContext = {
    agency: (opts.agency ?? DEFAULT_AGENCY).normalize('NFC'),
    period: summary.period,
    signature: opts.signature ?? {},
  };
  return {
    sheets: [
      tthcByUnitSheet(summary, ctx),
      tthcByFieldSheet(summary, ctx),
      staffSheet(summary, ctx),
      trainingSheet(summary, ctx),
      receptionSheet(summary, ctx),
      checkSheet(summary, ctx),
      reportSheet(summary, ctx, opts.padCounts ?? true),
      ...optional(fixListSheet(summary, ctx)),
    ]
      .map(fitCellText)
      .map((s) => ({ ...s, heights: rowHeights(s, SUMMARY_STYLES) })),
    styles: { ...SUMMARY_STYLES },
  };
}

const optional = (s: LayoutSheet | null): LayoutSheet[] => (s ? [s] : []);

function fitCellText(sheet: LayoutSheet): LayoutSheet {
  for (const block of sheet.blocks) {
    for (const row of block.cells) {
      row.forEach((cell, i) => {
        if (typeof cell.v === 'string' && cell.v.length > MAX_CELL_TEXT) row[i] = { ...cell, v: fitText(cell.v) };
      });
    }
  }
  return sheet;
}
