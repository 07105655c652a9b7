/** The DanhMuc sheet's text and how its titles, kinds, lists and items are recognised (fold-key matching). */
import text from './data/danh-muc-sheet.json';
import { foldKey } from '../text/normalize';
import type { AgencyKey, LabelListKey } from './types';

export const SHEET_TEXT = text;
export const SETTINGS_SHEET_NAME: string = text.sheetName;

export type TableKey = keyof typeof text.tables;
export const TABLE_KEYS = Object.keys(text.tables) as TableKey[];

/** Folded text without a leading number such as «2.» or «II.»: how titles and list names are compared. */
export function titleKey(s: string): string {
  return foldKey(s).replace(/^(\d+|[ivx]+)\s+/, '');
}

/** The table whose title a row's first cell holds, or null. */
export function tableOfTitle(s: string): TableKey | null {
  const key = titleKey(s);
  if (key === '') return null;
  for (const k of TABLE_KEYS) if (key.startsWith(text.tables[k].match)) return k;
  return null;
}

const DAY_KINDS = new Map<string, 'off' | 'work'>();
for (const kind of ['off', 'work'] as const) {
  DAY_KINDS.set(foldKey(text.dayKinds[kind]), kind);
  for (const s of text.dayKindSynonyms[kind]) DAY_KINDS.set(foldKey(s), kind);
}

/** «Nghỉ» → off, «Làm việc»/«Làm bù» → work; null when not understood. */
export function dayKind(s: string): 'off' | 'work' | null {
  return DAY_KINDS.get(foldKey(s)) ?? null;
}

/** Folded label and key → key, for the lists whose rows are recognised by name. */
function keysByName<K extends string>(items: readonly { key: string; label: string }[]): Map<string, K> {
  const out = new Map<string, K>();
  for (const i of items) {
    out.set(foldKey(i.label), i.key as K);
    out.set(foldKey(i.key), i.key as K);
  }
  return out;
}

const LIST_KEYS = keysByName<LabelListKey>(text.labelLists);
const AGENCY_KEYS = keysByName<AgencyKey>(text.agencyItems);

export function labelListOf(s: string): LabelListKey | null {
  return LIST_KEYS.get(titleKey(s)) ?? null;
}

export function labelListName(key: LabelListKey): string {
  return text.labelLists.find((l) => l.key === key)!.label;
}

export function agencyKeyOf(s: string): AgencyKey | null {
  return AGENCY_KEYS.get(titleKey(s)) ?? null;
}

export function agencyItemName(key: AgencyKey): string {
  return text.agencyItems.find((i) => i.key === key)!.label;
}

/** Title of a table without its number, for messages: «Lĩnh vực thủ tục hành chính». */
export function tableName(key: TableKey): string {
  return text.tables[key].title.replace(/^\d+\.\s*/, '');
}
