/**
 * createOfficeDouble(): in-memory `Office`, `Excel`, `OfficeExtension` and `CustomFunctions` globals that
 * enforce what real Excel enforces, for tests in Node and (through browser.ts) in a real browser page.
 *
 * Round trips: each `context.sync()` is one request. The double records, per request, its payload size,
 * its command count, whether calculation / screen updating were suspended, and whether it succeeded.
 *
 * Payload size: the UTF-8 length of the JSON body office.js would send — `{"Actions":[…],"ObjectPaths":{…}}`,
 * one action per queued command (`Id`, `ActionType`, `Name`, `ObjectPathId`, `ArgumentInfo.Arguments` with
 * the arguments as given, e.g. the whole 2-D values array; loads carry `QueryInfo`), and every object path
 * the actions reach (`GetRange…`, `Format`, `Font`…, each once per request, with its arguments). A request
 * over the limit (5,000,000 bytes by default: Excel on the web's 5 MB, read as decimal megabytes to be
 * strict) fails with RequestPayloadSizeLimitExceeded before anything of it is applied.
 *
 * Failures: commands apply in order; one that throws (bad sheet name → InvalidArgument, taken name →
 * ItemAlreadyExists, …) fails the sync, and the commands before it stay applied, as in Excel. Injected
 * faults (`failSync`) make the N-th request fail after applying its first `applyFirst` commands (0: none;
 * ≥ the command count: all of them, as when only the response is lost).
 *
 * Calculation: after a request, formulas are recalculated unless the request called
 * `application.suspendApiCalculationUntilNextSync()` (then the next request, or `application.calculate`, does it).
 */
import { CUSTOM_FUNCTION_ERROR_CODES } from './custom-function-errors';
import { DoubleError } from './errors';
import { WorkbookModel, type WorkbookSnapshot } from './model';
import {
  ACTION_QUERY,
  DProxy,
  RequestContextDouble,
  setApplyingModel,
  type Command,
  type DoubleRuntime,
  type PathRecord,
} from './proxies';
import { utf8Length, versionAtLeast } from './util';

export interface OfficeDoubleOptions {
  /** Highest ExcelApi requirement set the host supports; members above it fail with ApiNotFound. Default 1.17. */
  apiVersion?: string;
  /** Request size limit in bytes; default 5,000,000. */
  payloadLimitBytes?: number;
  /** Sheets of the starting workbook; default ['Sheet1']. */
  sheets?: string[];
  host?: string;
  platform?: string;
  /**
   * The add-in's document settings already saved in the file (Office.context.document.settings), as a
   * workbook opened again would have them.
   */
  documentSettings?: Record<string, unknown>;
}

export interface RequestRecord {
  /** 1-based number of the request since the double was made (or reset). */
  index: number;
  payloadBytes: number;
  commands: number;
  /** Commands applied before the request finished or failed. */
  applied: number;
  suspendedCalculation: boolean;
  suspendedScreenUpdating: boolean;
  ok: boolean;
  error: string | null;
}

export interface FaultSpec {
  /** Request number (RequestRecord.index) that fails. */
  atSync: number;
  code?: string;
  message?: string;
  /** Commands of that request applied before it fails; default 0. */
  applyFirst?: number;
}

export interface OfficeDouble {
  readonly Office: OfficeGlobal;
  readonly Excel: ExcelGlobal;
  readonly OfficeExtension: { Error: typeof DoubleError; ErrorCodes: Record<string, string> };
  readonly CustomFunctions: CustomFunctionsGlobal;
  /** The workbook state (inspect it from tests; change it through the API). */
  readonly workbook: WorkbookModel;
  readonly requests: RequestRecord[];
  readonly syncCount: number;
  apiVersion: string;
  payloadLimitBytes: number;
  failSync(spec: FaultSpec): void;
  clearFaults(): void;
  resetStats(): void;
  snapshot(): WorkbookSnapshot;
  /**
   * What Excel does after the user edits cells of `sheet`: calls every handler registered with
   * `worksheets.onChanged.add` (the double does not detect edits itself) and waits for them.
   */
  raiseWorksheetChanged(sheet: string, address: string): Promise<void>;
  /**
   * What Excel does after the user renames a sheet (already renamed in the model, e.g. by a request setting its
   * name): calls every handler registered with `worksheets.onNameChanged.add` and waits for them.
   */
  raiseWorksheetNameChanged(nameBefore: string, nameAfter: string): Promise<void>;
  /** The document settings saved in the file (by `saveAsync`), as JSON would keep them; unsaved `set`s are not in it. */
  savedSettings(): Record<string, unknown>;
  /** Puts Office, Excel, OfficeExtension and CustomFunctions on `target` (default globalThis). */
  install(target?: Record<string, unknown>): void;
  uninstall(): void;
}

export interface OfficeGlobal {
  onReady(
    callback?: (info: { host: string | null; platform: string | null }) => void,
  ): Promise<{ host: string | null; platform: string | null }>;
  initialize?: (reason?: unknown) => void;
  context: {
    host: string;
    platform: string;
    diagnostics: { host: string; platform: string; version: string };
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    document: {
      settings: {
        get(name: string): unknown;
        set(name: string, value: unknown): void;
        remove(name: string): void;
        saveAsync(cb?: (r: { status: string }) => void): void;
      };
    };
  };
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  AsyncResultStatus: Record<string, string>;
}

export interface ExcelGlobal {
  run<T>(batchOrObject: unknown, maybeBatch?: unknown): Promise<T>;
  RequestContext: new () => RequestContextDouble;
  ErrorCodes: Record<string, string>;
  [enumName: string]: unknown;
}

export interface CustomFunctionsGlobal {
  associate(id: string | Record<string, unknown>, fn?: unknown): void;
  readonly functions: Map<string, unknown>;
  Error: new (code: string, message?: string) => { code: string; message: string };
  ErrorCode: Record<string, string>;
}

const ERROR_CODES = [
  'AccessDenied',
  'ApiNotFound',
  'Conflict',
  'GeneralException',
  'InsertDeleteConflict',
  'InvalidArgument',
  'InvalidOperation',
  'InvalidReference',
  'InvalidRequestContext',
  'ItemAlreadyExists',
  'ItemNotFound',
  'NotImplemented',
  'PropertyNotLoaded',
  'RequestAborted',
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'RunMustReturnPromise',
  'UnsupportedOperation',
  'ValueNotLoaded',
];

const lowerFirst = (s: string): string => s[0].toLowerCase() + s.slice(1);
const enumOf = (values: string[]): Record<string, string> => Object.fromEntries(values.map((v) => [lowerFirst(v), v]));

function measurePayload(batch: Command[], ctx: RequestContextDouble): number {
  const paths: Record<number, PathRecord> = {};
  let count = 0;
  const addChain = (rec: PathRecord | undefined): void => {
    while (rec && !(rec.Id in paths)) {
      paths[rec.Id] = rec;
      count++;
      rec = rec.ParentObjectPathId !== undefined ? ctx.paths.get(rec.ParentObjectPathId) : undefined;
    }
  };
  const replacer = function (this: Record<string, unknown>, key: string, value: unknown): unknown {
    const original = this[key];
    if (original instanceof DProxy) {
      addChain(original._path);
      return { ObjectPathId: original._path.Id };
    }
    return value;
  };
  const actions = batch.map((c) => {
    addChain(c.target._path);
    return c.actionType === ACTION_QUERY
      ? { Id: c.id, ActionType: c.actionType, Name: '', ObjectPathId: c.target._path.Id, QueryInfo: c.args[0] }
      : {
          Id: c.id,
          ActionType: c.actionType,
          Name: c.name,
          ObjectPathId: c.target._path.Id,
          ArgumentInfo: { Arguments: c.args },
        };
  });
  const actionsJson = JSON.stringify(actions, replacer);
  let pathsJson = '';
  for (let before = -1; before !== count;) {
    before = count;
    pathsJson = JSON.stringify(paths, replacer);
  }
  return utf8Length(`{"Actions":${actionsJson},"ObjectPaths":${pathsJson}}`);
}

export function createOfficeDouble(options: OfficeDoubleOptions = {}): OfficeDouble {
  const model = new WorkbookModel();
  for (const name of options.sheets ?? ['Sheet1']) model.addSheet(name);
  const host = options.host ?? 'Excel';
  const platform = options.platform ?? 'OfficeOnline';
  const faults = new Map<number, FaultSpec>();
  const requests: RequestRecord[] = [];
  let syncCount = 0;
  // Office.js keeps document settings in memory until saveAsync writes them into the file: `settings` is what
  // get/set see, `savedSettings` what the file holds. Values travel as JSON, so they must serialise.
  const savedSettings: Record<string, unknown> = JSON.parse(JSON.stringify(options.documentSettings ?? {})) as Record<
    string,
    unknown
  >;
  const settings = new Map<string, unknown>(Object.entries(savedSettings));
  const state = { apiVersion: options.apiVersion ?? '1.17', payloadLimitBytes: options.payloadLimitBytes ?? 5_000_000 };

  const runtime: DoubleRuntime & { supports(v: string): boolean } = {
    model,
    supports: (v: string) => versionAtLeast(state.apiVersion, v),
    async sync(ctx: RequestContextDouble): Promise<void> {
      if (ctx.closed) throw new DoubleError('InvalidRequestContext', 'Excel.run has finished');
      const batch = ctx.queue;
      const nullables = ctx.nullables;
      const results = ctx.results;
      ctx.queue = [];
      ctx.nullables = [];
      ctx.results = [];
      const index = ++syncCount;
      const record: RequestRecord = {
        index,
        payloadBytes: measurePayload(batch, ctx),
        commands: batch.length,
        applied: 0,
        suspendedCalculation: batch.some((c) => c.name === 'SuspendApiCalculationUntilNextSync'),
        suspendedScreenUpdating: batch.some((c) => c.name === 'SuspendScreenUpdatingUntilNextSync'),
        ok: false,
        error: null,
      };
      requests.push(record);
      await Promise.resolve();
      if (record.payloadBytes > state.payloadLimitBytes) {
        record.error = 'RequestPayloadSizeLimitExceeded';
        throw new DoubleError(
          'RequestPayloadSizeLimitExceeded',
          `${record.payloadBytes} bytes > ${state.payloadLimitBytes}`,
        );
      }
      const fault = faults.get(index);
      faults.delete(index);
      const faultError = (): DoubleError =>
        new DoubleError(fault?.code ?? 'GeneralException', fault?.message ?? `injected fault at request ${index}`);
      setApplyingModel(model);
      // Calculation suspended by the previous request resumes now, before this one reads anything.
      if (model.isDirty) model.recalc();
      try {
        for (const cmd of batch) {
          if (fault && record.applied === (fault.applyFirst ?? 0)) throw faultError();
          if (!runtime.supports(cmd.api))
            throw new DoubleError('ApiNotFound', `${cmd.name || 'load'} needs ExcelApi ${cmd.api}`, cmd.name);
          try {
            cmd.run();
          } catch (e) {
            if (e instanceof DoubleError)
              (e.debugInfo as { errorLocation?: string }).errorLocation = cmd.name || 'load';
            throw e;
          }
          record.applied++;
        }
        if (fault) throw faultError();
        for (const p of nullables) p._isNull = p._tryResolve() === null;
        for (const r of results) r._loaded = true;
        record.ok = true;
      } catch (e) {
        record.error = e instanceof DoubleError ? e.code : 'GeneralException';
        throw e;
      } finally {
        if (!record.suspendedCalculation && model.isDirty) model.recalc();
        setApplyingModel(null);
      }
    },
  };

  const ContextClass = function RequestContext(this: unknown): RequestContextDouble {
    return new RequestContextDouble(runtime);
  } as unknown as new () => RequestContextDouble;

  const Excel: ExcelGlobal = {
    async run<T>(batchOrObject: unknown, maybeBatch?: unknown): Promise<T> {
      const batch = (typeof batchOrObject === 'function' ? batchOrObject : maybeBatch) as (
        ctx: RequestContextDouble,
      ) => unknown;
      if (typeof batch !== 'function') throw new DoubleError('InvalidArgument', 'Excel.run needs a batch function');
      const ctx = new RequestContextDouble(runtime);
      const pending = batch(ctx);
      if (!pending || typeof (pending as Promise<T>).then !== 'function') {
        ctx.closed = true;
        throw new DoubleError('RunMustReturnPromise');
      }
      try {
        const result = await (pending as Promise<T>);
        // Like office.js, a final sync sends whatever is still queued.
        if (ctx.queue.length > 0) await ctx.sync();
        return result;
      } finally {
        ctx.closed = true;
      }
    },
    RequestContext: ContextClass,
    ErrorCodes: enumOf(ERROR_CODES),
    ChartType: enumOf([
      'ColumnClustered',
      'ColumnStacked',
      'ColumnStacked100',
      'BarClustered',
      'BarStacked',
      'Line',
      'LineMarkers',
      'Pie',
      'XYScatter',
    ]),
    ChartSeriesBy: enumOf(['Auto', 'Columns', 'Rows']),
    ChartLegendPosition: enumOf(['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom']),
    CalculationType: enumOf(['Recalculate', 'Full', 'FullRebuild']),
    BorderIndex: enumOf([
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
      'InsideVertical',
      'InsideHorizontal',
      'DiagonalDown',
      'DiagonalUp',
    ]),
    BorderLineStyle: enumOf(['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot']),
    BorderWeight: enumOf(['Hairline', 'Thin', 'Medium', 'Thick']),
    HorizontalAlignment: enumOf([
      'General',
      'Left',
      'Center',
      'Right',
      'Fill',
      'Justify',
      'CenterAcrossSelection',
      'Distributed',
    ]),
    VerticalAlignment: enumOf(['Top', 'Center', 'Bottom', 'Justify', 'Distributed']),
    PageOrientation: enumOf(['Portrait', 'Landscape']),
    PaperType: enumOf(['A3', 'A4', 'A5', 'B4', 'B5', 'Letter', 'Legal', 'Tabloid', 'Executive']),
    DataValidationAlertStyle: enumOf(['Stop', 'Warning', 'Information']),
    SheetVisibility: enumOf(['Visible', 'Hidden', 'VeryHidden']),
  };

  const info = (): { host: string | null; platform: string | null } => ({ host, platform });
  const Office: OfficeGlobal = {
    onReady(callback) {
      const i = info();
      if (callback) callback(i);
      return Promise.resolve(i);
    },
    context: {
      host,
      platform,
      diagnostics: { host, platform, version: '16.0.0.0' },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const want = minVersion === undefined ? '1.1' : String(minVersion);
          if (name === 'ExcelApi') return versionAtLeast(state.apiVersion, want);
          if (name === 'CustomFunctionsRuntime') return versionAtLeast('1.3', want);
          if (name === 'SharedRuntime') return versionAtLeast('1.1', want);
          return false;
        },
      },
      document: {
        settings: {
          get: (n: string) => (settings.has(n) ? settings.get(n) : null),
          set: (n: string, v: unknown) => {
            if (typeof n !== 'string' || n === '') throw new DoubleError('InvalidArgument', 'a setting needs a name');
            if (v === undefined || typeof v === 'function')
              throw new DoubleError('InvalidArgument', `setting ${n} is not serialisable`);
            settings.set(n, JSON.parse(JSON.stringify(v)) as unknown);
          },
          remove: (n: string) => void settings.delete(n),
          saveAsync: (cb?: (r: { status: string }) => void) => {
            for (const k of Object.keys(savedSettings)) delete savedSettings[k];
            for (const [k, v] of settings) savedSettings[k] = v;
            // office.js answers asynchronously, never inside the call.
            setTimeout(() => cb?.({ status: 'succeeded' }), 0);
          },
        },
      },
    },
    HostType: {
      Excel: 'Excel',
      Word: 'Word',
      PowerPoint: 'PowerPoint',
      Outlook: 'Outlook',
      OneNote: 'OneNote',
      Project: 'Project',
      Access: 'Access',
    },
    PlatformType: {
      PC: 'PC',
      OfficeOnline: 'OfficeOnline',
      Mac: 'Mac',
      iOS: 'iOS',
      Android: 'Android',
      Universal: 'Universal',
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };

  const functions = new Map<string, unknown>();
  class CustomFunctionsError {
    readonly message: string;
    constructor(
      readonly code: string,
      message?: string,
    ) {
      this.message = message ?? '';
    }
  }
  const CustomFunctions: CustomFunctionsGlobal = {
    associate(id, fn) {
      if (typeof id === 'string') functions.set(id.toUpperCase(), fn);
      else for (const [k, v] of Object.entries(id)) functions.set(k.toUpperCase(), v);
    },
    functions,
    Error: CustomFunctionsError,
    ErrorCode: { ...CUSTOM_FUNCTION_ERROR_CODES },
  };

  const OfficeExtension = { Error: DoubleError, ErrorCodes: enumOf(ERROR_CODES) };
  const saved: Array<[Record<string, unknown>, string, unknown, boolean]> = [];

  const double: OfficeDouble = {
    Office,
    Excel,
    OfficeExtension,
    CustomFunctions,
    workbook: model,
    requests,
    get syncCount() {
      return syncCount;
    },
    get apiVersion() {
      return state.apiVersion;
    },
    set apiVersion(v: string) {
      state.apiVersion = v;
    },
    get payloadLimitBytes() {
      return state.payloadLimitBytes;
    },
    set payloadLimitBytes(v: number) {
      state.payloadLimitBytes = v;
    },
    failSync(spec) {
      faults.set(spec.atSync, spec);
    },
    clearFaults() {
      faults.clear();
    },
    resetStats() {
      requests.length = 0;
      syncCount = 0;
      faults.clear();
    },
    snapshot: () => model.snapshot(),
    async raiseWorksheetChanged(sheet: string, address: string) {
      const ws = model.sheetByName(sheet);
      if (!ws) throw new DoubleError('ItemNotFound', `no sheet ${sheet}`);
      const args = {
        type: 'WorksheetChanged',
        changeType: 'RangeEdited',
        source: 'Local',
        worksheetId: ws.id,
        address,
      };
      for (const h of [...(model.events.get('worksheets.onChanged') ?? [])]) await h(args);
    },
    async raiseWorksheetNameChanged(nameBefore: string, nameAfter: string) {
      const ws = model.sheetByName(nameAfter);
      if (!ws) throw new DoubleError('ItemNotFound', `no sheet ${nameAfter}`);
      const args = { type: 'WorksheetNameChanged', source: 'Local', worksheetId: ws.id, nameBefore, nameAfter };
      for (const h of [...(model.events.get('worksheets.onNameChanged') ?? [])]) await h(args);
    },
    savedSettings: () => JSON.parse(JSON.stringify(savedSettings)) as Record<string, unknown>,
    install(target = globalThis as unknown as Record<string, unknown>) {
      for (const [k, v] of Object.entries({ Office, Excel, OfficeExtension, CustomFunctions })) {
        saved.push([target, k, target[k], Object.prototype.hasOwnProperty.call(target, k)]);
        target[k] = v;
      }
    },
    uninstall() {
      for (const [target, k, v, had] of saved.reverse()) {
        if (had) target[k] = v;
        else delete target[k];
      }
      saved.length = 0;
    },
  };
  return double;
}
