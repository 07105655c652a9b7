/** Queues the Office.js commands of planned ops (nothing is sent until the caller syncs). */
import type { CellStyle, ChartSpec, PrintSetup } from '../core/layout';
import { DEFAULT_FONT, DEFAULT_FONT_SIZE, rectA1, type Op } from './plan';

export interface ApplyEnv {
  context: Excel.RequestContext;
  /** The new sheets, by layout index (set when their `create` op is queued). */
  sheets: Excel.Worksheet[];
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** Margins of the file writer (inches 0.5 / 0.6 / 0.3) in points. */
const MARGINS = { left: 36, right: 36, top: 43.2, bottom: 43.2, header: 21.6, footer: 21.6 };

function rangeOf(ws: Excel.Worksheet, r1: number, c1: number, r2: number, c2: number): Excel.Range {
  return ws.getRangeByIndexes(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
}

/** A named style on a Range or RangeAreas; `edges` are the border edges to draw (thin, black) when the style has a border. */
export function applyStyle(f: Excel.RangeFormat, s: CellStyle, edges: string[]): void {
  f.font.name = DEFAULT_FONT;
  f.font.size = s.fontSize ?? DEFAULT_FONT_SIZE;
  f.font.bold = s.bold ?? false;
  f.font.italic = s.italic ?? false;
  if (s.color) f.font.color = '#' + s.color.toUpperCase();
  if (s.fill) f.fill.color = '#' + s.fill.toUpperCase();
  if (s.hAlign) f.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) f.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.wrap) f.wrapText = true;
  if (s.border) {
    for (const edge of edges) {
      const b = f.borders.getItem(edge as Excel.BorderIndex);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
}

function applyPrint(ws: Excel.Worksheet, p: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.leftMargin = MARGINS.left;
  layout.rightMargin = MARGINS.right;
  layout.topMargin = MARGINS.top;
  layout.bottomMargin = MARGINS.bottom;
  layout.headerMargin = MARGINS.header;
  layout.footerMargin = MARGINS.footer;
  // One page wide. Only documented values: PageLayoutZoomOptions takes page counts (or null with a percentage scale);
  // 0 is not one of them, and one rejected property fails the whole batch. Pages tall is left to Excel.
  if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
  if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.first + 1}:$${p.repeatRows.last + 1}`);
}

function applyChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  if (spec.series.length === 0) return;
  const rows = spec.lastRow - spec.firstRow + 1;
  const categories = (): Excel.Range => ws.getRangeByIndexes(spec.firstRow, spec.categoryCol, rows, 1);
  const values = (col: number): Excel.Range => ws.getRangeByIndexes(spec.firstRow, col, rows, 1);
  const type = spec.kind === 'columnStacked' ? 'ColumnStacked' : 'ColumnClustered';
  const chart = ws.charts.add(type, values(spec.series[0].col), 'Columns');
  chart.title.text = spec.title;
  chart.legend.position = 'Bottom';
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) series.name = s.name;
    else series.setValues(values(s.col));
    series.setXAxisValues(categories());
  });
  const a = spec.anchor;
  chart.setPosition(
    ws.getCell(a.row, a.col),
    ws.getCell(a.row + Math.max(1, a.heightRows) - 1, a.col + Math.max(1, a.widthCols) - 1),
  );
}

/** Queues one op. `byId` gives proxies of existing sheets (for renaming the old ones). */
export function applyOp(op: Op, env: ApplyEnv, byId: (id: string) => Excel.Worksheet): void {
  const { context } = env;
  switch (op.kind) {
    case 'create': {
      const ws = context.workbook.worksheets.add(op.tempName);
      env.sheets[op.sheet] = ws;
      const marker = context.workbook.names.add(op.markerName, ws.getRange('A1'), op.markerComment);
      marker.visible = false;
      return;
    }
    case 'cells': {
      const ws = env.sheets[op.sheet];
      const rows = op.formulas.length;
      const cols = op.formulas[0].length;
      const range = ws.getRangeByIndexes(op.row, op.col, rows, cols);
      // The number format first: a text cell is '@' before its value arrives, so Excel keeps the text as it is.
      range.numberFormat = op.numberFormats as string[][];
      range.formulas = op.formulas as unknown[][];
      return;
    }
    case 'format':
      applyStyle(env.sheets[op.sheet].getRanges(op.areas.map(rectA1).join(',')).format, op.style, op.edges);
      return;
    case 'merge': {
      const { r1, c1, r2, c2 } = op.rect;
      rangeOf(env.sheets[op.sheet], r1, c1, r2, c2).merge(false);
      return;
    }
    case 'height':
      env.sheets[op.sheet].getRangeByIndexes(op.row, 0, 1, 1).format.rowHeight = op.points;
      return;
    case 'widths':
      env.sheets[op.sheet].getRangeByIndexes(0, op.col, 1, op.count).format.columnWidth = op.points;
      return;
    case 'freeze': {
      const panes = env.sheets[op.sheet].freezePanes;
      if (op.rows > 0 && op.cols > 0) panes.freezeAt(env.sheets[op.sheet].getRangeByIndexes(0, 0, op.rows, op.cols));
      else if (op.rows > 0) panes.freezeRows(op.rows);
      else panes.freezeColumns(op.cols);
      return;
    }
    case 'print':
      applyPrint(env.sheets[op.sheet], op.setup);
      return;
    case 'validation': {
      const ws = env.sheets[op.sheet];
      const { r1, c1, r2, c2 } = op.rect;
      const target = rangeOf(ws, r1, c1, r2, c2);
      let source: string | Excel.Range = op.sourceFormula !== null ? '=' + op.sourceFormula : op.values.join(',');
      if (op.listColumn !== null && op.values.length > 0) {
        const list = ws.getRangeByIndexes(0, op.listColumn, op.values.length, 1);
        list.numberFormat = op.values.map(() => ['@']);
        list.values = op.values.map((v) => [v]);
        list.columnHidden = true;
        source = list;
      }
      target.dataValidation.rule = { list: { inCellDropDown: true, source } };
      if (op.error)
        target.dataValidation.errorAlert = {
          showAlert: true,
          style: 'Stop',
          title: 'Giá trị không hợp lệ',
          message: op.error,
        };
      return;
    }
    case 'chart':
      applyChart(env.sheets[op.sheet], op.spec);
      return;
    case 'tabColor':
      env.sheets[op.sheet].tabColor = '#' + op.color.toUpperCase();
      return;
    case 'renameOld':
      byId(op.sheetId).name = op.to;
      return;
    case 'position':
      env.sheets[op.sheet].position = op.position;
      return;
    case 'renameNew':
      env.sheets[op.sheet].name = op.to;
      return;
  }
}
