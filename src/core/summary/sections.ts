import type { SummaryTotals } from '../consolidate/types';
import { sumReception, sumStaff, sumTraining, sumTthc } from '../consolidate/totals';
import type { SummaryMember } from './types';

function defined<T>(xs: readonly (T | undefined)[]): T[] {
  return xs.filter((x): x is T => x !== undefined);
}

/** Each section summed over a summary's members; a section none of them has stays absent. */
export function memberTotals(members: readonly SummaryMember[]): SummaryTotals {
  const out: SummaryTotals = {};
  const tthc = sumTthc(defined(members.map((m) => m.tthc)));
  const staff = sumStaff(defined(members.map((m) => m.staff)));
  const training = sumTraining(defined(members.map((m) => m.training)));
  const reception = sumReception(defined(members.map((m) => m.reception)));
  if (tthc) out.tthc = tthc;
  if (staff) out.staff = staff;
  if (training) out.training = training;
  if (reception) out.reception = reception;
  return out;
}
