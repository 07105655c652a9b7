import { addCounts, emptyCounts, type TthcCounts, type TthcSummary } from '../tthc/types';
import type { ReceptionCounts, ReceptionSummary, StaffSummary, TrainingSummary, UnitReport } from '../unit/types';
import type { SummaryTotals } from './types';
import { addByLabel, LabelIndex } from './labels';
import { emptyStaffSummary } from '../staff/summarize';

/** TTHC by field across units (tổng hợp theo lĩnh vực): names grouped by folded key, first spelling shown. */
export function sumByField(parts: readonly TthcSummary[]): Record<string, TthcCounts> {
  const labels = new LabelIndex();
  const out: Record<string, TthcCounts> = {};
  for (const p of parts) {
    for (const [field, counts] of Object.entries(p.byField)) {
      const label = labels.label(field);
      out[label] = addCounts(out[label] ?? emptyCounts(), counts);
    }
  }
  return out;
}

export function sumTthc(parts: readonly TthcSummary[]): TthcSummary | undefined {
  if (parts.length === 0) return undefined;
  const counts = emptyCounts();
  for (const p of parts) addCounts(counts, p);
  return { ...counts, byField: sumByField(parts) };
}

/** Staff totals; the quota is null when no unit stated it, else the sum of the stated ones. */
export function sumStaff(parts: readonly StaffSummary[]): StaffSummary | undefined {
  if (parts.length === 0) return undefined;
  const stated = parts.filter((p) => p.quota !== null);
  const labels = new LabelIndex();
  const out = emptyStaffSummary(stated.length > 0 ? stated.reduce((s, p) => s + (p.quota ?? 0), 0) : null);
  for (const p of parts) {
    out.present += p.present;
    out.women += p.women;
    out.partyMembers += p.partyMembers;
    addByLabel(out.byType, p.byType, labels);
    addByLabel(out.byDegree, p.byDegree, labels);
    addByLabel(out.byPoliticalTheory, p.byPoliticalTheory, labels);
    addByLabel(out.byStateManagement, p.byStateManagement, labels);
    addByLabel(out.studying, p.studying, labels);
  }
  return out;
}

export function sumTraining(parts: readonly TrainingSummary[]): TrainingSummary | undefined {
  if (parts.length === 0) return undefined;
  const kinds = new LabelIndex();
  const types = new LabelIndex();
  const out: TrainingSummary = { total: 0, byKind: {}, byKindAndType: {} };
  for (const p of parts) {
    out.total += p.total;
    addByLabel(out.byKind, p.byKind, kinds);
    for (const [kind, byType] of Object.entries(p.byKindAndType)) {
      const label = kinds.label(kind);
      addByLabel((out.byKindAndType[label] ??= {}), byType, types);
    }
  }
  return out;
}

function emptyReception(): ReceptionCounts {
  return { citizens: 0, complaints: 0, denunciations: 0, petitions: 0 };
}

function addReception(a: ReceptionCounts, b: ReceptionCounts): void {
  a.citizens += b.citizens;
  a.complaints += b.complaints;
  a.denunciations += b.denunciations;
  a.petitions += b.petitions;
}

export function sumReception(parts: readonly ReceptionSummary[]): ReceptionSummary | undefined {
  if (parts.length === 0) return undefined;
  const out: ReceptionSummary = { ...emptyReception(), resolved: emptyReception() };
  for (const p of parts) {
    addReception(out, p);
    addReception(out.resolved, p.resolved);
  }
  return out;
}

function defined<T>(xs: readonly (T | undefined)[]): T[] {
  return xs.filter((x): x is T => x !== undefined);
}

/** Sums each section over the given (accepted) units; a section no unit reported stays absent. */
export function sumSections(units: readonly UnitReport[]): SummaryTotals {
  const total: SummaryTotals = {};
  const tthc = sumTthc(defined(units.map((u) => u.tthc)));
  const staff = sumStaff(defined(units.map((u) => u.staff)));
  const training = sumTraining(defined(units.map((u) => u.training)));
  const reception = sumReception(defined(units.map((u) => u.reception)));
  if (tthc) total.tthc = tthc;
  if (staff) total.staff = staff;
  if (training) total.training = training;
  if (reception) total.reception = reception;
  return total;
}
