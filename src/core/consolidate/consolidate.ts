import type { UnitReport } from '../unit/types';
import type { FileResult, ProvincialSummary } from './types';
import { duplicateFindings } from './duplicates';
import { periodFinding, summaryPeriod, type PeriodOptions } from './period';
import { missingSectionsFinding, reportedSections } from './sections';
import { addFinding, workingCopy } from './status';
import { sumSections } from './totals';
import { type HeldOutcome, holdSections, withoutSections } from './held';
import { hasFigures } from '../unit/file-status';

import type { Settings } from '../settings/types';

export interface ConsolidateOptions extends PeriodOptions {
  /** The office's settings the units were read with: recorded in the summary, their findings listed first. */
  settings?: Settings;
  /**
   * Files (named as in the reports) whose figures the user accepts as added up despite errors (`--accept`, the
   * pane's choice per file): their sections are counted and the summary records the choice.
   */
  accept?: readonly string[];
  /** The agency that reports, named by the user (`--agency`) over the one in the settings (DanhMuc table 5). */
  agency?: string;
}

function fileResult(r: UnitReport, outcome: HeldOutcome | undefined): FileResult {
  const fr: FileResult = {
    file: r.file,
    unit: r.name,
    periodLabel: r.period.label,
    status: r.status,
    findings: r.findings,
  };
  if (outcome?.held.length) fr.held = outcome.held;
  if (outcome?.accepted) fr.accepted = true;
  return fr;
}

/**
 * Consolidates the units' reports into the provincial summary (tổng hợp báo cáo).
 * Cross-file checks, each a finding on the file concerned: the same unit sent twice (the later file is
 * rejected), a period other than the summary's (warning), sections left out (one warning per unit).
 * Rejected files are listed in `files` with their findings but not summed; a file with errors (Có lỗi) is summed
 * without the sections its errors concern unless the user accepted it. The inputs are not modified.
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

  // Errors stop wrong figures: a file with errors counts only what no error puts in doubt, unless accepted.
  const acceptSet = new Set(opts.accept ?? []);
  const outcomes = new Map<UnitReport, HeldOutcome>();
  const counted: UnitReport[] = [];
  for (const u of accepted) {
    if (u.status !== 'errors') {
      counted.push(u);
      continue;
    }
    const outcome = holdSections(u, acceptSet.has(u.file));
    outcomes.set(u, outcome);
    if (outcome.finding) u.findings.push(outcome.finding);
    const kept = withoutSections(u, outcome.held);
    if (hasFigures(kept)) counted.push(kept);
  }

  const total = sumSections(counted);
  const agency = (opts.agency ?? opts.settings?.agency.agency ?? '').trim();
  return {
    period,
    units: counted,
    total,
    byField: total.tthc?.byField ?? {},
    files: working.map((r) => fileResult(r, outcomes.get(r))),
    findings: [...(opts.settings?.findings ?? []), ...working.flatMap((r) => r.findings)],
    settings: { file: opts.settings?.file ?? null, changes: opts.settings?.changes ?? [] },
    ...(agency !== '' ? { agency } : {}),
    ...(opts.settings && Object.keys(opts.settings.phrases).length > 0
      ? { phrases: { ...opts.settings.phrases } }
      : {}),
  };
}
