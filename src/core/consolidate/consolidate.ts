import type { UnitReport } from '../unit/types';
import type { FileResult, ProvincialSummary } from './types';
import { duplicateFindings } from './duplicates';
import { periodFinding, summaryPeriod, type PeriodOptions } from './period';
import { missingSectionsFinding, reportedSections } from './sections';
import { addFinding, workingCopy } from './status';
import { sumSections } from './totals';

import type { Settings } from '../settings/types';

export interface ConsolidateOptions extends PeriodOptions {
  /** The office's settings the units were read with: recorded in the summary, their findings listed first. */
  settings?: Settings;
}

function fileResult(r: UnitReport): FileResult {
  return { file: r.file, unit: r.name, periodLabel: r.period.label, status: r.status, findings: r.findings };
}

/**
 * Consolidates the units' reports into the provincial summary (tổng hợp báo cáo).
 * Cross-file checks, each a finding on the file concerned: the same unit sent twice (the later file is
 * rejected), a period other than the summary's (warning), sections left out (one warning per unit).
 * Rejected files are listed in `files` with their findings but not summed. The inputs are not modified.
 */
export function consolidate(reports: readonly UnitReport[], opts: ConsolidateOptions = {}): ProvincialSummary {
  const working = reports.map(workingCopy);
  for (const [i, f] of duplicateFindings(working)) addFinding(working[i], f);

  const accepted = working.filter((r) => r.status !== 'rejected');
  const period = summaryPeriod(accepted, opts);
  const reported = reportedSections(accepted);
  for (const u of accepted) {
    const p = periodFinding(u, period);
    if (p) addFinding(u, p);
    const m = missingSectionsFinding(u, reported);
    if (m) addFinding(u, m);
  }

  const total = sumSections(accepted);
  return {
    period,
    units: accepted,
    total,
    byField: total.tthc?.byField ?? {},
    files: working.map(fileResult),
    findings: [...(opts.settings?.findings ?? []), ...working.flatMap((r) => r.findings)],
    settings: { file: opts.settings?.file ?? null, changes: opts.settings?.changes ?? [] },
  };
}
