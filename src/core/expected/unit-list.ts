/**
 * The units expected to report (danh sách đơn vị phải báo cáo), as the user keeps it: one name a line in a text
 * file or the pane's list, or the first column of a workbook's first sheet. Blank lines, `#` comments, a
 * header such as `Tên đơn vị` and numbering (`1.`, `2)`) are dropped; repeats are kept once.
 */
import { type Grid, type CellValue } from '../grid';
import { cleanText, foldKey } from '../text/normalize';
import { unitKey } from '../summary/unit-key';

/** Words of a header row over the list, not a unit. */
const HEADERS = new Set(['ten don vi', 'don vi', 'danh sach don vi', 'stt']);

function clean(line: string): string {
  return cleanText(line.replace(/^\s*\d+\s*[.)\-–]\s*/u, ''));
}

/** Names of a list, one per line (text file or the pane's box). */
export function unitListFromText(text: string): string[] {
  return dedupe(
    text
      .split(/\r?\n/)
      .filter((l) => !l.trim().startsWith('#'))
      .map(clean),
  );
}

/** Names in the first column of a workbook's first non-empty sheet (a column header is skipped). */
export function unitListFromGrids(grids: readonly Grid[]): string[] {
  const sheet = grids.find((g) => g.rows.some((r) => r.some((v) => v !== null && v !== '')));
  if (!sheet) return [];
  const cell = (v: CellValue | undefined): string => (typeof v === 'string' ? v : '');
  // The first column holding text: a list numbered in column A keeps its names in column B.
  const col =
    [0, 1, 2].find((c) => sheet.rows.some((r) => cell(r[c]).trim() !== '' && !HEADERS.has(foldKey(cell(r[c]))))) ?? 0;
  return dedupe(sheet.rows.map((r) => clean(cell(r[col]))));
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const k = unitKey(n);
    if (k === '' || HEADERS.has(foldKey(n)) || seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}
