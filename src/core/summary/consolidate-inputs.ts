import { consolidate, type ConsolidateOptions } from '../consolidate/consolidate';
import { addFinding, workingCopy } from '../consolidate/status';
import { sumByField } from '../consolidate/totals';
import type { ProvincialSummary } from '../consolidate/types';
import type { TthcSummary } from '../tthc/types';
import type { UnitReport } from '../unit/types';
import { summariesAsUnits, type SummaryInputOptions } from './as-units';
import { summaryOverlapFindings } from './overlaps';

export type ConsolidateInputsOptions = ConsolidateOptions & SummaryInputOptions;

/**
 * Consolidation of mixed inputs (tổng hợp đơn vị và bảng tổng hợp): units' reports and summaries TongHop wrote,
 * each summary collapsed to one unit or expanded to its own, the same unit never counted twice; then the usual
 * consolidation. The inputs are not modified.
 */
export function consolidateInputs(
  reports: readonly UnitReport[],
  opts: ConsolidateInputsOptions = {},
): ProvincialSummary {
  const { reports: entries, unplacedByField } = summariesAsUnits(reports, opts);
  const working = entries.map(workingCopy);
  for (const [i, f] of summaryOverlapFindings(working)) addFinding(working[i], f);
  const summary = consolidate(working, opts);
  if (unplacedByField.length > 0 && summary.total.tthc) {
    const parts: Pick<TthcSummary, 'byField'>[] = [
      ...summary.units.flatMap((u) => (u.tthc ? [u.tthc] : [])),
      ...unplacedByField.map((byField) => ({ byField })),
    ];
    summary.byField = sumByField(parts as TthcSummary[]);
    summary.total.tthc.byField = summary.byField;
  }
  return summary;
}
