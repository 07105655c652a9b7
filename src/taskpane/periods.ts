/**
 * Reporting periods in the pane (kỳ báo cáo): the official presets and the date fields' validation.
 * Pure (no DOM), so it is unit-tested outside the browser.
 *
 * The presets follow the official rule (NĐ 09/2019/NĐ-CP Điều 12): a period runs from the 15th of the month
 * before it to the 14th of its last month — 6 tháng đầu năm 2025 is 15/12/2024 → 14/06/2025. The dates come from
 * the same function that reads a unit's `Kỳ báo cáo` label (core/unit/period-label), so a preset and a unit that
 * writes the same label always agree.
 */
import { periodFromLabel } from '../core/unit/period-label';
import { ymdFromSerial } from '../core/calendar/serial';
import { formatVnDate, parseVnDate } from '../core/text';

export type PresetId = 'q1' | 'q2' | 'q3' | 'q4' | 'h1' | 'h2' | 'm9' | 'y';

export interface PresetInfo {
  id: PresetId;
  /** Shown in the drop-down. */
  name: string;
  /** The period's label for a year, as reports write it. */
  label: (year: number) => string;
}

export const PRESETS: readonly PresetInfo[] = [
  { id: 'q1', name: 'Quý I', label: (y) => `Quý I năm ${y}` },
  { id: 'q2', name: 'Quý II', label: (y) => `Quý II năm ${y}` },
  { id: 'q3', name: 'Quý III', label: (y) => `Quý III năm ${y}` },
  { id: 'q4', name: 'Quý IV', label: (y) => `Quý IV năm ${y}` },
  { id: 'h1', name: '6 tháng đầu năm', label: (y) => `6 tháng đầu năm ${y}` },
  { id: 'h2', name: '6 tháng cuối năm', label: (y) => `6 tháng cuối năm ${y}` },
  { id: 'm9', name: '9 tháng', label: (y) => `9 tháng năm ${y}` },
  { id: 'y', name: 'Năm', label: (y) => `Năm ${y}` },
];

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

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

/** The label and dates of a preset in a year; null for a year outside MIN_YEAR..MAX_YEAR. */
export function presetPeriod(id: PresetId, year: number): PresetPeriod | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) return null;
  const label = preset.label(year);
  const dates = periodFromLabel(label);
  if (!dates) throw new Error(`periodFromLabel does not know the preset label "${label}"`);
  return { label, from: dates.from, to: dates.to, fromText: formatVnDate(dates.from), toText: formatVnDate(dates.to) };
}

/**
 * The official period a day falls in, quarters only (the commonest report): e.g. 20/11/2025 → Quý IV 2025
 * (15/09–14/12), 20/12/2025 → Quý I 2026. Used to suggest the year and preset.
 */
export function quarterOf(serial: number): { id: PresetId; year: number } {
  const { y, m, d } = ymdFromSerial(serial);
  // Days from the 15th on belong to the next month's period.
  let month = d >= 15 ? m + 1 : m;
  let year = y;
  if (month === 13) {
    month = 1;
    year++;
  }
  const q = Math.ceil(month / 3);
  return { id: (['q1', 'q2', 'q3', 'q4'] as const)[q - 1], year };
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

/** Validates the period fields of the pane, with Vietnamese messages per field. */
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
