/**
 * The Word report's settings as the pane's fields hold them (agency, number, place, signer, recipients), and
 * their place in the open workbook: the add-in's document settings under one key, so the next report made from
 * this workbook starts with them. Fields the user left empty stay absent: the document shows its placeholder.
 */
import { REPORT_SETTING_KEYS } from '../core/report/document/document-model';
import type { ReportSettings } from '../core/report/document/report-document';
import { loadSetting, saveSetting } from './document-settings';

export type ReportFieldKey = (typeof REPORT_SETTING_KEYS)[number];
/** Each field's text as typed; the signer's title and the recipients one line each. */
export type ReportFields = Partial<Record<ReportFieldKey, string>>;

export const REPORT_SETTINGS_KEY = 'TongHop.reportSettings';

const lines = (s: string): string[] =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

export function settingsOfFields(f: ReportFields): ReportSettings {
  const out: ReportSettings = {};
  for (const k of REPORT_SETTING_KEYS) {
    const v = (f[k] ?? '').normalize('NFC').trim();
    if (v === '') continue;
    if (k === 'recipients') out.recipients = lines(v);
    else out[k] = v;
  }
  return out;
}

export function fieldsOfSettings(s: ReportSettings): ReportFields {
  const out: ReportFields = {};
  for (const k of REPORT_SETTING_KEYS) {
    const v = k === 'recipients' ? s.recipients?.join('\n') : s[k];
    if (v !== undefined && v !== '') out[k] = v;
  }
  return out;
}

/** The fields saved in this workbook; anything stored that is not a field's text is ignored. */
export function loadReportFields(): ReportFields {
  const v = loadSetting(REPORT_SETTINGS_KEY);
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return {};
  const out: ReportFields = {};
  for (const k of REPORT_SETTING_KEYS) {
    const x = (v as Record<string, unknown>)[k];
    if (typeof x === 'string') out[k] = x.normalize('NFC');
  }
  return out;
}

/**
 * Saves the fields given over those saved before (a field given empty is saved empty: the user cleared it, and
 * it stays cleared); false when the host could not.
 */
export function saveReportFields(f: ReportFields): Promise<boolean> {
  const out: ReportFields = loadReportFields();
  for (const k of REPORT_SETTING_KEYS) {
    const v = f[k];
    if (v !== undefined) out[k] = v.normalize('NFC');
  }
  return saveSetting(REPORT_SETTINGS_KEY, out);
}
