/**
 * A TongHop summary JSON (docs/interfaces.md §3, as `--json` writes it) read back into a ProvincialSummary, so the report
 * document can be made from it (`tonghop report summary.json`). The figures are taken as written, totals included;
 * a file that is not such a summary gives a Vietnamese message naming the first wrong key, never a guessed figure.
 */
import { serialFromIso } from '../calendar/serial';
import type { PreviousPeriod, ProvincialSummary, SummaryTotals } from '../consolidate/types';
import type { Finding } from '../findings';
import { COUNT_KEYS, type TthcCounts, type TthcSummary } from '../tthc/types';
import type { ReceptionCounts, ReceptionSummary, StaffSummary, TrainingSummary, UnitReport } from '../unit/types';
import { phraseEntryOf, unknownSlots } from './phrase-book';

export type SummaryFromJson = { ok: true; summary: ProvincialSummary } | { ok: false; message: string };

class Bad extends Error {}

type Obj = Record<string, unknown>;

function obj(v: unknown, at: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Bad(`«${at}» phải là một đối tượng`);
  return v as Obj;
}

function int(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Bad(`«${at}» phải là số nguyên không âm`);
  return v;
}

function text(v: unknown, at: string): string {
  if (typeof v !== 'string') throw new Bad(`«${at}» phải là chuỗi chữ`);
  return v.normalize('NFC');
}

function countsMap(v: unknown, at: string): Record<string, number> {
  const out: Record<string, number> = {};
  if (v === undefined) return out;
  for (const [k, n] of Object.entries(obj(v, at))) out[k.normalize('NFC')] = int(n, `${at}.${k}`);
  return out;
}

function counts(v: unknown, at: string): TthcCounts {
  const o = obj(v, at);
  const c = {} as TthcCounts;
  for (const k of COUNT_KEYS) c[k] = int(o[k], `${at}.${k}`);
  return c;
}

function tthc(v: unknown, at: string): TthcSummary {
  const byField: Record<string, TthcCounts> = {};
  const fields = obj(v, at).byField;
  if (fields !== undefined)
    for (const [k, c] of Object.entries(obj(fields, `${at}.byField`)))
      byField[k.normalize('NFC')] = counts(c, `${at}.byField.${k}`);
  return { ...counts(v, at), byField };
}

function staff(v: unknown, at: string): StaffSummary {
  const o = obj(v, at);
  return {
    quota: o.quota === null || o.quota === undefined ? null : int(o.quota, `${at}.quota`),
    present: int(o.present, `${at}.present`),
    byType: countsMap(o.byType, `${at}.byType`),
    byDegree: countsMap(o.byDegree, `${at}.byDegree`),
    byPoliticalTheory: countsMap(o.byPoliticalTheory, `${at}.byPoliticalTheory`),
    byStateManagement: countsMap(o.byStateManagement, `${at}.byStateManagement`),
    women: int(o.women ?? 0, `${at}.women`),
    partyMembers: int(o.partyMembers ?? 0, `${at}.partyMembers`),
    studying: countsMap(o.studying, `${at}.studying`),
  };
}

function training(v: unknown, at: string): TrainingSummary {
  const o = obj(v, at);
  const byKindAndType: Record<string, Record<string, number>> = {};
  if (o.byKindAndType !== undefined) {
    for (const [k, t] of Object.entries(obj(o.byKindAndType, `${at}.byKindAndType`)))
      byKindAndType[k.normalize('NFC')] = countsMap(t, `${at}.byKindAndType.${k}`);
  }
  return { total: int(o.total, `${at}.total`), byKind: countsMap(o.byKind, `${at}.byKind`), byKindAndType };
}

function receptionCounts(o: Obj, at: string): ReceptionCounts {
  return {
    citizens: int(o.citizens, `${at}.citizens`),
    complaints: int(o.complaints, `${at}.complaints`),
    denunciations: int(o.denunciations, `${at}.denunciations`),
    petitions: int(o.petitions, `${at}.petitions`),
  };
}

function reception(v: unknown, at: string): ReceptionSummary {
  const o = obj(v, at);
  const resolved =
    o.resolved !== undefined
      ? receptionCounts(obj(o.resolved, `${at}.resolved`), `${at}.resolved`)
      : { citizens: 0, complaints: 0, denunciations: 0, petitions: 0 };
  return { ...receptionCounts(o, at), resolved };
}

function sections(o: Obj, at: string): SummaryTotals {
  const s: SummaryTotals = {};
  if (o.tthc !== undefined) s.tthc = tthc(o.tthc, `${at}.tthc`);
  if (o.staff !== undefined) s.staff = staff(o.staff, `${at}.staff`);
  if (o.training !== undefined) s.training = training(o.training, `${at}.training`);
  if (o.reception !== undefined) s.reception = reception(o.reception, `${at}.reception`);
  return s;
}

function date(v: unknown, at: string): number | null {
  if (v === null || v === undefined) return null;
  const serial = serialFromIso(text(v, at));
  if (serial === null) throw new Bad(`«${at}» phải là ngày dạng yyyy-mm-dd`);
  return serial;
}

function finding(v: unknown, at: string): Finding {
  const o = obj(v, at);
  const severity = o.severity === 'error' ? 'error' : 'warning';
  return {
    file: text(o.file ?? '', `${at}.file`),
    sheet: text(o.sheet ?? '', `${at}.sheet`),
    cell: text(o.cell ?? '', `${at}.cell`),
    severity,
    code: text(o.code ?? '', `${at}.code`),
    message: text(o.message ?? '', `${at}.message`),
  };
}

/**
 * The office's wording the summary was made with (`settings.phrases`), kept only for entries the report knows and
 * texts whose blanks it can fill — the settings checked them when the summary was made; an edited JSON is checked again.
 */
function officePhrases(settings: unknown): Record<string, string> | null {
  if (typeof settings !== 'object' || settings === null) return null;
  const given = (settings as Obj).phrases;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return null;
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(given as Obj)) {
    const entry = phraseEntryOf(key);
    if (entry !== undefined && entry.key === key && typeof v === 'string' && unknownSlots(entry, v).length === 0)
      out[key] = v.normalize('NFC');
  }
  return Object.keys(out).length > 0 ? out : null;
}

function periodOf(v: unknown, at: string): ProvincialSummary['period'] {
  const p = obj(v, at);
  return { label: text(p.label ?? '', `${at}.label`), from: date(p.from, `${at}.from`), to: date(p.to, `${at}.to`) };
}

/** The earlier period compared with (`previous`: its period and totals), so a report made later still compares. */
function previousOf(v: unknown, file: string): PreviousPeriod | null {
  if (v === undefined) return null;
  const o = obj(v, 'previous');
  const total = sections(obj(o.total, 'previous.total'), 'previous.total');
  return { period: periodOf(o.period, 'previous.period'), total, byField: total.tthc?.byField ?? {}, units: [], file };
}

/** Reads the parsed JSON of a summary; `file` names it in the message when it is not one. */
export function summaryFromJson(json: unknown, file: string): SummaryFromJson {
  try {
    const root = obj(json, 'tệp');
    if (!Array.isArray(root.units) || root.total === undefined)
      throw new Bad('thiếu «units» hoặc «total» của bảng tổng hợp TongHop');
    const period = periodOf(root.period, 'period');
    const findings = Array.isArray(root.findings) ? root.findings.map((f, i) => finding(f, `findings[${i}]`)) : [];
    const units: UnitReport[] = root.units.map((u, i) => {
      const o = obj(u, `units[${i}]`);
      const name = text(o.name, `units[${i}].name`);
      const unitFile = typeof o.file === 'string' ? o.file : file;
      return {
        file: unitFile,
        name,
        period,
        findings: [],
        status: 'valid',
        contentKey: '',
        ...sections(o, `units[${i}]`),
      };
    });
    const total = sections(obj(root.total, 'total'), 'total');
    const files = units.map((u) => ({
      file: u.file,
      unit: u.name,
      periodLabel: period.label,
      status: u.status,
      findings: [],
    }));
    const phrases = officePhrases(root.settings);
    const previous = previousOf(root.previous, file);
    return {
      ok: true,
      summary: {
        period,
        units,
        total,
        byField: total.tthc?.byField ?? {},
        files,
        findings,
        ...(phrases ? { phrases } : {}),
        ...(previous ? { previous } : {}),
        ...(typeof root.agency === 'string' && root.agency.trim() !== ''
          ? { agency: text(root.agency, 'agency') }
          : {}),
      },
    };
  } catch (e) {
    if (e instanceof Bad)
      return { ok: false, message: `Tệp ${file} không phải bảng tổng hợp TongHop dạng JSON: ${e.message}.` };
    throw e;
  }
}
