import { classifyDossier, type Period } from './classify';
import type { ParsedRegister, RegisterEntry } from './register';
import { type DossierOutcome, type TthcCounts, type TthcSummary, emptyCounts } from './types';

/** Field name used when a dossier row names none. */
export const NO_FIELD = 'Chưa phân lĩnh vực';

/** Adds one dossier with a known outcome to the counts (the single place the columns are filled). */
export function countOutcome(c: TthcCounts, outcome: DossierOutcome, carriedOver: boolean, online: boolean): void {
  if (outcome === 'outOfPeriod') return;
  c.received++;
  if (carriedOver) c.carriedOver++;
  else if (online) c.online++;
  else c.inPerson++;
  switch (outcome) {
    case 'early':
      c.resolved++;
      c.early++;
      break;
    case 'onTime':
      c.resolved++;
      c.onTime++;
      break;
    case 'late':
      c.resolved++;
      c.late++;
      break;
    case 'pendingOverdue':
      c.pending++;
      c.pendingOverdue++;
      break;
    case 'pendingWithin':
      c.pending++;
      break;
  }
}

/** Outcome of one register entry in the period. */
export function entryOutcome(e: RegisterEntry, period: Period): { outcome: DossierOutcome; carriedOver: boolean } {
  if (e.status !== null) {
    const received = e.received === null ? null : Math.floor(e.received);
    if (received !== null && period.to !== null && received > period.to)
      return { outcome: 'outOfPeriod', carriedOver: false };
    return { outcome: e.status, carriedOver: received !== null && period.from !== null && received < period.from };
  }
  return classifyDossier({ received: e.received, deadline: e.deadline as number, resolved: e.resolved }, period);
}

export interface RegisterSummary {
  summary: TthcSummary;
  /** Rows outside the period (not counted). */
  outOfPeriod: number;
}

/** Register → the TTHC table of Biểu II.06a for one period, in total and by field. */
export function summarizeRegister(reg: ParsedRegister, period: Period): RegisterSummary {
  const total = emptyCounts();
  // A map while counting: a field name as an object key is looked up in the string table on every dossier.
  const fields = new Map<string, TthcCounts>();
  let outOfPeriod = 0;
  for (const e of reg.entries) {
    const { outcome, carriedOver } = entryOutcome(e, period);
    if (outcome === 'outOfPeriod') {
      outOfPeriod++;
      continue;
    }
    const online = e.channel === 'online';
    countOutcome(total, outcome, carriedOver, online);
    const field = e.field || NO_FIELD;
    let counts = fields.get(field);
    if (counts === undefined) fields.set(field, (counts = emptyCounts()));
    countOutcome(counts, outcome, carriedOver, online);
  }
  const byField: Record<string, TthcCounts> = {};
  for (const [field, counts] of fields) byField[field] = counts;
  return { summary: { ...total, byField }, outOfPeriod };
}
