/**
 * What the placeholders of a user's own report template (mẫu báo cáo của cơ quan) stand for (docs/interfaces.md §6):
 * paths into the summary JSON (`{total.tthc.received}`, `{period.label}`), loops `{#units}…{/units}` and
 * `{#fields}…{/fields}`, the ready-made paragraphs `{text.tthc}` … and the rates `{rates.onTime}` (`81,6%`).
 * Figures are text already written the Vietnamese way (`1.234`), so the template shows them as the report would.
 */
import type { ProvincialSummary } from '../../consolidate/types';
import { formatVnInteger, formatVnPercent } from '../../text/format';
import type { TthcCounts } from '../../tthc/types';
import type { ReportParagraphs } from '../paragraphs';
import { summaryJson } from '../summary-json';

/** Shown for a rate with nothing to divide by (no dossier resolved, none received in the period). */
export const NO_RATE = '-';

export interface Rates {
  /** Resolved early or on time, of the resolved. */
  onTime: string;
  early: string;
  late: string;
  /** Received online, of those received in the period (online + in person). */
  online: string;
}

function rate(n: number, d: number): string {
  return d > 0 ? formatVnPercent(n / d, 1) : NO_RATE;
}

export function ratesOf(c: TthcCounts): Rates {
  return {
    onTime: rate(c.early + c.onTime, c.resolved),
    early: rate(c.early, c.resolved),
    late: rate(c.late, c.resolved),
    online: rate(c.online, c.online + c.inPerson),
  };
}

/** Every number in a plain JSON value written as Vietnamese text (`1.234`); the rest unchanged. */
function asText(v: unknown): unknown {
  if (typeof v === 'number') return formatVnInteger(v);
  if (Array.isArray(v)) return v.map(asText);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asText(x)]));
  return v;
}

const SECTIONS = ['tthc', 'staff', 'training', 'reception'] as const;

/**
 * Sections not reported are `false`, not absent: `{#tthc}…{/tthc}` then simply skips them, while a placeholder
 * reaching into one (`{tthc.received}` for a unit without TTHC figures) is still reported as having no value.
 */
function withAbsentSections(o: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...o };
  for (const k of SECTIONS) if (out[k] === undefined) out[k] = false;
  return out;
}

function fieldList(byField: Readonly<Record<string, TthcCounts>>): Record<string, unknown>[] {
  return Object.entries(byField).map(([name, c]) => ({ name, ...(asText(c) as object), rates: ratesOf(c) }));
}

/** The data a template is filled with. */
export function templateData(summary: ProvincialSummary, text: ReportParagraphs): Record<string, unknown> {
  const json = summaryJson(summary);
  const units = json.units.map((u, i) => {
    const t = summary.units[i].tthc;
    return {
      ...withAbsentSections(asText(u) as object),
      index: String(i + 1),
      rates: t ? ratesOf(t) : false,
      fields: t ? fieldList(t.byField) : [],
    };
  });
  const total = summary.total.tthc;
  return {
    period: json.period,
    units,
    total: withAbsentSections(asText(json.total) as object),
    fields: fieldList(summary.byField),
    findings: json.findings,
    text,
    rates: total ? ratesOf(total) : { onTime: NO_RATE, early: NO_RATE, late: NO_RATE, online: NO_RATE },
  };
}

/**
 * The value of a placeholder's path (`total.tthc.received`) in the innermost scope that has it; undefined when no
 * scope does. `.` alone is the scope itself. Only a plain text, or a list or object used as a loop, is a value.
 */
export function lookupPath(scope: unknown, path: string): unknown {
  const p = path.trim();
  if (p === '.' || p === 'this') return scope;
  let v: unknown = scope;
  for (const key of p.split('.').map((k) => k.trim().normalize('NFC'))) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}
