/**
 * The unit's general information (thông tin chung): the ThongTin sheet (label | value), and the
 * «Label: value» lines of a title block above a table (`Đơn vị báo cáo: …`, `Kỳ báo cáo: … (Từ ngày … đến ngày …)`).
 */
import infoData from './data/info-labels.json';
import { type Grid, a1 } from '../grid';
import { foldKey } from '../text/normalize';
import type { SheetReader } from './sheet-reader';
import { periodFromRange } from './period-label';

export type InfoKey = 'name' | 'periodLabel' | 'from' | 'to' | 'quota' | 'preparedBy' | 'preparedOn';

/** What was read, with the A1 address of each value for messages. */
export interface UnitInfo {
  name: string | null;
  periodLabel: string | null;
  from: number | null;
  to: number | null;
  quota: number | null;
  preparedBy: string | null;
  preparedOn: number | null;
  /** Where each value was read: sheet and cell. */
  where: Partial<Record<InfoKey, { sheet: string; cell: string }>>;
  /** Dates written as "Từ ngày … đến ngày …" inside a text (a period label or a title line), used when
   * «Từ ngày» / «Đến ngày» are not given on their own. */
  textRange: { from: number; to: number; sheet: string; cell: string } | null;
  /** How many labels were recognised (to tell a ThongTin sheet by its content). */
  labels: number;
}

export function emptyInfo(): UnitInfo {
  return {
    name: null,
    periodLabel: null,
    from: null,
    to: null,
    quota: null,
    preparedBy: null,
    preparedOn: null,
    where: {},
    textRange: null,
    labels: 0,
  };
}

const LABELS = new Map<string, InfoKey>();
for (const l of infoData.labels) {
  for (const w of [l.label, ...l.synonyms]) {
    const k = labelKey(w);
    if (k !== '' && !LABELS.has(k)) LABELS.set(k, l.key as InfoKey);
  }
}

/** Canonical label of a key, e.g. `Tên đơn vị`, for messages. */
export function infoLabel(key: InfoKey): string {
  return infoData.labels.find((l) => l.key === key)!.label;
}

/** A label's key: folded, without hints in parentheses, `(*)` marks or a trailing colon. */
function labelKey(text: string): string {
  return foldKey(text.replace(/\([^)]*\)/g, ' '));
}

/** The info key a cell's text is the label of; null when it is not a label. */
export function infoKeyOf(text: string): InfoKey | null {
  return LABELS.get(labelKey(text)) ?? null;
}

/** Column right after the cell, past a merged area that starts at it. */
function nextColumn(grid: Grid, r: number, c: number): number {
  for (const m of grid.merges ?? []) {
    if (m.r1 <= r && r <= m.r2 && m.c1 === c) return m.c2 + 1;
  }
  return c + 1;
}

/** A trailing "(Từ ngày … đến ngày …)" is dates, not part of the period's name. */
function stripRange(label: string): string {
  return label
    .replace(/\(\s*t(?:ừ|u)\s.*\)\s*$/iu, '')
    .replace(/[,;:\s]+$/, '')
    .trim();
}

function setValue(
  reader: SheetReader,
  info: UnitInfo,
  key: InfoKey,
  r: number,
  c: number,
  inlineText: string | null,
): void {
  if (info.where[key] !== undefined) {
    if (inlineText !== null || !reader.blank(r, c)) {
      const first = info.where[key]!;
      reader.add(
        r,
        c,
        'warning',
        'INFO_DUPLICATE_LABEL',
        `«${infoLabel(key)}» được ghi hai lần; dùng giá trị ở ô ${first.cell} trang ${first.sheet}, bỏ qua ô này.`,
      );
    }
    return;
  }
  const what = infoLabel(key);
  let found = false;
  switch (key) {
    case 'name':
    case 'preparedBy':
    case 'periodLabel': {
      const t = inlineText ?? reader.text(r, c);
      if (t === '') break;
      if (key === 'periodLabel') {
        noteRange(reader, info, r, c, t);
        info.periodLabel = stripRange(t);
      } else {
        info[key] = t;
      }
      found = true;
      break;
    }
    case 'from':
    case 'to':
    case 'preparedOn': {
      const d =
        inlineText !== null
          ? reader.dateText(r, c, inlineText, what)
          : reader.date(r, c, what, key === 'preparedOn' ? 'warning' : 'error');
      if (d === null || d === undefined) break;
      info[key] = d;
      found = true;
      break;
    }
    case 'quota': {
      const n = inlineText !== null ? reader.countText(r, c, inlineText, what) : reader.count(r, c, what);
      if (!n.ok || n.value === null) break;
      info.quota = n.value;
      found = true;
      break;
    }
  }
  if (found) info.where[key] = { sheet: reader.name, cell: a1(r, c) };
}

/** Remembers the first "Từ ngày … đến ngày …" met. */
function noteRange(reader: SheetReader, info: UnitInfo, r: number, c: number, text: string): void {
  if (info.textRange !== null) return;
  const range = periodFromRange(text);
  if (range) info.textRange = { ...range, sheet: reader.name, cell: a1(r, c) };
}

/**
 * Reads labels and their values in rows [firstRow, lastRow) of a sheet into `info` (values already
 * there are kept). A label's value is the cell right of it (past its merged area), or the text after
 * a colon in the same cell. A "Từ ngày … đến ngày …" anywhere gives the period's dates.
 */
export function readInfoCells(reader: SheetReader, info: UnitInfo, firstRow = 0, lastRow = reader.rowCount): void {
  for (let r = firstRow; r < Math.min(lastRow, reader.rowCount); r++) {
    const row = reader.grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v.trim() === '') continue;
      const text = reader.text(r, c);
      const key = infoKeyOf(text);
      if (key !== null) {
        info.labels++;
        setValue(reader, info, key, r, nextColumn(reader.grid, r, c), null);
        continue;
      }
      const colon = text.indexOf(':');
      if (colon > 0) {
        const inlineKey = infoKeyOf(text.slice(0, colon));
        const rest = text.slice(colon + 1).trim();
        if (inlineKey !== null) {
          info.labels++;
          if (rest !== '') setValue(reader, info, inlineKey, r, c, rest);
          else setValue(reader, info, inlineKey, r, nextColumn(reader.grid, r, c), null);
          continue;
        }
      }
      noteRange(reader, info, r, c, text);
    }
  }
}
