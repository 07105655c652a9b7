/**
 * Comparison columns of TH_TTHC and TH_LinhVuc (cột so sánh): after the 15 columns of Biểu II.06a, the earlier
 * period's received (with the change and its rate) and resolved dossiers (with the change), as formulas (`=C8-P8`, `=IF(P8=0,"",Q8/P8)`).
 * A row the earlier period did not have shows blanks, never a made-up zero.
 */
import type { TableColumn, RowValue } from '../report/table';
import type { TthcCounts } from '../tthc/types';

/** Columns before the comparison: the Biểu's 13 and its two ratios. */
const FIRST = 15;
const RECEIVED = 2;
const RESOLVED = 6;

export function comparisonColumns(earlierName: string): TableColumn[] {
  const group = `So với ${earlierName}`;
  return [
    { group, label: 'Tổng số nhận', kind: 'count' },
    { group, label: 'Tăng, giảm', kind: 'difference', difference: { a: RECEIVED, b: FIRST } },
    { group, label: 'Tỷ lệ (%)', kind: 'ratio', ratio: { num: [FIRST + 1], den: [FIRST] } },
    { group, label: 'Đã giải quyết', kind: 'count' },
    { group, label: 'Tăng, giảm', kind: 'difference', difference: { a: RESOLVED, b: FIRST + 3 } },
  ];
}

/** The row's values for those columns: the earlier figures (blank when the row is new); formulas fill the rest. */
export function comparisonValues(before: TthcCounts | undefined): RowValue[] {
  return before ? [before.received, null, null, before.resolved, null] : [null, null, null, null, null];
}
