import type { PreviousPeriod } from '../consolidate/types';
import { finding, type Finding } from '../findings';
import type { UnitReport } from '../unit/types';

/**
 * The earlier period to compare with (`--previous`), from its summary as read (workbook or JSON): its period,
 * totals, fields and units. A file that is not a TongHop summary gives a finding instead.
 */
export function previousPeriodOf(r: UnitReport): PreviousPeriod | Finding {
  const s = r.summary;
  if (!s || r.status === 'rejected') {
    const why = r.findings.find((f) => f.severity === 'error')?.message;
    return finding(
      { file: r.file, sheet: '', cell: '' },
      'error',
      'PREVIOUS_NOT_A_SUMMARY',
      `Tệp so sánh «${r.file}» không phải bảng tổng hợp do TongHop ghi${why ? ` (${why})` : ''}; bảng tổng hợp được ghi không có cột so sánh.`,
    );
  }
  return {
    file: r.file,
    period: s.period,
    total: s.total,
    byField: s.byField,
    units: s.members.map((m) => ({
      name: m.name,
      tthc: m.tthc,
      staff: m.staff,
      training: m.training,
      reception: m.reception,
    })),
  };
}
