/**
 * A problem found while reading or checking input (phát hiện khi kiểm tra).
 * The core never throws on bad input: every check returns findings instead.
 */
export type Severity = 'error' | 'warning';

export interface Finding {
  /** Source file name as the user knows it ('' when not from a file, e.g. a custom function). */
  file: string;
  /** Sheet name ('' when the finding is about the whole file). */
  sheet: string;
  /** A1 address of the offending cell ('' when about a whole sheet or file). */
  cell: string;
  severity: Severity;
  /** Stable machine code, e.g. `TTHC_TOTAL_MISMATCH`. */
  code: string;
  /** Vietnamese, NFC, names what is wrong and what to do. */
  message: string;
  /** For a figure that disagrees with its parts: the figure the file states and the one its parts add up to. */
  stated?: number;
  added?: number;
}

/** Where a value came from, to build findings without threading four arguments around. */
export interface CellRef {
  file: string;
  sheet: string;
  cell: string;
}

export function finding(
  at: CellRef,
  severity: Severity,
  code: string,
  message: string,
  figures?: { stated: number; added: number },
): Finding {
  const f: Finding = {
    file: at.file,
    sheet: at.sheet,
    cell: at.cell,
    severity,
    code,
    message: message.normalize('NFC'),
  };
  if (figures) {
    f.stated = figures.stated;
    f.added = figures.added;
  }
  return f;
}
