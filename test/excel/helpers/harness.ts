/** Shared test plumbing: a strict double (ExcelApi 1.9 exactly), default options, reading sheets back through the API. */
import { a1 } from '../../../src/core/cell-address';
import type { LayoutCell, LayoutWorkbook } from '../../../src/core/layout';
import type { WriteOptions } from '../../../src/excel';
import { createOfficeDouble, type OfficeDouble, type OfficeDoubleOptions } from '../../support/office-double';

export function installDouble(options: OfficeDoubleOptions = {}): OfficeDouble {
  const d = createOfficeDouble({ apiVersion: '1.9', ...options });
  d.install();
  return d;
}

export function options(over: Partial<WriteOptions> = {}): WriteOptions {
  return { runId: 'run-0001', periodKey: '2024-H1', confirmReplace: async () => true, ...over };
}

export interface ReadBack {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: string[][];
  rowIndex: number;
  columnIndex: number;
}

/** A sheet's used range, read the way an add-in would (load + sync). */
export async function readSheet(name: string): Promise<ReadBack> {
  return Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRange();
    used.load('values,formulas,numberFormat,rowIndex,columnIndex');
    await context.sync();
    return {
      values: used.values,
      formulas: used.formulas,
      numberFormat: used.numberFormat,
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
    };
  });
}

export function at(rb: ReadBack, key: 'values' | 'formulas' | 'numberFormat', r: number, c: number): unknown {
  return rb[key][r - rb.rowIndex]?.[c - rb.columnIndex];
}

export { a1 };

/** Every explicit cell of a layout sheet, with its position (the last block writing a cell wins). */
export function layoutCells(
  layout: LayoutWorkbook,
  sheet: number,
): Map<string, { r: number; c: number; cell: LayoutCell }> {
  const out = new Map<string, { r: number; c: number; cell: LayoutCell }>();
  for (const b of layout.sheets[sheet].blocks) {
    b.cells.forEach((row, dr) =>
      row.forEach((cell, dc) => cell && out.set(a1(b.row + dr, b.col + dc), { r: b.row + dr, c: b.col + dc, cell })),
    );
  }
  return out;
}

/** Sheet names in workbook order. */
export function sheetNames(d: OfficeDouble): string[] {
  return d.workbook.sheets.map((s) => s.name);
}
