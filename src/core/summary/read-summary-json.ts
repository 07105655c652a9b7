/**
 * The summary JSON TongHop wrote (`--json`, docs/interfaces.md §3) → SummaryInput, through the report's own strict
 * reader (summaryFromJson: a wrong key rejects the file with a message naming it, never a guessed figure).
 * JSON written by 0.1 has no `agency`, and no resolved counts for reception (taken as 0, with a warning).
 */
import { finding, type Finding } from '../findings';
import { summaryFromJson } from '../report/summary-from-json';
import { cleanText } from '../text/normalize';
import { memberTotals } from './sections';
import type { SummaryInput, SummaryMember } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The summary, or the message saying why the value is not one. */
export function readSummaryJson(
  value: Obj,
  file: string,
): { ok: true; summary: SummaryInput } | { ok: false; message: string } {
  const read = summaryFromJson(value, file);
  if (!read.ok) return read;
  const findings: Finding[] = [];
  const members: SummaryMember[] = read.summary.units.map((u) => {
    const m: SummaryMember = { name: u.name, file: u.file === file ? '' : u.file };
    if (u.tthc) m.tthc = u.tthc;
    if (u.staff) m.staff = u.staff;
    if (u.training) m.training = u.training;
    if (u.reception) m.reception = u.reception;
    return m;
  });
  const units = Array.isArray(value.units) ? value.units : [];
  if (units.some((u) => isObj(u) && isObj(u.reception) && u.reception.resolved === undefined)) {
    findings.push(
      finding(
        { file, sheet: '', cell: '' },
        'warning',
        'SUMMARY_JSON_NO_RECEPTION_RESOLVED',
        'Tệp tổng hợp JSON (do phiên bản 0.1 ghi) không có số đơn, lượt tiếp công dân «Đã giải quyết»; các số này được tính là 0 trong TH_TiepDan.',
      ),
    );
  }
  const total = memberTotals(members);
  return {
    ok: true,
    summary: {
      format: 'json',
      agency: typeof value.agency === 'string' ? cleanText(value.agency) : '',
      period: read.summary.period,
      members,
      total,
      byField: total.tthc?.byField ?? {},
      membersHaveFields: true,
      findings,
    },
  };
}
