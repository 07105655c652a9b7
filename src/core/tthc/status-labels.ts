import statusData from './data/status-labels.json';
import { type AddedWordings, addWordings, createLabelMatcher, type LabelCategory } from '../text/labels';
import { memoize } from '../text/memo';
import { repairVietnamese } from '../text/legacy';
import type { DossierOutcome } from './types';

export type KnownOutcome = Exclude<DossierOutcome, 'outOfPeriod'>;

const KNOWN_OUTCOMES: readonly KnownOutcome[] = ['early', 'onTime', 'late', 'pendingWithin', 'pendingOverdue'];

/** Canonical Vietnamese labels of each outcome, as the reports and `=TTHC.STATUS` write them (data/status-labels.json). */
export const OUTCOME_LABELS = Object.fromEntries(
  statusData.categories.map((c) => [c.key, c.label.normalize('NFC')]),
) as Record<KnownOutcome, string>;
for (const k of KNOWN_OUTCOMES)
  if (OUTCOME_LABELS[k] === undefined) throw new Error(`status-labels.json: thiếu trạng thái "${k}"`);

/** The labels in the data file's order, for messages: `Trước hạn, Đúng hạn, Quá hạn, Đang giải quyết, Đang giải quyết - quá hạn`. */
export const STATUS_LABEL_LIST: string = statusData.categories.map((c) => c.label.normalize('NFC')).join(', ');

const OUTCOME_BY_LABEL = new Map<string, KnownOutcome>(
  (Object.entries(OUTCOME_LABELS) as [KnownOutcome, string][]).map(([k, v]) => [v, k]),
);

/** Reads a status label typed by a person into its outcome; null when the text names none. */
export type StatusParser = (text: string) => KnownOutcome | null;

/** Status columns hold a handful of distinct strings repeated thousands of times: each is read once. */
function statusParser(categories: readonly LabelCategory[]): StatusParser {
  const matchLabel = createLabelMatcher(categories);
  return memoize((text) => {
    const label = matchLabel(repairVietnamese(text).text);
    return label === null ? null : (OUTCOME_BY_LABEL.get(label) ?? null);
  });
}

/**
 * Reads a status label typed by a person (`Trước hạn`, `truoc han`, `TH`, TCVN3 `Tr­íc h¹n`…).
 * Returns null when the text names no known outcome.
 */
export const parseStatusLabel: StatusParser = statusParser(statusData.categories);

/** The shipped wordings of each status label (data/status-labels.json). */
export const STATUS_CATEGORIES: readonly LabelCategory[] = statusData.categories;

/**
 * A parser that also knows the office's ways of writing: each counts for its label only (a shipped wording the
 * office gave to another label moves there). The shipped parser when there are none.
 */
export function statusParserWith(added: readonly AddedWordings[]): StatusParser {
  return added.length === 0 ? parseStatusLabel : statusParser(addWordings(statusData.categories, added).categories);
}
