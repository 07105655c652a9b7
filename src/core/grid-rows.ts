import { type CellValue, isBlank } from './grid';
import { foldKey, foldedInitial } from './text/normalize';
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
 * Letters a flagged label's folded key can start with: t(ổng), c(ộng), digits. A text starting with another
 * ASCII letter (a dossier code `HS-0-1`, a name) is none of them, answered without folding or memoising —
 * such texts are mostly unique and would only churn the memo.
 */
function cannotBeLabel(v: string): boolean {
  const first = foldedInitial(v);
  return first > 0x39 && first !== 0x74 && first !== 0x63; // a letter other than t, c
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
