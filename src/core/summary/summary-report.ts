import type { Grid } from '../grid';
import type { UnitReport } from '../unit/types';
import { rejectedReport } from '../unit/rejected';
import { agencyUnitName } from './agency-name';
import { readSummaryGrids } from './read-summary-grids';
import { readSummaryJson } from './read-summary-json';
import { isSummaryJson } from './recognize';
import type { SummaryInput } from './types';

function report(file: string, s: SummaryInput): UnitReport {
  return {
    file,
    name: agencyUnitName(s.agency),
    period: s.period,
    findings: [],
    status: s.members.length === 0 ? 'rejected' : 'valid',
    contentKey: '',
    source: 'summary',
    summary: s,
  };
}

/** A summary workbook's entry: the summary read back, waiting to be collapsed or expanded (see as-units.ts). */
export function summaryReport(grids: readonly Grid[], file: string): UnitReport {
  return report(file, readSummaryGrids(grids, file));
}

/** A `.json` input: a TongHop summary JSON, else a rejected entry saying what the file is not. */
export function summaryJsonReport(text: string, file: string): UnitReport {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return rejectedReport(
      file,
      'SUMMARY_JSON_INVALID',
      `Tệp «${file}» không phải JSON hợp lệ (${e instanceof Error ? e.message : String(e)}); tệp không được tổng hợp.`,
    );
  }
  if (!isSummaryJson(value)) {
    return rejectedReport(
      file,
      'SUMMARY_JSON_UNKNOWN',
      `Tệp «${file}» không phải tệp tổng hợp JSON của TongHop (cần các mục period, units, total, findings); tệp không được tổng hợp.`,
    );
  }
  const read = readSummaryJson(value as Record<string, unknown>, file);
  return read.ok
    ? report(file, read.summary)
    : rejectedReport(file, 'SUMMARY_JSON_INVALID', `${read.message} Tệp không được tổng hợp.`);
}
