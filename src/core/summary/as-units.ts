/**
 * Summaries given as inputs, turned into entries of the consolidation (bảng tổng hợp làm đầu vào):
 * collapsed (default), a summary is one unit named by its agency, every section carried over; expanded
 * (`--expand`), its own units one by one. Totals are the same either way.
 */
import { finding, type Finding } from '../findings';
import type { TthcCounts } from '../tthc/types';
import { contentKey } from '../unit/content-key';
import { fileStatus } from '../unit/file-status';
import type { UnitReport } from '../unit/types';
import { agencyUnitName } from './agency-name';
import type { SummaryInput } from './types';

export interface SummaryInputOptions {
  /** Keep each summary's own units instead of one unit per summary. */
  expand?: boolean;
}

export interface SummaryEntries {
  reports: UnitReport[];
  /** TTHC by field of expanded workbooks whose units carry no fields of their own: counted in TH_LinhVuc only. */
  unplacedByField: Record<string, TthcCounts>[];
}

/**
 * The entry's status as a unit file's (fileStatus): an error finding makes it Có lỗi — the sections read from the
 * sheet it names are held out of the totals unless the user accepts the file — and only an entry with no figure
 * is Bị loại.
 */
const withStatus = (r: UnitReport): UnitReport => ({ ...r, status: fileStatus(r) });

/** How a finding is told apart from the others of its file (findings may cross from a worker as copies). */
const findingKey = (f: Finding): string => `${f.sheet}!${f.cell}!${f.code}`;

/** The unit name of a collapsed summary: its agency, else the file name (with a warning). */
function collapsedName(r: UnitReport, s: SummaryInput): { name: string; named: boolean } {
  const name = agencyUnitName(s.agency);
  if (name !== '') return { name, named: true };
  return { name: r.file.replace(/\.[^.]+$/, ''), named: false };
}

function collapse(r: UnitReport, s: SummaryInput): UnitReport {
  const { name, named } = collapsedName(r, s);
  const findings = [...r.findings];
  if (!named) {
    findings.push(
      finding(
        { file: r.file, sheet: '', cell: '' },
        'warning',
        'SUMMARY_NO_AGENCY',
        `Bảng tổng hợp «${r.file}» không ghi tên cơ quan nên được tổng hợp như một đơn vị mang tên tệp «${name}».`,
      ),
    );
  }
  const out: UnitReport = {
    file: r.file,
    name,
    period: s.period,
    findings,
    status: 'valid',
    contentKey: '',
    source: 'summary',
    members: s.members.map((m) => m.name),
    ...(s.sectionSheets ? { sectionSheets: s.sectionSheets } : {}),
  };
  if (s.total.tthc) out.tthc = { ...s.total.tthc, byField: { ...s.byField } };
  if (s.total.staff) out.staff = s.total.staff;
  if (s.total.training) out.training = s.total.training;
  if (s.total.reception) out.reception = s.total.reception;
  out.contentKey = contentKey(out);
  return withStatus(out);
}

function expand(r: UnitReport, s: SummaryInput, unplaced: Record<string, TthcCounts>[]): UnitReport[] {
  if (s.members.length === 0) {
    return [
      withStatus({
        ...r,
        summary: undefined,
        findings: [
          ...r.findings,
          finding(
            { file: r.file, sheet: '', cell: '' },
            'error',
            'SUMMARY_NO_UNITS',
            `Bảng tổng hợp «${r.file}» không có đơn vị nào nên không có gì để tổng hợp.`,
          ),
        ],
      }),
    ];
  }
  const notes = [...r.findings];
  if (!s.membersHaveFields && Object.keys(s.byField).length > 0) {
    unplaced.push(s.byField);
    notes.push(
      finding(
        { file: r.file, sheet: '', cell: '' },
        'warning',
        'SUMMARY_FIELDS_NOT_BY_UNIT',
        `Bảng tổng hợp «${r.file}» (dạng Excel) không ghi số liệu theo lĩnh vực của từng đơn vị: TH_LinhVuc vẫn cộng đủ các lĩnh vực của bảng này, ` +
          'nhưng không chia được theo đơn vị. Dùng tệp JSON của bảng tổng hợp để có số liệu theo lĩnh vực của từng đơn vị.',
      ),
    );
  }
  // Errors about a unit's own rows go with that unit; the others (a whole sheet, TH_LinhVuc) with the first entry.
  const own = new Set(s.members.flatMap((m) => (m.findings ?? []).map(findingKey)));
  const first = notes.filter((f) => !own.has(findingKey(f)));
  return s.members.map((m, i) => {
    const out: UnitReport = {
      file: r.file,
      name: m.name,
      period: s.period,
      findings: [...(i === 0 ? first : []), ...(m.findings ?? [])],
      status: 'valid',
      contentKey: '',
      source: 'unit',
      ...(s.sectionSheets ? { sectionSheets: s.sectionSheets } : {}),
    };
    if (m.tthc) out.tthc = m.tthc;
    if (m.staff) out.staff = m.staff;
    if (m.training) out.training = m.training;
    if (m.reception) out.reception = m.reception;
    out.contentKey = contentKey(out);
    return withStatus(out);
  });
}

/** Units' reports pass unchanged; each summary becomes one entry or its units, in input order. */
export function summariesAsUnits(reports: readonly UnitReport[], opts: SummaryInputOptions = {}): SummaryEntries {
  const unplacedByField: Record<string, TthcCounts>[] = [];
  const out: UnitReport[] = [];
  for (const r of reports) {
    const s = r.summary;
    if (!s || r.status === 'rejected') {
      out.push(s ? { ...r, summary: undefined } : r);
      continue;
    }
    const base: UnitReport = { ...r, findings: [...r.findings, ...s.findings], summary: undefined };
    if (opts.expand) out.push(...expand(base, s, unplacedByField));
    else out.push(collapse(base, s));
  }
  return { reports: out, unplacedByField };
}
