/**
 * The DanhMuc sheet (trang danh mục) as a layout model: one table per list under a numbered title, with its
 * header, the current entries (each shipped one with its source) and a few empty rows to fill in; drop-downs
 * on the columns that take a fixed set of values. Written by `tonghop settings` and by the pane's «Danh mục».
 */
import type { LayoutCell, LayoutSheet, LayoutWorkbook, ListValidation } from '../layout';
import { TEMPLATE_STYLES } from '../unit/template-styles';
import { SETTINGS_SHEET_NAME, SHEET_TEXT, type TableKey } from './sheet-text';
import type { AgencyKey, NamedEntry, Settings } from './types';
import { PHRASE_ENTRIES } from '../report/phrase-book';
import { rowHeights } from '../row-heights';

export const SETTINGS_STYLES = {
  ...TEMPLATE_STYLES,
  intro: { italic: true, hAlign: 'left', vAlign: 'middle' },
  /** One line per entry (no wrap): rows keep their height in every spreadsheet program, long text is clipped. */
  entry: { border: true, fill: 'FFF2CC', hAlign: 'left', vAlign: 'middle', numFmt: '@' },
  /** Other names of an entry («Tên gọi khác»): wrapped, a long list of names was cut off in print. */
  names: { border: true, fill: 'FFF2CC', hAlign: 'left', vAlign: 'middle', wrap: true, numFmt: '@' },
  /** Where a shipped entry comes from: wrapped inside its column (it ran across the page's edge when printed). */
  source: { border: true, hAlign: 'left', vAlign: 'middle', wrap: true },
  /** A sentence of the report (table 6): wrapped, the row as tall as the sentence needs when written. */
  phrase: { border: true, fill: 'FFF2CC', hAlign: 'left', vAlign: 'middle', wrap: true, numFmt: '@' },
  slots: { italic: true, hAlign: 'left', vAlign: 'middle', wrap: true },
} as const;
type Style = keyof typeof SETTINGS_STYLES;

const c = (v: LayoutCell['v'], s: Style): LayoutCell => ({ v, s });
const WIDTHS = [36, 70, 90];

class Rows {
  readonly rows: LayoutCell[][] = [];
  readonly validations: ListValidation[] = [];
  add(...cells: LayoutCell[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }
  blank(n: number, styles: readonly Style[]): { first: number; last: number } {
    const first = this.rows.length;
    for (let i = 0; i < n; i++) this.add(...styles.map((s) => c(null, s)));
    return { first, last: this.rows.length - 1 };
  }
}

function tableHead(out: Rows, key: TableKey): void {
  const t = SHEET_TEXT.tables[key];
  out.add(c(t.title, 'heading'));
  out.add(c(t.hint, 'intro'));
  out.add(...t.headers.map((h) => c(h, 'header')));
}

function namedRows(out: Rows, entries: readonly NamedEntry[], blankRows: number): void {
  for (const e of entries)
    out.add(c(e.name, 'entry'), c(e.synonyms.join('; ') || null, 'names'), c(e.source, 'source'));
  out.blank(blankRows, ['entry', 'names', 'entry']);
}

/** The DanhMuc sheet for these settings (the shipped ones: the starting sheet). */
export function buildSettingsSheet(s: Settings): LayoutSheet {
  const out = new Rows();
  const tables = SHEET_TEXT.tables;
  out.add(c(SHEET_TEXT.title, 'title'), c(null, 'title'), c(null, 'title'));
  out.add(c(SHEET_TEXT.intro, 'intro'));
  out.add();

  tableHead(out, 'days');
  const kinds = SHEET_TEXT.dayKinds;
  const dayStart = out.rows.length;
  for (const d of s.extraDaysOff) out.add(c(d.serial, 'inputDate'), c(kinds.off, 'entry'), c(d.note || null, 'entry'));
  for (const d of s.extraWorkdays)
    out.add(c(d.serial, 'inputDate'), c(kinds.work, 'entry'), c(d.note || null, 'entry'));
  const dayBlank = out.blank(tables.days.blankRows, ['inputDate', 'entry', 'entry']);
  out.validations.push({
    r1: dayStart,
    c1: 1,
    r2: dayBlank.last,
    c2: 1,
    values: [kinds.off, kinds.work],
    error: `Chọn «${kinds.off}» hoặc «${kinds.work}».`,
  });
  out.add();

  tableHead(out, 'fields');
  namedRows(out, s.fields, tables.fields.blankRows);
  out.add();

  tableHead(out, 'units');
  namedRows(out, s.units, tables.units.blankRows);
  out.add();

  tableHead(out, 'labels');
  const labelStart = out.rows.length;
  for (const l of s.labels) {
    const list = SHEET_TEXT.labelLists.find((x) => x.key === l.list)!.label;
    out.add(c(list, 'entry'), c(l.label, 'entry'), c(l.synonyms.join('; '), 'entry'));
  }
  const labelBlank = out.blank(tables.labels.blankRows, ['entry', 'entry', 'entry']);
  out.validations.push({
    r1: labelStart,
    c1: 0,
    r2: labelBlank.last,
    c2: 0,
    values: SHEET_TEXT.labelLists.map((l) => l.label),
    error: 'Chọn một danh mục trong danh sách.',
  });
  out.add();

  tableHead(out, 'agency');
  for (const item of SHEET_TEXT.agencyItems) {
    out.add(c(item.label, 'label'), c(s.agency[item.key as AgencyKey] || null, 'entry'), c(item.hint || null, 'intro'));
  }
  out.add();

  // Every entry with the text the report uses now (the office's, else the shipped one) and the blanks it offers.
  tableHead(out, 'phrases');
  for (const e of PHRASE_ENTRIES) {
    out.add(
      c(e.name, 'label'),
      c(s.phrases[e.key] ?? e.text, 'phrase'),
      c(e.slots.map((n) => `{${n}}`).join(', ') || null, 'slots'),
    );
  }

  const width = WIDTHS.length;
  const cells = out.rows.map((row) =>
    [...row, ...Array.from({ length: width - row.length }, () => ({ v: null }))].slice(0, width),
  );
  const sheet: LayoutSheet = {
    name: SETTINGS_SHEET_NAME,
    widths: WIDTHS,
    blocks: [{ row: 0, col: 0, cells }],
    merges: [{ r1: 0, c1: 0, r2: 0, c2: width - 1 }],
    validations: out.validations,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
    tabColor: 'BF8F00',
  };
  // Wrapped cells (long names, the report's sentences) get the height they need: Excel never fits a written row.
  sheet.heights = rowHeights(sheet, SETTINGS_STYLES);
  return sheet;
}

/** A workbook holding only the DanhMuc sheet (`tonghop settings -o danh-muc.xlsx`). */
export function buildSettingsWorkbook(s: Settings): LayoutWorkbook {
  return { sheets: [buildSettingsSheet(s)], styles: { ...SETTINGS_STYLES } };
}
