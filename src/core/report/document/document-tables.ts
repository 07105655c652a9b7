import type { ProvincialSummary } from '../../consolidate/types';
import { formatVnInteger } from '../../text/format';
import type { TthcCounts } from '../../tthc/types';
import { FIGURES, FIGURE_COLUMNS, figureGroups, figureValue, labelOf } from '../../tthc/columns';
import { COURSE_KINDS, DEGREES, STAFF_TYPES, categoryLabels, countOf } from '../categories';
import data from '../data/report-document.json';
import type { DocTable } from './document-model';

const num = (n: number | null): string => (n === null ? '' : formatVnInteger(n));
const T = data.tables;

/** Biểu II.06a by unit with its total row, the figure columns of tthc-columns.json under their groups. */
export function tthcTable(summary: ProvincialSummary): DocTable | null {
  const units = summary.units.flatMap((u): [string, TthcCounts][] => (u.tthc ? [[u.name, u.tthc]] : []));
  const total = summary.total.tthc;
  if (units.length === 0 || !total) return null;
  const line = (i: string, name: string, c: TthcCounts): string[] => [
    i,
    name,
    ...FIGURES.map((f) => num(figureValue(c, f))),
  ];
  return {
    caption: T.tthc,
    note: T.unitNote,
    header: [
      [
        labelOf('stt'),
        'Đơn vị',
        ...figureGroups().flatMap(([group, cols]) => [group, ...cols.slice(1).map(() => null)]),
      ],
      ['', '', ...FIGURE_COLUMNS.map((c) => c.short ?? c.label)],
    ],
    rows: [...units.map(([name, c], i) => line(String(i + 1), name, c)), line('', T.total, total)],
    totalRow: units.length,
    widths: [8, 27, ...FIGURE_COLUMNS.map((c) => c.documentWidth ?? 10)],
    textColumns: [1],
  };
}

/** Staff by unit: quota, present, by type, the three main degrees, women, party members. */
export function staffTable(summary: ProvincialSummary): DocTable | null {
  const units = summary.units.flatMap((u) => (u.staff ? [{ name: u.name, s: u.staff }] : []));
  const total = summary.total.staff;
  if (units.length === 0 || !total) return null;
  const degrees = DEGREES.slice(0, 3);
  const line = (i: string, name: string, s: typeof total): string[] => [
    i,
    name,
    num(s.quota),
    num(s.present),
    ...STAFF_TYPES.map((t) => num(countOf(s.byType, t))),
    ...degrees.map((d) => num(countOf(s.byDegree, d))),
    num(s.women),
    num(s.partyMembers),
  ];
  return {
    caption: T.staff,
    note: 'Đơn vị tính: Người',
    header: [
      [
        'STT',
        'Đơn vị',
        'Biên chế được giao',
        'Có mặt',
        'Chia theo loại',
        null,
        null,
        'Trình độ chuyên môn',
        null,
        null,
        'Nữ',
        'Đảng viên',
      ],
      ['', '', '', '', ...STAFF_TYPES, ...degrees, '', ''],
    ],
    rows: [...units.map((u, i) => line(String(i + 1), u.name, u.s)), line('', T.total, total)],
    totalRow: units.length,
    widths: [8, 28, 11, 10, 10, 10, 10, 9, 9, 9, 8, 10],
    textColumns: [1],
  };
}

/** Training by course type (people-courses, all units together), the types someone attended. */
export function trainingTable(summary: ProvincialSummary): DocTable | null {
  const t = summary.total.training;
  if (!t || t.total === 0) return null;
  const kinds = categoryLabels(COURSE_KINDS, Object.keys(t.byKind)).filter((k) => countOf(t.byKind, k) > 0);
  return {
    caption: T.training,
    note: 'Đơn vị tính: Lượt người',
    header: [['STT', 'Loại khóa đào tạo, bồi dưỡng', 'Số lượt người']],
    rows: [...kinds.map((k, i) => [String(i + 1), k, num(countOf(t.byKind, k))]), ['', T.total, num(t.total)]],
    totalRow: kinds.length,
    widths: [8, 60, 20],
    textColumns: [1],
  };
}
