import { finding, type Finding } from '../findings';
import type { ProvincialSummary } from '../consolidate/types';
import { unitKey } from '../summary/unit-key';

/** An expected unit: a name from a list, or an entry of the office's settings with its other names. */
export type ExpectedUnit = string | { name: string; synonyms: readonly string[] };

const namesOf = (u: ExpectedUnit): readonly string[] => (typeof u === 'string' ? [u] : [u.name, ...u.synonyms]);
const nameOf = (u: ExpectedUnit): string => (typeof u === 'string' ? u : u.name);

/**
 * Units of the expected list that have not sent (đơn vị chưa gửi báo cáo), in list order, as the list spells
 * them. A unit counts as having sent when an accepted report, or a unit inside a summary given as an input,
 * has its name or one of its other names after folding case, diacritics, spacing and a common prefix (unitKey).
 */
export function missingUnits(expected: readonly ExpectedUnit[], summary: Pick<ProvincialSummary, 'units'>): string[] {
  const sent = new Set<string>();
  for (const u of summary.units) {
    sent.add(unitKey(u.name));
    for (const m of u.members ?? []) sent.add(unitKey(m));
  }
  return expected.filter((u) => !namesOf(u).some((n) => sent.has(unitKey(n)))).map(nameOf);
}

/** One warning listing the missing units, for KiemTra and the doors' messages. */
export function missingUnitsFinding(missing: readonly string[], expectedCount: number): Finding | null {
  if (missing.length === 0) return null;
  return finding(
    { file: '', sheet: '', cell: '' },
    'warning',
    'UNITS_MISSING',
    `${missing.length}/${expectedCount} đơn vị chưa gửi báo cáo (hoặc tệp bị loại): ${missing.join('; ')}.`,
  );
}

/**
 * The units expected to report (đơn vị phải báo cáo): the user's list (`--units`, the pane's box) when it names any,
 * else the units of the office's settings (DanhMuc table 3, with their other names); empty when neither names one.
 */
export function expectedUnits(
  listed: readonly ExpectedUnit[] | undefined,
  office: readonly ExpectedUnit[],
): readonly ExpectedUnit[] {
  return listed !== undefined && listed.length > 0 ? listed : office;
}

/**
 * The summary with its `missingUnits` set from the expected list and, when some are missing, the warning added;
 * unchanged when no unit is expected (no list: nobody is «chưa gửi»).
 */
export function withExpectedUnits(summary: ProvincialSummary, expected: readonly ExpectedUnit[]): ProvincialSummary {
  if (expected.length === 0) return summary;
  const missing = missingUnits(expected, summary);
  const f = missingUnitsFinding(missing, expected.length);
  return { ...summary, missingUnits: missing, findings: f ? [...summary.findings, f] : summary.findings };
}
