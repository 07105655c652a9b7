/** A used range's values placed at their sheet addresses (rows[r][c] zero-based from A1), as a grid holds them. */
import type { CellValue } from '../core/grid';

export function rowsAtAddress(
  values: readonly unknown[][],
  rowIndex: number,
  columnIndex: number,
  cell: (v: unknown) => CellValue = (v) => v as CellValue,
): CellValue[][] {
  const rows: CellValue[][] = [];
  values.forEach((row, i) => {
    rows[rowIndex + i] = [...Array<CellValue>(columnIndex).fill(null), ...row.map(cell)];
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rows;
}
