/**
 * One unit's file, bytes to UnitReport: the spreadsheet library makes grids, the core reads them.
 * Shared by the CLI and the task pane's worker so both doors judge a file identically. A summary TongHop wrote
 * (its workbook or its JSON) is recognised here and read as a summary, never as a unit's workbook.
 */
import { readWorkbook, type ReadLimits } from './read-workbook';
import { evaluateFormulas } from './formulas/evaluate';
// From the defining modules, not the folders' indexes: a reading worker loads only what reading needs.
import { readUnitWorkbook } from '../core/unit/read-workbook';
import { fileStatus } from '../core/unit/file-status';
import { isSummaryWorkbook } from '../core/summary/recognize';
import { summaryJsonReport, summaryReport } from '../core/summary/summary-report';
import type { PeriodInfo, UnitReport } from '../core/unit/types';
import type { WorkingCalendar } from '../core/calendar';
import type { Settings } from '../core/settings';

export interface ReadUnitOptions {
  limits?: Partial<ReadLimits>;
  calendar?: WorkingCalendar;
  periodFallback?: PeriodInfo;
  /** The office's settings (plain data: crosses to a worker as is). */
  settings?: Settings;
}

export function readUnitFile(bytes: Uint8Array, file: string, opts: ReadUnitOptions = {}): UnitReport {
  // A `.json` input can only be a summary JSON TongHop wrote (docs/interfaces.md §5).
  if (/\.json$/i.test(file)) return summaryJsonReport(new TextDecoder('utf-8').decode(bytes), file);
  const read = readWorkbook(bytes, file, opts.limits);
  const grids = read.grids;
  // A summary TongHop wrote is never read as a unit's workbook (issue 8 item 7; docs/interfaces.md §5).
  if (isSummaryWorkbook(grids)) return withReadFindings(summaryReport(grids, file), read.findings, grids.length);
  const findings = [...read.findings, ...evaluateFormulas(grids, file)];
  const report = readUnitWorkbook(grids, file, {
    calendar: opts.calendar,
    periodFallback: opts.periodFallback,
    settings: opts.settings,
  });
  return withReadFindings(report, findings, grids.length);
}

/** The reader's own findings (limits, damaged parts) put before the report's; no sheet at all rejects the file. */
function withReadFindings(report: UnitReport, findings: UnitReport['findings'], sheets: number): UnitReport {
  if (findings.length === 0) return report;
  const merged = { ...report, findings: [...findings, ...report.findings] };
  return { ...merged, status: sheets === 0 ? 'rejected' : fileStatus(merged) };
}
