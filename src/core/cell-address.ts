/**
 * A1 addresses (địa chỉ ô): column letters ↔ zero-based column index. The one conversion of the project: the core,
 * io and the Excel door use it; only the byte scanners of io/xlsx-fast that copy SheetJS's own parsing keep theirs.
 */

/** Column letters for a zero-based column index: 0 → A, 26 → AA. */
export function columnLetters(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address for zero-based row and column. */
export function a1(r: number, c: number): string {
  return columnLetters(c) + String(r + 1);
}

/** Zero-based column index of letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
