import { type CellValue, isBlank } from './grid';
import { foldKey } from './text';

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

/** A group subtotal row (`Cộng I`): its label is the first text in one of the first columns. */
export function isSubtotalRow(row: readonly CellValue[] | undefined, labelCols = 3): boolean {
  if (!row) return false;
  for (let c = 0; c < Math.min(labelCols, row.length); c++) {
    const v = row[c];
    if (typeof v === 'string' && v.trim() !== '') return SUBTOTAL.test(foldKey(v));
  }
  return false;
}

/**
 * A closing line of a register rather than a dossier: its first text is `Tổng số: 58 hồ sơ` or the like, and no
 * other cell holds anything but that line's own number.
 */
export function isStatedCountLine(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  const filled = row.filter((v) => !isBlank(v));
  const first = filled[0];
  if (typeof first !== 'string' || !STATED_COUNT_LINE.test(foldKey(first)) && !TOTAL_KEYS.includes(foldKey(first))) return false;
  return filled.length <= 2 && filled.slice(1).every((v) => typeof v === 'number' || (typeof v === 'string' && /^\d[\d.\s]*(ho so)?$/.test(foldKey(v))));
}

/** A stated total row (`Tổng cộng`, `Cộng`, `Tổng số`): its label sits in one of the first columns. */
export function isTotalRow(row: readonly CellValue[] | undefined, labelCols = 3): boolean {
  if (!row) return false;
  for (let c = 0; c < Math.min(labelCols, row.length); c++) {
    const v = row[c];
    if (typeof v !== 'string') continue;
    const k = foldKey(v);
    if (TOTAL_KEYS.includes(k) || k.startsWith('tong cong')) return true;
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
