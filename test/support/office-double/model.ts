/**
 * The workbook state behind the double: sheets, cells (value, formula, number format, format), merges,
 * column widths, freeze panes, page layout, charts, data validation, defined names, the active sheet.
 * Proxies change it only while a sync applies their queued commands.
 */
import { DoubleError } from './errors';
import { coerceEntry } from './coerce';
import {
  deleteSheetInFormula,
  evaluateFormula,
  isError,
  normalizeSheetQuoting,
  renameSheetInFormula,
  type CellValue,
} from './formula';
import {
  cellA1,
  colLetters,
  invalidArgument,
  MAX_COLS,
  nameKey,
  parseAddress,
  quoteSheet,
  rectA1,
  rectContains,
  rectsOverlap,
  type Rect,
} from './util';

// ------------------------------------------------------------------------------------------------ formats

export interface BorderModel {
  style: string;
  weight: string;
  color: string;
}

export interface FormatModel {
  readonly fontName: string;
  readonly fontSize: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fontColor: string;
  readonly fill: string | null;
  readonly hAlign: string;
  readonly vAlign: string;
  readonly wrap: boolean;
  readonly top: BorderModel | null;
  readonly bottom: BorderModel | null;
  readonly left: BorderModel | null;
  readonly right: BorderModel | null;
}

export type FormatKey = keyof FormatModel;

export const DEFAULT_FORMAT: FormatModel = Object.freeze({
  fontName: 'Calibri',
  fontSize: 11,
  bold: false,
  italic: false,
  fontColor: '#000000',
  fill: null,
  hAlign: 'General',
  vAlign: 'Bottom',
  wrap: false,
  top: null,
  bottom: null,
  left: null,
  right: null,
});

/** Formats are immutable and shared: a cell holds a reference; changing one property looks up the successor. */
const transitions = new WeakMap<FormatModel, Map<string, FormatModel>>();
const interned = new Map<string, FormatModel>([[JSON.stringify(DEFAULT_FORMAT), DEFAULT_FORMAT]]);

export function withFormat<K extends FormatKey>(f: FormatModel, key: K, value: FormatModel[K]): FormatModel {
  const tKey = `${key}=${JSON.stringify(value)}`;
  let m = transitions.get(f);
  if (!m) transitions.set(f, (m = new Map()));
  const hit = m.get(tKey);
  if (hit) return hit;
  const next = { ...f, [key]: value } as FormatModel;
  const full = JSON.stringify(next);
  let canon = interned.get(full);
  if (!canon) interned.set(full, (canon = Object.freeze(next)));
  m.set(tKey, canon);
  return canon;
}

/**
 * One change applied to the cells of a range: worked out once per distinct format there (a range holds few), not
 * once per cell — the double's writes of a whole summary spent most of their time in JSON.stringify.
 */
function successors(change: (f: FormatModel) => FormatModel): (f: FormatModel) => FormatModel {
  const seen = new Map<FormatModel, FormatModel>();
  return (f) => {
    let next = seen.get(f);
    if (!next) seen.set(f, (next = change(f)));
    return next;
  };
}

// -------------------------------------------------------------------------------------------------- cells

export interface CellModel {
  value: CellValue;
  /** With the leading '='; null for a constant. */
  formula: string | null;
  numberFormat: string;
  format: FormatModel;
}

export interface RangeRef {
  sheetId: string;
  rect: Rect;
}

export interface SeriesModel {
  name: string;
  values: RangeRef | null;
  xValues: RangeRef | null;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  title: string | null;
  series: SeriesModel[];
  legend: { position: string; visible: boolean };
  position: { start: Rect; end: Rect | null } | null;
}

export interface ListRule {
  inCellDropDown: boolean;
  source: string | RangeRef;
}

export interface ValidationModel {
  rect: Rect;
  rule: { list: ListRule } | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string } | null;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number | null; horizontalFitToPages?: number | null; verticalFitToPages?: number | null };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printTitleRows: string | null;
}

/** Excel's default column width: 8.43 characters = 64 px = 48 pt. */
export const DEFAULT_COLUMN_WIDTH = 48;

export class SheetModel {
  visibility = 'Visible';
  tabColor = '';
  showGridlines = true;
  readonly cells = new Map<number, CellModel>();
  merges: Rect[] = [];
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenCols = new Set<number>();
  freeze = { rows: 0, cols: 0 };
  pageLayout: PageLayoutModel = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printTitleRows: null,
  };
  charts: ChartModel[] = [];
  validations: ValidationModel[] = [];

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  static key(r: number, c: number): number {
    return r * MAX_COLS + c;
  }

  peek(r: number, c: number): CellModel | undefined {
    return this.cells.get(SheetModel.key(r, c));
  }

  cell(r: number, c: number): CellModel {
    const k = SheetModel.key(r, c);
    let cell = this.cells.get(k);
    if (!cell)
      this.cells.set(k, (cell = { value: null, formula: null, numberFormat: 'General', format: DEFAULT_FORMAT }));
    return cell;
  }

  *rectCells(rect: Rect): Generator<CellModel> {
    for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) yield this.cell(r, c);
  }

  /** Bounding box of cells with content (valuesOnly) or with anything set; null when the sheet is empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [k, cell] of this.cells) {
      if (valuesOnly && cell.value === null && cell.formula === null) continue;
      if (
        !valuesOnly &&
        cell.value === null &&
        cell.formula === null &&
        cell.numberFormat === 'General' &&
        cell.format === DEFAULT_FORMAT
      )
        continue;
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return r2 < 0 ? null : { r1, c1, r2, c2 };
  }
}

export type NameTarget = { kind: 'range'; sheetId: string; rect: Rect } | { kind: 'formula'; formula: string };

export interface NameModel {
  name: string;
  target: NameTarget;
  comment: string;
  visible: boolean;
}

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;

export function rangeRefA1(model: WorkbookModel, ref: RangeRef, absolute = true): string {
  const sheet = model.sheetById(ref.sheetId);
  return `${sheet ? quoteSheet(sheet.name) : '#REF'}!${rectA1(ref.rect, absolute)}`;
}

/** An event handler registered through the API (e.g. `worksheets.onChanged.add`), active once its request synced. */
export type EventHandler = (args: Record<string, unknown>) => unknown;

export class WorkbookModel {
  /** Handlers by event, e.g. `worksheets.onChanged`. */
  readonly events = new Map<string, Set<EventHandler>>();
  sheets: SheetModel[] = [];
  names: NameModel[] = [];
  activeSheetId: string | null = null;
  private nextSheet = 1;
  private nextChart = 1;
  private dirty = false;

  // ---------------------------------------------------------------------------------------- sheets

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    const k = nameKey(name);
    return this.sheets.find((s) => nameKey(s.name) === k);
  }

  /** Name rules of Excel: 1–31 characters, none of []:*?/\, not starting or ending with ', not "History", unique ignoring case. */
  checkSheetName(name: unknown, except?: SheetModel): string {
    if (typeof name !== 'string' || name.length === 0) throw invalidArgument('sheet name is empty');
    if (name.length > 31) throw invalidArgument(`sheet name longer than 31 characters: ${name}`);
    if (FORBIDDEN_SHEET_CHARS.test(name)) throw invalidArgument(`sheet name contains one of []:*?/\\: ${name}`);
    if (name.startsWith("'") || name.endsWith("'"))
      throw invalidArgument(`sheet name starts or ends with an apostrophe: ${name}`);
    if (nameKey(name) === 'HISTORY') throw invalidArgument('"History" is a reserved sheet name');
    const other = this.sheetByName(name);
    if (other && other !== except)
      throw new DoubleError('ItemAlreadyExists', `a sheet named "${other.name}" already exists`);
    return name;
  }

  addSheet(name?: string): SheetModel {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    this.checkSheetName(chosen);
    const sheet = new SheetModel(
      `{00000000-0001-0000-${String(this.nextSheet++).padStart(4, '0')}-000000000000}`,
      chosen,
    );
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (name === sheet.name) return;
    this.checkSheetName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    for (const s of this.sheets) {
      for (const cell of s.cells.values())
        if (cell.formula !== null) cell.formula = renameSheetInFormula(cell.formula, old, name);
    }
    for (const n of this.names)
      if (n.target.kind === 'formula') n.target.formula = renameSheetInFormula(n.target.formula, old, name);
    // As Excel does, a list validation whose source is a formula follows the renamed sheet.
    for (const s of this.sheets) {
      for (const v of s.validations) {
        const src = v.rule?.list.source;
        if (typeof src === 'string' && src.startsWith('='))
          v.rule!.list.source = '=' + renameSheetInFormula(src.slice(1), old, name);
      }
    }
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet)
      throw new DoubleError('InvalidOperation', 'a workbook must keep at least one visible sheet');
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    for (const s of this.sheets) {
      for (const cell of s.cells.values())
        if (cell.formula !== null) cell.formula = deleteSheetInFormula(cell.formula, sheet.name);
      for (const chart of s.charts) {
        for (const series of chart.series) {
          if (series.values?.sheetId === sheet.id) series.values = null;
          if (series.xValues?.sheetId === sheet.id) series.xValues = null;
        }
      }
    }
    for (const n of this.names) {
      if (n.target.kind === 'range' && n.target.sheetId === sheet.id)
        n.target = { kind: 'formula', formula: `=#REF!${rectA1(n.target.rect, true)}` };
      else if (n.target.kind === 'formula') n.target.formula = deleteSheetInFormula(n.target.formula, sheet.name);
    }
    if (this.activeSheetId === sheet.id) {
      const next =
        this.sheets.slice(index).find((s) => s.visibility === 'Visible') ??
        [...this.sheets].reverse().find((s) => s.visibility === 'Visible');
      this.activeSheetId = next ? next.id : null;
    }
    this.dirty = true;
  }

  moveSheet(sheet: SheetModel, position: unknown): void {
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw invalidArgument(`position ${String(position)} outside 0..${this.sheets.length - 1}`);
    }
    const from = this.sheets.indexOf(sheet);
    this.sheets.splice(from, 1);
    this.sheets.splice(position, 0, sheet);
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== 'Visible') throw new DoubleError('InvalidOperation', 'a hidden sheet cannot be activated');
    this.activeSheetId = sheet.id;
  }

  // ----------------------------------------------------------------------------------------- cells

  /** `Range.values` / `Range.formulas` set: 2-D array of the range's size (null = leave the cell) or one value for all. */
  writeCells(sheet: SheetModel, rect: Rect, data: unknown): void {
    this.forEachInput(rect, data, 'values', (r, c, input) => {
      const cell = sheet.cell(r, c);
      const entry = coerceEntry(input, cell.numberFormat === '@');
      if (entry.kind === 'clear') {
        cell.value = null;
        cell.formula = null;
      } else if (entry.kind === 'formula') {
        cell.formula = entry.formula;
        cell.value = null;
      } else {
        cell.value = entry.value;
        cell.formula = null;
      }
    });
    this.dirty = true;
  }

  writeNumberFormat(sheet: SheetModel, rect: Rect, data: unknown): void {
    this.forEachInput(rect, data, 'numberFormat', (r, c, input) => {
      if (typeof input !== 'string') throw invalidArgument(`number format must be text, got ${typeof input}`);
      sheet.cell(r, c).numberFormat = input === '' ? 'General' : input;
    });
  }

  private forEachInput(
    rect: Rect,
    data: unknown,
    what: string,
    fn: (r: number, c: number, input: unknown) => void,
  ): void {
    const rows = rect.r2 - rect.r1 + 1;
    const cols = rect.c2 - rect.c1 + 1;
    if (data === null || data === undefined) throw invalidArgument(`${what} cannot be set to null`);
    if (!Array.isArray(data)) {
      for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) fn(r, c, data);
      return;
    }
    if (data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw invalidArgument(
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${rows}×${cols})`,
      );
    }
    (data as unknown[][]).forEach((row, dr) =>
      row.forEach((input, dc) => {
        if (input !== null && input !== undefined) fn(rect.r1 + dr, rect.c1 + dc, input);
      }),
    );
  }

  static shownValue(v: CellValue): number | string | boolean {
    if (v === null) return '';
    if (isError(v)) return v.error;
    return v;
  }

  readValues(sheet: SheetModel, rect: Rect): (number | string | boolean)[][] {
    return this.grid(rect, (r, c) => WorkbookModel.shownValue(sheet.peek(r, c)?.value ?? null));
  }

  readFormulas(sheet: SheetModel, rect: Rect): (number | string | boolean)[][] {
    return this.grid(rect, (r, c) => {
      const cell = sheet.peek(r, c);
      return cell?.formula ?? WorkbookModel.shownValue(cell?.value ?? null);
    });
  }

  readNumberFormat(sheet: SheetModel, rect: Rect): string[][] {
    return this.grid(rect, (r, c) => sheet.peek(r, c)?.numberFormat ?? 'General');
  }

  private grid<T>(rect: Rect, fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row: T[] = [];
      for (let c = rect.c1; c <= rect.c2; c++) row.push(fn(r, c));
      out.push(row);
    }
    return out;
  }

  setFormat<K extends FormatKey>(sheet: SheetModel, rect: Rect, key: K, value: FormatModel[K]): void {
    const next = successors((f) => withFormat(f, key, value));
    for (const cell of sheet.rectCells(rect)) cell.format = next(cell.format);
  }

  /** The common value of a format property over a range, or null when the cells differ. */
  readFormat<K extends FormatKey>(sheet: SheetModel, rect: Rect, key: K): FormatModel[K] | null {
    let first: FormatModel[K] | undefined;
    for (let r = rect.r1; r <= rect.r2; r++) {
      for (let c = rect.c1; c <= rect.c2; c++) {
        const v = (sheet.peek(r, c)?.format ?? DEFAULT_FORMAT)[key];
        if (first === undefined) first = v;
        else if (JSON.stringify(first) !== JSON.stringify(v)) return null;
      }
    }
    return first ?? null;
  }

  /** One border property on the edges `edge` names (EdgeTop…InsideHorizontal), as Excel applies it to cells. */
  setBorder(sheet: SheetModel, rect: Rect, edge: string, prop: keyof BorderModel, value: string): void {
    const sides: Array<{ cells: Rect | null; side: 'top' | 'bottom' | 'left' | 'right' }> = [];
    const { r1, c1, r2, c2 } = rect;
    switch (edge) {
      case 'EdgeTop':
        sides.push({ cells: { r1, c1, r2: r1, c2 }, side: 'top' });
        break;
      case 'EdgeBottom':
        sides.push({ cells: { r1: r2, c1, r2, c2 }, side: 'bottom' });
        break;
      case 'EdgeLeft':
        sides.push({ cells: { r1, c1, r2, c2: c1 }, side: 'left' });
        break;
      case 'EdgeRight':
        sides.push({ cells: { r1, c1: c2, r2, c2 }, side: 'right' });
        break;
      case 'InsideHorizontal':
        if (r2 > r1) {
          sides.push({ cells: { r1, c1, r2: r2 - 1, c2 }, side: 'bottom' });
          sides.push({ cells: { r1: r1 + 1, c1, r2, c2 }, side: 'top' });
        }
        break;
      case 'InsideVertical':
        if (c2 > c1) {
          sides.push({ cells: { r1, c1, r2, c2: c2 - 1 }, side: 'right' });
          sides.push({ cells: { r1, c1: c1 + 1, r2, c2 }, side: 'left' });
        }
        break;
      case 'DiagonalDown':
      case 'DiagonalUp':
        return;
      default:
        throw invalidArgument(`unknown border index ${edge}`);
    }
    for (const { cells, side } of sides) {
      if (!cells) continue;
      const next = successors((f) =>
        withFormat(f, side, { ...(f[side] ?? { style: 'None', weight: 'Thin', color: '#000000' }), [prop]: value }),
      );
      for (const cell of sheet.rectCells(cells)) cell.format = next(cell.format);
    }
  }

  readBorder(sheet: SheetModel, rect: Rect, edge: string, prop: keyof BorderModel): string | null {
    const side = ({ EdgeTop: 'top', EdgeBottom: 'bottom', EdgeLeft: 'left', EdgeRight: 'right' } as const)[
      edge as 'EdgeTop'
    ];
    if (!side) return null;
    const edgeRect =
      side === 'top'
        ? { ...rect, r2: rect.r1 }
        : side === 'bottom'
          ? { ...rect, r1: rect.r2 }
          : side === 'left'
            ? { ...rect, c2: rect.c1 }
            : { ...rect, c1: rect.c2 };
    let first: string | null | undefined;
    for (let r = edgeRect.r1; r <= edgeRect.r2; r++) {
      for (let c = edgeRect.c1; c <= edgeRect.c2; c++) {
        const b = (sheet.peek(r, c)?.format ?? DEFAULT_FORMAT)[side];
        const v = b ? b[prop] : prop === 'style' ? 'None' : prop === 'weight' ? 'Thin' : '#000000';
        if (first === undefined) first = v;
        else if (first !== v) return null;
      }
    }
    return first ?? null;
  }

  merge(sheet: SheetModel, rect: Rect, across: boolean): void {
    const areas: Rect[] = across
      ? Array.from({ length: rect.r2 - rect.r1 + 1 }, (_, i) => ({ ...rect, r1: rect.r1 + i, r2: rect.r1 + i }))
      : [rect];
    for (const area of areas) {
      if (area.r1 === area.r2 && area.c1 === area.c2) continue;
      for (const m of sheet.merges) {
        if (rectsOverlap(m, area) && !rectContains(area, m)) {
          throw new DoubleError(
            'InvalidOperation',
            `merge ${rectA1(area)} overlaps part of the merged area ${rectA1(m)}`,
          );
        }
      }
      sheet.merges = sheet.merges.filter((m) => !rectContains(area, m));
      sheet.merges.push(area);
      // Excel keeps the upper-left value only.
      for (let r = area.r1; r <= area.r2; r++) {
        for (let c = area.c1; c <= area.c2; c++) {
          if (r === area.r1 && c === area.c1) continue;
          const cell = sheet.peek(r, c);
          if (cell) {
            cell.value = null;
            cell.formula = null;
          }
        }
      }
    }
    this.dirty = true;
  }

  unmerge(sheet: SheetModel, rect: Rect): void {
    sheet.merges = sheet.merges.filter((m) => !rectsOverlap(m, rect));
  }

  // ----------------------------------------------------------------------------------------- names

  nameByName(name: string): NameModel | undefined {
    const k = nameKey(name);
    return this.names.find((n) => nameKey(n.name) === k);
  }

  /** Defined-name rules: starts with a letter, _ or \, then letters, digits, _ . \; ≤ 255; not a cell reference; unique. */
  addName(name: unknown, target: NameTarget, comment: unknown): NameModel {
    if (typeof name !== 'string' || !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255)
      throw invalidArgument(`invalid name ${String(name)}`);
    if (/^[A-Za-z]{1,3}\d{1,7}$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name))
      throw invalidArgument(`name looks like a reference: ${name}`);
    if (this.nameByName(name)) throw new DoubleError('ItemAlreadyExists', `the name ${name} already exists`);
    const text = comment === undefined || comment === null ? '' : comment;
    if (typeof text !== 'string' || text.length > 255)
      throw invalidArgument('a name comment is limited to 255 characters');
    const item: NameModel = { name, target, comment: text, visible: true };
    this.names.push(item);
    return item;
  }

  /** A name's reference given as text (`=Sheet!$A$1`, `='My sheet'!A1:B2`, `=#REF!$A$1`, any formula). */
  nameTargetFromText(reference: string): NameTarget {
    const text = reference.startsWith('=') ? reference.slice(1) : reference;
    const addr = parseAddress(text);
    if (addr && addr.sheet !== null) {
      const sheet = this.sheetByName(addr.sheet);
      if (sheet) return { kind: 'range', sheetId: sheet.id, rect: addr.rect };
    }
    return { kind: 'formula', formula: '=' + normalizeSheetQuoting(text) };
  }

  nameFormula(n: NameModel): string {
    if (n.target.kind === 'formula') return n.target.formula;
    return '=' + rangeRefA1(this, { sheetId: n.target.sheetId, rect: n.target.rect });
  }

  deleteName(n: NameModel): void {
    this.names = this.names.filter((x) => x !== n);
  }

  // ---------------------------------------------------------------------------------------- charts

  addChart(sheet: SheetModel, type: string, source: RangeRef, seriesBy: string): ChartModel {
    const byRows =
      seriesBy === 'Rows' || (seriesBy === 'Auto' && source.rect.c2 - source.rect.c1 > source.rect.r2 - source.rect.r1);
    const series: SeriesModel[] = [];
    const count = byRows ? source.rect.r2 - source.rect.r1 + 1 : source.rect.c2 - source.rect.c1 + 1;
    for (let i = 0; i < count; i++) {
      const rect = byRows
        ? { ...source.rect, r1: source.rect.r1 + i, r2: source.rect.r1 + i }
        : { ...source.rect, c1: source.rect.c1 + i, c2: source.rect.c1 + i };
      series.push({ name: `Series${i + 1}`, values: { sheetId: source.sheetId, rect }, xValues: null });
    }
    const chart: ChartModel = {
      id: `{C0000000-0000-0000-0000-${String(this.nextChart).padStart(12, '0')}}`,
      name: `Chart ${this.nextChart++}`,
      type,
      title: null,
      series,
      legend: { position: 'Right', visible: true },
      position: null,
    };
    sheet.charts.push(chart);
    return chart;
  }

  // ----------------------------------------------------------------------------------- calculation

  markDirty(): void {
    this.dirty = true;
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /** Recomputes every formula (a full calculation; circular references read as 0). */
  recalc(): void {
    const memo = new Map<string, CellValue>();
    const busy = new Set<string>();
    const byId = new Map(this.sheets.map((s) => [s.id, s] as const));
    const host = {
      sheetId: (name: string | null): string | null => (name === null ? null : (this.sheetByName(name)?.id ?? null)),
      value: (sheetId: string, r: number, c: number): CellValue => {
        const sheet = byId.get(sheetId);
        const cell = sheet?.peek(r, c);
        if (!sheet || !cell) return null;
        if (cell.formula === null) return cell.value;
        return compute(sheet, r, c, cell);
      },
    };
    const compute = (sheet: SheetModel, r: number, c: number, cell: CellModel): CellValue => {
      const k = `${sheet.id}|${r}|${c}`;
      const hit = memo.get(k);
      if (hit !== undefined) return hit;
      if (busy.has(k)) return 0;
      busy.add(k);
      const v = evaluateFormula(cell.formula as string, sheet.id, host);
      busy.delete(k);
      memo.set(k, v);
      cell.value = v;
      return v;
    };
    for (const sheet of this.sheets) {
      for (const [k, cell] of sheet.cells) {
        if (cell.formula !== null) compute(sheet, Math.floor(k / MAX_COLS), k % MAX_COLS, cell);
      }
    }
    this.dirty = false;
  }

  // -------------------------------------------------------------------------------------- snapshot

  /** Plain data of everything the double keeps, for deep comparison in tests. */
  snapshot(): WorkbookSnapshot {
    return {
      sheets: this.sheets.map((s, i) => this.sheetSnapshot(s, i)),
      names: this.names
        .map((n) => ({ name: n.name, formula: this.nameFormula(n), comment: n.comment, visible: n.visible }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
      activeSheet: this.activeSheetId ? (this.sheetById(this.activeSheetId)?.name ?? null) : null,
    };
  }

  sheetSnapshot(s: SheetModel, position = this.sheets.indexOf(s)): SheetSnapshot {
    const cells: Record<string, CellSnapshot> = {};
    const keys = [...s.cells.keys()].sort((a, b) => a - b);
    for (const k of keys) {
      const cell = s.cells.get(k) as CellModel;
      if (
        cell.value === null &&
        cell.formula === null &&
        cell.numberFormat === 'General' &&
        cell.format === DEFAULT_FORMAT
      )
        continue;
      cells[cellA1(Math.floor(k / MAX_COLS), k % MAX_COLS)] = {
        value: cell.value,
        formula: cell.formula,
        numberFormat: cell.numberFormat,
        format: cell.format,
      };
    }
    const widths: Record<string, number> = {};
    for (const c of [...s.colWidths.keys()].sort((a, b) => a - b)) widths[colLetters(c)] = s.colWidths.get(c) as number;
    const ref = (r: RangeRef | null): string | null => (r ? rangeRefA1(this, r) : null);
    const heights: Record<string, number> = {};
    for (const r of [...s.rowHeights.keys()].sort((a, b) => a - b))
      heights[String(r + 1)] = s.rowHeights.get(r) as number;
    return {
      id: s.id,
      name: s.name,
      position,
      visibility: s.visibility,
      tabColor: s.tabColor,
      showGridlines: s.showGridlines,
      cells,
      merges: s.merges.map((m) => rectA1(m)).sort(),
      columnWidths: widths,
      rowHeights: heights,
      hiddenColumns: [...s.hiddenCols].sort((a, b) => a - b).map(colLetters),
      freeze: { ...s.freeze },
      pageLayout: JSON.parse(JSON.stringify(s.pageLayout)) as PageLayoutModel,
      charts: s.charts.map((c) => ({
        name: c.name,
        type: c.type,
        title: c.title,
        legend: { ...c.legend },
        position: c.position
          ? { start: rectA1(c.position.start), end: c.position.end ? rectA1(c.position.end) : null }
          : null,
        series: c.series.map((x) => ({ name: x.name, values: ref(x.values), xValues: ref(x.xValues) })),
      })),
      validations: s.validations.map((v) => ({
        range: rectA1(v.rect),
        list: v.rule
          ? {
              inCellDropDown: v.rule.list.inCellDropDown,
              source:
                typeof v.rule.list.source === 'string'
                  ? v.rule.list.source
                  : '=' + rangeRefA1(this, v.rule.list.source),
            }
          : null,
        errorAlert: v.errorAlert ? { ...v.errorAlert } : null,
      })),
    };
  }
}

export interface CellSnapshot {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  format: FormatModel;
}

export interface SheetSnapshot {
  id: string;
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  cells: Record<string, CellSnapshot>;
  merges: string[];
  columnWidths: Record<string, number>;
  /** One-based row number → height in points, for rows whose height was set. */
  rowHeights: Record<string, number>;
  hiddenColumns: string[];
  freeze: { rows: number; cols: number };
  pageLayout: PageLayoutModel;
  charts: Array<{
    name: string;
    type: string;
    title: string | null;
    legend: { position: string; visible: boolean };
    position: { start: string; end: string | null } | null;
    series: Array<{ name: string; values: string | null; xValues: string | null }>;
  }>;
  validations: Array<{
    range: string;
    list: { inCellDropDown: boolean; source: string } | null;
    errorAlert: { showAlert: boolean; style: string; title: string; message: string } | null;
  }>;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: Array<{ name: string; formula: string; comment: string; visible: boolean }>;
  activeSheet: string | null;
}
