'use strict';
/**
 * The one unit-workbook fixture builder: the sheets of a unit's workbook (docs/formats.md) as arrays of rows, their
 * headers taken from the data files the reader uses — the TTHC columns from tthc-columns.json, NhanSu, DaoTao and
 * SoTheoDoi from their column files, TiepDan from reception.json — so a column added there reaches every fixture.
 * TTHC figures are given by key; a total not given is the sum of its parts (`sumOf`), a figure not given is 0.
 * Plain JavaScript over JSON, so the fixture scripts, the benchmarks and the tests all use it without a build.
 */
const tthcData = require('../../src/core/tthc/data/tthc-columns.json');
const registerData = require('../../src/core/tthc/data/register-columns.json');
const staffData = require('../../src/core/unit/data/staff-columns.json');
const trainingData = require('../../src/core/unit/data/training-columns.json');
const receptionData = require('../../src/core/unit/data/reception.json');

/**
 * @typedef {{ key: string, label: string, heading?: string, header?: string, sumOf?: string[] }} TthcColumn
 * @typedef {Record<string, number | string>} Figures figures by key (`online`, `pendingWithin`…), numbers or text
 */

/** @type {TthcColumn[]} */
const TTHC_COLUMNS = tthcData.columns;
/** The figure columns, in the order written. */
const FIGURE_COLUMNS = TTHC_COLUMNS.filter((c) => c.heading !== undefined);
/** Keys of the figures, in the order written. */
const FIGURES = FIGURE_COLUMNS.map((c) => c.key);
/** Columns before the figures (STT, Lĩnh vực). */
const LABEL_COUNT = TTHC_COLUMNS.length - FIGURE_COLUMNS.length;

/**
 * The two header rows of Biểu II.06a and their merges (SheetJS ranges), starting at row `top`: each label column
 * merged down, each group header merged across its columns.
 */
function tthcHeader(top = 0) {
  /** @type {string[]} */
  const upper = TTHC_COLUMNS.slice(0, LABEL_COUNT).map((c) => c.label);
  /** @type {string[]} */
  const lower = upper.map(() => '');
  const merges = upper.map((_, c) => ({ s: { r: top, c }, e: { r: top + 1, c } }));
  FIGURE_COLUMNS.forEach((col, i) => {
    const c = LABEL_COUNT + i;
    const opens = i === 0 || FIGURE_COLUMNS[i - 1].heading !== col.heading;
    upper.push(opens ? col.heading : '');
    lower.push(col.header ?? col.label);
    if (opens) merges.push({ s: { r: top, c }, e: { r: top, c } });
    else merges[merges.length - 1].e.c = c;
  });
  return { rows: [upper, lower], merges };
}

/** Every figure of a row: given ones as given, a total not given as the sum of its parts, others 0. */
function allFigures(/** @type {Figures} */ given) {
  /** @type {(key: string) => number | string} */
  const value = (key) => {
    if (given[key] !== undefined) return given[key];
    const col = FIGURE_COLUMNS.find((c) => c.key === key);
    return col && col.sumOf ? col.sumOf.reduce((s, p) => s + Number(value(p)), 0) : 0;
  };
  return FIGURES.map(value);
}

/**
 * One field row: STT, Lĩnh vực, then each figure (by key, see allFigures); `asText` writes the numbers as text, as
 * old workbooks do.
 * @param {number | string} stt @param {string} field @param {Figures} figures @param {boolean} [asText]
 * @returns {Array<number | string>}
 */
function tthcRow(stt, field, figures, asText = false) {
  return [stt, field, ...allFigures(figures).map((v) => (asText && typeof v === 'number' ? String(v) : v))];
}

/**
 * A total row: `lead` in the label columns (default `['', 'Tổng cộng']`), then the sum of each figure column of rows.
 * @param {Array<Array<number | string>>} rows @param {Array<number | string>} [lead]
 * @returns {Array<number | string>}
 */
function tthcTotal(rows, lead = ['', 'Tổng cộng']) {
  return [...lead, ...FIGURES.map((_, i) => rows.reduce((s, r) => s + Number(r[LABEL_COUNT + i]), 0))];
}

/** The NhanSu header: every staff column but the Nam / Nữ pair (for lists that mark them in columns of their own). */
const STAFF_HEADER = staffData.columns.filter((c) => c.key !== 'male' && c.key !== 'female').map((c) => c.label);
/** The DaoTao header. */
const TRAINING_HEADER = trainingData.columns.map((c) => c.label);
/** A SoTheoDoi header of the given register columns (keys of register-columns.json), in that order. */
const registerHeader = (/** @type {string[]} */ keys) =>
  keys.map((k) => registerData.columns.find((c) => c.key === k).label);
/** The SoTheoDoi header of a register exported with its dates (no STT, no status column). */
const REGISTER_HEADER = registerHeader([
  'code',
  'field',
  'procedure',
  'channel',
  'received',
  'deadline',
  'resolved',
  'note',
]);

/**
 * The TiepDan sheet: header, then each item of reception.json with its received and resolved counts (0 if not given).
 * @param {Record<string, [number, number]>} [counts] by key: [received, resolved]
 */
function receptionRows(counts = {}) {
  return [
    receptionData.columns.map((c) => c.label),
    ...receptionData.rows.map((r) => [r.label, ...(counts[r.key] ?? [0, 0])]),
  ];
}

/**
 * ThongTin rows as the template has them (label | value), from `Tên đơn vị` on; only the entries given are written.
 * @param {{ title?: boolean, unit: string, label?: string, from?: string, to?: string, quota?: number | string, by?: string, made?: string }} info
 */
function infoRows(info) {
  /** @type {Array<[string, unknown]>} */
  const entries = [
    ['Tên đơn vị', info.unit],
    ['Kỳ báo cáo', info.label],
    ['Từ ngày', info.from],
    ['Đến ngày', info.to],
    ['Biên chế được giao', info.quota],
    ['Người lập biểu', info.by],
    ['Ngày lập', info.made],
  ];
  return [...(info.title ? [['THÔNG TIN CHUNG', '']] : []), ...entries.filter(([, v]) => v !== undefined)];
}

module.exports = {
  FIGURES,
  tthcHeader,
  tthcRow,
  tthcTotal,
  STAFF_HEADER,
  TRAINING_HEADER,
  REGISTER_HEADER,
  registerHeader,
  receptionRows,
  infoRows,
};
