/**
 * Writing the summary into the open workbook: the pane's thin adapter over the Excel door
 * (src/excel writeLayoutToWorkbook), which replaces the period's own sheets only when the user agrees and
 * puts the workbook back as it was when a request fails.
 */
import { isoFromSerial } from '../core/calendar/serial';
import type { LayoutWorkbook } from '../core/layout';
import { foldKey } from '../core/text';
import type { PeriodInfo } from '../core/unit/types';
import { hostProblem, writeLayoutToWorkbook } from '../excel';

export type SummaryWriteOutcome =
  { kind: 'written'; sheets: string[]; replaced: string[]; warnings: string[] } | { kind: 'cancelled' };

export interface SummaryWriteOptions {
  periodKey: string;
  /** Asked with the names of the sheets about to be replaced; true to replace them. */
  confirmReplace: (sheets: string[]) => Promise<boolean>;
  /** fraction 0..1 of the writing done, and what is happening. */
  onProgress: (fraction: number, text: string) => void;
}

/**
 * The key that ties the add-in's sheets to a period (recorded in their markers): the period's dates when
 * known, `2019-12-15_2020-06-14`, else its folded label, `6-thang-dau-nam-2020`.
 */
export function periodKeyOf(p: PeriodInfo): string {
  if (p.from !== null && p.to !== null) return `${isoFromSerial(p.from)}_${isoFromSerial(p.to)}`;
  const label = foldKey(p.label)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return label !== '' ? label : 'khong-ro-ky';
}

/** A run id unique enough to tell two runs apart in the markers. */
export function newRunId(now: number = Date.now()): string {
  const r = new Uint32Array(2);
  crypto.getRandomValues(r);
  return `${now.toString(36)}-${r[0].toString(36)}${r[1].toString(36)}`;
}

/** Why this host cannot take the summary (Vietnamese), or null when it can. */
export function writeProblem(): string | null {
  return hostProblem();
}

export async function writeSummary(layout: LayoutWorkbook, opts: SummaryWriteOptions): Promise<SummaryWriteOutcome> {
  const result = await writeLayoutToWorkbook(layout, {
    runId: newRunId(),
    periodKey: opts.periodKey,
    confirmReplace: opts.confirmReplace,
    onProgress: (done, total) =>
      opts.onProgress(total > 0 ? done / total : 1, `Đang ghi vào sổ tính: bước ${done}/${total}…`),
  });
  if (result.status === 'cancelled') return { kind: 'cancelled' };
  return {
    kind: 'written',
    sheets: result.sheets.map((s) => s.name),
    replaced: result.replaced,
    warnings: result.warnings,
  };
}
