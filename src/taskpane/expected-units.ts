/**
 * The pane's list of units expected to report (đơn vị phải báo cáo), kept in the open workbook with the add-in's
 * document settings (Office.context.document.settings: saved in the file, per add-in), so the next period finds
 * it again. Outside Excel the list lives only in the box.
 */
const KEY = 'TongHop.expectedUnits';

interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(cb?: (r: { status: string }) => void): void;
}

function settings(): DocumentSettings | null {
  const office = (globalThis as { Office?: { context?: { document?: { settings?: DocumentSettings } } } }).Office;
  return office?.context?.document?.settings ?? null;
}

/** The list last saved in this workbook ('' when none). */
export function loadExpectedUnits(): string {
  const v = settings()?.get(KEY);
  return typeof v === 'string' ? v : '';
}

/** Saves the list in the workbook; resolves false when the host could not save it. */
export function saveExpectedUnits(text: string): Promise<boolean> {
  const s = settings();
  if (!s) return Promise.resolve(false);
  s.set(KEY, text);
  return new Promise((resolve) => s.saveAsync((r) => resolve(r?.status === 'succeeded')));
}
