/**
 * Values a list column could not place in a category (giá trị không nhận ra), collected per column and
 * reported once per distinct value, naming its first cell and how it was counted.
 */
import { a1 } from '../grid';
import type { SheetReader } from './sheet-reader';

interface Seen {
  r: number;
  c: number;
  cells: string[];
}

/** Cells listed in a message before "…". */
const LISTED = 5;

export class UnknownValues {
  private readonly byColumn = new Map<string, Map<string, Seen>>();
  private readonly blanks = new Map<string, Seen>();

  /** Remembers an unknown value of a column (`columnName`, e.g. `Trình độ chuyên môn`). */
  add(columnName: string, value: string, r: number, c: number): void {
    const values = this.byColumn.get(columnName) ?? new Map<string, Seen>();
    this.byColumn.set(columnName, values);
    const seen = values.get(value);
    if (seen) seen.cells.push(a1(r, c));
    else values.set(value, { r, c, cells: [a1(r, c)] });
  }

  /** Remembers a person with this column left empty. */
  blank(columnName: string, r: number, c: number): void {
    const seen = this.blanks.get(columnName);
    if (seen) seen.cells.push(a1(r, c));
    else this.blanks.set(columnName, { r, c, cells: [a1(r, c)] });
  }

  /** One warning per distinct unknown value, one per column with blanks. `countedAs(column, value)` says what was done. */
  report(
    reader: SheetReader,
    code: string,
    blankCode: string,
    countedAs: (column: string, value: string) => string,
  ): void {
    for (const [column, values] of this.byColumn) {
      for (const [value, seen] of values) {
        reader.add(
          seen.r,
          seen.c,
          'warning',
          code,
          `Cột «${column}»: không nhận ra giá trị «${value}» (${listCells(seen.cells)}); ${countedAs(column, value)}. Có thể thêm cách viết này vào danh mục.`,
        );
      }
    }
    for (const [column, seen] of this.blanks) {
      reader.add(
        seen.r,
        seen.c,
        'warning',
        blankCode,
        `Cột «${column}» bỏ trống ở ${seen.cells.length} dòng (${listCells(seen.cells)}); những người này không được tính theo ${column.toLowerCase()}.`,
      );
    }
  }
}

export function listCells(cells: readonly string[]): string {
  const shown = cells.slice(0, LISTED).join(', ');
  return cells.length > LISTED ? `ô ${shown} và ${cells.length - LISTED} ô khác` : `ô ${shown}`;
}
