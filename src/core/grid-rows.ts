import { type CellValue, isBlank } from './grid';
import { foldKey } from './text/normalize';
import { memoize } from './text/memo';

/** Every cell of the row is empty. */
export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) if (!isBlank(v)) return false;
  return true;
}

const TOTAL_KEYS = ['tong cong', 'tong so', 'cong', 'tong', 'total'];
/**
 * A group's subtotal: `Cộng I`, `Cộng (II)`, `Cộng 1`, `Cộng A`, `Cộng nhóm II`, `Cộng lĩnh vực …` — not a word that
 * merely starts with `cộng` (`Công chức` folds to `cong chuc`).
 */
const SUBTOTAL = /^cong (\(?([ivxl]+|\d{1,2}|[a-d])\)?|(nhom|linh vuc|muc|phan)( .*)?)$/;
/** A register's closing line that states a count (`Tổng số: 58 hồ sơ`, `Tổng cộng 58`). */
const STATED_COUNT_LINE = /^(tong so|tong cong|cong|tong)\b.*\d/;

/** What a cell's text can be in a row's label, worked out once per distinct text (they repeat down a register). */
const TOTAL_LABEL = 1; // `Tổng cộng…`, or exactly one of TOTAL_KEYS: a total row's label
const TOTAL_KEY = 2; // exactly one of TOTAL_KEYS
const SUBTOTAL_LABEL = 4;
const STATED_COUNT = 8; // starts like a closing `Tổng số: 58 hồ sơ`
const COUNT_ONLY = 16; // `58`, `58 hồ sơ`: the number of a closing line
const WHITE = 32; // only white space

/**
 * Every flagged label's folded key starts with a digit, or with t or c followed by o (tổng, cộng, total). A text
 * whose plain ASCII start rules that out (a dossier code `HS-0-1`, a name, `Tiêu chuẩn…`, `Thủ tục`) is none of
 * them, answered without folding or memoising: codes are mostly unique and would only churn the memo, and the
 * repeated texts of every row would each cost a lookup.
 */
function cannotBeLabel(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0x80) return false; // folding decides
    const lower = c >= 0x41 && c <= 0x5a ? c + 32 : c;
    if (lower >= 0x30 && lower <= 0x39) return false;
    if (lower < 0x61 || lower > 0x7a) continue; // space or punctuation before the first letter
    if (lower !== 0x74 && lower !== 0x63) return true; // a letter other than t, c
    // After t or c, an ASCII character other than o gives the key another second letter, or a space.
    const next = v.charCodeAt(i + 1);
    return next < 0x80 && next !== 0x6f && next !== 0x4f;
  }
  return false; // blank or punctuation only
}

function labelFlags(v: string): number {
  return cannotBeLabel(v) ? 0 : labelFlagsMemo(v);
}

const labelFlagsMemo = memoize((v: string): number => {
  if (v.trim() === '') return WHITE;
  const k = foldKey(v);
  let f = 0;
  if (TOTAL_KEYS.includes(k)) f |= TOTAL_KEY | TOTAL_LABEL;
  if (k.startsWith('tong cong')) f |= TOTAL_LABEL;
  if (SUBTOTAL.test(k)) f |= SUBTOTAL_LABEL;
  if (STATED_COUNT_LINE.test(k)) f |= STATED_COUNT;
  if (/^\d[\d.\s]*(ho so)?$/.test(k)) f |= COUNT_ONLY;
  return f;
});

/** A group subtotal row (`Cộng I`): its label is the first text in one of the first columns. */
export function isSubtotalRow(row: readonly CellValue[] | undefined, labelCols = 3): boolean {
  if (!row) return false;
  for (let c = 0; c < Math.min(labelCols, row.length); c++) {
    const v = row[c];
    if (typeof v !== 'string') continue;
    const f = labelFlags(v);
    if ((f & WHITE) === 0) return (f & SUBTOTAL_LABEL) !== 0;
  }
  return false;
}

/**
 * A closing line of a register rather than a dossier: its first text is `Tổng số: 58 hồ sơ` or the like, and no
 * other cell holds anything but that line's own number.
 */
export function isStatedCountLine(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let filled = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    filled++;
    if (filled === 1) {
      if (typeof v !== 'string' || (labelFlags(v) & (STATED_COUNT | TOTAL_KEY)) === 0) return false;
    } else if (
      filled > 2 ||
      !(typeof v === 'number' || (typeof v === 'string' && (labelFlags(v) & COUNT_ONLY) !== 0))
    ) {
      return false;
    }
  }
  return filled > 0;
}

/** A stated total row (`Tổng cộng`, `Cộng`, `Tổng số`): its label sits in one of the first columns. */
export function isTotalRow(row: readonly CellValue[] | undefined, labelCols = 3): boolean {
  if (!row) return false;
  for (let c = 0; c < Math.min(labelCols, row.length); c++) {
    const v = row[c];
    if (typeof v === 'string' && (labelFlags(v) & TOTAL_LABEL) !== 0) return true;
  }
  return false;
}

/**
 * The row of column numbers official forms print under the header: `1 2 3 …`, `(1) (2) …` or `A B 1 2 …`.
 * It is furniture, not data.
 */
export function isColumnNumberRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let seen = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    const s = String(v).trim();
    if (!/^\(?(\d{1,2}|[A-Z])\)?$/.test(s)) return false;
    seen++;
  }
  return seen >= 3;
}
