/**
 * Comparison columns of TH_TTHC and TH_LinhVuc (cột so sánh): after the columns of Biểu II.06a and its two ratios,
 * the earlier period's received (with the change and its rate) and resolved dossiers (with the change), as formulas
 * (`=C8-P8`, `=IF(P8=0,"",Q8/P8)`). A row the earlier period did not have shows blanks, never a made-up zero.
 */
import type { TableColumn, RowValue } from '../report/table';
import type { TthcCounts } from '../tthc/types';

/** Where the table's own columns are: received's and resolved's, and the first column after them (zero-based). */
export interface ComparedColumns {
  received: number;
  resolved: number;
  first: number;
}

export function comparisonColumns(earlierName: string, at: ComparedColumns): TableColumn[] {
  const group = `So với ${earlierName}`;
  const first = at.first;
  return [
    { group, label: 'Tổng số nhận', kind: 'count' },
    { group, label: 'Tăng, giảm', kind: 'difference', difference: { a: at.received, b: first } },
    { group, label: 'Tỷ lệ (%)', kind: 'ratio', ratio: { num: [first + 1], den: [first] } },
    { group, label: 'Đã giải quyết', kind: 'count' },
    { group, label: 'Tăng, giảm', kind: 'difference', difference: { a: at.resolved, b: first + 3 } },
  ];
}

/** The row's values for those columns: the earlier figures (blank when the row is new); formulas fill the rest. */
export function comparisonValues(before: TthcCounts | undefined): RowValue[] {
  return before ? [before.received, null, null, before.resolved, null] : [null, null, null, null, null];
}
