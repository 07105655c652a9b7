/**
 * The workbook writer as it was with ExcelJS (until issue 13), kept as the oracle the direct writer
 * (src/io/write-workbook.ts) is compared with: layout model → .xlsx through ExcelJS's own model. No charts
 * (ExcelJS cannot write them; the direct writer's charts are checked on their own).
 */
import ExcelJS from 'exceljs';
import type { CellStyle, LayoutCell, LayoutSheet, LayoutWorkbook } from '../../src/core/layout';
import { DEFAULT_FONT, DEFAULT_FONT_SIZE, excelText } from '../../src/io/write-workbook';
import { columnLetters } from '../../src/core/grid';
import { alertMessage, listColumns } from '../../src/core/list-sources';

/** ExcelJS style for a named layout style. Built once per name, shared by every cell that uses it. */
function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: DEFAULT_FONT,
      size: s.fontSize ?? DEFAULT_FONT_SIZE,
      bold: s.bold ?? false,
      italic: s.italic ?? false,
    },
  };
  if (s.color) style.font!.color = { argb: 'FF' + s.color.toUpperCase() };
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + s.fill.toUpperCase() } };
  if (s.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
    style.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.numFmt) style.numFmt = s.numFmt;
  if (s.hAlign || s.vAlign || s.wrap) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (s.hAlign) alignment.horizontal = s.hAlign;
    if (s.vAlign) alignment.vertical = s.vAlign;
    if (s.wrap) alignment.wrapText = true;
    style.alignment = alignment;
  }
  return style;
}

/** Value for ExcelJS. Strings stay strings: ExcelJS writes them as shared strings, never as formulas. */
function toExcelValue(cell: LayoutCell): ExcelJS.CellValue {
  const v = typeof cell.v === 'string' ? excelText(cell.v) : cell.v;
  if (cell.f !== undefined) {
    const formula = cell.f.replace(/^=/, '');
    if (v === null) return { formula } as ExcelJS.CellFormulaValue;
    const result = typeof v === 'number' && !Number.isFinite(v) ? { error: '#NUM!' as const } : v;
    return { formula, result } as ExcelJS.CellFormulaValue;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return { error: '#NUM!' } as ExcelJS.CellErrorValue;
  return v;
}

export async function writeWorkbookWithExceljs(layout: LayoutWorkbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TongHop';
  const named = new Map<string, Partial<ExcelJS.Style>>();
  for (const [name, s] of Object.entries(layout.styles)) named.set(name, toExcelStyle(s));
  const plain = toExcelStyle({});

  for (const sheet of layout.sheets) {
    const frozen = sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0);
    const ws = wb.addWorksheet(
      sheet.name,
      frozen ? { views: [{ state: 'frozen', xSplit: sheet.freeze!.cols, ySplit: sheet.freeze!.rows }] } : {},
    );
    sheet.widths.forEach((w, i) => {
      if (w > 0) ws.getColumn(i + 1).width = w;
    });
    for (const block of sheet.blocks) {
      block.cells.forEach((row, dr) => {
        row.forEach((cell, dc) => {
          const target = ws.getCell(block.row + dr + 1, block.col + dc + 1);
          const v = toExcelValue(cell);
          if (v !== null) target.value = v;
          const style = cell.s !== undefined ? named.get(cell.s) : plain;
          if (style === undefined) throw new Error(`layout: unknown style "${cell.s}" in sheet "${sheet.name}"`);
          target.style = style;
        });
      });
    }
    for (const m of sheet.merges) {
      if (m.r1 === m.r2 && m.c1 === m.c2) continue;
      ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
    }
    for (const [r, h] of Object.entries(sheet.heights ?? {})) ws.getRow(Number(r) + 1).height = h;
    if (sheet.print) {
      const p = sheet.print;
      ws.pageSetup.paperSize = 9; // A4
      ws.pageSetup.orientation = p.orientation;
      ws.pageSetup.margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
      if (p.fitToWidth) {
        ws.pageSetup.fitToPage = true;
        ws.pageSetup.fitToWidth = 1;
        ws.pageSetup.fitToHeight = 0;
      }
      if (p.repeatRows) ws.pageSetup.printTitlesRow = `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}`;
    }
    writeValidations(ws, sheet);
  }

  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Drop-down lists (data validation). A short list is typed into the rule; a long one, or one with commas, is
 * written into a hidden column of the sheet, where the Office.js writer puts it too (core listColumns).
 */
function writeValidations(ws: ExcelJS.Worksheet, sheet: LayoutSheet): void {
  const columns = listColumns(sheet);
  (sheet.validations ?? []).forEach((v, i) => {
    const own = columns[i];
    let source = v.sourceFormula ?? `"${v.values.join(',')}"`;
    if (own !== null) {
      v.values.forEach((value, r) => {
        const c = ws.getCell(r + 1, own + 1);
        c.value = value;
        c.numFmt = '@';
      });
      ws.getColumn(own + 1).hidden = true;
      const letters = columnLetters(own);
      source = `$${letters}$1:$${letters}$${Math.max(1, v.values.length)}`;
    }
    const range = `${columnLetters(v.c1)}${v.r1 + 1}:${columnLetters(v.c2)}${v.r2 + 1}`;
    const error = alertMessage(v);
    const rule: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [source],
      showErrorMessage: error !== undefined,
      errorStyle: 'stop',
      errorTitle: 'Giá trị không hợp lệ',
      error,
    };
    (
      ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(range, rule);
  });
}
