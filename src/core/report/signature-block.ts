import type { AgencyDetails } from '../settings/types';
import { vnLongDate } from '../text/dates';
import data from './data/signature-block.json';
import { TABLE_WIDTHS } from './finish-sheet';
import type { SheetBuilder } from './sheet-builder';
import { SUMMARY_STYLES } from './styles';
import { fitWidths } from './widths';

/** Who signs the summary sheets (người lập biểu, thủ trưởng đơn vị) and where; '' or absent: left to write by hand. */
export interface SignatureDetails {
  /** Địa danh, e.g. `Tây Ninh`. */
  place?: string;
  /** Date of signing (Excel serial); without it the day, month and year are dots. */
  date?: number;
  /** Người lập biểu's name. */
  preparer?: string;
  /** Thủ trưởng đơn vị's name. */
  signerName?: string;
}

/** The signature details the office's settings give (DanhMuc «Cơ quan và người ký»). */
export function signatureOf(office: AgencyDetails): SignatureDetails {
  return { place: office.place, preparer: office.preparer, signerName: office.signerName };
}

/** Characters the right-hand block needs at least: the place and date line on one row. */
const RIGHT_MIN_WIDTH = 36;

const given = (s: string | undefined): string => (s ?? '').normalize('NFC').trim();

/** `Tây Ninh, ngày 05 tháng 02 năm 2026`, or dots where the place or the date is unknown. */
export function signaturePlaceDate(d: SignatureDetails): string {
  const place = given(d.place) || data.placeUnknown;
  if (d.date === undefined) return data.placeDate.replace('{place}', place);
  return data.placeDateWithDate.replace('{place}', place).replace('{date}', vnLongDate(d.date));
}

/**
 * The first column of the right-hand block: the fewest last columns that are wide enough for the place and date
 * line, never reaching the name column (columns 0 and 1 hold the left-hand block).
 */
function rightStart(widths: readonly number[]): number {
  let start = widths.length - 1;
  let width = widths[start] ?? 0;
  while (start > 2 && width < RIGHT_MIN_WIDTH) width += widths[--start];
  return Math.max(2, start);
}

/**
 * The signature block (phần ký) below a table, from row `top`: the place and date over the head's column, then
 * `NGƯỜI LẬP BIỂU` under STT and the name column and `THỦ TRƯỞNG ĐƠN VỊ` over the last columns, each with its
 * note in brackets, rows left blank to sign in, and the names when the settings give them. Returns the first row
 * after the block.
 */
export function writeSignatureBlock(b: SheetBuilder, top: number, details: SignatureDetails): number {
  const widths = fitWidths(b.block(), b.merges, SUMMARY_STYLES, TABLE_WIDTHS);
  const last = widths.length - 1;
  const right = rightStart(widths);
  const left = Math.min(1, right - 1);
  // Every row of the block is written (blank where nothing is known), so what is drawn below starts after it.
  const both = (
    r: number,
    leftText: string | null,
    rightText: string | null,
    style: 'signTitle' | 'subtitle',
  ): void => {
    b.set(r, 0, leftText, style);
    b.merge(r, 0, r, left, style);
    b.set(r, right, rightText, style);
    b.merge(r, right, r, last, style);
  };
  both(top, null, signaturePlaceDate(details), 'subtitle');
  both(top + 1, data.preparer.title, data.head.title, 'signTitle');
  both(top + 2, data.preparer.note, data.head.note, 'subtitle');
  const names = top + 3 + data.signingRows;
  const preparer = given(details.preparer);
  const signer = given(details.signerName);
  both(names, preparer || null, signer || null, 'signTitle');
  return names + 1;
}
