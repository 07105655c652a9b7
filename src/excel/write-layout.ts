/**
 * Writes a layout model into the open workbook through Office.js (ghi báo cáo tổng hợp vào sổ tính đang mở),
 * without ever losing anything the user has:
 *
 * 1. One request reads the sheet list, the defined names (the add-in's markers, see markers.ts) and the active
 *    sheet. Sheets marked for this `periodKey` are the ones a new run replaces; `confirmReplace` is asked first
 *    (false: stop, nothing changed). Every other sheet — the user's, or the add-in's for another period — is
 *    left alone, and a layout sheet whose name one of them holds gets the next free name, `TH_TTHC (2)`;
 *    formulas that point at it follow.
 * 2. The new sheets are created under temporary names (`TH~tag~1`…), with their markers, and filled block by
 *    block: one request per block, each under the payload budget (plan.ts), with calculation and screen
 *    updating suspended. Formulas that point at other layout sheets are written against the temporary names;
 *    Excel rewrites them when the sheets are renamed. The request that creates a sheet also loads its id.
 * 3. A final request renames the old sheets of the period out of the way (`TH~tag~c1`…), moves the new
 *    sheets to where the old ones were, gives them their real names, selects the first, and only then deletes
 *    the old sheets and their markers (and stale markers of sheets the user deleted): deleting is the one step
 *    that cannot be undone, so it comes last.
 * If any request fails, the workbook is read again and put back exactly as it was: the sheets this run made
 * (known by id, or by their temporary names if the request creating them failed) deleted, old ones renamed
 * back, markers restored, the active sheet re-selected. Only if the final request failed after it had deleted
 * some old sheets (so they cannot come back), the deletion is finished instead and the new report stays, with
 * a warning.
 *
 * Round trips: 1 (read) + one per block + 1 (final) = blocks + 2; the writer plans the blocks first and
 * reports their number.
 */
import { a1 } from '../core/cell-address';
import type { LayoutWorkbook } from '../core/layout';
import { applyOp, type ApplyEnv } from './apply-ops';
import {
  decodeMark,
  encodeMark,
  MARKER_PREFIX,
  markedSheetName,
  MAX_MARKER_COMMENT,
  runTag,
  type SheetMark,
} from './markers';
import { codeOf, MSG, reasonOf, WriteError } from './messages';
import { MAX_CELL_TEXT, MAX_REQUEST_BYTES, planWrite, type PlannedBlock } from './plan';
import { hostProblem } from './requirements';
import { sanitizeSheetName, sheetKey, uniqueSheetName } from './sheet-names';

export interface WriteOptions {
  /** Identifies this run; recorded in the markers. */
  runId: string;
  /** The reporting period (e.g. `2024-H1`); a new run for the same period replaces the add-in's sheets of that period. */
  periodKey: string;
  /** Asked with the names of the sheets about to be replaced; false stops with nothing changed. */
  confirmReplace: (sheets: string[]) => Promise<boolean>;
  /** Called after each request that writes, with the number done and the total planned. */
  onProgress?: (done: number, total: number) => void;
  /** Request size budget in bytes; at most and by default 4,000,000. Lower only to exercise block splitting. */
  maxRequestBytes?: number;
}

export interface WriteResult {
  status: 'written' | 'cancelled';
  /** The sheets written, in layout order, with the names they got. */
  sheets: Array<{ layoutName: string; name: string }>;
  /** Names the replaced sheets had. */
  replaced: string[];
  /** Write requests planned (each one sync); total syncs ≤ blocks + 2. */
  blocks: number;
  /** Requests (context.sync calls) this run made. */
  syncs: number;
  /** Estimated size of each write request, in bytes (an upper bound of what office.js sends). */
  requestBytes: number[];
  /** Vietnamese notes for the user (the write succeeded). */
  warnings: string[];
}

interface SheetInfo {
  id: string;
  name: string;
  position: number;
}

interface NameInfo {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

interface OwnSheet extends SheetInfo {
  mark: SheetMark;
  markerName: string;
}

interface Before {
  sheets: SheetInfo[];
  names: NameInfo[];
  activeId: string | null;
}

function checkOptions(opts: WriteOptions): void {
  if (typeof opts.runId !== 'string' || opts.runId === '')
    throw new TypeError('writeLayoutToWorkbook: runId must be a non-empty string');
  if (typeof opts.periodKey !== 'string' || opts.periodKey === '')
    throw new TypeError('writeLayoutToWorkbook: periodKey must be a non-empty string');
  if (typeof opts.confirmReplace !== 'function')
    throw new TypeError('writeLayoutToWorkbook: confirmReplace must be a function');
  const longest = encodeMark({ period: opts.periodKey.normalize('NFC'), run: opts.runId, sheet: 'x'.repeat(31) });
  if (longest.length > MAX_MARKER_COMMENT)
    throw new TypeError('writeLayoutToWorkbook: runId and periodKey are too long for a sheet marker (255 characters)');
}

/** Problems that would make Excel refuse the write, found before anything is sent. */
function checkLayout(layout: LayoutWorkbook): void {
  for (const sheet of layout.sheets) {
    for (const block of sheet.blocks) {
      block.cells.forEach((row, dr) =>
        row.forEach((cell, dc) => {
          if (!cell) return;
          if (cell.s !== undefined && layout.styles[cell.s] === undefined)
            throw new Error(`layout: unknown style "${cell.s}" in sheet "${sheet.name}"`);
          if (typeof cell.v === 'string' && cell.f === undefined && cell.v.length > MAX_CELL_TEXT) {
            throw new WriteError(
              'layout',
              MSG.cellTooLong(sheet.name, a1(block.row + dr, block.col + dc), cell.v.length),
              { unchanged: true },
            );
          }
        }),
      );
    }
  }
}

/** Which existing sheets are the add-in's (by their markers), and markers whose sheet is gone. */
function readMarks(before: Before): { own: OwnSheet[]; stale: string[] } {
  const own: OwnSheet[] = [];
  const stale: string[] = [];
  const seen = new Set<string>();
  for (const n of before.names) {
    if (!n.name.startsWith(MARKER_PREFIX)) continue;
    const mark = decodeMark(n.comment);
    if (!mark) continue;
    const target = markedSheetName(n.formula);
    const sheet = target === null ? undefined : before.sheets.find((s) => sheetKey(s.name) === sheetKey(target));
    if (!sheet) stale.push(n.name);
    else if (!seen.has(sheet.id)) {
      seen.add(sheet.id);
      own.push({ ...sheet, mark, markerName: n.name });
    } else stale.push(n.name);
  }
  return { own, stale };
}

interface Naming {
  finals: string[];
  temps: string[];
  backups: string[];
  markers: string[];
}

function allocateNames(layout: LayoutWorkbook, before: Before, replaced: OwnSheet[], tag: string): Naming {
  const replacedIds = new Set(replaced.map((r) => r.id));
  const taken = new Set(before.sheets.filter((s) => !replacedIds.has(s.id)).map((s) => sheetKey(s.name)));
  const finals = layout.sheets.map((s) => {
    const name = uniqueSheetName(sanitizeSheetName(s.name), taken);
    taken.add(sheetKey(name));
    return name;
  });
  const all = new Set([...before.sheets.map((s) => sheetKey(s.name)), ...finals.map(sheetKey)]);
  const fresh = (base: string): string => {
    const name = uniqueSheetName(base, all);
    all.add(sheetKey(name));
    return name;
  };
  const temps = layout.sheets.map((_, i) => fresh(`TH~${tag}~${i + 1}`));
  const backups = replaced.map((_, j) => fresh(`TH~${tag}~c${j + 1}`));
  const nameKeys = new Set(before.names.map((n) => sheetKey(n.name)));
  const markers = layout.sheets.map((_, i) => {
    let name = `${MARKER_PREFIX}${tag}_${i + 1}`;
    for (let k = 2; nameKeys.has(sheetKey(name)); k++) name = `${MARKER_PREFIX}${tag}_${i + 1}_${k}`;
    nameKeys.add(sheetKey(name));
    return name;
  });
  return { finals, temps, backups, markers };
}

export async function writeLayoutToWorkbook(layout: LayoutWorkbook, opts: WriteOptions): Promise<WriteResult> {
  checkOptions(opts);
  const problem = hostProblem();
  if (problem) throw new WriteError('host', problem, { unchanged: true });
  checkLayout(layout);
  return Excel.run((context) => new Writer(context, layout, opts).run());
}

class Writer {
  private syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly layout: LayoutWorkbook,
    private readonly opts: WriteOptions,
  ) {}

  private async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }

  private result(status: WriteResult['status'], extra: Partial<WriteResult> = {}): WriteResult {
    return { status, sheets: [], replaced: [], blocks: 0, syncs: this.syncs, requestBytes: [], warnings: [], ...extra };
  }

  async run(): Promise<WriteResult> {
    const { context, layout, opts } = this;
    const period = opts.periodKey.normalize('NFC');

    // 1. Read what is there, in one request.
    const sheets = context.workbook.worksheets;
    sheets.load('items/id,items/name,items/position');
    const names = context.workbook.names;
    names.load('items/name,items/formula,items/comment,items/visible');
    const active = sheets.getActiveWorksheet();
    active.load('id');
    try {
      await this.sync();
    } catch (e) {
      throw new WriteError('read', MSG.readFailed(reasonOf(e)), { code: codeOf(e), unchanged: true, cause: e });
    }
    const before: Before = {
      sheets: sheets.items
        .map((s) => ({ id: s.id, name: s.name, position: s.position }))
        .sort((a, b) => a.position - b.position),
      names: names.items.map((n) => ({
        name: n.name,
        formula: String(n.formula),
        comment: n.comment ?? '',
        visible: n.visible,
      })),
      activeId: active.id,
    };
    if (layout.sheets.length === 0) return this.result('written');

    const marks = readMarks(before);
    const replaced = marks.own
      .filter((o) => o.mark.period.normalize('NFC') === period)
      .sort((a, b) => a.position - b.position);
    if (replaced.length > 0) {
      let ok: boolean;
      try {
        ok = await opts.confirmReplace(replaced.map((r) => r.name));
      } catch (e) {
        throw new WriteError('confirm', MSG.confirmFailed, { unchanged: true, cause: e });
      }
      if (ok !== true) return this.result('cancelled');
    }

    // 2. Plan.
    const tag = runTag(`${opts.runId}|${period}`);
    const naming = allocateNames(layout, before, replaced, tag);
    const refTargets = new Map<string, string>();
    layout.sheets.forEach((s, i) => {
      if (!refTargets.has(sheetKey(s.name))) refTargets.set(sheetKey(s.name), naming.temps[i]);
    });
    const basePosition = replaced.length > 0 ? replaced[0].position : null;
    const blocks: PlannedBlock[] = planWrite(layout, {
      sheets: layout.sheets.map((s, i) => ({
        tempName: naming.temps[i],
        markerName: naming.markers[i],
        markerComment: encodeMark({ period, run: opts.runId, sheet: sanitizeSheetName(s.name) }),
      })),
      refTarget: (name) => refTargets.get(sheetKey(name)) ?? null,
      maxRequestBytes: opts.maxRequestBytes ?? MAX_REQUEST_BYTES,
    });
    const oldMarkers = [...replaced.map((r) => r.markerName), ...marks.stale];
    const total = blocks.length + 1;
    const written = layout.sheets.map((s, i) => ({ layoutName: s.name, name: naming.finals[i] }));

    // 3. Write.
    const env: ApplyEnv = { context, sheets: [] };
    const app = context.workbook.application;
    const byId = (id: string): Excel.Worksheet => context.workbook.worksheets.getItem(id);
    const createdIds = new Set<string>();
    let done = 0;
    try {
      for (const block of blocks) {
        app.suspendApiCalculationUntilNextSync();
        app.suspendScreenUpdatingUntilNextSync();
        const creating: Excel.Worksheet[] = [];
        for (const op of block.ops) {
          applyOp(op, env, byId);
          if (op.kind === 'create') {
            env.sheets[op.sheet].load('id');
            creating.push(env.sheets[op.sheet]);
          }
        }
        await this.sync();
        for (const ws of creating) createdIds.add(ws.id);
        opts.onProgress?.(++done, total);
      }
      // Final request: reversible steps first, deletions last. Calculation is not suspended: it recalculates.
      app.suspendScreenUpdatingUntilNextSync();
      replaced.forEach((r, j) =>
        applyOp({ kind: 'renameOld', sheetId: r.id, to: naming.backups[j], bytes: 0 }, env, byId),
      );
      if (basePosition !== null)
        layout.sheets.forEach((_, i) =>
          applyOp({ kind: 'position', sheet: i, position: basePosition + i, bytes: 0 }, env, byId),
        );
      layout.sheets.forEach((_, i) =>
        applyOp({ kind: 'renameNew', sheet: i, to: naming.finals[i], bytes: 0 }, env, byId),
      );
      env.sheets[0].activate();
      for (const r of replaced) byId(r.id).delete();
      for (const n of oldMarkers) context.workbook.names.getItem(n).delete();
      app.calculate('Recalculate');
      await this.sync();
      opts.onProgress?.(++done, total);
    } catch (e) {
      const warnings = await this.recover(e, before, replaced, naming, oldMarkers, env, createdIds);
      return this.result('written', {
        sheets: written,
        replaced: replaced.map((r) => r.name),
        blocks: blocks.length,
        requestBytes: blocks.map((b) => b.bytes),
        warnings,
      });
    }
    return this.result('written', {
      sheets: written,
      replaced: replaced.map((r) => r.name),
      blocks: blocks.length,
      requestBytes: blocks.map((b) => b.bytes),
    });
  }

  /**
   * After a failed request: read the workbook again and put it back as it was, or — when old sheets were
   * already deleted by the final request — finish deleting them. Throws a WriteError unless it finished.
   */
  private async recover(
    cause: unknown,
    before: Before,
    replaced: OwnSheet[],
    naming: Naming,
    oldMarkers: string[],
    env: ApplyEnv,
    createdIds: ReadonlySet<string>,
  ): Promise<string[]> {
    const { context } = this;
    const reason = reasonOf(cause);
    const code = codeOf(cause);
    const temps = new Set(naming.temps.map(sheetKey));
    const preIds = new Set(before.sheets.map((s) => s.id));
    let nowSheets: SheetInfo[];
    let nowNames: Set<string>;
    try {
      const sheets = context.workbook.worksheets;
      sheets.load('items/id,items/name,items/position');
      const names = context.workbook.names;
      names.load('items/name');
      await this.sync();
      nowSheets = sheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position }));
      nowNames = new Set(names.items.map((n) => sheetKey(n.name)));
    } catch {
      const leftovers = [...naming.temps];
      throw new WriteError('rollback', MSG.writeFailedNotRestored(reason, leftovers), {
        code,
        unchanged: false,
        leftovers,
        cause,
      });
    }
    // This run's sheets: by id once the request creating them succeeded; before that they can only carry
    // their temporary names (final names are given in the last request). A sheet someone else added meanwhile
    // is never taken for one of ours.
    const created = nowSheets.filter((s) => createdIds.has(s.id) || (!preIds.has(s.id) && temps.has(sheetKey(s.name))));
    const replacedLeft = replaced.filter((r) => nowSheets.some((s) => s.id === r.id));
    const sheetsApi = context.workbook.worksheets;
    const namesApi = context.workbook.names;

    if (replacedLeft.length < replaced.length) {
      // The final request had started deleting the old sheets: finish it; the new report is complete.
      for (const r of replacedLeft) sheetsApi.getItem(r.id).delete();
      for (const n of oldMarkers) if (nowNames.has(sheetKey(n))) namesApi.getItem(n).delete();
      env.sheets[0]?.activate();
      try {
        await this.sync();
      } catch (e) {
        const leftovers = replacedLeft.map((r) => nowSheets.find((s) => s.id === r.id)?.name ?? r.name);
        throw new WriteError('rollback', MSG.writeFailedNotRestored(reasonOf(e), leftovers), {
          code: codeOf(e),
          unchanged: false,
          leftovers,
          cause,
        });
      }
      return [MSG.cleanupRetried];
    }

    // Put everything back: new sheets out, old ones under their names, markers as they were, the active sheet.
    for (const s of created) sheetsApi.getItem(s.id).delete();
    // An old sheet goes back to its name unless another sheet took that name meanwhile (the user changed the
    // workbook while being asked); then it gets the next free one, and the message says so.
    const deleting = new Set(created.map((s) => s.id));
    const replacedIds = new Set(replaced.map((r) => r.id));
    const taken = new Set(
      nowSheets.filter((s) => !deleting.has(s.id) && !replacedIds.has(s.id)).map((s) => sheetKey(s.name)),
    );
    const renamedInstead: Array<[string, string]> = [];
    for (const r of replaced) {
      const now = nowSheets.find((s) => s.id === r.id);
      const target = taken.has(sheetKey(r.name)) ? uniqueSheetName(r.name, taken) : r.name;
      taken.add(sheetKey(target));
      if (target !== r.name) renamedInstead.push([r.name, target]);
      if (now && now.name !== target) sheetsApi.getItem(r.id).name = target;
    }
    const newMarkers = new Set(naming.markers.map(sheetKey));
    for (const n of naming.markers) if (nowNames.has(sheetKey(n))) namesApi.getItem(n).delete();
    // Only the old markers can have been deleted by this run (in the final request); the user's names are never touched.
    const deletable = new Set(oldMarkers.map(sheetKey));
    for (const n of before.names) {
      if (!deletable.has(sheetKey(n.name)) || nowNames.has(sheetKey(n.name)) || newMarkers.has(sheetKey(n.name)))
        continue;
      const restored = namesApi.add(n.name, n.formula, n.comment);
      restored.visible = n.visible;
    }
    if (before.activeId !== null && nowSheets.some((s) => s.id === before.activeId))
      sheetsApi.getItem(before.activeId).activate();
    try {
      await this.sync();
    } catch {
      const leftovers = created.map((s) => s.name);
      throw new WriteError('rollback', MSG.writeFailedNotRestored(reason, leftovers), {
        code,
        unchanged: false,
        leftovers,
        cause,
      });
    }
    if (renamedInstead.length > 0) {
      throw new WriteError('write', MSG.writeFailedRestoredRenamed(reason, renamedInstead), {
        code,
        unchanged: false,
        cause,
      });
    }
    throw new WriteError('write', MSG.writeFailedRestored(reason), { code, unchanged: true, cause });
  }
}
