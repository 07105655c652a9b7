/**
 * The office's entries over the shipped lists (danh mục của cơ quan chồng lên danh mục mặc định).
 * Every entry is checked; a wrong one (a date that is not a date, an unknown kind, a synonym two fields
 * claim…) becomes a finding naming its cell and is left out, never a crash. An entry that only repeats
 * the shipped one (the sheet as `tonghop settings` wrote it) changes nothing and is not listed as a change.
 */
import { type CellValue, isBlank, isCellError } from '../grid';
import { type Finding, type Severity, finding } from '../findings';
import { cleanText, clipText, foldKey } from '../text/normalize';
import { formatVnDate, parseVnDate } from '../text/dates';
import { canonicalLabels, defaultSettings, shippedWordings } from './defaults';
import type { RawRow, SettingsInput } from './input';
import {
  agencyItemName,
  agencyKeyOf,
  dayKind,
  labelListName,
  labelListOf,
  SHEET_TEXT,
  tableName,
  type TableKey,
} from './sheet-text';
import { fieldKey } from './fields';
import { missingSlots, phraseEntryOf, unknownSlots } from '../report/phrase-book';
import type { LabelSynonyms, NamedEntry, Settings } from './types';

/** Text of a cell, cleaned ('' for blank, numbers as written). */
function textOf(v: CellValue | undefined): string {
  if (v === null || v === undefined || isCellError(v)) return '';
  return cleanText(String(v));
}

/** «a; b; c» (or a JSON array already joined) → the non-empty parts, cleaned. */
export function splitSynonyms(v: CellValue | undefined): string[] {
  return textOf(v)
    .split(/[;\n]/)
    .map((s) => cleanText(s))
    .filter((s) => s !== '');
}

class Checker {
  readonly settings: Settings;
  constructor(readonly input: SettingsInput) {
    this.settings = defaultSettings();
    this.settings.file = input.file;
  }

  private where(row: RawRow, col: number): string {
    return row.cellAt?.[col] ?? (col === 0 ? row.at : `${row.at}[${col}]`);
  }

  add(row: RawRow, col: number, severity: Severity, code: string, message: string): void {
    this.settings.findings.push(
      finding({ file: this.input.file, sheet: this.input.sheet, cell: this.where(row, col) }, severity, code, message),
    );
  }

  changed(table: TableKey, row: RawRow, change: string): void {
    const at = this.input.sheet ? `${this.input.sheet}!${this.where(row, 0)}` : this.where(row, 0);
    this.settings.changes.push({ list: tableName(table), change: change.normalize('NFC'), at });
  }

  rows(table: TableKey): RawRow[] {
    return (this.input.tables[table] ?? []).filter((r) => r.cells.some((c) => !isBlank(c)));
  }
}

function checkDays(k: Checker): void {
  const seen = new Map<number, 'off' | 'work'>();
  for (const row of k.rows('days')) {
    const [dateCell, kindCell, noteCell] = row.cells;
    const d = parseVnDate(dateCell ?? null);
    if (!d.ok) {
      k.add(
        row,
        0,
        'error',
        'SETTINGS_BAD_DATE',
        `Ngày nghỉ/làm việc thêm «${clipText(textOf(dateCell))}» ${d.reason}; dòng này không được dùng.`,
      );
      continue;
    }
    const kind = dayKind(textOf(kindCell));
    if (kind === null) {
      k.add(
        row,
        1,
        'error',
        'SETTINGS_BAD_DAY_KIND',
        `Ngày ${formatVnDate(d.serial)}: loại «${clipText(textOf(kindCell))}» không rõ; ghi «${SHEET_TEXT.dayKinds.off}» hoặc «${SHEET_TEXT.dayKinds.work}». Dòng này không được dùng.`,
      );
      continue;
    }
    const before = seen.get(d.serial);
    if (before !== undefined) {
      if (before !== kind) {
        k.add(
          row,
          0,
          'error',
          'SETTINGS_DAY_CONFLICT',
          `Ngày ${formatVnDate(d.serial)} được ghi vừa là ngày nghỉ vừa là ngày làm việc; chỉ dòng đầu được dùng.`,
        );
      }
      continue;
    }
    seen.set(d.serial, kind);
    const entry = { serial: d.serial, note: textOf(noteCell) };
    (kind === 'off' ? k.settings.extraDaysOff : k.settings.extraWorkdays).push(entry);
    k.changed(
      'days',
      row,
      `${kind === 'off' ? 'thêm ngày nghỉ' : 'thêm ngày làm việc'} ${formatVnDate(d.serial)}${entry.note ? ` (${entry.note})` : ''}`,
    );
  }
}

/**
 * Fields and units: a row whose name is an entry's name (after folding) adds to that entry; another row is a
 * new entry. Then every wording belongs to one entry only, in this order: each entry's own name; wordings the
 * office's rows list, first row first (a second claim is an error and is dropped); the shipped synonyms last
 * (one the office gave to another entry moves there, with a warning saying so).
 */
function checkNamed(k: Checker, table: 'fields' | 'units', list: NamedEntry[]): void {
  const shipped = new Set(list);
  const byName = new Map<string, NamedEntry>(list.map((e) => [fieldKey(e.name), e]));
  const rowOf = new Map<NamedEntry, RawRow>();
  const claims: { entry: NamedEntry; row: RawRow; words: string[] }[] = [];
  const what = table === 'fields' ? 'lĩnh vực' : 'đơn vị';

  for (const row of k.rows(table)) {
    const name = textOf(row.cells[0]);
    const synonyms = splitSynonyms(row.cells[1]);
    const source = textOf(row.cells[2]);
    if (fieldKey(name) === '') {
      k.add(
        row,
        0,
        'error',
        'SETTINGS_NO_NAME',
        `Dòng có tên gọi khác «${clipText(synonyms.join('; '))}» nhưng không ghi tên ${what}; dòng này không được dùng.`,
      );
      continue;
    }
    let entry = byName.get(fieldKey(name));
    if (entry === undefined) {
      entry = { name, synonyms: [], source: source || `Do cơ quan thêm (${k.input.file}).` };
      list.push(entry);
      byName.set(fieldKey(name), entry);
      k.changed(
        table,
        row,
        `thêm ${what} «${name}»${synonyms.length ? ` (tên gọi khác ${synonyms.map((s) => `«${s}»`).join(', ')})` : ''}`,
      );
    } else if (source !== '' && source !== entry.source) {
      entry.source = source;
      k.changed(table, row, `«${entry.name}»: nguồn ghi lại là «${clipText(source)}»`);
    }
    if (!rowOf.has(entry)) rowOf.set(entry, row);
    claims.push({ entry, row, words: synonyms });
  }

  const holder = new Map<string, NamedEntry>();
  for (const e of list) holder.set(fieldKey(e.name), e);
  const officeSynonyms = new Map<NamedEntry, string[]>();
  for (const { entry, row, words } of claims) {
    const added: string[] = [];
    for (const word of words) {
      const key = fieldKey(word);
      const owner = holder.get(key);
      if (owner === entry) continue;
      if (owner !== undefined) {
        k.add(
          row,
          1,
          'error',
          'SETTINGS_SYNONYM_CLAIMED',
          fieldKey(owner.name) === key
            ? `Tên gọi khác «${word}» của ${what} «${entry.name}» là tên của ${what} «${owner.name}»; tên gọi khác này không được dùng.`
            : `Tên gọi khác «${word}» được ghi cho cả ${what} «${owner.name}» và «${entry.name}»; chỉ dòng đầu («${owner.name}») được dùng.`,
        );
        continue;
      }
      holder.set(key, entry);
      const list2 = officeSynonyms.get(entry) ?? [];
      list2.push(word);
      officeSynonyms.set(entry, list2);
      if (!entry.synonyms.some((s) => fieldKey(s) === key)) added.push(word);
    }
    if (added.length > 0 && shipped.has(entry)) {
      k.changed(table, row, `«${entry.name}»: thêm tên gọi khác ${added.map((s) => `«${s}»`).join(', ')}`);
    }
  }

  for (const e of list) {
    const kept: string[] = [];
    const keys = new Set<string>([fieldKey(e.name)]);
    for (const word of e.synonyms) {
      const key = fieldKey(word);
      const owner = holder.get(key);
      if (owner === undefined) holder.set(key, e);
      else if (owner !== e) {
        const row = rowOf.get(owner);
        if (row !== undefined) {
          k.add(
            row,
            0,
            'warning',
            'SETTINGS_SYNONYM_MOVED',
            `«${word}» là tên gọi khác của ${what} «${e.name}» trong danh mục mặc định; theo danh mục của cơ quan, từ nay được tính vào «${owner.name}».`,
          );
        }
        continue;
      }
      if (!keys.has(key)) kept.push(word);
      keys.add(key);
    }
    for (const word of officeSynonyms.get(e) ?? []) {
      if (!keys.has(fieldKey(word))) kept.push(word);
      keys.add(fieldKey(word));
    }
    e.synonyms = kept;
  }
}

function checkLabels(k: Checker): void {
  const claimed = new Map<string, LabelSynonyms>();
  for (const row of k.rows('labels')) {
    const listText = textOf(row.cells[0]);
    const list = labelListOf(listText);
    if (list === null) {
      k.add(
        row,
        0,
        'error',
        'SETTINGS_BAD_LIST',
        `Danh mục «${clipText(listText)}» không có; chọn một trong: ${SHEET_TEXT.labelLists.map((l) => `«${l.label}»`).join(', ')}.`,
      );
      continue;
    }
    const labelText = textOf(row.cells[1]);
    const label = canonicalLabels(list).find((l) => foldKey(l) === foldKey(labelText));
    if (label === undefined) {
      k.add(
        row,
        1,
        'error',
        'SETTINGS_BAD_LABEL',
        `«${clipText(labelText)}» không phải tên chuẩn của danh mục «${labelListName(list)}» (${canonicalLabels(list)
          .map((l) => `«${l}»`)
          .join(', ')}); dòng này không được dùng.`,
      );
      continue;
    }
    const shipped = shippedWordings(list);
    const words: string[] = [];
    for (const s of splitSynonyms(row.cells[2])) {
      const key = `${list}|${foldKey(s)}`;
      const other = claimed.get(key);
      if (other !== undefined && other.label !== label) {
        k.add(
          row,
          2,
          'error',
          'SETTINGS_SYNONYM_CLAIMED',
          `Cách viết «${s}» đã được ghi cho «${other.label}» (${labelListName(list)}); chỉ dòng đầu được dùng.`,
        );
        continue;
      }
      if (other !== undefined) continue;
      const before = shipped.get(foldKey(s));
      if (before === label) {
        claimed.set(key, { list, label, synonyms: [] }); // already a way of writing this label: nothing to add
        continue;
      }
      if (before !== undefined && canonicalLabels(list).some((l) => foldKey(l) === foldKey(s))) {
        k.add(
          row,
          2,
          'error',
          'SETTINGS_SYNONYM_CLAIMED',
          `Cách viết «${s}» của «${label}» là tên chuẩn «${before}» (${labelListName(list)}); cách viết này không được dùng.`,
        );
        continue;
      }
      if (before !== undefined) {
        k.add(
          row,
          2,
          'warning',
          'SETTINGS_SYNONYM_MOVED',
          `«${s}» là cách viết của «${before}» trong danh mục mặc định (${labelListName(list)}); theo danh mục của cơ quan, từ nay được tính vào «${label}».`,
        );
      }
      words.push(s);
    }
    if (words.length === 0) continue;
    const entry: LabelSynonyms = { list, label, synonyms: words };
    for (const s of words) claimed.set(`${list}|${foldKey(s)}`, entry);
    k.settings.labels.push(entry);
    k.changed(
      'labels',
      row,
      `${labelListName(list)} «${label}»: thêm cách viết ${words.map((s) => `«${s}»`).join(', ')}`,
    );
  }
}

function checkAgency(k: Checker): void {
  for (const row of k.rows('agency')) {
    const item = textOf(row.cells[0]);
    const key = agencyKeyOf(item);
    if (key === null) {
      k.add(
        row,
        0,
        'warning',
        'SETTINGS_BAD_ITEM',
        `Mục «${clipText(item)}» không có trong bảng Cơ quan và người ký; dòng này không được dùng.`,
      );
      continue;
    }
    const value = textOf(row.cells[1]);
    if (value === '' || value === k.settings.agency[key]) continue;
    k.settings.agency[key] = value;
    k.changed('agency', row, `${agencyItemName(key)}: «${clipText(value)}»`);
  }
}

const braces = (names: readonly string[]): string => names.map((n) => `{${n}}`).join(', ');

/**
 * The office's wording of the report (table 6): a row names an entry (by its name in the sheet or its key) and
 * gives its text. A blank naming the report cannot fill is an error naming the entry (the shipped text is kept);
 * a blank left out is a warning (that figure is no longer said); a text equal to the shipped one changes nothing.
 */
function checkPhrases(k: Checker): void {
  const seen = new Set<string>();
  for (const row of k.rows('phrases')) {
    const name = textOf(row.cells[0]);
    const entry = phraseEntryOf(name);
    if (entry === undefined) {
      k.add(
        row,
        0,
        'warning',
        'SETTINGS_BAD_PHRASE',
        `Câu «${clipText(name)}» không có trong bảng Câu chữ trong đoạn văn báo cáo; dòng này không được dùng.`,
      );
      continue;
    }
    const text = textOf(row.cells[1]);
    if (text === '' || text === entry.text) continue;
    if (seen.has(entry.key)) {
      k.add(row, 0, 'error', 'SETTINGS_PHRASE_TWICE', `Câu «${entry.name}» được ghi hai lần; chỉ dòng đầu được dùng.`);
      continue;
    }
    seen.add(entry.key);
    const unknown = unknownSlots(entry, text);
    if (unknown.length > 0) {
      k.add(
        row,
        1,
        'error',
        'SETTINGS_BAD_PLACEHOLDER',
        `Câu «${entry.name}»: chỗ trống ${braces(unknown)} không có` +
          (entry.slots.length > 0 ? `; chỉ dùng được ${braces(entry.slots)}` : '; câu này không có chỗ trống nào') +
          '. Câu này không được dùng, báo cáo giữ cách viết mặc định.',
      );
      continue;
    }
    const missing = missingSlots(entry, text);
    if (missing.length > 0) {
      k.add(
        row,
        1,
        'warning',
        'SETTINGS_PHRASE_SLOT_LEFT_OUT',
        `Câu «${entry.name}» không có chỗ trống ${braces(missing)}: đoạn văn báo cáo sẽ không nêu nội dung này.`,
      );
    }
    k.settings.phrases[entry.key] = text;
    k.changed('phrases', row, `«${entry.name}»: «${clipText(text)}»`);
  }
}

/** The settings from the office's entries over the shipped lists; null input = the shipped lists alone. */
export function applySettings(input: SettingsInput | null): Settings {
  if (input === null) return defaultSettings();
  const k = new Checker(input);
  checkDays(k);
  checkNamed(k, 'fields', k.settings.fields);
  checkNamed(k, 'units', k.settings.units);
  checkLabels(k);
  checkAgency(k);
  checkPhrases(k);
  return k.settings;
}

/** Whether any of the office's entries was refused with an error (the settings are then not all applied). */
export function hasSettingsErrors(s: Settings): boolean {
  return s.findings.some((f: Finding) => f.severity === 'error');
}
