import { finding, type Finding } from '../findings';
import type { UnitReport } from '../unit/types';
import { unitKey } from './unit-key';

/**
 * The same unit arriving twice, directly and inside a summary (đơn vị có trong bảng tổng hợp), or inside two
 * summaries: never counted twice. A summary whose units all came directly too (an old summary left among the
 * units' files) is left out; otherwise a unit's own file that a summary already holds is left out (the summary
 * carries its figures); of two summaries sharing units, the later one is left out. Each finding names both
 * files. Returns the error for each entry to leave out, keyed by its position.
 */
export function summaryOverlapFindings(reports: readonly UnitReport[]): Map<number, Finding> {
  const out = new Map<number, Finding>();
  const direct = new Map<string, UnitReport>();
  for (const r of reports)
    if (r.status !== 'rejected' && r.source !== 'summary' && !direct.has(unitKey(r.name)))
      direct.set(unitKey(r.name), r);
  // A summary all of whose units also came directly (an old summary left in the units' folder) is left out instead.
  reports.forEach((r, i) => {
    const members = r.members ?? [];
    if (r.status === 'rejected' || r.source !== 'summary' || members.length === 0) return;
    if (members.every((m) => direct.has(unitKey(m)))) out.set(i, summaryAllDirect(r));
  });
  const inside = new Map<string, UnitReport>();
  reports.forEach((r, i) => {
    if (r.status === 'rejected' || r.source !== 'summary' || out.has(i)) return;
    for (const m of r.members ?? []) if (!inside.has(unitKey(m))) inside.set(unitKey(m), r);
  });
  const seenSummaries: UnitReport[] = [];
  reports.forEach((r, i) => {
    if (r.status === 'rejected' || out.has(i)) return;
    if (r.source !== 'summary') {
      const holder = inside.get(unitKey(r.name));
      if (holder) out.set(i, unitInSummary(r, holder));
      return;
    }
    const keys = new Set((r.members ?? []).map(unitKey));
    const earlier = seenSummaries.find((s) => (s.members ?? []).some((m) => keys.has(unitKey(m))));
    if (earlier) out.set(i, summariesShare(r, earlier, keys));
    else seenSummaries.push(r);
  });
  return out;
}

function summaryAllDirect(s: UnitReport): Finding {
  return finding(
    { file: s.file, sheet: '', cell: '' },
    'error',
    'SUMMARY_UNITS_SENT_DIRECTLY',
    `Mọi đơn vị trong bảng tổng hợp «${s.file}» (${(s.members ?? []).join(', ')}) đều đã có tệp riêng trong lần tổng hợp này; ` +
      `bảng «${s.file}» không được tổng hợp để số liệu không bị cộng hai lần (có thể đây là bảng tổng hợp cũ để lẫn trong thư mục của các đơn vị).`,
  );
}

function unitInSummary(unit: UnitReport, holder: UnitReport): Finding {
  return finding(
    { file: unit.file, sheet: '', cell: '' },
    'error',
    'UNIT_IN_SUMMARY',
    `Đơn vị «${unit.name}» (tệp «${unit.file}») đã có trong bảng tổng hợp «${holder.file}» (${holder.name}); tệp «${unit.file}» không được tính riêng ` +
      'để số liệu không bị cộng hai lần. Nếu muốn dùng tệp này thay cho số liệu trong bảng tổng hợp, hãy tổng hợp với tùy chọn «tách đơn vị» (--expand) và bỏ bớt một trong hai.',
  );
}

function summariesShare(later: UnitReport, first: UnitReport, keys: Set<string>): Finding {
  const shared = (first.members ?? []).filter((m) => keys.has(unitKey(m)));
  return finding(
    { file: later.file, sheet: '', cell: '' },
    'error',
    'SUMMARY_OVERLAP',
    `Bảng tổng hợp «${later.file}» và «${first.file}» cùng có ${shared.length === 1 ? 'đơn vị' : 'các đơn vị'} ${shared.map((n) => `«${n}»`).join(', ')}; ` +
      `bảng «${later.file}» không được tổng hợp để số liệu không bị cộng hai lần. Hãy dùng tùy chọn «tách đơn vị» (--expand) để chọn từng đơn vị.`,
  );
}
