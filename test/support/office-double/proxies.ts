/**
 * Proxy objects of the double, mirroring office.js: every property set or method call only queues a command
 * on the request context; `context.sync()` sends the queue (see double.ts) and the commands are applied to
 * the model in order. Reading a property needs `load()` + `sync()` first, else PropertyNotLoaded — except a
 * value set on the same proxy, which office.js keeps locally too. Loaded values are a copy taken when the
 * load command ran, so later changes are invisible until the next load + sync.
 */
import { DoubleError } from './errors';
import type { CellValue } from './formula';
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FORMAT,
  WorkbookModel,
  type ChartModel,
  type FormatKey,
  type FormatModel,
  type NameModel,
  type RangeRef,
  type SeriesModel,
  type SheetModel,
} from './model';
import {
  deepCopy,
  invalidArgument,
  isWholeRows,
  normalizeColor,
  parseAddress,
  quoteSheet,
  rectA1,
  type Rect,
} from './util';

/** What the proxies need from the double that owns them. */
export interface DoubleRuntime {
  readonly model: WorkbookModel;
  sync(ctx: RequestContextDouble): Promise<void>;
}

/** An object path as office.js sends it in the request's `ObjectPaths` (used for the payload size). */
export interface PathRecord {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments: unknown[] };
}

/** Action types as in the RichApi request: 2 query (load), 3 method, 4 set property. */
export const ACTION_QUERY = 2;
export const ACTION_METHOD = 3;
export const ACTION_SET = 4;

export interface Command {
  readonly id: number;
  readonly target: DProxy;
  readonly actionType: number;
  readonly name: string;
  readonly args: unknown[];
  /** Minimum ExcelApi version of the member; an older host fails the sync with ApiNotFound. */
  readonly api: string;
  run(): void;
}

export class ClientResultDouble<T> {
  _value: T | undefined;
  _loaded = false;
  get value(): T {
    if (!this._loaded) throw new DoubleError('ValueNotLoaded');
    return this._value as T;
  }
}

export class RequestContextDouble {
  readonly workbook: WorkbookProxy;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  queue: Command[] = [];
  nullables: DProxy[] = [];
  results: ClientResultDouble<unknown>[] = [];
  closed = false;
  private nextPath = 1;
  private nextAction = 1;
  readonly paths = new Map<number, PathRecord>();

  constructor(readonly runtime: DoubleRuntime) {
    this.workbook = new WorkbookProxy(this, this.path(1, '', null));
  }

  get application(): ApplicationProxy {
    return this.workbook.application;
  }

  get model(): WorkbookModel {
    return this.runtime.model;
  }

  sync(): Promise<void> {
    return this.runtime.sync(this);
  }

  path(type: number, name: string, parent: DProxy | null, args?: unknown[]): PathRecord {
    const rec: PathRecord = { Id: this.nextPath++, ObjectPathType: type, Name: name };
    if (parent) rec.ParentObjectPathId = parent._path.Id;
    if (args) rec.ArgumentInfo = { Arguments: args };
    this.paths.set(rec.Id, rec);
    return rec;
  }

  enqueue(target: DProxy, actionType: number, name: string, args: unknown[], api: string, run: () => void): void {
    if (this.closed)
      throw new DoubleError('InvalidRequestContext', 'Excel.run has finished; its proxies cannot be used');
    this.queue.push({ id: this.nextAction++, target, actionType, name, args, api, run });
  }
}

export interface PropSpec {
  get?: (target: never) => unknown;
  set?: (target: never, value: never) => void;
  /** ExcelApi version for reading; `setApi` for writing when it differs. */
  api?: string;
  setApi?: string;
}

type Specs = Record<string, PropSpec>;

const registry = new WeakMap<object, Specs>();

/** Defines accessor properties on a proxy class: reads go through load/sync, writes queue a command. */
function defineProps(cls: { prototype: object }, specs: Specs): void {
  registry.set(cls.prototype, specs);
  for (const name of Object.keys(specs)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: DProxy) {
        return this._get(name);
      },
      set(this: DProxy, value: unknown) {
        this._setProp(name, value);
      },
    });
  }
}

function specsOf(p: DProxy): Specs {
  let proto = Object.getPrototypeOf(p) as object | null;
  while (proto) {
    const s = registry.get(proto);
    if (s) return s;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return {};
}

function parseLoadOption(option: unknown): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === 'string')
    return option
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((s) => parseLoadOption(s));
  if (typeof option === 'object') {
    const o = option as { select?: string | string[]; expand?: string | string[] };
    return [...parseLoadOption(o.select), ...parseLoadOption(o.expand)];
  }
  throw invalidArgument('load() takes property names');
}

export abstract class DProxy {
  readonly _loaded = new Map<string, unknown>();
  readonly _local = new Map<string, unknown>();
  _isNull: boolean | undefined;
  private readonly _children = new Map<string, DProxy>();

  constructor(
    readonly context: RequestContextDouble,
    readonly _path: PathRecord,
    readonly _nullable = false,
  ) {
    if (_nullable) context.nullables.push(this);
  }

  /** The model object this proxy stands for; throws (ItemNotFound…) when it is gone. */
  abstract _resolve(): unknown;

  _tryResolve(): unknown {
    try {
      return this._resolve();
    } catch {
      return null;
    }
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined)
      throw new DoubleError('PropertyNotLoaded', 'isNullObject is known after context.sync()');
    return this._isNull;
  }

  /** Navigation properties (format, font, charts…) whose child proxies are loaded through `load('a/b')`. */
  protected _navigation(): Record<string, () => DProxy> {
    return {};
  }

  protected _child<T extends DProxy>(key: string, make: () => T): T {
    let c = this._children.get(key);
    if (!c) this._children.set(key, (c = make()));
    return c as T;
  }

  _get(name: string): unknown {
    if (this._local.has(name)) return this._local.get(name);
    if (this._loaded.has(name)) return this._loaded.get(name);
    throw new DoubleError(
      'PropertyNotLoaded',
      `${this.constructor.name.replace(/Proxy$/, '')}.${name} was read before load() and context.sync()`,
    );
  }

  _setProp(name: string, value: unknown): void {
    const spec = specsOf(this)[name];
    if (!spec?.set) throw new TypeError(`${name} is read-only`);
    this._local.set(name, value);
    this._queue(ACTION_SET, name, [value], spec.setApi ?? spec.api ?? '1.1', () =>
      (spec.set as (t: unknown, v: unknown) => void)(this._resolve(), value),
    );
  }

  _queue(actionType: number, name: string, args: unknown[], api: string, run: () => void): void {
    this.context.enqueue(this, actionType, name, args, api, () => {
      if (this._nullable && this._tryResolve() === null) return; // calls on a null object do nothing
      run();
    });
  }

  load(option?: unknown): this {
    this._loadPaths(parseLoadOption(option));
    return this;
  }

  _loadPaths(paths: string[]): void {
    const specs = specsOf(this);
    const nav = this._navigation();
    const scalars: string[] = [];
    const nested = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (nav[head]) {
        const list = nested.get(head) ?? [];
        if (rest.length > 0) list.push(rest.join('/'));
        nested.set(head, list);
      } else if (rest.length > 0) throw invalidArgument(`cannot load ${p}`);
      else scalars.push(head);
    }
    const names = paths.length === 0 ? Object.keys(specs).filter((k) => specs[k].get) : scalars;
    if (names.length > 0 || paths.length === 0) {
      this.context.enqueue(this, ACTION_QUERY, '', [{ Select: names }], '1.1', () => {
        if (this._nullable && this._tryResolve() === null) return;
        const target = this._resolve();
        for (const n of names) {
          const spec = specs[n];
          if (!spec?.get) throw invalidArgument(`unknown property ${n}`);
          this._apiCheck(spec.api ?? '1.1', n);
          this._loaded.set(n, deepCopy((spec.get as (t: unknown) => unknown)(target)));
        }
      });
    }
    for (const [head, sub] of nested) nav[head]()._loadPaths(sub);
  }

  _apiCheck(api: string, what: string): void {
    const rt = this.context.runtime as DoubleRuntime & { supports?: (v: string) => boolean };
    if (rt.supports && !rt.supports(api)) throw new DoubleError('ApiNotFound', `${what} needs ExcelApi ${api}`);
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = v;
    for (const [k, v] of this._local) out[k] = v;
    return out;
  }

  untrack(): this {
    return this;
  }

  track(): this {
    return this;
  }
}

const str = (v: unknown, what: string): string => {
  if (typeof v !== 'string') throw invalidArgument(`${what} must be text`);
  return v;
};
const bool = (v: unknown, what: string): boolean => {
  if (typeof v !== 'boolean') throw invalidArgument(`${what} must be true or false`);
  return v;
};
const num = (v: unknown, what: string, min = -Infinity, max = Infinity): number => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    throw invalidArgument(`${what} must be a number in ${min}..${max}`);
  return v;
};
const oneOf = (v: unknown, allowed: readonly string[], what: string): string => {
  if (typeof v !== 'string' || !allowed.includes(v))
    throw invalidArgument(`${what} must be one of ${allowed.join(', ')}`);
  return v;
};

// ------------------------------------------------------------------------------------------- workbook

export class WorkbookProxy extends DProxy {
  _resolve(): WorkbookModel {
    return this.context.model;
  }
  get worksheets(): WorksheetCollectionProxy {
    return this._child(
      'worksheets',
      () => new WorksheetCollectionProxy(this.context, this.context.path(4, 'Worksheets', this)),
    );
  }
  get names(): NamedItemCollectionProxy {
    return this._child('names', () => new NamedItemCollectionProxy(this.context, this.context.path(4, 'Names', this)));
  }
  get application(): ApplicationProxy {
    return this._child(
      'application',
      () => new ApplicationProxy(this.context, this.context.path(4, 'Application', this)),
    );
  }
  protected override _navigation(): Record<string, () => DProxy> {
    return { worksheets: () => this.worksheets, names: () => this.names, application: () => this.application };
  }
}

export class ApplicationProxy extends DProxy {
  _resolve(): WorkbookModel {
    return this.context.model;
  }
  suspendApiCalculationUntilNextSync(): void {
    this._queue(ACTION_METHOD, 'SuspendApiCalculationUntilNextSync', [], '1.6', () => {});
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._queue(ACTION_METHOD, 'SuspendScreenUpdatingUntilNextSync', [], '1.9', () => {});
  }
  calculate(calculationType: unknown): void {
    this._queue(ACTION_METHOD, 'Calculate', [calculationType], '1.1', () => {
      oneOf(calculationType, ['Recalculate', 'Full', 'FullRebuild'], 'calculationType');
      this.context.model.recalc();
    });
  }
}
defineProps(ApplicationProxy, {
  calculationMode: { get: () => 'Automatic', set: () => {}, api: '1.1', setApi: '1.8' },
});

// ----------------------------------------------------------------------------------------- worksheets

export class WorksheetCollectionProxy extends DProxy {
  _resolve(): WorkbookModel {
    return this.context.model;
  }

  get items(): WorksheetProxy[] {
    return this._get('items') as WorksheetProxy[];
  }

  override _loadPaths(paths: string[]): void {
    const itemPaths = paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    this.context.enqueue(this, ACTION_QUERY, '', [{ Select: paths, Expand: ['items'] }], '1.1', () => {
      const items = this.context.model.sheets.map((s) => {
        const p = new WorksheetProxy(this.context, this.context.path(3, 'GetItem', this, [s.id]), () => s, false);
        p._bindId = s.id;
        return p;
      });
      for (const p of items) p._loadNow(itemPaths);
      this._loaded.set('items', items);
    });
  }

  add(name?: string): WorksheetProxy {
    const ws = new WorksheetProxy(this.context, this.context.path(3, 'Add', this, [name]), () => null, false);
    this._queue(ACTION_METHOD, 'Add', [name], '1.1', () => {
      const sheet = this.context.model.addSheet(name);
      ws._bindId = sheet.id;
    });
    return ws;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      this.context.path(3, 'GetItem', this, [key]),
      () => this.lookup(key),
      false,
    );
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      this.context.path(3, 'GetItemOrNullObject', this, [key]),
      () => this.lookup(key),
      true,
      '1.4',
    );
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      this.context.path(3, 'GetActiveWorksheet', this),
      () => {
        const id = this.context.model.activeSheetId;
        return id ? (this.context.model.sheetById(id) ?? null) : null;
      },
      false,
    );
  }

  getCount(): ClientResultDouble<number> {
    const r = new ClientResultDouble<number>();
    this.context.results.push(r as ClientResultDouble<unknown>);
    this._queue(ACTION_METHOD, 'GetCount', [], '1.4', () => {
      r._value = this.context.model.sheets.length;
    });
    return r;
  }

  /** Raised (by the test, see OfficeDouble.raiseWorksheetChanged) when cells of any sheet change. */
  get onChanged(): EventDouble {
    return new EventDouble(this, 'worksheets.onChanged', '1.9');
  }
  get onAdded(): EventDouble {
    return new EventDouble(this, 'worksheets.onAdded', '1.7');
  }
  get onDeleted(): EventDouble {
    return new EventDouble(this, 'worksheets.onDeleted', '1.7');
  }
  /** Raised (by the test, see OfficeDouble.raiseWorksheetNameChanged) when a sheet is renamed. */
  get onNameChanged(): EventDouble {
    return new EventDouble(this, 'worksheets.onNameChanged', '1.17');
  }

  private lookup(key: string): SheetModel | null {
    const m = this.context.model;
    return m.sheetById(key) ?? m.sheetByName(key) ?? null;
  }
}

/** `…onChanged` and the like: `add` registers the handler when the request syncs; `remove` on its result undoes it. */
export class EventDouble {
  constructor(
    private readonly owner: DProxy,
    private readonly event: string,
    private readonly api: string,
  ) {}

  add(handler: (args: Record<string, unknown>) => unknown): { remove(): void } {
    if (typeof handler !== 'function') throw invalidArgument('an event handler must be a function');
    const model = this.owner.context.model;
    this.owner._queue(ACTION_METHOD, `${this.event}.add`, [], this.api, () => {
      const set = model.events.get(this.event) ?? new Set();
      set.add(handler);
      model.events.set(this.event, set);
    });
    return {
      remove: () =>
        this.owner._queue(
          ACTION_METHOD,
          `${this.event}.remove`,
          [],
          this.api,
          () => void model.events.get(this.event)?.delete(handler),
        ),
    };
  }
}

export class WorksheetProxy extends DProxy {
  _bindId: string | null = null;

  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    private readonly lookup: () => SheetModel | null,
    nullable: boolean,
    private readonly creationApi = '1.1',
  ) {
    super(ctx, path, nullable);
  }

  _resolve(): SheetModel {
    this._apiCheck(this.creationApi, 'worksheets.getItemOrNullObject');
    if (this._bindId !== null) {
      const s = this.context.model.sheetById(this._bindId);
      if (!s) throw new DoubleError('ItemNotFound', 'the worksheet no longer exists');
      return s;
    }
    const s = this.lookup();
    if (!s) throw new DoubleError('ItemNotFound', 'no such worksheet');
    this._bindId = s.id;
    return s;
  }

  /** Loads right away (used inside a running query, e.g. collection items). */
  _loadNow(paths: string[]): void {
    const specs = specsOf(this);
    const names = paths.length === 0 ? Object.keys(specs).filter((k) => specs[k].get) : paths;
    const s = this._resolve();
    for (const n of names) {
      const spec = specs[n];
      if (!spec?.get) throw invalidArgument(`unknown property ${n}`);
      this._apiCheck(spec.api ?? '1.1', n);
      this._loaded.set(n, deepCopy((spec.get as (t: unknown) => unknown)(s)));
    }
  }

  delete(): void {
    this._queue(ACTION_METHOD, 'Delete', [], '1.1', () => this.context.model.deleteSheet(this._resolve()));
  }

  activate(): void {
    this._queue(ACTION_METHOD, 'Activate', [], '1.1', () => this.context.model.activate(this._resolve()));
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, this.context.path(3, 'GetRange', this, [address ?? '']), this, () => {
      if (address === undefined || address === '') return { r1: 0, c1: 0, r2: 1048575, c2: 16383 };
      const a = parseAddress(address);
      if (!a) throw new DoubleError('InvalidArgument', `not an address: ${address}`);
      if (a.sheet !== null && a.sheet.toUpperCase() !== this._resolve().name.toUpperCase())
        throw new DoubleError('InvalidReference', `${address} is on another sheet`);
      return a.rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(
      this.context,
      this.context.path(3, 'GetRangeByIndexes', this, [startRow, startColumn, rowCount, columnCount]),
      this,
      () => {
        this._apiCheck('1.7', 'getRangeByIndexes');
        for (const v of [startRow, startColumn]) num(v, 'start index', 0);
        num(rowCount, 'rowCount', 1);
        num(columnCount, 'columnCount', 1);
        const rect = { r1: startRow, c1: startColumn, r2: startRow + rowCount - 1, c2: startColumn + columnCount - 1 };
        if (rect.r2 > 1048575 || rect.c2 > 16383) throw invalidArgument('range outside the sheet');
        return rect;
      },
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.context, this.context.path(3, 'GetCell', this, [row, column]), this, () => ({
      r1: row,
      c1: column,
      r2: row,
      c2: column,
    }));
  }

  /** A RangeAreas from comma- or semicolon-separated addresses (ExcelApi 1.9). */
  getRanges(address?: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context, this.context.path(3, 'GetRanges', this, [address ?? '']), this, () => {
      this._apiCheck('1.9', 'getRanges');
      if (address === undefined || address === '') return [{ r1: 0, c1: 0, r2: 1048575, c2: 16383 }];
      const sheetName = this._resolve().name.toUpperCase();
      return address.split(/[,;]/).map((part) => {
        const a = parseAddress(part);
        if (!a) throw new DoubleError('InvalidArgument', `not an address: ${part}`);
        if (a.sheet !== null && a.sheet.toUpperCase() !== sheetName)
          throw new DoubleError('InvalidReference', `${part} is on another sheet`);
        return a.rect;
      });
    });
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      this.context.path(3, 'GetUsedRange', this, [valuesOnly ?? false]),
      this,
      () => this._resolve().usedRect(valuesOnly === true) ?? { r1: 0, c1: 0, r2: 0, c2: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      this.context.path(3, 'GetUsedRangeOrNullObject', this, [valuesOnly ?? false]),
      this,
      () => {
        const r = this._resolve().usedRect(valuesOnly === true);
        if (!r) throw new DoubleError('ItemNotFound', 'the sheet is empty');
        return r;
      },
      true,
    );
  }

  get freezePanes(): FreezePanesProxy {
    return this._child(
      'freezePanes',
      () => new FreezePanesProxy(this.context, this.context.path(4, 'FreezePanes', this), this),
    );
  }
  get pageLayout(): PageLayoutProxy {
    return this._child(
      'pageLayout',
      () => new PageLayoutProxy(this.context, this.context.path(4, 'PageLayout', this), this),
    );
  }
  get charts(): ChartCollectionProxy {
    return this._child(
      'charts',
      () => new ChartCollectionProxy(this.context, this.context.path(4, 'Charts', this), this),
    );
  }
  protected override _navigation(): Record<string, () => DProxy> {
    return { freezePanes: () => this.freezePanes, pageLayout: () => this.pageLayout, charts: () => this.charts };
  }
}
defineProps(WorksheetProxy, {
  name: {
    get: (s: SheetModel) => s.name,
    set: (s: SheetModel, v: unknown) => currentModel().renameSheet(s, str(v, 'name')),
  },
  id: { get: (s: SheetModel) => s.id },
  position: {
    get: (s: SheetModel) => currentModel().sheets.indexOf(s),
    set: (s: SheetModel, v: unknown) => currentModel().moveSheet(s, v),
  },
  visibility: {
    get: (s: SheetModel) => s.visibility,
    set: (s: SheetModel, v: unknown) => {
      const vis = oneOf(v, ['Visible', 'Hidden', 'VeryHidden'], 'visibility');
      if (
        vis !== 'Visible' &&
        currentModel().sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0
      ) {
        throw new DoubleError('InvalidOperation', 'a workbook must keep at least one visible sheet');
      }
      s.visibility = vis;
    },
    api: '1.1',
    setApi: '1.2',
  },
  tabColor: {
    get: (s: SheetModel) => s.tabColor,
    set: (s: SheetModel, v: unknown) => {
      s.tabColor = v === '' ? '' : normalizeColor(v, 'tabColor');
    },
    api: '1.7',
  },
  showGridlines: {
    get: (s: SheetModel) => s.showGridlines,
    set: (s: SheetModel, v: unknown) => (s.showGridlines = bool(v, 'showGridlines')),
    api: '1.8',
  },
});

/**
 * The model whose commands are being applied. Commands run one at a time inside a sync, so a module-level
 * pointer set by the double around each command is enough (and keeps the prop tables free of closures).
 */
let applying: WorkbookModel | null = null;
export function setApplyingModel(m: WorkbookModel | null): void {
  applying = m;
}
function currentModel(): WorkbookModel {
  if (!applying) throw new DoubleError('GeneralException', 'no sync in progress');
  return applying;
}

// ---------------------------------------------------------------------------------------------- ranges

interface ResolvedRange {
  sheet: SheetModel;
  rect: Rect;
}

/** One or more rectangles of a sheet: what a Range or a RangeAreas formats. */
interface Areas {
  sheet: SheetModel;
  rects: Rect[];
}

/** Anything whose format can be set: a Range or a RangeAreas. */
interface AreaHost extends DProxy {
  _areas(): Areas;
}

export class RangeProxy extends DProxy {
  private boundRect: Rect | null = null;

  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly sheetProxy: WorksheetProxy,
    private readonly rectOf: () => Rect,
    nullable = false,
  ) {
    super(ctx, path, nullable);
  }

  _resolve(): ResolvedRange {
    const sheet = this.sheetProxy._resolve();
    if (!this.boundRect) this.boundRect = this.rectOf();
    return { sheet, rect: this.boundRect };
  }

  _areas(): Areas {
    const { sheet, rect } = this._resolve();
    return { sheet, rects: [rect] };
  }

  /** As a reference for charts, validation sources, names. */
  _ref(): RangeRef {
    const { sheet, rect } = this._resolve();
    return { sheetId: sheet.id, rect };
  }

  get worksheet(): WorksheetProxy {
    return this.sheetProxy;
  }
  get format(): RangeFormatProxy {
    return this._child('format', () => new RangeFormatProxy(this.context, this.context.path(4, 'Format', this), this));
  }
  get dataValidation(): DataValidationProxy {
    return this._child(
      'dataValidation',
      () => new DataValidationProxy(this.context, this.context.path(4, 'DataValidation', this), this),
    );
  }
  protected override _navigation(): Record<string, () => DProxy> {
    return { format: () => this.format, dataValidation: () => this.dataValidation };
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.context, this.context.path(3, 'GetCell', this, [row, column]), this.sheetProxy, () => {
      const { rect } = this._resolve();
      return { r1: rect.r1 + row, c1: rect.c1 + column, r2: rect.r1 + row, c2: rect.c1 + column };
    });
  }

  merge(across?: boolean): void {
    this._queue(ACTION_METHOD, 'Merge', [across ?? false], '1.2', () => {
      const { sheet, rect } = this._resolve();
      currentModel().merge(sheet, rect, across === true);
    });
  }

  unmerge(): void {
    this._queue(ACTION_METHOD, 'Unmerge', [], '1.2', () => {
      const { sheet, rect } = this._resolve();
      currentModel().unmerge(sheet, rect);
    });
  }

  clear(applyTo?: string): void {
    this._queue(ACTION_METHOD, 'Clear', [applyTo ?? 'All'], '1.1', () => {
      const what = oneOf(applyTo ?? 'All', ['All', 'Formats', 'Contents'], 'applyTo');
      const { sheet, rect } = this._resolve();
      for (let r = rect.r1; r <= rect.r2; r++) {
        for (let c = rect.c1; c <= rect.c2; c++) {
          const cell = sheet.peek(r, c);
          if (!cell) continue;
          if (what !== 'Formats') {
            cell.value = null;
            cell.formula = null;
          }
          if (what !== 'Contents') {
            cell.numberFormat = 'General';
            cell.format = DEFAULT_FORMAT;
          }
        }
      }
      currentModel().markDirty();
    });
  }
}
defineProps(RangeProxy, {
  address: { get: (t: ResolvedRange) => `${quoteSheet(t.sheet.name)}!${rectA1(t.rect)}` },
  rowCount: { get: (t: ResolvedRange) => t.rect.r2 - t.rect.r1 + 1 },
  columnCount: { get: (t: ResolvedRange) => t.rect.c2 - t.rect.c1 + 1 },
  rowIndex: { get: (t: ResolvedRange) => t.rect.r1 },
  columnIndex: { get: (t: ResolvedRange) => t.rect.c1 },
  values: {
    get: (t: ResolvedRange) => currentModel().readValues(t.sheet, t.rect),
    set: (t: ResolvedRange, v: unknown) => currentModel().writeCells(t.sheet, t.rect, v),
  },
  formulas: {
    get: (t: ResolvedRange) => currentModel().readFormulas(t.sheet, t.rect),
    set: (t: ResolvedRange, v: unknown) => currentModel().writeCells(t.sheet, t.rect, v),
  },
  numberFormat: {
    get: (t: ResolvedRange) => currentModel().readNumberFormat(t.sheet, t.rect),
    set: (t: ResolvedRange, v: unknown) => currentModel().writeNumberFormat(t.sheet, t.rect, v),
  },
  text: {
    get: (t: ResolvedRange) =>
      currentModel()
        .readValues(t.sheet, t.rect)
        .map((row) => row.map((v) => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v)))),
  },
  columnHidden: {
    get: (t: ResolvedRange) => {
      let all = true;
      for (let c = t.rect.c1; c <= t.rect.c2; c++) all = all && t.sheet.hiddenCols.has(c);
      return all;
    },
    set: (t: ResolvedRange, v: unknown) => {
      const hide = bool(v, 'columnHidden');
      for (let c = t.rect.c1; c <= t.rect.c2; c++) {
        if (hide) t.sheet.hiddenCols.add(c);
        else t.sheet.hiddenCols.delete(c);
      }
    },
    api: '1.2',
  },
});

export class RangeAreasProxy extends DProxy {
  private bound: Rect[] | null = null;

  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly sheetProxy: WorksheetProxy,
    private readonly rectsOf: () => Rect[],
  ) {
    super(ctx, path);
  }

  _resolve(): Areas {
    const sheet = this.sheetProxy._resolve();
    if (!this.bound) this.bound = this.rectsOf();
    return { sheet, rects: this.bound };
  }

  _areas(): Areas {
    return this._resolve();
  }

  get worksheet(): WorksheetProxy {
    return this.sheetProxy;
  }
  get format(): RangeFormatProxy {
    return this._child('format', () => new RangeFormatProxy(this.context, this.context.path(4, 'Format', this), this));
  }
  protected override _navigation(): Record<string, () => DProxy> {
    return { format: () => this.format };
  }
}
defineProps(RangeAreasProxy, {
  address: { get: (t: Areas) => t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${rectA1(r)}`).join(', '), api: '1.9' },
  areaCount: { get: (t: Areas) => t.rects.length, api: '1.9' },
  cellCount: { get: (t: Areas) => t.rects.reduce((n, r) => n + (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1), 0), api: '1.9' },
});

const H_ALIGN = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
] as const;
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;

export class RangeFormatProxy extends DProxy {
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly range: AreaHost,
  ) {
    super(ctx, path);
  }
  _resolve(): Areas {
    return this.range._areas();
  }
  get font(): RangeFontProxy {
    return this._child('font', () => new RangeFontProxy(this.context, this.context.path(4, 'Font', this), this.range));
  }
  get fill(): RangeFillProxy {
    return this._child('fill', () => new RangeFillProxy(this.context, this.context.path(4, 'Fill', this), this.range));
  }
  get borders(): RangeBorderCollectionProxy {
    return this._child(
      'borders',
      () => new RangeBorderCollectionProxy(this.context, this.context.path(4, 'Borders', this), this.range),
    );
  }
  protected override _navigation(): Record<string, () => DProxy> {
    return { font: () => this.font, fill: () => this.fill };
  }
  autofitColumns(): void {
    this._queue(ACTION_METHOD, 'AutofitColumns', [], '1.2', () => {});
  }
  autofitRows(): void {
    this._queue(ACTION_METHOD, 'AutofitRows', [], '1.2', () => {});
  }
}

/** The common value over all areas, or null when they differ (as a RangeAreas reads). */
function common<T>(values: T[]): T | null {
  if (values.length === 0) return null;
  const first = JSON.stringify(values[0]);
  return values.every((v) => JSON.stringify(v) === first) ? values[0] : null;
}

function formatProp<K extends FormatKey>(key: K, check: (v: unknown) => FormatModel[K], api = '1.1'): PropSpec {
  return {
    get: (t: Areas) => common(t.rects.map((r) => currentModel().readFormat(t.sheet, r, key))),
    set: (t: Areas, v: unknown) => {
      const value = check(v);
      for (const r of t.rects) currentModel().setFormat(t.sheet, r, key, value);
    },
    api,
  };
}

defineProps(RangeFormatProxy, {
  horizontalAlignment: formatProp('hAlign', (v) => oneOf(v, H_ALIGN, 'horizontalAlignment')),
  verticalAlignment: formatProp('vAlign', (v) => oneOf(v, V_ALIGN, 'verticalAlignment')),
  wrapText: formatProp('wrap', (v) => bool(v, 'wrapText')),
  columnWidth: {
    get: (t: Areas) => {
      const widths: number[] = [];
      for (const r of t.rects)
        for (let c = r.c1; c <= r.c2; c++) widths.push(t.sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      return common(widths);
    },
    set: (t: Areas, v: unknown) => {
      // Excel's widest column is 255 characters (about 1,790 points in Calibri 11).
      const w = num(v, 'columnWidth (points)', 0, 1790);
      for (const r of t.rects) for (let c = r.c1; c <= r.c2; c++) t.sheet.colWidths.set(c, w);
    },
    api: '1.2',
  },
  rowHeight: {
    get: (t: Areas) => {
      const heights: number[] = [];
      for (const r of t.rects) for (let row = r.r1; row <= r.r2; row++) heights.push(t.sheet.rowHeights.get(row) ?? 15);
      return common(heights);
    },
    set: (t: Areas, v: unknown) => {
      // Excel's tallest row is 409 points.
      const h = num(v, 'rowHeight (points)', 0, 409);
      for (const r of t.rects) for (let row = r.r1; row <= r.r2; row++) t.sheet.rowHeights.set(row, h);
    },
    api: '1.2',
  },
});

export class RangeFontProxy extends DProxy {
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly range: AreaHost,
  ) {
    super(ctx, path);
  }
  _resolve(): Areas {
    return this.range._areas();
  }
}
defineProps(RangeFontProxy, {
  name: formatProp('fontName', (v) => {
    const s = str(v, 'font name');
    if (s.length === 0 || s.length > 31) throw invalidArgument('a font name has 1 to 31 characters');
    return s;
  }),
  size: formatProp('fontSize', (v) => num(v, 'font size', 1, 409)),
  bold: formatProp('bold', (v) => bool(v, 'bold')),
  italic: formatProp('italic', (v) => bool(v, 'italic')),
  color: formatProp('fontColor', (v) => normalizeColor(v, 'font color')),
});

export class RangeFillProxy extends DProxy {
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly range: AreaHost,
  ) {
    super(ctx, path);
  }
  _resolve(): Areas {
    return this.range._areas();
  }
  clear(): void {
    this._queue(ACTION_METHOD, 'Clear', [], '1.1', () => {
      const t = this._resolve();
      for (const r of t.rects) currentModel().setFormat(t.sheet, r, 'fill', null);
    });
  }
}
defineProps(RangeFillProxy, {
  color: formatProp('fill', (v) => normalizeColor(v, 'fill color')),
});

export class RangeBorderCollectionProxy extends DProxy {
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly range: AreaHost,
  ) {
    super(ctx, path);
  }
  _resolve(): Areas {
    return this.range._areas();
  }
  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(this.context, this.context.path(3, 'GetItem', this, [index]), this.range, index);
  }
}

const BORDER_INDEX = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
] as const;
const BORDER_STYLE = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'] as const;
const BORDER_WEIGHT = ['Hairline', 'Thin', 'Medium', 'Thick'] as const;

interface ResolvedBorder extends Areas {
  edge: string;
}

/** A border of a Range or RangeAreas; on a RangeAreas each area gets its own edges, as in Excel. */
export class RangeBorderProxy extends DProxy {
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly range: AreaHost,
    readonly edge: string,
  ) {
    super(ctx, path);
  }
  _resolve(): ResolvedBorder {
    oneOf(this.edge, BORDER_INDEX, 'border index');
    return { ...this.range._areas(), edge: this.edge };
  }
}
function borderProp(prop: 'style' | 'weight' | 'color', check: (v: unknown) => string): PropSpec {
  return {
    get: (t: ResolvedBorder) => common(t.rects.map((r) => currentModel().readBorder(t.sheet, r, t.edge, prop))),
    set: (t: ResolvedBorder, v: unknown) => {
      const value = check(v);
      for (const r of t.rects) currentModel().setBorder(t.sheet, r, t.edge, prop, value);
    },
  };
}
defineProps(RangeBorderProxy, {
  sideIndex: { get: (t: ResolvedBorder) => t.edge },
  style: borderProp('style', (v) => oneOf(v, BORDER_STYLE, 'border style')),
  weight: borderProp('weight', (v) => oneOf(v, BORDER_WEIGHT, 'border weight')),
  color: borderProp('color', (v) => normalizeColor(v, 'border color')),
});

// ------------------------------------------------------------------------------------ data validation

export class DataValidationProxy extends DProxy {
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly range: RangeProxy,
  ) {
    super(ctx, path);
  }
  _resolve(): ResolvedRange {
    return this.range._resolve();
  }
  clear(): void {
    this._queue(ACTION_METHOD, 'Clear', [], '1.8', () => {
      const t = this._resolve();
      t.sheet.validations = t.sheet.validations.filter(
        (v) => !(v.rect.r1 >= t.rect.r1 && v.rect.r2 <= t.rect.r2 && v.rect.c1 >= t.rect.c1 && v.rect.c2 <= t.rect.c2),
      );
    });
  }
}

function validationAt(t: ResolvedRange): SheetModel['validations'][number] {
  let v = t.sheet.validations.find(
    (x) => x.rect.r1 === t.rect.r1 && x.rect.c1 === t.rect.c1 && x.rect.r2 === t.rect.r2 && x.rect.c2 === t.rect.c2,
  );
  if (!v) {
    t.sheet.validations = t.sheet.validations.filter(
      (x) => !(x.rect.r1 >= t.rect.r1 && x.rect.r2 <= t.rect.r2 && x.rect.c1 >= t.rect.c1 && x.rect.c2 <= t.rect.c2),
    );
    v = { rect: { ...t.rect }, rule: null, errorAlert: null };
    t.sheet.validations.push(v);
  }
  return v;
}

defineProps(DataValidationProxy, {
  rule: {
    get: (t: ResolvedRange) => {
      const v = t.sheet.validations.find((x) => x.rect.r1 === t.rect.r1 && x.rect.c1 === t.rect.c1);
      if (!v?.rule) return {};
      const src = v.rule.list.source;
      return {
        list: {
          inCellDropDown: v.rule.list.inCellDropDown,
          source: typeof src === 'string' ? src : '=' + rectA1(src.rect, true),
        },
      };
    },
    set: (t: ResolvedRange, v: unknown) => {
      const rule = v as { list?: { inCellDropDown?: unknown; source?: unknown } } | null;
      if (!rule || typeof rule !== 'object' || !rule.list || Object.keys(rule).length !== 1) {
        throw invalidArgument('the double models list rules only: { list: { inCellDropDown, source } }');
      }
      const source = rule.list.source;
      let src: string | RangeRef;
      if (source instanceof RangeProxy) src = source._ref();
      else {
        const s = str(source, 'list source');
        // Excel's limit for a typed list is 255 characters.
        if (s.length === 0 || s.length > 255)
          throw invalidArgument('a list source typed as text has 1 to 255 characters');
        src = s;
      }
      validationAt(t).rule = {
        list: {
          inCellDropDown:
            rule.list.inCellDropDown === undefined ? true : bool(rule.list.inCellDropDown, 'inCellDropDown'),
          source: src,
        },
      };
    },
    api: '1.8',
  },
  errorAlert: {
    get: (t: ResolvedRange) =>
      t.sheet.validations.find((x) => x.rect.r1 === t.rect.r1 && x.rect.c1 === t.rect.c1)?.errorAlert ?? null,
    set: (t: ResolvedRange, v: unknown) => {
      const a = v as { showAlert?: unknown; style?: unknown; title?: unknown; message?: unknown };
      if (!a || typeof a !== 'object') throw invalidArgument('errorAlert must be an object');
      const title = a.title === undefined ? '' : str(a.title, 'title');
      const message = a.message === undefined ? '' : str(a.message, 'message');
      // Excel's limits: title 32 characters, message 225.
      if (title.length > 32) throw invalidArgument('an error alert title has at most 32 characters');
      if (message.length > 225) throw invalidArgument('an error alert message has at most 225 characters');
      validationAt(t).errorAlert = {
        showAlert: a.showAlert === undefined ? true : bool(a.showAlert, 'showAlert'),
        style: a.style === undefined ? 'Stop' : oneOf(a.style, ['Stop', 'Warning', 'Information'], 'style'),
        title,
        message,
      };
    },
    api: '1.8',
  },
});

// ------------------------------------------------------------------------------- freeze panes, layout

export class FreezePanesProxy extends DProxy {
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly sheet: WorksheetProxy,
  ) {
    super(ctx, path);
  }
  _resolve(): SheetModel {
    return this.sheet._resolve();
  }
  freezeRows(count?: number): void {
    this._queue(ACTION_METHOD, 'FreezeRows', [count ?? 1], '1.7', () => {
      this._resolve().freeze = { rows: num(count ?? 1, 'count', 0, 1048575), cols: 0 };
    });
  }
  freezeColumns(count?: number): void {
    this._queue(ACTION_METHOD, 'FreezeColumns', [count ?? 1], '1.7', () => {
      this._resolve().freeze = { rows: 0, cols: num(count ?? 1, 'count', 0, 16383) };
    });
  }
  freezeAt(frozenRange: RangeProxy | string): void {
    this._queue(ACTION_METHOD, 'FreezeAt', [frozenRange], '1.7', () => {
      const sheet = this._resolve();
      let rect: Rect;
      if (frozenRange instanceof RangeProxy) {
        const r = frozenRange._resolve();
        if (r.sheet !== sheet) throw new DoubleError('InvalidReference', 'the frozen range is on another sheet');
        rect = r.rect;
      } else {
        const a = parseAddress(str(frozenRange, 'frozenRange'));
        if (!a) throw invalidArgument(`not an address: ${frozenRange}`);
        rect = a.rect;
      }
      sheet.freeze = { rows: rect.r2 + 1, cols: rect.c2 + 1 };
    });
  }
  unfreeze(): void {
    this._queue(ACTION_METHOD, 'Unfreeze', [], '1.7', () => {
      this._resolve().freeze = { rows: 0, cols: 0 };
    });
  }
}

const PAPER = ['A3', 'A4', 'A5', 'B4', 'B5', 'Letter', 'Legal', 'Tabloid', 'Executive'] as const;

export class PageLayoutProxy extends DProxy {
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly sheet: WorksheetProxy,
  ) {
    super(ctx, path);
  }
  _resolve(): SheetModel {
    return this.sheet._resolve();
  }
  setPrintTitleRows(rows: RangeProxy | string): void {
    this._queue(ACTION_METHOD, 'SetPrintTitleRows', [rows], '1.9', () => {
      const sheet = this._resolve();
      if (rows instanceof RangeProxy) {
        const r = rows._resolve();
        if (r.rect.c1 !== 0 || r.rect.c2 !== 16383) throw invalidArgument('print title rows must span entire rows');
        sheet.pageLayout.printTitleRows = `$${r.rect.r1 + 1}:$${r.rect.r2 + 1}`;
        return;
      }
      const s = str(rows, 'printTitleRows');
      if (!isWholeRows(s)) throw invalidArgument(`print title rows must span entire rows: ${s}`);
      const [a, b] = s.replace(/\$/g, '').split(':').map(Number);
      sheet.pageLayout.printTitleRows = `$${Math.min(a, b)}:$${Math.max(a, b)}`;
    });
  }
}
const margin = (
  key: 'leftMargin' | 'rightMargin' | 'topMargin' | 'bottomMargin' | 'headerMargin' | 'footerMargin',
): PropSpec => ({
  get: (s: SheetModel) => s.pageLayout[key],
  set: (s: SheetModel, v: unknown) => {
    s.pageLayout[key] = num(v, key, 0, 1000);
  },
  api: '1.9',
});
defineProps(PageLayoutProxy, {
  orientation: {
    get: (s: SheetModel) => s.pageLayout.orientation,
    set: (s: SheetModel, v: unknown) => (s.pageLayout.orientation = oneOf(v, ['Portrait', 'Landscape'], 'orientation')),
    api: '1.9',
  },
  paperSize: {
    get: (s: SheetModel) => s.pageLayout.paperSize,
    set: (s: SheetModel, v: unknown) => (s.pageLayout.paperSize = oneOf(v, PAPER, 'paperSize')),
    api: '1.9',
  },
  zoom: {
    get: (s: SheetModel) => s.pageLayout.zoom,
    set: (s: SheetModel, v: unknown) => {
      const z = v as { scale?: unknown; horizontalFitToPages?: unknown; verticalFitToPages?: unknown };
      if (!z || typeof z !== 'object') throw invalidArgument('zoom must be a PageLayoutZoomOptions object');
      const out: PageLayoutModelZoom = {};
      if (z.scale !== undefined && z.scale !== null) out.scale = num(z.scale, 'scale', 10, 400);
      // Documented values only (Excel.PageLayoutZoomOptions): a number of pages, so a whole number from 1; 0 is not one.
      if (z.horizontalFitToPages !== undefined && z.horizontalFitToPages !== null)
        out.horizontalFitToPages = pages(z.horizontalFitToPages, 'horizontalFitToPages');
      if (z.verticalFitToPages !== undefined && z.verticalFitToPages !== null)
        out.verticalFitToPages = pages(z.verticalFitToPages, 'verticalFitToPages');
      if (out.scale !== undefined && (out.horizontalFitToPages !== undefined || out.verticalFitToPages !== undefined)) {
        throw invalidArgument('zoom takes a scale or fit-to-pages, not both');
      }
      s.pageLayout.zoom = out;
    },
    api: '1.9',
  },
  leftMargin: margin('leftMargin'),
  rightMargin: margin('rightMargin'),
  topMargin: margin('topMargin'),
  bottomMargin: margin('bottomMargin'),
  headerMargin: margin('headerMargin'),
  footerMargin: margin('footerMargin'),
});
type PageLayoutModelZoom = SheetModel['pageLayout']['zoom'];

/** A fit-to-pages count: a whole number of pages, at least 1. */
function pages(v: unknown, what: string): number {
  const n = num(v, what, 1, 32767);
  if (!Number.isInteger(n)) throw invalidArgument(`${what} must be a whole number of pages: ${n}`);
  return n;
}

// ---------------------------------------------------------------------------------------------- charts

const CHART_TYPES = [
  'ColumnClustered',
  'ColumnStacked',
  'ColumnStacked100',
  'BarClustered',
  'BarStacked',
  'BarStacked100',
  'Line',
  'LineMarkers',
  'Pie',
  'Doughnut',
  'Area',
  'AreaStacked',
  'XYScatter',
] as const;

export class ChartCollectionProxy extends DProxy {
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly sheet: WorksheetProxy,
  ) {
    super(ctx, path);
  }
  _resolve(): SheetModel {
    return this.sheet._resolve();
  }
  get items(): ChartProxy[] {
    return this._get('items') as ChartProxy[];
  }
  override _loadPaths(paths: string[]): void {
    const itemPaths = paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    this.context.enqueue(this, ACTION_QUERY, '', [{ Select: paths, Expand: ['items'] }], '1.1', () => {
      const sheet = this._resolve();
      const items = sheet.charts.map((c) => {
        const p = new ChartProxy(this.context, this.context.path(3, 'GetItem', this, [c.name]), this.sheet, () => c);
        p._bound = c;
        p._loadScalars(itemPaths);
        return p;
      });
      this._loaded.set('items', items);
    });
  }
  add(type: string, sourceData: RangeProxy, seriesBy?: string): ChartProxy {
    const chart = new ChartProxy(
      this.context,
      this.context.path(3, 'Add', this, [type, sourceData, seriesBy ?? 'Auto']),
      this.sheet,
      () => null,
    );
    this._queue(ACTION_METHOD, 'Add', [type, sourceData, seriesBy ?? 'Auto'], '1.1', () => {
      const sheet = this._resolve();
      oneOf(type, CHART_TYPES, 'chart type');
      const by = oneOf(seriesBy ?? 'Auto', ['Auto', 'Columns', 'Rows'], 'seriesBy');
      if (!(sourceData instanceof RangeProxy)) throw invalidArgument('sourceData must be a Range');
      chart._bound = currentModel().addChart(sheet, type, sourceData._ref(), by);
    });
    return chart;
  }
  getItem(name: string): ChartProxy {
    return new ChartProxy(
      this.context,
      this.context.path(3, 'GetItem', this, [name]),
      this.sheet,
      () => this._resolve().charts.find((c) => c.name === name) ?? null,
    );
  }
}

export class ChartProxy extends DProxy {
  _bound: ChartModel | null = null;
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly sheet: WorksheetProxy,
    private readonly lookup: () => ChartModel | null,
  ) {
    super(ctx, path);
  }
  _resolve(): ChartModel {
    const sheet = this.sheet._resolve();
    const c = this._bound ?? this.lookup();
    if (!c || !sheet.charts.includes(c)) throw new DoubleError('ItemNotFound', 'no such chart');
    this._bound = c;
    return c;
  }
  _loadScalars(paths: string[]): void {
    const specs = specsOf(this);
    const names = paths.length === 0 ? Object.keys(specs) : paths;
    const c = this._resolve();
    for (const n of names) {
      if (!specs[n]?.get) throw invalidArgument(`unknown property ${n}`);
      this._loaded.set(n, deepCopy((specs[n].get as (t: unknown) => unknown)(c)));
    }
  }
  get title(): ChartTitleProxy {
    return this._child('title', () => new ChartTitleProxy(this.context, this.context.path(4, 'Title', this), this));
  }
  get legend(): ChartLegendProxy {
    return this._child('legend', () => new ChartLegendProxy(this.context, this.context.path(4, 'Legend', this), this));
  }
  get series(): ChartSeriesCollectionProxy {
    return this._child(
      'series',
      () => new ChartSeriesCollectionProxy(this.context, this.context.path(4, 'Series', this), this),
    );
  }
  protected override _navigation(): Record<string, () => DProxy> {
    return { title: () => this.title, legend: () => this.legend };
  }
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this._queue(ACTION_METHOD, 'SetPosition', [startCell, endCell], '1.1', () => {
      const chart = this._resolve();
      const sheet = this.sheet._resolve();
      const rectOf = (x: RangeProxy | string): Rect => {
        if (x instanceof RangeProxy) {
          const r = x._resolve();
          if (r.sheet !== sheet) throw new DoubleError('InvalidReference', 'a chart is positioned on its own sheet');
          return r.rect;
        }
        const a = parseAddress(str(x, 'cell'));
        if (!a) throw invalidArgument(`not an address: ${x}`);
        return a.rect;
      };
      chart.position = { start: rectOf(startCell), end: endCell === undefined ? null : rectOf(endCell) };
    });
  }
  delete(): void {
    this._queue(ACTION_METHOD, 'Delete', [], '1.1', () => {
      const sheet = this.sheet._resolve();
      const chart = this._resolve();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}
defineProps(ChartProxy, {
  name: { get: (c: ChartModel) => c.name, set: (c: ChartModel, v: unknown) => (c.name = str(v, 'chart name')) },
  chartType: {
    get: (c: ChartModel) => c.type,
    set: (c: ChartModel, v: unknown) => (c.type = oneOf(v, CHART_TYPES, 'chart type')),
    api: '1.7',
  },
});

export class ChartTitleProxy extends DProxy {
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly chart: ChartProxy,
  ) {
    super(ctx, path);
  }
  _resolve(): ChartModel {
    return this.chart._resolve();
  }
}
defineProps(ChartTitleProxy, {
  text: { get: (c: ChartModel) => c.title ?? '', set: (c: ChartModel, v: unknown) => (c.title = str(v, 'title')) },
});

export class ChartLegendProxy extends DProxy {
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly chart: ChartProxy,
  ) {
    super(ctx, path);
  }
  _resolve(): ChartModel {
    return this.chart._resolve();
  }
}
defineProps(ChartLegendProxy, {
  position: {
    get: (c: ChartModel) => c.legend.position,
    set: (c: ChartModel, v: unknown) =>
      (c.legend.position = oneOf(v, ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'], 'legend position')),
  },
  visible: {
    get: (c: ChartModel) => c.legend.visible,
    set: (c: ChartModel, v: unknown) => (c.legend.visible = bool(v, 'visible')),
  },
});

export class ChartSeriesCollectionProxy extends DProxy {
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly chart: ChartProxy,
  ) {
    super(ctx, path);
  }
  _resolve(): ChartModel {
    return this.chart._resolve();
  }
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, this.context.path(3, 'GetItemAt', this, [index]), this.chart, () => {
      const s = this._resolve().series[index];
      if (!s) throw new DoubleError('ItemNotFound', `no series at ${index}`);
      return s;
    });
  }
  add(name?: string): ChartSeriesProxy {
    const proxy = new ChartSeriesProxy(this.context, this.context.path(3, 'Add', this, [name]), this.chart, () => null);
    this._queue(ACTION_METHOD, 'Add', [name], '1.7', () => {
      const chart = this._resolve();
      const s: SeriesModel = { name: name ?? `Series${chart.series.length + 1}`, values: null, xValues: null };
      chart.series.push(s);
      proxy._bound = s;
    });
    return proxy;
  }
}
defineProps(ChartSeriesCollectionProxy, {
  count: { get: (c: ChartModel) => c.series.length },
});

export class ChartSeriesProxy extends DProxy {
  _bound: SeriesModel | null = null;
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    readonly chart: ChartProxy,
    private readonly lookup: () => SeriesModel | null,
  ) {
    super(ctx, path);
  }
  _resolve(): SeriesModel {
    const chart = this.chart._resolve();
    const s = this._bound ?? this.lookup();
    if (!s || !chart.series.includes(s)) throw new DoubleError('ItemNotFound', 'no such series');
    this._bound = s;
    return s;
  }
  private refOf(range: RangeProxy): RangeRef {
    if (!(range instanceof RangeProxy)) throw invalidArgument('a Range is required');
    const ref = range._ref();
    if (ref.rect.r1 !== ref.rect.r2 && ref.rect.c1 !== ref.rect.c2)
      throw new DoubleError('InvalidArgument', 'series data must be one row or one column');
    return ref;
  }
  setValues(sourceData: RangeProxy): void {
    this._queue(ACTION_METHOD, 'SetValues', [sourceData], '1.7', () => {
      this._resolve().values = this.refOf(sourceData);
    });
  }
  setXAxisValues(sourceData: RangeProxy): void {
    this._queue(ACTION_METHOD, 'SetXAxisValues', [sourceData], '1.7', () => {
      this._resolve().xValues = this.refOf(sourceData);
    });
  }
  delete(): void {
    this._queue(ACTION_METHOD, 'Delete', [], '1.7', () => {
      const chart = this.chart._resolve();
      const s = this._resolve();
      chart.series = chart.series.filter((x) => x !== s);
    });
  }
}
defineProps(ChartSeriesProxy, {
  name: { get: (s: SeriesModel) => s.name, set: (s: SeriesModel, v: unknown) => (s.name = str(v, 'series name')) },
});

// ----------------------------------------------------------------------------------------------- names

export class NamedItemCollectionProxy extends DProxy {
  _resolve(): WorkbookModel {
    return this.context.model;
  }
  get items(): NamedItemProxy[] {
    return this._get('items') as NamedItemProxy[];
  }
  override _loadPaths(paths: string[]): void {
    const itemPaths = paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    this.context.enqueue(this, ACTION_QUERY, '', [{ Select: paths, Expand: ['items'] }], '1.1', () => {
      const items = this.context.model.names.map((n) => {
        const p = new NamedItemProxy(this.context, this.context.path(3, 'GetItem', this, [n.name]), () => n, false);
        p._bound = n;
        p._loadScalars(itemPaths);
        return p;
      });
      this._loaded.set('items', items);
    });
  }
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const item = new NamedItemProxy(
      this.context,
      this.context.path(3, 'Add', this, [name, reference, comment]),
      () => null,
      false,
    );
    this._queue(ACTION_METHOD, 'Add', [name, reference, comment], '1.4', () => {
      const m = this.context.model;
      const target =
        reference instanceof RangeProxy
          ? ({ kind: 'range', ...reference._ref() } as const)
          : m.nameTargetFromText(str(reference, 'reference'));
      item._bound = m.addName(name, target, comment);
    });
    return item;
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      this.context.path(3, 'GetItem', this, [name]),
      () => this.context.model.nameByName(name) ?? null,
      false,
    );
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      this.context.path(3, 'GetItemOrNullObject', this, [name]),
      () => this.context.model.nameByName(name) ?? null,
      true,
    );
  }
}

export class NamedItemProxy extends DProxy {
  _bound: NameModel | null = null;
  constructor(
    ctx: RequestContextDouble,
    path: PathRecord,
    private readonly lookup: () => NameModel | null,
    nullable: boolean,
  ) {
    super(ctx, path, nullable);
  }
  _resolve(): NameModel {
    const n = this._bound ?? this.lookup();
    if (!n || !this.context.model.names.includes(n)) throw new DoubleError('ItemNotFound', 'no such name');
    this._bound = n;
    return n;
  }
  _loadScalars(paths: string[]): void {
    const specs = specsOf(this);
    const names = paths.length === 0 ? Object.keys(specs).filter((k) => specs[k].get) : paths;
    const n = this._resolve();
    for (const p of names) {
      if (!specs[p]?.get) throw invalidArgument(`unknown property ${p}`);
      this._apiCheck(specs[p].api ?? '1.1', p);
      this._loaded.set(p, deepCopy((specs[p].get as (t: unknown) => unknown)(n)));
    }
  }
  delete(): void {
    this._queue(ACTION_METHOD, 'Delete', [], '1.4', () => this.context.model.deleteName(this._resolve()));
  }
}
defineProps(NamedItemProxy, {
  name: { get: (n: NameModel) => n.name },
  type: {
    get: (n: NameModel) => (n.target.kind === 'range' ? 'Range' : /#REF!/.test(n.target.formula) ? 'Error' : 'String'),
  },
  value: { get: (n: NameModel) => currentModel().nameFormula(n).slice(1) },
  formula: {
    get: (n: NameModel) => currentModel().nameFormula(n),
    set: (n: NameModel, v: unknown) => {
      n.target = currentModel().nameTargetFromText(str(v, 'formula'));
    },
    api: '1.7',
  },
  comment: {
    get: (n: NameModel) => n.comment,
    set: (n: NameModel, v: unknown) => {
      const s = str(v, 'comment');
      if (s.length > 255) throw invalidArgument('a name comment is limited to 255 characters');
      n.comment = s;
    },
    api: '1.4',
  },
  visible: { get: (n: NameModel) => n.visible, set: (n: NameModel, v: unknown) => (n.visible = bool(v, 'visible')) },
  scope: { get: () => 'Workbook', api: '1.4' },
});

export type { CellValue };
