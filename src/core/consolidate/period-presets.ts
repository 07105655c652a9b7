/**
 * Reporting periods to choose from (kỳ báo cáo) — the official presets — and the period fields' validation, for
 * the pane's period form (and any door that offers the same choice). Pure, so it is unit-tested in Node.
 *
 * The presets are data (data/period-presets.json). Their dates come from the same function that reads a unit's
 * `Kỳ báo cáo` label (core/unit/period-label: NĐ 09/2019/NĐ-CP Điều 12, the 15th of the month before → the 14th of
 * the last month), so a preset and a unit that writes the same label always agree, and the quarter a day falls in
 * is found by that rule too.
 */
import presetData from './data/period-presets.json';
import { periodFromLabel } from '../unit/period-label';
import { ymdFromSerial } from '../calendar/serial';
import { formatVnDate, parseVnDate } from '../text/dates';

export type PresetId = 'q1' | 'q2' | 'q3' | 'q4' | 'h1' | 'h2' | 'm9' | 'y';

export interface PresetInfo {
  id: PresetId;
  /** Shown in the drop-down. */
  name: string;
  /** The period's label for a year, as reports write it. */
  label: (year: number) => string;
}

export const PRESETS: readonly PresetInfo[] = presetData.presets.map((p) => ({
  id: p.id as PresetId,
  name: p.name.normalize('NFC'),
  label: (y: number) => p.label.replace('{year}', String(y)).normalize('NFC'),
}));

export const MIN_YEAR: number = presetData.minYear;
export const MAX_YEAR: number = presetData.maxYear;

export interface PresetPeriod {
  label: string;
  /** Excel serials, both ends included. */
  from: number;
  to: number;
  /** dd/mm/yyyy, for the date fields. */
  fromText: string;
  toText: string;
}

export function isPresetId(s: string): s is PresetId {
  return PRESETS.some((p) => p.id === s);
}

/** Whether a year can be chosen (MIN_YEAR..MAX_YEAR, whole). */
export function isPresetYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The message for a year that cannot be chosen. */
export function badYearMessage(year: string): string {
  return `Năm «${year}» không hợp lệ (cần từ ${MIN_YEAR} đến ${MAX_YEAR}).`;
}

/** The label and dates of a preset in a year; null for a year outside MIN_YEAR..MAX_YEAR. */
export function presetPeriod(id: PresetId, year: number): PresetPeriod | null {
  if (!isPresetYear(year)) return null;
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) return null;
  const label = preset.label(year);
  const dates = periodFromLabel(label);
  if (!dates) throw new Error(`periodFromLabel does not know the preset label "${label}"`);
  return { label, from: dates.from, to: dates.to, fromText: formatVnDate(dates.from), toText: formatVnDate(dates.to) };
}

const QUARTERS = presetData.quarters as PresetId[];

/**
 * The official quarter a day falls in (the commonest report), by the presets' own dates: e.g. 20/11/2025 → Quý IV
 * 2025 (15/09–14/12), 20/12/2025 → Quý I 2026. Used to suggest the year and preset. A day whose quarter lies
 * outside the years offered gives the nearest year's first or last quarter.
 */
export function quarterOf(serial: number): { id: PresetId; year: number } {
  const { y } = ymdFromSerial(serial);
  const day = Math.floor(serial);
  for (const year of [y, y + 1]) {
    for (const id of QUARTERS) {
      const p = presetPeriod(id, year);
      if (p !== null && p.from <= day && day <= p.to) return { id, year };
    }
  }
  return y < MIN_YEAR ? { id: QUARTERS[0], year: MIN_YEAR } : { id: QUARTERS[QUARTERS.length - 1], year: MAX_YEAR };
}

export type DateField = { ok: true; serial: number | null; text: string } | { ok: false; message: string };

/** One date field: empty is allowed (null: take it from the units' workbooks); otherwise a real dd/mm/yyyy date. */
export function readDateField(fieldName: string, raw: string): DateField {
  const text = raw.normalize('NFC').trim();
  if (text === '') return { ok: true, serial: null, text: '' };
  const r = parseVnDate(text, { minYear: MIN_YEAR, maxYear: MAX_YEAR });
  if (!r.ok) return { ok: false, message: `${fieldName} «${text}» ${r.reason}.` };
  return { ok: true, serial: r.serial, text: formatVnDate(r.serial) };
}

export interface PeriodInput {
  label: string;
  from: string;
  to: string;
}

export interface PeriodErrors {
  from?: string;
  to?: string;
}

export type PeriodChoice =
  | {
      ok: true;
      /** undefined: take it from the units' workbooks (the majority of them). */
      periodLabel?: string;
      from?: number;
      to?: number;
      /** The dates as they should be shown again (normalised dd/mm/yyyy). */
      fromText: string;
      toText: string;
    }
  | { ok: false; errors: PeriodErrors };

/** Validates the period fields (label, from, to), with Vietnamese messages per field. */
export function readPeriod(input: PeriodInput): PeriodChoice {
  const from = readDateField('Từ ngày', input.from);
  const to = readDateField('Đến ngày', input.to);
  const errors: PeriodErrors = {};
  if (!from.ok) errors.from = from.message;
  if (!to.ok) errors.to = to.message;
  if (from.ok && to.ok && from.serial !== null && to.serial !== null && from.serial > to.serial) {
    errors.to = `Đến ngày (${to.text}) phải sau hoặc bằng Từ ngày (${from.text}).`;
  }
  if (errors.from || errors.to || !from.ok || !to.ok) return { ok: false, errors };
  const label = input.label.normalize('NFC').replace(/\s+/g, ' ').trim();
  return {
    ok: true,
    periodLabel: label === '' ? undefined : label,
    from: from.serial ?? undefined,
    to: to.serial ?? undefined,
    fromText: from.text,
    toText: to.text,
  };
}
