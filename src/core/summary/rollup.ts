/**
 * Summaries of consecutive periods joined into one (ghép kỳ, `tonghop rollup`): the two quarters of a half-year,
 * the two halves of a year. Rule of docs/interfaces.md §5, per unit, per field and in total: carried over from the
 * first period, pending from the last, the flows summed; staff from the latest period; training and reception
 * summed. Periods are ordered by their dates. A period that overlaps the one before or leaves a gap after it is
 * an error and that file is left out; carried-over figures that disagree with the previous period's pending,
 * and units missing from a period, are warnings naming both files.
 */
import { periodDates } from '../consolidate/period-text';
import { sumReception, sumTraining } from '../consolidate/totals';
import type { FileResult, ProvincialSummary } from '../consolidate/types';
import { finding, type Finding } from '../findings';
import { vnDateFromSerial } from '../calendar/serial';
import { cleanText } from '../text/normalize';
import type { TthcSummary } from '../tthc/types';
import { contentKey } from '../unit/content-key';
import type { PeriodInfo, UnitReport } from '../unit/types';
import { memberTotals } from './sections';
import { rollByField, rollCounts } from './rollup-counts';
import type { SummaryInput, SummaryMember } from './types';
import { unitKey } from './unit-key';

export interface RollupOptions {
  /** Label of the joined period; default `<first label> – <last label>`. */
  periodLabel?: string;
  /** Files (named as in the reports) whose figures the user accepts despite errors (`--accept`, the pane's box). */
  accept?: readonly string[];
  /**
   * The agency that reports (`--agency`, DanhMuc table 5 in the pane), recorded in the summary as a consolidation
   * records it, so the joined period's sentences name it as the report from its JSON will (report/subject.ts).
   */
  agency?: string;
}

interface Part {
  report: UnitReport;
  summary: SummaryInput;
  findings: Finding[];
  status: FileResult['status'];
}

const where = (file: string) => ({ file, sheet: '', cell: '' });
const label = (p: PeriodInfo): string => [p.label, periodDates(p)].filter((s) => s !== '').join(', ') || 'không rõ kỳ';

export function rollup(reports: readonly UnitReport[], opts: RollupOptions = {}): ProvincialSummary {
  const parts: Part[] = reports.map((r) => ({
    report: r,
    summary: r.summary!,
    findings: [...r.findings, ...(r.summary?.findings ?? [])],
    status: r.status,
  }));
  for (const p of parts) {
    if (p.status === 'rejected') continue;
    if (!p.report.summary)
      reject(
        p,
        'ROLLUP_NOT_A_SUMMARY',
        `Tệp «${p.report.file}» không phải bảng tổng hợp do TongHop ghi nên không ghép kỳ được; hãy tổng hợp các đơn vị của kỳ đó trước.`,
      );
    else if (p.summary.period.from === null || p.summary.period.to === null) {
      reject(
        p,
        'ROLLUP_NO_DATES',
        `Bảng tổng hợp «${p.report.file}» không ghi ngày đầu và ngày cuối kỳ (${label(p.summary.period)}) nên không xếp được vào chuỗi các kỳ.`,
      );
    }
  }
  const dated = parts
    .filter((p) => p.status !== 'rejected')
    .sort((a, b) => a.summary.period.from! - b.summary.period.from!);
  const chain: Part[] = [];
  for (const p of dated) {
    const last = chain[chain.length - 1];
    if (last) {
      const end = last.summary.period.to!;
      const start = p.summary.period.from!;
      if (start <= end) {
        reject(
          p,
          'ROLLUP_OVERLAP',
          `Kỳ của «${p.report.file}» (${label(p.summary.period)}) trùng một phần với kỳ của «${last.report.file}» (${label(last.summary.period)}); ` +
            `bảng «${p.report.file}» không được ghép để số liệu không bị cộng hai lần.`,
        );
        continue;
      }
      if (start > end + 1) {
        reject(
          p,
          'ROLLUP_GAP',
          `Giữa kỳ của «${last.report.file}» (${label(last.summary.period)}) và kỳ của «${p.report.file}» (${label(p.summary.period)}) ` +
            `còn thiếu từ ngày ${vnDateFromSerial(end + 1)} đến ngày ${vnDateFromSerial(start - 1)}; bảng «${p.report.file}» không được ghép. Hãy thêm bảng tổng hợp của kỳ còn thiếu.`,
        );
        continue;
      }
    }
    chain.push(p);
  }

  const units = chain.length > 0 ? rollUnits(chain) : [];
  const totals = memberTotals(units.map((u) => u.member));
  const byField = rollByField(chain.map((p) => p.summary.byField));
  if (totals.tthc) totals.tthc.byField = byField;
  const period: PeriodInfo =
    chain.length === 0
      ? { label: '', from: null, to: null }
      : {
          label:
            opts.periodLabel !== undefined
              ? cleanText(opts.periodLabel)
              : [...new Set(chain.map((p) => p.summary.period.label).filter((l) => l !== ''))].join(' – '),
          from: chain[0].summary.period.from,
          to: chain[chain.length - 1].summary.period.to,
        };
  // A summary with an error finding (a count edited into text, taken as 0) is joined but Có lỗi, like a unit file:
  // its status and the exit code say so until the user accepts its figures.
  const accepted = new Set(opts.accept ?? []);
  const files: FileResult[] = parts.map((p) => {
    const status: FileResult['status'] =
      p.status === 'rejected'
        ? 'rejected'
        : p.findings.some((f) => f.severity === 'error')
          ? 'errors'
          : p.findings.length > 0
            ? 'warnings'
            : 'valid';
    return {
      file: p.report.file,
      unit: p.report.name,
      periodLabel: p.summary?.period.label ?? p.report.period.label,
      status,
      findings: p.findings,
      ...(status === 'errors' && accepted.has(p.report.file) ? { accepted: true } : {}),
    };
  });
  const agency = (opts.agency ?? '').trim();
  return {
    period,
    ...(agency !== '' ? { agency } : {}),
    units: units.map(({ member: m }) => {
      const r: UnitReport = { file: m.file, name: m.name, period, findings: [], status: 'valid', contentKey: '' };
      if (m.tthc) r.tthc = m.tthc;
      if (m.staff) r.staff = m.staff;
      if (m.training) r.training = m.training;
      if (m.reception) r.reception = m.reception;
      r.contentKey = contentKey(r);
      return r;
    }),
    total: totals,
    byField,
    files,
    findings: parts.flatMap((p) => p.findings),
  };

  function reject(p: Part, code: string, message: string): void {
    p.findings.push(finding(where(p.report.file), 'error', code, message));
    p.status = 'rejected';
  }
}

/** Each unit across the chain of periods, in order of first appearance. */
function rollUnits(chain: readonly Part[]): { member: SummaryMember }[] {
  const keys: string[] = [];
  for (const p of chain)
    for (const m of p.summary.members) if (!keys.includes(unitKey(m.name))) keys.push(unitKey(m.name));
  return keys.map((key) => {
    const per = chain.map((p) => p.summary.members.find((m) => unitKey(m.name) === key));
    const name = per.filter((m): m is SummaryMember => m !== undefined).pop()!.name;
    const absent = chain.filter((_, i) => per[i] === undefined);
    if (absent.length > 0) {
      const first = chain[per.findIndex((m) => m !== undefined)];
      for (const p of absent) {
        p.findings.push(
          finding(
            where(p.report.file),
            'warning',
            'ROLLUP_UNIT_MISSING',
            `Đơn vị «${name}» có trong «${first.report.file}» nhưng không có trong bảng tổng hợp «${p.report.file}» (${label(p.summary.period)}); số liệu của đơn vị này trong kỳ đó được tính là 0.`,
          ),
        );
      }
    }
    carriedOverChecks(chain, per, name);
    const member: SummaryMember = { name, file: '' };
    if (per.some((m) => m?.tthc)) {
      const tthc: TthcSummary = {
        ...rollCounts(per.map((m) => m?.tthc)),
        byField: rollByField(per.map((m) => m?.tthc?.byField)),
      };
      member.tthc = tthc;
    }
    const staff = per
      .map((m) => m?.staff)
      .filter((s) => s !== undefined)
      .pop();
    if (staff) member.staff = staff;
    const training = sumTraining(per.flatMap((m) => (m?.training ? [m.training] : [])));
    if (training) member.training = training;
    const reception = sumReception(per.flatMap((m) => (m?.reception ? [m.reception] : [])));
    if (reception) member.reception = reception;
    return { member };
  });
}

/** A period's carried-over dossiers should be the previous period's pending ones (hồ sơ kỳ trước chuyển sang). */
function carriedOverChecks(chain: readonly Part[], per: readonly (SummaryMember | undefined)[], name: string): void {
  for (let i = 1; i < chain.length; i++) {
    const before = per[i - 1]?.tthc;
    const now = per[i]?.tthc;
    if (!before || !now || before.pending === now.carriedOver) continue;
    chain[i].findings.push(
      finding(
        where(chain[i].report.file),
        'warning',
        'ROLLUP_CARRIED_OVER_MISMATCH',
        `Đơn vị «${name}»: số hồ sơ từ kỳ trước chuyển sang trong «${chain[i].report.file}» là ${now.carriedOver}, ` +
          `khác số hồ sơ đang giải quyết cuối kỳ trước trong «${chain[i - 1].report.file}» là ${before.pending}. Đề nghị đơn vị kiểm tra lại.`,
      ),
    );
  }
}
