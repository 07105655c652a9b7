/**
 * Whether a report document may be made from a summary read back (the summary sheets of the open workbook, a summary
 * workbook given to `tonghop report`): a figure known to be wrong is never published, so any error-severity finding
 * refuses it, as does a summary with no unit. One rule for both doors.
 */
import type { ProvincialSummary } from '../consolidate/types';

/** Why no report is made, in Vietnamese, naming `source` (`bảng tổng hợp TongHop.xlsx`); null when it may be made. */
export function whyNoReport(summary: Pick<ProvincialSummary, 'findings' | 'units'>, source: string): string | null {
  const wrong = summary.findings.find((f) => f.severity === 'error');
  // The finding's own message says what to do (sửa lại bảng tổng hợp…).
  if (wrong) return `Không lập báo cáo vì ${source} có số liệu sai: ${wrong.message}`;
  if (summary.units.length === 0) return `Không lập báo cáo vì ${source} không có đơn vị nào: không có gì để báo cáo.`;
  return null;
}
