/**
 * A unit template (layout model) as the grids a reader would get from the saved workbook: values in place,
 * merges kept, and each SUM formula's cached value computed from the grid (as Excel would on opening).
 */
import { type CellValue, type Grid, columnIndex } from '../../../../src/core/grid';
import type { LayoutWorkbook } from '../../../../src/core/layout';

export interface TemplateGrids {
  grids: Grid[];
  /** Formulas by sheet and `r,c`, to recompute after filling. */
  formulas: Map<string, Map<string, string>>;
}

export function layoutToGrids(wb: LayoutWorkbook): TemplateGrids {
  const formulas = new Map<string, Map<string, string>>();
  const grids = wb.sheets.map((sheet) => {
    const rows: CellValue[][] = [];
    const f = new Map<string, string>();
    for (const b of sheet.blocks) {
      b.cells.forEach((row, i) =>
        row.forEach((cell, j) => {
          const r = b.row + i;
          const c = b.col + j;
          (rows[r] ??= [])[c] = cell.v;
          if (cell.f) f.set(`${r},${c}`, cell.f);
        }),
      );
    }
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    formulas.set(sheet.name, f);
    return { name: sheet.name, rows, merges: sheet.merges.map((m) => ({ ...m })) } as Grid;
  });
  return { grids, formulas };
}

/** Recomputes the SUM(A1:B2) formulas of every sheet from the current values (what Excel caches on save). */
export function recalc(t: TemplateGrids): void {
  for (const g of t.grids) {
    for (const [key, formula] of t.formulas.get(g.name) ?? []) {
      const m = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(formula);
      if (!m) throw new Error(`unsupported formula: ${formula}`);
      const [c1, r1, c2, r2] = [columnIndex(m[1]), Number(m[2]) - 1, columnIndex(m[3]), Number(m[4]) - 1];
      let sum = 0;
      for (let r = r1; r <= r2; r++)
        for (let c = c1; c <= c2; c++) {
          const v = g.rows[r]?.[c];
          if (typeof v === 'number') sum += v;
        }
      const [r, c] = key.split(',').map(Number);
      g.rows[r][c] = sum;
    }
  }
}

export function sheet(t: TemplateGrids, name: string): Grid {
  const g = t.grids.find((x) => x.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}
