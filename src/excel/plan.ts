/**
 * Plans how a layout is written through Office.js (kế hoạch ghi): the commands, grouped into requests
 * ("blocks", one `context.sync()` each) that stay under a payload budget.
 *
 * Payload estimate. A request's body is the JSON office.js sends: one action per queued command, with its
 * arguments as given (a 2-D `formulas` array goes in whole), plus the object paths the actions use. For each
 * block the planner adds up, as an upper bound:
 *   - the exact UTF-8 size of every argument that carries data — each row of the `formulas` and
 *     `numberFormat` arrays is measured with JSON.stringify, plus commas and brackets;
 *   - COMMAND_BYTES (400) per other command (an action is about 90 bytes, a new object path about 120);
 *   - RANGE_BYTES (800) per range the op creates (getRangeByIndexes / getRanges and its parent paths),
 *     and AREA_ADDRESS_BYTES (24) per rectangle in a RangeAreas address;
 *   - REQUEST_BASE_BYTES (2,000) per request (envelope, the two suspend calls).
 * A block is closed before it would pass `maxRequestBytes` (4,000,000 by default, a fifth under Excel on the
 * web's 5 MB limit). Large tables are cut by rows (a lone row wider than a request, by columns); each chunk
 * carries the formats of its own rows, so nothing depends on a later request.
 *
 * Formats: within a chunk, cells of one style are gathered into rectangles (runs along a row, extended down
 * while the next row has the same run), and all rectangles of a style become one RangeAreas
 * (`Worksheet.getRanges("A8:A57,C8:M57")`, at most MAX_AREAS each) that gets the style's commands once. A
 * bordered style is grouped by shape as well (one row or more, one column or more), so each RangeAreas gets
 * exactly the edges its areas have.
 */
import { a1 } from '../core/cell-address';
import type { CellStyle, ChartSpec, LayoutCell, LayoutSheet, LayoutWorkbook, PrintSetup } from '../core/layout';
import { alertMessage, listColumns } from '../core/list-sources';
import { rewriteSheetRefs } from './sheet-names';

export const MAX_REQUEST_BYTES = 4_000_000;
export const COMMAND_BYTES = 400;
export const RANGE_BYTES = 800;
export const REQUEST_BASE_BYTES = 2_000;
/** Excel keeps at most 32,767 characters in a cell. */
export const MAX_CELL_TEXT = 32_767;
/** Areas per RangeAreas (`getRanges`), kept small as the docs advise against huge RangeAreas. */
export const MAX_AREAS = 100;
/** Upper bound of one area's share of a RangeAreas address (`XFD1048576:XFD1048576,`). */
export const AREA_ADDRESS_BYTES = 24;

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** What goes into `Range.formulas` for one cell: a constant, a formula ('=…'), or null (leave the cell). */
export type CellInput = number | string | boolean | null;

export type Op = { bytes: number } & (
  | { kind: 'create'; sheet: number; tempName: string; markerName: string; markerComment: string }
  | {
      kind: 'cells';
      sheet: number;
      row: number;
      col: number;
      formulas: CellInput[][];
      numberFormats: (string | null)[][];
    }
  | { kind: 'format'; sheet: number; areas: Rect[]; style: CellStyle; edges: string[] }
  | { kind: 'merge'; sheet: number; rect: Rect }
  | { kind: 'widths'; sheet: number; col: number; count: number; points: number }
  | { kind: 'height'; sheet: number; row: number; points: number }
  | { kind: 'freeze'; sheet: number; rows: number; cols: number }
  | { kind: 'print'; sheet: number; setup: PrintSetup }
  | {
      kind: 'validation';
      sheet: number;
      rect: Rect;
      values: string[];
      error: string | null;
      listColumn: number | null;
      sourceFormula: string | null;
    }
  | { kind: 'chart'; sheet: number; spec: ChartSpec }
  | { kind: 'tabColor'; sheet: number; color: string }
  | { kind: 'renameOld'; sheetId: string; to: string }
  | { kind: 'position'; sheet: number; position: number }
  | { kind: 'renameNew'; sheet: number; to: string }
);

export interface PlannedBlock {
  ops: Op[];
  /** Estimated request size (an upper bound of what office.js sends). */
  bytes: number;
}

export interface NewSheetSetup {
  tempName: string;
  markerName: string;
  markerComment: string;
}

export interface PlanSetup {
  /** One per layout sheet, same order. */
  sheets: NewSheetSetup[];
  /** Sheet name a layout formula's `Name!` prefix must point to (the new sheet's temporary name), or null to leave it. */
  refTarget(sheetName: string): string | null;
  /** Ops appended after all content, in order (none by default; the writer renames in its final request). */
  commit?: Op[];
  maxRequestBytes?: number;
}

export const DEFAULT_FONT = 'Times New Roman';
export const DEFAULT_FONT_SIZE = 12;

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const jsonBytes = (v: unknown): number => utf8Length(JSON.stringify(v));

/**
 * Column width in points for a width in characters as the file writer stores it (OOXML `<col width>`):
 * pixels = trunc((256·w + trunc(128/7)) / 256 · 7) for Calibri 11's 7-pixel digit, points = pixels · 3/4.
 */
export function columnWidthPoints(chars: number): number {
  const px = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return (px * 3) / 4;
}

/** Border edges a thin all-round border needs on a rows × cols rectangle. */
export function borderEdges(rows: number, cols: number): string[] {
  const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (rows > 1) edges.push('InsideHorizontal');
  if (cols > 1) edges.push('InsideVertical');
  return edges;
}

/** Commands one style costs on one Range/RangeAreas (font 4, colour, fill, alignments, wrap, 3 per border edge). */
function styleCommands(s: CellStyle, edges: number): number {
  return (
    4 +
    (s.color ? 1 : 0) +
    (s.fill ? 1 : 0) +
    (s.hAlign ? 1 : 0) +
    (s.vAlign ? 1 : 0) +
    (s.wrap ? 1 : 0) +
    (s.border ? 3 * edges : 0)
  );
}

export function rectA1(r: Rect): string {
  const a = a1(r.r1, r.c1);
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${a1(r.r2, r.c2)}`;
}

/** The value written for a layout cell: text as text, a formula with its sheet references pointed at the new sheets. */
export function cellInput(cell: LayoutCell, rewrite: (formula: string) => string): CellInput {
  if (cell.f !== undefined) return '=' + rewrite(cell.f.replace(/^=/, ''));
  const v = cell.v;
  if (typeof v === 'number' && !Number.isFinite(v)) return '#NUM!';
  return v;
}

/**
 * The number format written with a cell. Text gets '@' (Text), set in the same request before the value,
 * so Excel keeps it exactly — a leading =, +, - or @ is not a formula, and `01`, `1.234`, `15/12/2023`, `TRUE`
 * stay text instead of turning into numbers, dates or booleans in the user's locale. Formulas never get '@'
 * (Excel would store them as text).
 */
export function cellNumberFormat(cell: LayoutCell, style: CellStyle): string {
  if (cell.f !== undefined) return style.numFmt && style.numFmt !== '@' ? style.numFmt : 'General';
  if (typeof cell.v === 'string') return '@';
  if (typeof cell.v === 'number' && !Number.isFinite(cell.v)) return 'General';
  return style.numFmt ?? 'General';
}

interface Row {
  formulas: CellInput[];
  numberFormats: (string | null)[];
  /** Style key per cell; undefined where the row has no cell (padding). */
  keys: (string | undefined)[];
  bytes: number;
}

interface OpenRect extends Rect {
  key: string;
}

/** A rectangle of rows being gathered into one `cells` op plus one `format` op per style (and shape). */
class Chunk {
  rows = 0;
  readonly formulas: CellInput[][] = [];
  readonly numberFormats: (string | null)[][] = [];
  private dataBytes = 0;
  readonly rects: OpenRect[] = [];
  private open = new Map<string, OpenRect>();
  /** Rectangles per format group (style key and, for bordered styles, shape). */
  private groups = new Map<string, number>();

  constructor(
    readonly row: number,
    readonly col: number,
    readonly styles: Record<string, CellStyle>,
  ) {}

  private runs(r: Row): Array<{ c1: number; c2: number; key: string }> {
    const out: Array<{ c1: number; c2: number; key: string }> = [];
    r.keys.forEach((key, i) => {
      if (key === undefined) return;
      const last = out[out.length - 1];
      if (last && last.key === key && last.c2 === i - 1) last.c2 = i;
      else out.push({ c1: i, c2: i, key });
    });
    return out;
  }

  private static runKey(run: { c1: number; c2: number; key: string }): string {
    return `${run.c1}:${run.c2}:${run.key}`;
  }

  styleOf(key: string): CellStyle {
    return key === '' ? {} : this.styles[key];
  }

  /** Format group of a rectangle: the style, and for a bordered style whether it spans several rows / columns. */
  private group(key: string, rows: number, cols: number): string {
    return this.styleOf(key).border ? `${key}|${rows > 1 ? 'R' : 'r'}${cols > 1 ? 'C' : 'c'}` : `${key}|-`;
  }

  private groupEdges(group: string): string[] {
    const shape = group.slice(group.lastIndexOf('|') + 1);
    return shape === '-' ? [] : borderEdges(shape[0] === 'R' ? 2 : 1, shape[1] === 'C' ? 2 : 1);
  }

  private groupBytes(group: string, count: number): number {
    const style = this.styleOf(group.slice(0, group.lastIndexOf('|')));
    return (
      Math.ceil(count / MAX_AREAS) * (RANGE_BYTES + COMMAND_BYTES * styleCommands(style, this.groupEdges(group).length))
    );
  }

  /** Group counts and rectangle count after adding `r` (without changing the chunk). */
  private simulate(r: Row, commit: boolean): { groups: Map<string, number>; rects: number } {
    const groups = commit ? this.groups : new Map(this.groups);
    const bump = (g: string, d: number): void => {
      const n = (groups.get(g) ?? 0) + d;
      if (n === 0) groups.delete(g);
      else groups.set(g, n);
    };
    const rowIndex = this.row + this.rows;
    const next = new Map<string, OpenRect>();
    let rects = this.rects.length;
    for (const run of this.runs(r)) {
      const k = Chunk.runKey(run);
      const open = this.open.get(k);
      const cols = run.c2 - run.c1 + 1;
      if (open) {
        const rows = open.r2 - open.r1 + 1;
        bump(this.group(run.key, rows, cols), -1);
        bump(this.group(run.key, rows + 1, cols), 1);
        if (commit) {
          open.r2 = rowIndex;
          next.set(k, open);
        }
      } else {
        bump(this.group(run.key, 1, cols), 1);
        rects++;
        if (commit) {
          const rect = { r1: rowIndex, c1: this.col + run.c1, r2: rowIndex, c2: this.col + run.c2, key: run.key };
          this.rects.push(rect);
          next.set(k, rect);
        }
      }
    }
    if (commit) this.open = next;
    return { groups, rects };
  }

  private bytesOf(dataBytes: number, state: { groups: Map<string, number>; rects: number }): number {
    let formats = state.rects * AREA_ADDRESS_BYTES;
    for (const [g, n] of state.groups) formats += this.groupBytes(g, n);
    return RANGE_BYTES + 2 * COMMAND_BYTES + 4 + dataBytes + formats;
  }

  /** Request bytes this chunk costs (cells op and format ops) with `r` added. */
  costWith(r: Row): number {
    return this.bytesOf(this.dataBytes + r.bytes + (this.rows > 0 ? 2 : 0), this.simulate(r, false));
  }

  add(r: Row): void {
    this.simulate(r, true);
    this.dataBytes += r.bytes + (this.rows > 0 ? 2 : 0);
    this.formulas.push(r.formulas);
    this.numberFormats.push(r.numberFormats);
    this.rows++;
  }

  ops(sheet: number): Op[] {
    if (this.rows === 0) return [];
    const cellsBytes = RANGE_BYTES + 2 * COMMAND_BYTES + 4 + this.dataBytes;
    const out: Op[] = [
      {
        kind: 'cells',
        sheet,
        row: this.row,
        col: this.col,
        formulas: this.formulas,
        numberFormats: this.numberFormats,
        bytes: cellsBytes,
      },
    ];
    const byGroup = new Map<string, Rect[]>();
    for (const r of this.rects) {
      const g = this.group(r.key, r.r2 - r.r1 + 1, r.c2 - r.c1 + 1);
      const list = byGroup.get(g) ?? [];
      list.push({ r1: r.r1, c1: r.c1, r2: r.r2, c2: r.c2 });
      byGroup.set(g, list);
    }
    for (const [g, rects] of byGroup) {
      const style = this.styleOf(g.slice(0, g.lastIndexOf('|')));
      const edges = style.border ? this.groupEdges(g) : [];
      for (let i = 0; i < rects.length; i += MAX_AREAS) {
        const areas = rects.slice(i, i + MAX_AREAS);
        const bytes =
          RANGE_BYTES + COMMAND_BYTES * styleCommands(style, edges.length) + AREA_ADDRESS_BYTES * areas.length;
        out.push({ kind: 'format', sheet, areas, style, edges, bytes });
      }
    }
    return out;
  }
}

class Packer {
  readonly blocks: PlannedBlock[] = [];
  private cur: PlannedBlock = { ops: [], bytes: REQUEST_BASE_BYTES };
  constructor(readonly budget: number) {}

  fits(bytes: number): boolean {
    return this.cur.bytes + bytes <= this.budget;
  }
  get empty(): boolean {
    return this.cur.ops.length === 0;
  }
  push(op: Op): void {
    if (!this.fits(op.bytes) && !this.empty) this.flush();
    if (!this.fits(op.bytes))
      throw new Error(`writer: one ${op.kind} command set needs ${op.bytes} bytes, more than a request may carry`);
    this.cur.ops.push(op);
    this.cur.bytes += op.bytes;
  }
  flush(): void {
    if (this.empty) return;
    this.blocks.push(this.cur);
    this.cur = { ops: [], bytes: REQUEST_BASE_BYTES };
  }
  finish(): PlannedBlock[] {
    this.flush();
    return this.blocks;
  }
}

function buildRow(
  cells: LayoutCell[],
  width: number,
  styles: Record<string, CellStyle>,
  rewrite: (f: string) => string,
  sheetName: string,
): Row {
  const formulas: CellInput[] = [];
  const numberFormats: (string | null)[] = [];
  const keys: (string | undefined)[] = [];
  for (let c = 0; c < width; c++) {
    const cell = cells[c];
    if (cell === undefined || cell === null) {
      formulas.push(null);
      numberFormats.push(null);
      keys.push(undefined);
      continue;
    }
    const key = cell.s ?? '';
    const style = key === '' ? {} : styles[key];
    if (style === undefined) throw new Error(`layout: unknown style "${key}" in sheet "${sheetName}"`);
    formulas.push(cellInput(cell, rewrite));
    numberFormats.push(cellNumberFormat(cell, style));
    keys.push(key);
  }
  return { formulas, numberFormats, keys, bytes: jsonBytes(formulas) + jsonBytes(numberFormats) };
}

function sliceRow(r: Row, from: number, to: number): Row {
  const formulas = r.formulas.slice(from, to);
  const numberFormats = r.numberFormats.slice(from, to);
  return {
    formulas,
    numberFormats,
    keys: r.keys.slice(from, to),
    bytes: jsonBytes(formulas) + jsonBytes(numberFormats),
  };
}

function planCells(
  packer: Packer,
  sheet: number,
  layoutSheet: LayoutSheet,
  styles: Record<string, CellStyle>,
  rewrite: (f: string) => string,
): void {
  for (const block of layoutSheet.blocks) {
    const width = block.cells.reduce((m, r) => Math.max(m, r.length), 0);
    if (width === 0) continue;
    let chunk = new Chunk(block.row, block.col, styles);
    const emit = (): void => {
      if (chunk.rows > 0) for (const op of chunk.ops(sheet)) packer.push(op);
    };
    block.cells.forEach((cells, i) => {
      const row = buildRow(cells, width, styles, rewrite, layoutSheet.name);
      if (packer.fits(chunk.costWith(row))) {
        chunk.add(row);
        return;
      }
      emit();
      chunk = new Chunk(block.row + i, block.col, styles);
      if (!packer.fits(chunk.costWith(row))) packer.flush();
      if (packer.fits(chunk.costWith(row))) {
        chunk.add(row);
        return;
      }
      // One row wider than a whole request: write it in column pieces, each its own chunk.
      let from = 0;
      while (from < width) {
        let to = from + 1;
        while (to < width && packer.fits(new Chunk(0, 0, styles).costWith(sliceRow(row, from, to + 1)))) to++;
        const piece = new Chunk(block.row + i, block.col + from, styles);
        piece.add(sliceRow(row, from, to));
        for (const op of piece.ops(sheet)) packer.push(op);
        packer.flush();
        from = to;
      }
      chunk = new Chunk(block.row + i + 1, block.col, styles);
    });
    emit();
  }
}

function planFinish(packer: Packer, sheet: number, s: LayoutSheet, rewrite: (f: string) => string): void {
  for (const m of s.merges) {
    if (m.r1 === m.r2 && m.c1 === m.c2) continue;
    packer.push({
      kind: 'merge',
      sheet,
      rect: { r1: m.r1, c1: m.c1, r2: m.r2, c2: m.c2 },
      bytes: RANGE_BYTES + COMMAND_BYTES,
    });
  }
  for (let c = 0; c < s.widths.length;) {
    const w = s.widths[c];
    let end = c;
    while (end + 1 < s.widths.length && s.widths[end + 1] === w) end++;
    if (w > 0)
      packer.push({
        kind: 'widths',
        sheet,
        col: c,
        count: end - c + 1,
        points: columnWidthPoints(w),
        bytes: RANGE_BYTES + 2 * COMMAND_BYTES,
      });
    c = end + 1;
  }
  for (const [r, h] of Object.entries(s.heights ?? {}))
    packer.push({ kind: 'height', sheet, row: Number(r), points: h, bytes: RANGE_BYTES + COMMAND_BYTES });
  if (s.freeze && (s.freeze.rows > 0 || s.freeze.cols > 0)) {
    packer.push({
      kind: 'freeze',
      sheet,
      rows: s.freeze.rows,
      cols: s.freeze.cols,
      bytes: RANGE_BYTES + 2 * COMMAND_BYTES,
    });
  }
  if (s.print) packer.push({ kind: 'print', sheet, setup: s.print, bytes: 12 * COMMAND_BYTES });
  const columns = listColumns(s);
  for (const [i, v] of (s.validations ?? []).entries()) {
    const own = columns[i];
    const bytes = 3 * RANGE_BYTES + 6 * COMMAND_BYTES + 2 * jsonBytes(v.values) + utf8Length(v.error ?? '') * 2 + 200;
    const error = alertMessage(v) ?? null;
    const sourceFormula = v.sourceFormula !== undefined ? rewrite(v.sourceFormula) : null;
    packer.push({
      kind: 'validation',
      sheet,
      rect: { r1: v.r1, c1: v.c1, r2: v.r2, c2: v.c2 },
      values: v.values,
      error,
      listColumn: own,
      sourceFormula,
      bytes,
    });
  }
  for (const spec of s.charts ?? []) {
    const n = spec.series.length;
    const bytes =
      RANGE_BYTES * (3 + 2 * n) +
      COMMAND_BYTES * (8 + 4 * n) +
      utf8Length(spec.title) +
      spec.series.reduce((t, x) => t + utf8Length(x.name), 0);
    packer.push({ kind: 'chart', sheet, spec, bytes });
  }
  if (s.tabColor) packer.push({ kind: 'tabColor', sheet, color: s.tabColor, bytes: COMMAND_BYTES });
}

/**
 * The whole write, in requests: creating every new sheet (with its marker) first, then each sheet's cells,
 * formats and finishing touches (merges, widths, freeze panes, printing, validation, charts, tab colour).
 */
export function planWrite(layout: LayoutWorkbook, setup: PlanSetup): PlannedBlock[] {
  const budget = Math.min(setup.maxRequestBytes ?? MAX_REQUEST_BYTES, MAX_REQUEST_BYTES);
  const packer = new Packer(budget);
  const rewrite = (f: string): string => rewriteSheetRefs(f, setup.refTarget);
  layout.sheets.forEach((_, i) => {
    const s = setup.sheets[i];
    const bytes =
      4 * COMMAND_BYTES + RANGE_BYTES + utf8Length(s.tempName) + utf8Length(s.markerName) + utf8Length(s.markerComment);
    packer.push({
      kind: 'create',
      sheet: i,
      tempName: s.tempName,
      markerName: s.markerName,
      markerComment: s.markerComment,
      bytes,
    });
  });
  layout.sheets.forEach((sheet, i) => {
    planCells(packer, i, sheet, layout.styles, rewrite);
    planFinish(packer, i, sheet, rewrite);
  });
  for (const op of setup.commit ?? []) packer.push(op);
  return packer.finish();
}
