import { finding, type Finding } from '../findings';
import { cleanText, foldKey } from '../text/normalize';
import type { PeriodInfo, UnitReport } from '../unit/types';
import { describePeriod } from './period-text';
import { unitLabel } from './status';

/** What the caller fixed for the summary; a field left undefined is taken from the units' majority. */
export interface PeriodOptions {
  periodLabel?: string;
  from?: number | null;
  to?: number | null;
}

/** The value seen most often (ties: the one seen first); undefined for no values. */
function majority<T>(values: readonly T[], keyOf: (v: T) => string): T | undefined {
  const counts = new Map<string, { value: T; n: number }>();
  for (const v of values) {
    const k = keyOf(v);
    const e = counts.get(k);
    if (e) e.n++;
    else counts.set(k, { value: v, n: 1 });
  }
  let best: { value: T; n: number } | undefined;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.value;
}

const day = (serial: number): number => Math.floor(serial);

/** The period of the summary (kỳ tổng hợp): the caller's, else the majority of the units'. */
export function summaryPeriod(units: readonly UnitReport[], opts: PeriodOptions = {}): PeriodInfo {
  const labelled = units.map((u) => cleanText(u.period.label)).filter((l) => foldKey(l) !== '');
  const dated = units
    .map((u) => u.period)
    .filter((p): p is PeriodInfo & { from: number; to: number } => p.from !== null && p.to !== null);
  const dates = majority(dated, (p) => `${day(p.from)}-${day(p.to)}`);
  return {
    label: opts.periodLabel !== undefined ? cleanText(opts.periodLabel) : (majority(labelled, foldKey) ?? ''),
    from: opts.from !== undefined ? opts.from : dates ? day(dates.from) : null,
    to: opts.to !== undefined ? opts.to : dates ? day(dates.to) : null,
  };
}

/**
 * Whether a unit's period matches the summary's. Dates decide when both sides give both ends
 * (labels are free text, written many ways for the same period); otherwise the folded labels do.
 * With nothing to compare the unit is not flagged.
 */
export function samePeriod(p: PeriodInfo, ref: PeriodInfo): boolean {
  if (p.from !== null && p.to !== null && ref.from !== null && ref.to !== null) {
    return day(p.from) === day(ref.from) && day(p.to) === day(ref.to);
  }
  const a = foldKey(p.label);
  const b = foldKey(ref.label);
  return a === '' || b === '' || a === b;
}

/** A warning when the unit reports another period than the summary; its figures are still summed. */
export function periodFinding(u: UnitReport, ref: PeriodInfo): Finding | null {
  if (samePeriod(u.period, ref)) return null;
  return finding(
    { file: u.file, sheet: '', cell: '' },
    'warning',
    'PERIOD_MISMATCH',
    `Kỳ báo cáo của đơn vị "${unitLabel(u)}" (${describePeriod(u.period)}) khác kỳ tổng hợp (${describePeriod(ref)}); ` +
      'số liệu vẫn được tổng hợp, đề nghị kiểm tra lại.',
  );
}
