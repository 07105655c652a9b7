/**
 * How the add-in knows which sheets it made (dấu nhận biết trang tính của TongHop).
 *
 * One hidden workbook-scoped defined name per sheet the add-in wrote, e.g. `_TongHop_k3f9a1c2_1`, that
 * refers to the sheet's cell A1 and whose comment is JSON: {"app":"TongHop","v":1,"period":"2024-H1",
 * "run":"<runId>","sheet":"TH_TTHC"}. Because a name refers to a range, Excel keeps it pointing at the same
 * sheet when the user renames or moves it, and turns it into #REF! when the sheet is deleted; a copy the user
 * makes of the sheet is not marked (workbook names are not copied), so it counts as the user's. A sheet is
 * the add-in's only while such a name points at it. Names: ExcelApi 1.4 (add, comment, delete), 1.7 (formula).
 * The whole set is read in one request with the sheet list.
 */

export const MARKER_PREFIX = '_TongHop_';
/** Excel keeps a name's comment to 255 characters. */
export const MAX_MARKER_COMMENT = 255;

export interface SheetMark {
  period: string;
  run: string;
  /** The layout's name for the sheet (its real name may differ). */
  sheet: string;
}

export function encodeMark(m: SheetMark): string {
  return JSON.stringify({ app: 'TongHop', v: 1, period: m.period, run: m.run, sheet: m.sheet });
}

export function decodeMark(comment: unknown): SheetMark | null {
  if (typeof comment !== 'string' || !comment.startsWith('{')) return null;
  try {
    const o = JSON.parse(comment) as Record<string, unknown>;
    if (o.app !== 'TongHop' || o.v !== 1) return null;
    if (typeof o.period !== 'string' || typeof o.run !== 'string' || typeof o.sheet !== 'string') return null;
    return { period: o.period, run: o.run, sheet: o.sheet };
  } catch {
    return null;
  }
}

/** The sheet a marker's formula (`=TH_TTHC!$A$1`, `='TH_TTHC (2)'!$A$1`) points at; null for #REF! or anything else. */
export function markedSheetName(formula: unknown): string | null {
  if (typeof formula !== 'string') return null;
  const quoted = /^='((?:[^']|'')+)'!\$?[A-Z]{1,3}\$?\d+$/.exec(formula);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const bare = /^=([^'!#][^!]*)!\$?[A-Z]{1,3}\$?\d+$/.exec(formula);
  return bare ? bare[1] : null;
}

/** A short tag of letters and digits derived from the run id (FNV-1a, base 36), for temporary and marker names. */
export function runTag(runId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < runId.length; i++) {
    h ^= runId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}
