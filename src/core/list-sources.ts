import type { LayoutSheet, ListValidation } from './layout';
import { clipText } from './text/normalize';

/** A list typed into data validation holds at most 255 characters. */
export const MAX_LIST_SOURCE = 255;

/** Excel holds at most this many characters in a drop-down's error alert message; a longer one makes it repair the file. */
export const MAX_ALERT_MESSAGE = 225;

/** A drop-down's error message as every writer puts it in the workbook: NFC, cut to Excel's limit ending with "…". */
export function alertMessage(v: ListValidation): string | undefined {
  return v.error ? clipText(v.error.normalize('NFC'), MAX_ALERT_MESSAGE) : undefined;
}

/** A typed list cannot hold commas or quotes and is limited to 255 characters; such lists go into a hidden column. */
export function needsListColumn(v: ListValidation): boolean {
  return v.values.some((x) => x.includes(',') || x.includes('"')) || v.values.join(',').length > MAX_LIST_SOURCE;
}

function lastUsedColumn(s: LayoutSheet): number {
  let c = s.widths.length - 1;
  for (const b of s.blocks) c = Math.max(c, b.col + b.cells.reduce((m, r) => Math.max(m, r.length), 0) - 1);
  for (const m of s.merges) c = Math.max(c, m.c2);
  for (const v of s.validations ?? []) c = Math.max(c, v.c2);
  return c;
}

/**
 * Where each drop-down of a sheet takes its values from, the same in both writers: null for a list typed into the
 * rule, otherwise the zero-based hidden column (one past a blank column after the sheet's content) holding it.
 */
export function listColumns(s: LayoutSheet): (number | null)[] {
  let next = lastUsedColumn(s) + 2;
  return (s.validations ?? []).map((v) => (v.sourceFormula === undefined && needsListColumn(v) ? next++ : null));
}
