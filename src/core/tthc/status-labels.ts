import statusData from './data/status-labels.json';
import { createLabelMatcher, repairVietnamese } from '../text';
import type { DossierOutcome } from './types';

export type KnownOutcome = Exclude<DossierOutcome, 'outOfPeriod'>;

/** Canonical Vietnamese labels of each outcome, as the reports and `=TTHC.STATUS` write them. */
export const OUTCOME_LABELS: Record<KnownOutcome, string> = {
  early: 'Trước hạn',
  onTime: 'Đúng hạn',
  late: 'Quá hạn',
  pendingWithin: 'Đang giải quyết',
  pendingOverdue: 'Đang giải quyết - quá hạn',
};

const OUTCOME_BY_LABEL = new Map<string, KnownOutcome>(
  (Object.entries(OUTCOME_LABELS) as [KnownOutcome, string][]).map(([k, v]) => [v, k]),
);

const matchLabel = createLabelMatcher(statusData.categories);

/** Status columns hold a handful of distinct strings repeated thousands of times: remember them. */
const memo = new Map<string, KnownOutcome | null>();
const MEMO_LIMIT = 4096;

/**
 * Reads a status label typed by a person (`Trước hạn`, `truoc han`, `TH`, TCVN3 `Tr­íc h¹n`…).
 * Returns null when the text names no known outcome.
 */
export function parseStatusLabel(text: string): KnownOutcome | null {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const label = matchLabel(repairVietnamese(text).text);
  const outcome = label === null ? null : (OUTCOME_BY_LABEL.get(label) ?? null);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, outcome);
  return outcome;
}
