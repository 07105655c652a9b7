/**
 * The open workbook's DanhMuc sheet as the custom functions see it (danh mục của sổ tính cho các hàm TTHC).
 *
 * Excel recalculates a custom function only when its arguments change, and a function cannot depend on a sheet
 * it is not given. So, in the shared runtime (one page for the pane and the functions), the functions keep the
 * calendar built from the DanhMuc sheet here, synchronously at hand:
 * 1. when the runtime starts, the sheet is read once (Excel.run, read only);
 * 2. `worksheets.onChanged` (ExcelApi 1.9) tells of edits: an edit on the DanhMuc sheet reads it again, and
 *    `worksheets.onAdded` / `onDeleted` / `onNameChanged` (1.17) cover the sheet appearing (the pane's «Danh mục»,
 *    a sheet renamed) or going; before 1.17, without a DanhMuc sheet, any edit looks for one again;
 * 3. when what the functions use changed, `application.calculate(full)` recalculates the workbook, so
 *    `=TTHC.DEADLINE(...)` and `=TTHC.WORKDAYS(...)` honour the sheet's extra days without extra arguments, and
 *    the functions that read statuses, staff categories and course types (`ONTIME`, `COUNT`, `SUMMARY`, `STAFF`,
 *    `TRAINING`…) the office's ways of writing (table 4).
 * The functions themselves never call Excel (Microsoft advises against Excel calls that change anything from a
 * custom function); a workbook without a DanhMuc sheet uses the shipped calendar, exactly as before.
 */
import { calendarWithOverrides, defaultCalendar, type WorkingCalendar } from '../core/calendar';
import {
  applySettings,
  labelSets,
  readSettingsGrid,
  SHIPPED_LABEL_SETS,
  type LabelSets,
  type Settings,
} from '../core/settings';
import { readSettingsSheetWithId } from '../excel/read-settings-sheet';

interface State {
  extraHolidays: number[];
  extraWorkdays: number[];
  /** Vietnamese message of the sheet's first wrong entry; functions that count days fail with it. */
  problem: string | null;
  sheetId: string | null;
  /** The matchers of statuses, staff categories and course types with the sheet's ways of writing. */
  labels: LabelSets;
  /** What the labels were built from, to tell a change. */
  labelsKey: string;
}

/** Findings on the days table: the only entries the functions use. */
const DAY_CODES = new Set(['SETTINGS_BAD_DATE', 'SETTINGS_BAD_DAY_KIND', 'SETTINGS_DAY_CONFLICT']);

const SHIPPED: State = {
  extraHolidays: [],
  extraWorkdays: [],
  problem: null,
  sheetId: null,
  labels: SHIPPED_LABEL_SETS,
  labelsKey: '',
};
let state: State = SHIPPED;

function stateOf(settings: Settings | null, sheetId: string | null): State {
  if (settings === null) return { ...SHIPPED, sheetId };
  const wrong = settings.findings.find((f) => DAY_CODES.has(f.code));
  return {
    extraHolidays: settings.extraDaysOff.map((d) => d.serial),
    extraWorkdays: settings.extraWorkdays.map((d) => d.serial),
    problem: wrong ? `Trang DanhMuc, ô ${wrong.cell}: ${wrong.message} Hãy sửa trang DanhMuc.` : null,
    sheetId,
    labels: labelSets(settings),
    labelsKey: JSON.stringify(settings.labels),
  };
}

const keyOf = (s: State): string =>
  `${s.extraHolidays.join(',')}|${s.extraWorkdays.join(',')}|${s.problem ?? ''}|${s.labelsKey}`;

/** The days the functions add to the calendar, and the sheet's problem if any. */
export function workbookDays(): Readonly<State> {
  return state;
}

/** The matchers with the sheet's ways of writing statuses, staff categories and course types (table 4). */
export function workbookLabels(): LabelSets {
  return state.labels;
}

/** The calendar with the sheet's days and the function's own extra days (arguments). */
export function workbookCalendar(
  extraHolidays: readonly number[] = [],
  extraWorkdays: readonly number[] = [],
): WorkingCalendar {
  const h = [...state.extraHolidays, ...extraHolidays];
  const w = [...state.extraWorkdays, ...extraWorkdays];
  return h.length === 0 && w.length === 0
    ? defaultCalendar()
    : calendarWithOverrides({ extraHolidays: h, extraWorkdays: w });
}

/** Reads the DanhMuc sheet again; true when what the functions use changed. */
export async function loadWorkbookSettings(): Promise<boolean> {
  const sheet = await readSettingsSheetWithId();
  const settings = sheet === null ? null : applySettings(readSettingsGrid(sheet.grid, 'sổ tính đang mở'));
  const next = stateOf(settings, sheet?.id ?? null);
  const changed = keyOf(next) !== keyOf(state);
  state = next;
  return changed;
}

async function reloadAndRecalculate(): Promise<void> {
  if (!(await loadWorkbookSettings())) return;
  await Excel.run(async (ctx) => {
    ctx.workbook.application.calculate(Excel.CalculationType.full);
    await ctx.sync();
  });
}

/** Reads the sheet now and follows its changes (call once when the shared runtime starts). */
export async function watchWorkbookSettings(): Promise<void> {
  await reloadAndRecalculate();
  // Excel tells of renames from ExcelApi 1.17; before it, a sheet renamed to DanhMuc shows only as an edit.
  const toldOfRenames = Office.context.requirements.isSetSupported('ExcelApi', '1.17');
  await Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
      // An edit matters on the DanhMuc sheet; without one, an edit elsewhere is worth a look only where a rename
      // would not be told (else every edit of a workbook without DanhMuc would read the workbook).
      if (e.worksheetId === state.sheetId || (state.sheetId === null && !toldOfRenames)) await reloadAndRecalculate();
    });
    sheets.onAdded.add(reloadAndRecalculate);
    sheets.onDeleted.add(reloadAndRecalculate);
    if (toldOfRenames) sheets.onNameChanged.add(reloadAndRecalculate);
    await ctx.sync();
  });
}

/** Back to the shipped calendar (tests). */
export function resetWorkbookSettings(): void {
  state = SHIPPED;
}
