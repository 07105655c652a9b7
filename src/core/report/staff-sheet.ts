import type { ProvincialSummary } from '../consolidate/types';
import type { StaffSummary } from '../unit/types';
import { DEGREES, POLITICAL_THEORY, STAFF_TYPES, STATE_MANAGEMENT, categoryLabels, countOf } from './categories';
import type { LayoutSheet } from '../layout';
import { finishSheet } from './finish-sheet';
import { SheetBuilder } from './sheet-builder';
import { writeSignatureBlock } from './signature-block';
import { writeTable, type RowValue, type TableColumn } from './table';
import { TITLE_ROWS, writeTitleBlock, type SheetContext } from './title-block';

type CategoryKey = 'byType' | 'byDegree' | 'byPoliticalTheory' | 'byStateManagement' | 'studying';

/** A group of category columns: the canonical labels plus every other label the units used. */
interface CategoryGroup {
  key: CategoryKey;
  group: string;
  labels: string[];
}

function groups(staff: readonly StaffSummary[]): CategoryGroup[] {
  const found = (key: CategoryKey): string[] => staff.flatMap((s) => Object.keys(s[key]));
  const out: CategoryGroup[] = [
    { key: 'byType', group: 'Chia theo loại', labels: categoryLabels(STAFF_TYPES, found('byType')) },
    { key: 'byDegree', group: 'Trình độ chuyên môn', labels: categoryLabels(DEGREES, found('byDegree')) },
    {
      key: 'byPoliticalTheory',
      group: 'Lý luận chính trị',
      labels: categoryLabels(POLITICAL_THEORY, found('byPoliticalTheory')),
    },
    {
      key: 'byStateManagement',
      group: 'Quản lý nhà nước',
      labels: categoryLabels(STATE_MANAGEMENT, found('byStateManagement')),
    },
  ];
  // People studying for a degree: a group only for the degrees someone is studying for.
  const studying = categoryLabels(DEGREES, found('studying')).filter((l) =>
    staff.some((s) => countOf(s.studying, l) > 0),
  );
  if (studying.length > 0) out.push({ key: 'studying', group: 'Đang học', labels: studying });
  return out;
}

function columns(gs: readonly CategoryGroup[]): TableColumn[] {
  return [
    { label: 'STT', kind: 'index' },
    { label: 'Đơn vị', kind: 'name' },
    { label: 'Biên chế được giao', kind: 'count' },
    { label: 'Có mặt', kind: 'count' },
    ...gs.flatMap((g) => g.labels.map((label): TableColumn => ({ group: g.group, label, kind: 'count' }))),
    { label: 'Nữ', kind: 'count' },
    { label: 'Đảng viên', kind: 'count' },
  ];
}

function row(name: string, s: StaffSummary, gs: readonly CategoryGroup[]): RowValue[] {
  return [
    null,
    name,
    s.quota,
    s.present,
    ...gs.flatMap((g) => g.labels.map((l) => countOf(s[g.key], l))),
    s.women,
    s.partyMembers,
  ];
}

/**
 * TH_NhanSu: per unit, biên chế được giao and có mặt, then people by type, degree, political theory and
 * state management (canonical categories plus any `Khác: …` found), those studying, women, party members.
 */
export function staffSheet(summary: ProvincialSummary, ctx: SheetContext): LayoutSheet {
  const units = summary.units.flatMap((u): [string, StaffSummary][] => (u.staff ? [[u.name, u.staff]] : []));
  const gs = groups(units.map(([, s]) => s));
  const cols = columns(gs);
  const b = new SheetBuilder();
  writeTitleBlock(
    b,
    ctx,
    'Tổng hợp số lượng, chất lượng công chức, viên chức và người lao động',
    cols.length - 1,
    'Đơn vị tính: Người',
  );
  const p = writeTable(b, {
    top: TITLE_ROWS,
    columns: cols,
    rows: units.map(([n, s]) => row(n, s, gs)),
    totalLabel: 'Tổng cộng',
  });
  writeSignatureBlock(b, p.nextRow + 1, ctx.signature);
  return finishSheet('TH_NhanSu', b, p, 2);
}
