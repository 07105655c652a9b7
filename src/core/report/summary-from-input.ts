/**
 * A TongHop summary read back (SummaryInput: its workbook or its JSON) as a ProvincialSummary, so the report document
 * can be made from a summary .xlsx as from its JSON (`tonghop report TongHop.xlsx`). Figures are taken as the
 * summary holds them, totals included; the summary's own findings (cells that are not counts) come along.
 */
import type { ProvincialSummary } from '../consolidate/types';
import type { SummaryInput } from '../summary/types';
import type { UnitReport } from '../unit/types';

export function summaryFromInput(s: SummaryInput, file: string): ProvincialSummary {
  const units = s.members.map((m): UnitReport => {
    const u: UnitReport = {
      file: m.file || file,
      name: m.name,
      period: s.period,
      findings: [],
      status: 'valid',
      contentKey: '',
    };
    if (m.tthc) u.tthc = m.tthc;
    if (m.staff) u.staff = m.staff;
    if (m.training) u.training = m.training;
    if (m.reception) u.reception = m.reception;
    return u;
  });
  const hasErrors = s.findings.some((f) => f.severity === 'error');
  const files = [
    {
      file,
      unit: s.agency,
      periodLabel: s.period.label,
      status: hasErrors ? ('errors' as const) : ('valid' as const),
      findings: s.findings,
    },
  ];
  return {
    period: s.period,
    units,
    total: s.total,
    byField: s.byField,
    files,
    findings: s.findings,
    ...(s.agency !== '' ? { agency: s.agency } : {}),
  };
}
