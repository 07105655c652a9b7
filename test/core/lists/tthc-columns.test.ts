/**
 * The TTHC columns of Biểu II.06a are defined once, in tthc/data/tthc-columns.json: the unit template's header, the
 * summary sheets' columns, the Word report's table, the summary reader, the unit reader, the row checks' sums,
 * =TTHC.COUNT's kinds and the counts kept in TthcCounts all name the same figures in the same order.
 */
import * as fs from 'fs';
import * as path from 'path';
import data from '../../../src/core/tthc/data/tthc-columns.json';
import viNames from '../../../src/functions/functions-vi.names.json';
import guide from '../../../src/core/unit/data/template-guide.json';
import { consolidate } from '../../../src/core/consolidate';
import { buildSummaryLayout } from '../../../src/core/report/summary-layout';
import { TTHC_COL, tthcColumns } from '../../../src/core/report/tthc-sheets';
import { columnLetters } from '../../../src/core/cell-address';
import { tthcTable } from '../../../src/core/report/document/document-tables';
import { readSummaryGrids } from '../../../src/core/summary/read-summary-grids';
import { rollCounts } from '../../../src/core/summary/rollup-counts';
import { findHeader } from '../../../src/core/text';
import { countOf } from '../../../src/core/tthc';
import {
  FIGURES,
  FIGURE_COLUMNS,
  FIGURE_SUMS,
  TTHC_COLUMNS,
  figureValue,
  headerOf,
} from '../../../src/core/tthc/columns';
import { COUNT_KEYS, emptyCounts, type TthcCounts } from '../../../src/core/tthc/types';
import { buildUnitTemplate, TTHC_HEADER_ROW } from '../../../src/core/unit/template';
import { FIGURE_NAMES } from '../../../src/core/unit/tthc-figures';
import { layoutToGrids, sheet } from '../unit/support/layout-grids';
import { vanPhong } from '../consolidate/unit-reports';

/** Every figure a different number, so two columns swapped anywhere show: 21 = 10 + 6 + 5 = 12 + 9. */
const DISTINCT: TthcCounts = {
  received: 21,
  online: 10,
  inPerson: 6,
  carriedOver: 5,
  resolved: 12,
  early: 2,
  onTime: 3,
  late: 7,
  pending: 9,
  pendingOverdue: 8,
};

/** [group header, column header] of each figure, in the order of the data file. */
const WRITTEN = FIGURE_COLUMNS.map((c) => [c.heading, headerOf(c)]);

test('the counts kept are the figure columns but those marked kept: false, in order, and exactly the fields of TthcCounts', () => {
  expect(COUNT_KEYS).toEqual(FIGURE_COLUMNS.filter((c) => c.kept !== false).map((c) => c.key));
  expect(Object.keys(emptyCounts()).sort()).toEqual([...COUNT_KEYS].sort());
  expect(FIGURES.filter((f) => !(COUNT_KEYS as readonly string[]).includes(f))).toEqual(['pendingWithin']);
});

test('every figure column has a group header and a message name; every part of a sum is a figure', () => {
  expect(FIGURE_COLUMNS.length).toBe(TTHC_COLUMNS.length - 2);
  for (const f of FIGURES) expect(FIGURE_NAMES[f]).toMatch(/^(tổng )?số hồ sơ /);
  for (const s of FIGURE_SUMS) for (const p of s.parts) expect(FIGURES).toContain(p);
  const values = { ...DISTINCT, pendingWithin: 1 };
  for (const s of FIGURE_SUMS) expect(s.parts.reduce((n, p) => n + values[p], 0)).toBe(values[s.total]);
});

test("the template's instructions state each sum with its parts as the columns are labelled", () => {
  const text = guide.paragraphs.map((p) => ('text' in p ? p.text : '')).join('\n');
  for (const s of FIGURE_SUMS) {
    const parts = s.parts.map((p) => FIGURE_COLUMNS.find((c) => c.key === p)!.label).join(' + ');
    // The whole list of parts, ended by «;» or «.», not the start of a longer one.
    expect([`= ${parts};`, `= ${parts}.`].some((t) => text.includes(t))).toBe(true);
  }
});

test("the unit template writes the data file's headers, group by group, and the unit reader finds each figure in its own column", () => {
  const tthc = buildUnitTemplate().sheets.find((s) => s.name === 'TTHC')!;
  const rows = tthc.blocks[0].cells;
  const top = rows[TTHC_HEADER_ROW].map((c) => c.v);
  const sub = rows[TTHC_HEADER_ROW + 1].map((c) => c.v);
  expect(top.slice(0, 2)).toEqual(TTHC_COLUMNS.slice(0, 2).map((c) => c.label));
  // A group's header is written over its first column and merged across the others.
  const groups = FIGURE_COLUMNS.map((c, i) =>
    i > 0 && FIGURE_COLUMNS[i - 1].heading === c.heading ? null : c.heading,
  );
  expect(top.slice(2)).toEqual(groups);
  expect(sub.slice(2)).toEqual(WRITTEN.map(([, h]) => h));

  const grid = sheet(layoutToGrids(buildUnitTemplate()), 'TTHC');
  const header = findHeader(grid.rows, TTHC_COLUMNS);
  expect(header).not.toBeNull();
  expect(TTHC_COLUMNS.map((c) => header!.columns[c.key])).toEqual(TTHC_COLUMNS.map((_, i) => i));
});

test("the summary sheets' columns are the template's, and TTHC_COL points at each figure's column", () => {
  const cols = tthcColumns('Đơn vị');
  const counts = cols.filter((c) => c.kind === 'count');
  expect(counts.map((c) => [c.group, c.label])).toEqual(WRITTEN);
  FIGURES.forEach((f, i) => expect(cols[TTHC_COL[f]]).toBe(counts[i]));
  expect(cols[TTHC_COL.onTimeRate].kind).toBe('ratio');
});

test("with an earlier period, TH_TTHC's change columns subtract the earlier figures from received's and resolved's own columns", () => {
  const unit = { ...vanPhong(), tthc: { ...DISTINCT, byField: {} } };
  const summary = consolidate([unit]);
  const previous = {
    period: summary.period,
    total: summary.total,
    byField: {},
    units: [{ name: unit.name, tthc: DISTINCT }],
    file: 'truoc.xlsx',
  };
  const sheet = buildSummaryLayout({ ...summary, previous }).sheets.find((s) => s.name === 'TH_TTHC')!;
  const cells = sheet.blocks.flatMap((b) => b.cells.map((row, i) => ({ r: b.row + i, row })));
  const first = cells.find((x) => x.row[1]?.v === unit.name)!;
  const formulas = first.row.map((c) => c.f).filter((f): f is string => f !== undefined && !f.startsWith('IF('));
  const earlier = (k: number) => `${columnLetters(tthcColumns('').length + k)}${first.r + 1}`;
  expect(formulas).toEqual([
    `${columnLetters(TTHC_COL.received)}${first.r + 1}-${earlier(0)}`,
    `${columnLetters(TTHC_COL.resolved)}${first.r + 1}-${earlier(3)}`,
  ]);
});

test('what TH_TTHC and TH_LinhVuc write, the summary reader reads back figure by figure', () => {
  const unit = { ...vanPhong(), tthc: { ...DISTINCT, byField: { 'Sở hữu trí tuệ': { ...DISTINCT } } } };
  const layout = buildSummaryLayout(consolidate([unit]));
  const back = readSummaryGrids(layoutToGrids(layout).grids, 'tong-hop.xlsx');
  const { byField, ...own } = back.members[0].tthc!;
  expect(own).toEqual(DISTINCT);
  expect(byField['Sở hữu trí tuệ']).toEqual(DISTINCT);
});

test("the Word report's table has a column per figure under the same groups, holding that figure", () => {
  const summary = consolidate([{ ...vanPhong(), tthc: { ...DISTINCT, byField: {} } }]);
  const t = tthcTable(summary)!;
  expect(t.header[1].length).toBe(2 + FIGURES.length);
  expect(t.widths.length).toBe(2 + FIGURES.length);
  expect(t.header[0].slice(2).filter((h) => h !== null)).toEqual([...new Set(FIGURE_COLUMNS.map((c) => c.heading))]);
  expect(t.rows[0].slice(2)).toEqual(FIGURES.map((f) => String(figureValue(DISTINCT, f))));
});

test('=TTHC.COUNT takes every countable figure by key and by each of its words, and its documentation names every key', () => {
  const statuses = [
    ['Trước hạn'],
    ['Đúng hạn'],
    ['Đúng hạn'],
    ['Quá hạn'],
    ['Đang giải quyết'],
    ['Đang giải quyết - quá hạn'],
  ];
  const expected: Record<string, number> = {
    received: 6,
    resolved: 4,
    early: 1,
    onTime: 2,
    late: 1,
    pending: 2,
    pendingWithin: 1,
    pendingOverdue: 1,
  };
  const countable = data.columns.filter((c) => 'countWords' in c) as { key: string; countWords: string[] }[];
  expect(countable.map((c) => c.key)).toEqual(Object.keys(expected));
  for (const c of countable) {
    for (const kind of [c.key, c.key.toLowerCase(), ...c.countWords])
      expect(countOf(statuses, kind)).toEqual({ ok: true, value: expected[c.key] });
  }
  // Where COUNT's kinds are written out for people: the function's doc comment, its Vietnamese metadata, README, docs.
  const root = path.join(__dirname, '..', '..', '..');
  const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
  const docs = [
    /@param kind ([^\n]*)/.exec(read('src/functions/functions.ts'))![1],
    JSON.stringify(viNames).match(/Loại cần đếm[^"]*/)![0],
    read('README.md')
      .split('\n')
      .find((l) => l.startsWith('| `COUNT`'))!,
    read('docs/interfaces.md')
      .split('\n')
      .find((l) => l.startsWith('| `COUNT`'))!,
  ];
  for (const doc of docs)
    expect(countable.filter((c) => !new RegExp(`\\b${c.key.toLowerCase()}\\b`).test(doc)).map((c) => c.key)).toEqual(
      [],
    );
  const unknown = countOf(statuses, 'abc');
  expect(unknown.ok).toBe(false);
  if (!unknown.ok) for (const c of countable) expect(unknown.message).toContain(c.key.toLowerCase());
});

test('joined periods take each stock from its period and sum the flows, and the rolled counts keep every identity', () => {
  const later: TthcCounts = {
    received: 30,
    online: 11,
    inPerson: 10,
    carriedOver: 9,
    resolved: 26,
    early: 20,
    onTime: 5,
    late: 1,
    pending: 4,
    pendingOverdue: 3,
  };
  const rolled = rollCounts([DISTINCT, later]);
  for (const c of FIGURE_COLUMNS.filter((x) => x.kept !== false)) {
    const k = c.key as keyof TthcCounts;
    const parts = c.sumOf?.every((p) => (COUNT_KEYS as readonly string[]).includes(p));
    if (c.overPeriods === 'first') expect(rolled[k]).toBe(DISTINCT[k]);
    else if (c.overPeriods === 'last') expect(rolled[k]).toBe(later[k]);
    else if (!parts) expect(rolled[k]).toBe(DISTINCT[k] + later[k]);
  }
  expect(rolled.carriedOver).toBe(5);
  expect(rolled.pending).toBe(4);
  const values = { ...rolled, pendingWithin: rolled.pending - rolled.pendingOverdue };
  for (const s of FIGURE_SUMS) expect(s.parts.reduce((n, p) => n + values[p], 0)).toBe(values[s.total]);
});
