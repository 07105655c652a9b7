/**
 * Which section of the unit workbook a sheet holds (nhận dạng trang tính): by its name first
 * (data/sheet-names.json), else by what its header row means.
 */
import sheetNames from './data/sheet-names.json';
import type { Grid } from '../grid';
import { findHeader, type ColumnSpec, type HeaderMatch } from '../text/headers';
import { foldKey } from '../text/normalize';
import { REGISTER_COLUMNS } from '../tthc/register';
import { TTHC_COLUMNS } from '../tthc/columns';
import { STAFF_COLUMNS } from './read-staff';
import { TRAINING_COLUMNS } from './read-training';

export type SectionKind = 'info' | 'tthc' | 'register' | 'staff' | 'training' | 'reception';

/** Canonical sheet names (docs/formats.md), for messages and the template. */
export const SHEET_NAMES: Record<SectionKind, string> = {
  info: 'ThongTin',
  tthc: 'TTHC',
  register: 'SoTheoDoi',
  staff: 'NhanSu',
  training: 'DaoTao',
  reception: 'TiepDan',
};

/** Vietnamese name of each section, for messages. */
export const SECTION_TITLES: Record<SectionKind, string> = {
  info: 'thông tin chung',
  tthc: 'kết quả giải quyết TTHC',
  register: 'sổ theo dõi hồ sơ',
  staff: 'danh sách nhân sự',
  training: 'danh sách đào tạo, bồi dưỡng',
  reception: 'tiếp công dân',
};

const squash = (s: string) => foldKey(s).replace(/ /g, '');

interface NameEntry {
  kind: SectionKind | 'ignore';
  key: string;
  squashed: string;
}

const NAME_ENTRIES: NameEntry[] = [];
for (const [kind, names] of Object.entries(sheetNames.sections) as [SectionKind, string[]][]) {
  for (const n of names) NAME_ENTRIES.push({ kind, key: foldKey(n), squashed: squash(n) });
}
for (const n of sheetNames.ignore) NAME_ENTRIES.push({ kind: 'ignore', key: foldKey(n), squashed: squash(n) });
NAME_ENTRIES.sort((a, b) => b.key.length - a.key.length);

/**
 * Section named by a sheet name: equal to a known name (spaces, case and diacritics aside), or starting
 * with one as whole words (`TTHC 6 tháng`); the longest known name wins. `ignore` for instruction and list sheets.
 */
export function sectionByName(name: string): SectionKind | 'ignore' | null {
  return sectionNameMatch(name)?.kind ?? null;
}

/**
 * How well a sheet name names a section: `exact` when it equals a known name (`TTHC`, `Biểu II.06a`), else
 * `prefix` (`TTHC 6 tháng`, `TTHC kỳ trước`). Two sheets offering one section: the exact name wins.
 */
export function sectionNameMatch(name: string): { kind: SectionKind | 'ignore'; match: 'exact' | 'prefix' } | null {
  const key = foldKey(name);
  const squashed = squash(name);
  if (key === '') return null;
  for (const e of NAME_ENTRIES) if (e.squashed === squashed) return { kind: e.kind, match: 'exact' };
  for (const e of NAME_ENTRIES) if (key.startsWith(e.key + ' ')) return { kind: e.kind, match: 'prefix' };
  return null;
}

/** Header specs and how many fields a header must match for a table section to be recognised by content. */
const TABLE_SECTIONS: readonly {
  kind: SectionKind;
  specs: readonly ColumnSpec[];
  accept: (h: HeaderMatch) => boolean;
}[] = [
  { kind: 'tthc', specs: TTHC_COLUMNS, accept: (h) => h.missing.length === 0 && Object.keys(h.columns).length >= 5 },
  {
    kind: 'register',
    specs: REGISTER_COLUMNS,
    accept: (h) =>
      h.columns.received !== undefined &&
      (h.columns.deadline !== undefined || h.columns.status !== undefined) &&
      Object.keys(h.columns).length >= 3,
  },
  {
    kind: 'staff',
    specs: STAFF_COLUMNS,
    accept: (h) =>
      h.missing.length === 0 &&
      ['gender', 'female', 'type', 'degree', 'politicalTheory', 'stateManagement', 'party', 'birth'].filter(
        (k) => h.columns[k] !== undefined,
      ).length >= 2,
  },
  {
    kind: 'training',
    specs: TRAINING_COLUMNS,
    accept: (h) => h.missing.length === 0 && Object.keys(h.columns).length >= 3,
  },
];

/** Header of a table section in a sheet, or null. */
export function sectionHeader(grid: Grid, kind: SectionKind): HeaderMatch | null {
  const s = TABLE_SECTIONS.find((t) => t.kind === kind);
  return s ? findHeader(grid.rows, s.specs) : null;
}

/**
 * A table section recognised by its header row, with the header; the reading that matches the most
 * columns wins. Label sheets (ThongTin, TiepDan) are recognised by the caller, which reads their labels.
 */
export function tableSectionByContent(
  grid: Grid,
  exclude: ReadonlySet<SectionKind> = new Set(),
): { kind: SectionKind; header: HeaderMatch } | null {
  let best: { kind: SectionKind; header: HeaderMatch; n: number } | null = null;
  for (const s of TABLE_SECTIONS) {
    if (exclude.has(s.kind)) continue;
    const h = findHeader(grid.rows, s.specs);
    if (h === null || !s.accept(h)) continue;
    const n = Object.keys(h.columns).length;
    if (best === null || n > best.n) best = { kind: s.kind, header: h, n };
  }
  return best && { kind: best.kind, header: best.header };
}
