/**
 * The add-in's own settings kept in the open workbook (Office.context.document.settings: saved in the file, per
 * add-in), so the next period finds them again. Outside Excel there is nowhere to keep them.
 */
interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(cb?: (r: { status: string }) => void): void;
}

function settings(): DocumentSettings | null {
  const office = (globalThis as { Office?: { context?: { document?: { settings?: DocumentSettings } } } }).Office;
  return office?.context?.document?.settings ?? null;
}

/** The value saved under `key` in this workbook, or null. */
export function loadSetting(key: string): unknown {
  try {
    return settings()?.get(key) ?? null;
  } catch {
    return null;
  }
}

/** Saves a JSON value in the workbook; resolves false when the host could not save it. */
export function saveSetting(key: string, value: unknown): Promise<boolean> {
  const s = settings();
  if (!s) return Promise.resolve(false);
  try {
    s.set(key, value);
    return new Promise((resolve) => s.saveAsync((r) => resolve(r?.status === 'succeeded')));
  } catch {
    return Promise.resolve(false);
  }
}
