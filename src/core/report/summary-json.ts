import { isoFromSerial } from '../calendar/serial';
import type { ProvincialSummary, SummaryTotals } from '../consolidate/types';
import type { Finding } from '../findings';
import type { SettingsChange } from '../settings/types';
import { COUNT_KEYS, type TthcCounts, type TthcSummary } from '../tthc/types';
import type {
  FigureSectionKey,
  FileStatus,
  PeriodInfo,
  ReceptionCounts,
  ReceptionSummary,
  StaffSummary,
  TrainingSummary,
} from '../unit/types';

/** The summary JSON of docs/interfaces.md §3 (`--json`); sections a unit did not report are absent. */
export interface SummaryJson {
  /** The agency line of the summary's title block, so a later summary can name this one (docs/interfaces.md §5). */
  agency?: string;
  period: { label: string; from: string | null; to: string | null };
  units: UnitJson[];
  total: SectionsJson;
  /** Every source file with its status; `held`: sections left out for errors; `accepted`: figures accepted as added up. */
  files: FileJson[];
  findings: Finding[];
  /**
   * The office's settings file used (null: the shipped lists) and the entries it changed; `phrases`: the office's
   * wording of the report by entry key (report/phrase-book.ts), when it changed any, so a report made later from
   * this JSON (`tonghop report`) words it the same way.
   */
  settings: { file: string | null; changes: SettingsChange[]; phrases?: Record<string, string> };
  /** Units of the `--units` list that have not sent, in list order (docs/interfaces.md §5); only with a list. */
  missingUnits?: string[];
  /** The earlier period compared with (`--previous`, docs/interfaces.md §5). */
  previous?: { period: SummaryJson['period']; total: SectionsJson };
}

export interface FileJson {
  file: string;
  unit: string;
  status: FileStatus;
  held?: FigureSectionKey[];
  accepted?: true;
}

export type CountsJson = Record<keyof TthcCounts, number>;

export interface SectionsJson {
  tthc?: CountsJson & { byField: Record<string, CountsJson> };
  /** The staff figures of docs/interfaces.md §3, and `studying` (people studying for a degree) for the report's text. */
  staff?: StaffSummary;
  /** `byKindAndType` (course type → staff type → people) added to §3 so the report names who went. */
  training?: { total: number; byKind: Record<string, number>; byKindAndType: Record<string, Record<string, number>> };
  /** `resolved` (letters dealt with) added to §3 for the report's text. */
  reception?: ReceptionCounts & { resolved: ReceptionCounts };
}

/** `source`: `summary` when the entry stands for a whole TongHop summary given as an input. */
export type UnitJson = { name: string; file: string; source: 'unit' | 'summary' } & SectionsJson;

const nfc = (s: string): string => s.normalize('NFC');

function nfcKeys(r: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(r)) out[nfc(k)] = (out[nfc(k)] ?? 0) + v;
  return out;
}

function counts(c: TthcCounts): CountsJson {
  const out = {} as CountsJson;
  for (const k of COUNT_KEYS) out[k] = c[k];
  return out;
}

function tthcJson(t: TthcSummary, byField: Readonly<Record<string, TthcCounts>>): NonNullable<SectionsJson['tthc']> {
  const fields: Record<string, CountsJson> = {};
  for (const [name, c] of Object.entries(byField)) fields[nfc(name)] = counts(c);
  return { ...counts(t), byField: fields };
}

function staffJson(s: StaffSummary): NonNullable<SectionsJson['staff']> {
  return {
    quota: s.quota,
    present: s.present,
    byType: nfcKeys(s.byType),
    byDegree: nfcKeys(s.byDegree),
    byPoliticalTheory: nfcKeys(s.byPoliticalTheory),
    byStateManagement: nfcKeys(s.byStateManagement),
    women: s.women,
    partyMembers: s.partyMembers,
    studying: nfcKeys(s.studying),
  };
}

function trainingJson(t: TrainingSummary): NonNullable<SectionsJson['training']> {
  const byKindAndType: Record<string, Record<string, number>> = {};
  for (const [kind, types] of Object.entries(t.byKindAndType)) byKindAndType[nfc(kind)] = nfcKeys(types);
  return { total: t.total, byKind: nfcKeys(t.byKind), byKindAndType };
}

const receptionCounts = (r: ReceptionCounts): ReceptionCounts => ({
  citizens: r.citizens,
  complaints: r.complaints,
  denunciations: r.denunciations,
  petitions: r.petitions,
});

const receptionJson = (r: ReceptionSummary): NonNullable<SectionsJson['reception']> => ({
  ...receptionCounts(r),
  resolved: receptionCounts(r.resolved),
});

function sections(s: SummaryTotals, byField?: Readonly<Record<string, TthcCounts>>): SectionsJson {
  const out: SectionsJson = {};
  if (s.tthc) out.tthc = tthcJson(s.tthc, byField ?? s.tthc.byField);
  if (s.staff) out.staff = staffJson(s.staff);
  if (s.training) out.training = trainingJson(s.training);
  if (s.reception) out.reception = receptionJson(s.reception);
  return out;
}

const findingJson = (f: Finding): Finding => ({
  file: f.file,
  sheet: f.sheet,
  cell: f.cell,
  severity: f.severity,
  code: f.code,
  message: nfc(f.message),
  ...(f.stated !== undefined && f.added !== undefined ? { stated: f.stated, added: f.added } : {}),
});

function periodJson(p: PeriodInfo): SummaryJson['period'] {
  return {
    label: nfc(p.label),
    from: p.from !== null ? isoFromSerial(p.from) : null,
    to: p.to !== null ? isoFromSerial(p.to) : null,
  };
}

/** The summary as the plain object written to `--json`: dates `yyyy-mm-dd`, category keys NFC. */
export function summaryJson(summary: ProvincialSummary, opts: { agency?: string } = {}): SummaryJson {
  return {
    ...(opts.agency !== undefined ? { agency: nfc(opts.agency) } : {}),
    period: periodJson(summary.period),
    units: summary.units.map((u) => ({ name: nfc(u.name), file: u.file, source: u.source ?? 'unit', ...sections(u) })),
    total: sections(summary.total, summary.byField),
    files: summary.files.map((f) => ({
      file: f.file,
      unit: nfc(f.unit),
      status: f.status,
      ...(f.held ? { held: f.held } : {}),
      ...(f.accepted ? { accepted: true as const } : {}),
    })),
    findings: summary.findings.map(findingJson),
    settings: {
      file: summary.settings?.file ?? null,
      changes: (summary.settings?.changes ?? []).map((c) => ({ list: nfc(c.list), change: nfc(c.change), at: c.at })),
      ...(summary.phrases
        ? { phrases: Object.fromEntries(Object.entries(summary.phrases).map(([k, v]) => [k, nfc(v)])) }
        : {}),
    },
    ...(summary.missingUnits ? { missingUnits: summary.missingUnits.map(nfc) } : {}),
    ...(summary.previous
      ? {
          previous: {
            period: periodJson(summary.previous.period),
            total: sections(summary.previous.total, summary.previous.byField),
          },
        }
      : {}),
  };
}
