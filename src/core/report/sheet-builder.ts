import type { CellBlock, LayoutCell, LayoutMerge } from '../layout';
import type { StyleName } from './styles';

/** Collects the cells and merges of one sheet, then hands them over as a single rectangular block. */
export class SheetBuilder {
  private readonly rows: (LayoutCell | undefined)[][] = [];
  readonly merges: LayoutMerge[] = [];

  /** A value cell. Text is always text: writers never read `v` as a formula. */
  set(r: number, c: number, v: LayoutCell['v'], s?: StyleName): void {
    (this.rows[r] ??= [])[c] = s !== undefined ? { v, s } : { v };
  }

  /** A formula cell (`f` without '='), with the value it computes cached in `v`. */
  formula(r: number, c: number, f: string, v: LayoutCell['v'], s?: StyleName): void {
    (this.rows[r] ??= [])[c] = s !== undefined ? { v, f, s } : { v, f };
  }

  /** Merges a rectangle; covered cells are left empty but take the style, so borders are drawn all round. */
  merge(r1: number, c1: number, r2: number, c2: number, s?: StyleName): void {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push({ r1, c1, r2, c2 });
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        if ((r !== r1 || c !== c1) && this.cell(r, c) === undefined) this.set(r, c, null, s);
      }
    }
  }

  cell(r: number, c: number): LayoutCell | undefined {
    return this.rows[r]?.[c];
  }

  get rowCount(): number {
    return this.rows.length;
  }

  get colCount(): number {
    return this.rows.reduce((m, row) => Math.max(m, row ? row.length : 0), 0);
  }

  /** Everything as one block from A1; missing cells are empty. */
  block(): CellBlock {
    const width = this.colCount;
    const cells: LayoutCell[][] = [];
    for (let r = 0; r < this.rows.length; r++) {
      const row: LayoutCell[] = [];
      for (let c = 0; c < width; c++) row.push(this.rows[r]?.[c] ?? { v: null });
      cells.push(row);
    }
    return { row: 0, col: 0, cells };
  }
}
