/** Resource limits applied before a workbook is unpacked, and Vietnamese figure formatting for their messages. */
import { formatVnInteger } from '../core/text/format';

export interface ReadLimits {
  /**
   * Largest total size of a workbook once unpacked (sum of the zip entries' uncompressed sizes; for
   * .xls and text formats, the file size). Default 200 MiB.
   */
  maxUnpackedBytes: number;
  /** Largest number of cells in the whole workbook (estimated before parsing, counted after). Default 2,000,000. */
  maxCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxCells: 2_000_000,
};

/**
 * One zip entry may not unpack to more than this many times its packed size (once it is over
 * {@link RATIO_CHECK_MIN_BYTES}). Real workbook parts measured at ≤ 16× (see docs/libraries.md);
 * DEFLATE's own ceiling is about 1032×, which only crafted data approaches.
 */
export const MAX_COMPRESSION_RATIO = 200;
export const RATIO_CHECK_MIN_BYTES = 1024 * 1024;
/** A workbook with more parts than this is not a real workbook. */
export const MAX_ZIP_ENTRIES = 10_000;

/** Integer with Vietnamese thousands separators: 2000000 → "2.000.000". */
export const viInt = formatVnInteger;

/** Bytes as MB (MiB) with one decimal and a decimal comma: 209715200 → "200,0 MB". */
export function viMB(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const [i, d] = mb.toFixed(1).split('.');
  return `${viInt(Number(i))},${d} MB`;
}
