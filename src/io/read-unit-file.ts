/**
 * One unit's file, bytes to UnitReport: the spreadsheet library makes grids, the core reads them.
 * Shared by the CLI and the task pane's worker so both doors judge a file identically.
 */
import { readWorkbook, type ReadLimits } from './read-workbook';
import { unevaluatedFormulaFindings } from './formulas/unevaluated';
import { readUnitWorkbook } from '../core/unit';
import type { PeriodInfo, UnitReport } from '../core/unit/types';
import type { WorkingCalendar } from '../core/calendar';

export interface ReadUnitOptions {
  limits?: Partial<ReadLimits>;
  calendar?: WorkingCalendar;
  periodFallback?: PeriodInfo;
}

export function readUnitFile(bytes: Uint8Array, file: string, opts: ReadUnitOptions = {}): UnitReport {
  const read = readWorkbook(bytes, file, opts.limits);
  const grids = read.grids;
  const findings = [...read.findings, ...unevaluatedFormulaFindings(grids, file)];
  const report = readUnitWorkbook(grids, file, { calendar: opts.calendar, periodFallback: opts.periodFallback });
  if (findings.length === 0) return report;
  const all = [...findings, ...report.findings];
  const unreadable = grids.length === 0 || findings.some((f) => f.severity === 'error');
  return { ...report, findings: all, status: unreadable && grids.length === 0 ? 'rejected' : report.status === 'valid' ? 'warnings' : report.status };
}
