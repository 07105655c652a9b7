/**
 * A summary workbook TongHop wrote (bảng tổng hợp), grids → SummaryInput. Every section is read back from its
 * sheet by header text: TH_TTHC per unit, TH_LinhVuc by field, TH_NhanSu, TH_DaoTao, TH_TiepDan per unit.
 * The agency and period come from TH_TTHC's title block. Cells that are not whole counts are findings.
 */
import { type CellValue, type Grid, cellAt } from '../grid';
import { finding, type Finding } from '../findings';
import { cleanText, foldKey } from '../text/normalize';
import { parseVnDate } from '../text/dates';
import { emptyCounts, COUNT_KEYS, type TthcCounts } from '../tthc/types';
import { figureColumn, headerOf } from '../tthc/columns';
import { emptyStaffSummary } from '../staff/summarize';
import type { PeriodInfo, ReceptionCounts, ReceptionSummary, StaffSummary, TrainingSummary } from '../unit/types';
import { memberTotals } from './sections';
import format from './data/summary-format.json';
import { columnOf, countAt, readSummaryTable, type SummaryTable } from './summary-table';
import type { SummaryInput, SummaryMember } from './types';
import { summarySheet } from './recognize';

type SheetKey = keyof typeof format.sheets;

const text = (v: CellValue): string => (typeof v === 'string' ? cleanText(v) : '');

export function readSummaryGrids(grids: readonly Grid[], file: string): SummaryInput {
  const findings: Finding[] = [];
  const sheet = (k: SheetKey): Grid | undefined => summarySheet(grids, format.sheets[k]);
  /** A cell that is not a count: an error on the file, and on the unit whose row it is in (for --expand). */
  const badCell = (g: Grid, of?: SummaryMember) => (cell: string, v: CellValue) => {
    const f = finding(
      { file, sheet: g.name, cell },
      'error',
      'SUMMARY_BAD_CELL',
      `Ô ${cell} của trang «${g.name}» trong bảng tổng hợp có giá trị «${String(typeof v === 'object' && v !== null ? v.error : v)}», không phải số nguyên không âm; ô này được tính là 0. Hãy sửa lại bảng tổng hợp hoặc tổng hợp lại từ các tệp của đơn vị.`,
    );
    findings.push(f);
    if (of) of.findings = [...(of.findings ?? []), f];
  };

  const members = new Map<string, SummaryMember>();
  const member = (name: string): SummaryMember => {
    const key = foldKey(name);
    let m = members.get(key);
    if (!m) members.set(key, (m = { name, file: '' }));
    return m;
  };
  const tableOf = (k: SheetKey): [Grid, SummaryTable] | null => {
    const g = sheet(k);
    if (!g) return null;
    const t = readSummaryTable(g, format.totalLabel);
    if (t === null) {
      findings.push(
        finding(
          { file, sheet: g.name, cell: '' },
          'error',
          'SUMMARY_NO_TABLE',
          `Không tìm thấy bảng (dòng tiêu đề bắt đầu bằng «STT») trong trang «${g.name}» của bảng tổng hợp; số liệu của trang này không được đọc.`,
        ),
      );
      return null;
    }
    return [g, t];
  };

  // TTHC per unit, and by field.
  const tthc = tableOf('tthc');
  if (tthc) {
    const [g, t] = tthc;
    for (const row of t.rows) {
      const m = member(row.name);
      m.tthc = { ...tthcCounts(t, row.values, badCell(g, m), row.row), byField: {} };
    }
  }
  const byField: Record<string, TthcCounts> = {};
  const fields = tableOf('byField');
  if (fields) {
    const [g, t] = fields;
    for (const row of t.rows) byField[row.name] = tthcCounts(t, row.values, badCell(g), row.row);
  }
  const staff = tableOf('staff');
  if (staff)
    for (const row of staff[1].rows) {
      const m = member(row.name);
      m.staff = staffOf(staff[1], row.values, badCell(staff[0], m), row.row);
    }
  const training = tableOf('training');
  if (training)
    for (const row of training[1].rows) {
      const m = member(row.name);
      m.training = trainingOf(training[1], row.values, badCell(training[0], m), row.row);
    }
  const reception = tableOf('reception');
  if (reception)
    for (const row of reception[1].rows) {
      const m = member(row.name);
      m.reception = receptionOf(reception[1], row.values, badCell(reception[0], m), row.row);
    }

  // KiemTra lists the summary's files in input order with their units: the members' order and own files.
  const order = new Map<string, number>();
  const check = tableOf('check');
  if (check) {
    const [, t] = check;
    const fileCol = columnOf(t, '', format.checkFile);
    const unitCol = columnOf(t, '', format.checkUnit);
    for (const row of t.rows) {
      const unit = unitCol >= 0 ? text(row.values[unitCol] ?? null) : '';
      const m = members.get(foldKey(unit));
      if (!m || order.has(foldKey(unit))) continue;
      order.set(foldKey(unit), order.size);
      if (fileCol >= 0) m.file = text(row.values[fileCol] ?? null);
    }
  }
  const rank = (m: SummaryMember) => order.get(foldKey(m.name)) ?? order.size;
  const list = [...members.values()]
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
    .map((x) => x.m);
  // A lone unit's fields are the summary's fields; with several, only the totals by field are known.
  if (list.length === 1 && list[0].tthc) list[0].tthc.byField = { ...byField };
  const total = memberTotals(list);
  if (total.tthc) total.tthc.byField = { ...byField };
  // TH_DaoTao's second table: who went on each kind of course, all units together.
  if (training && total.training) {
    const [g, t] = training;
    const byType = readSummaryTable(g, format.totalLabel, t.end);
    if (byType) total.training.byKindAndType = trainingByType(byType, badCell(g));
  }
  const title = sheet('tthc') ?? grids.find((g) => summarySheet([g], g.name) !== undefined) ?? grids[0];
  // The sheets each section was read from: an error on one of them puts that section in doubt (held, or accepted).
  const names = (...ts: ([Grid, SummaryTable] | null)[]) => ts.flatMap((t) => (t ? [t[0].name] : []));
  const sectionSheets: SummaryInput['sectionSheets'] = {
    tthc: names(tthc, fields),
    staff: names(staff),
    training: names(training),
    reception: names(reception),
  };
  return {
    format: 'xlsx',
    agency: title ? text(cellAt(title, 0, 0)) : '',
    period: title ? periodOfTitle(title) : NO_PERIOD,
    members: list,
    total,
    byField,
    membersHaveFields: list.length <= 1,
    findings,
    sectionSheets,
  };
}

const NO_PERIOD: PeriodInfo = { label: '', from: null, to: null };

function tthcCounts(
  t: SummaryTable,
  values: readonly CellValue[],
  bad: (cell: string, v: CellValue) => void,
  row: number,
): TthcCounts {
  const out = emptyCounts();
  for (const k of COUNT_KEYS) {
    const c = figureColumn(k);
    out[k] = countAt(values, columnOf(t, c.heading, headerOf(c)), bad, row);
  }
  return out;
}

function staffOf(
  t: SummaryTable,
  values: readonly CellValue[],
  bad: (cell: string, v: CellValue) => void,
  row: number,
): StaffSummary {
  const col = (label: string) => columnOf(t, '', label);
  const quotaCol = col(format.staffColumns.quota);
  const quotaCell = quotaCol >= 0 ? (values[quotaCol] ?? null) : null;
  const s = emptyStaffSummary(typeof quotaCell === 'number' ? countAt(values, quotaCol, bad, row) : null);
  s.present = countAt(values, col(format.staffColumns.present), bad, row);
  s.women = countAt(values, col(format.staffColumns.women), bad, row);
  s.partyMembers = countAt(values, col(format.staffColumns.partyMembers), bad, row);
  for (const [key, group] of Object.entries(format.staffGroups) as [keyof typeof format.staffGroups, string][]) {
    const gk = foldKey(group);
    t.columns.forEach((c, i) => {
      if (c.group !== gk) return;
      const n = countAt(values, i, bad, row);
      if (n > 0) s[key][c.text] = n;
    });
  }
  return s;
}

function trainingOf(
  t: SummaryTable,
  values: readonly CellValue[],
  bad: (cell: string, v: CellValue) => void,
  row: number,
): TrainingSummary {
  const out: TrainingSummary = {
    total: countAt(values, columnOf(t, '', format.trainingTotal), bad, row),
    byKind: {},
    byKindAndType: {},
  };
  const gk = foldKey(format.trainingGroup);
  t.columns.forEach((c, i) => {
    if (c.group !== gk) return;
    const n = countAt(values, i, bad, row);
    if (n > 0) out.byKind[c.text] = n;
  });
  return out;
}

/** Course kind → staff type → people-courses from TH_DaoTao's second table; `Chưa rõ đối tượng` is the type ''. */
function trainingByType(
  t: SummaryTable,
  bad: (cell: string, v: CellValue) => void,
): Record<string, Record<string, number>> {
  const gk = foldKey(format.trainingByTypeGroup);
  const unknown = foldKey(format.trainingUnknownType);
  const out: Record<string, Record<string, number>> = {};
  for (const row of t.rows) {
    const types: Record<string, number> = {};
    t.columns.forEach((c, i) => {
      if (c.group !== gk) return;
      const n = countAt(row.values, i, bad, row.row);
      if (n > 0) types[c.label === unknown ? '' : c.text] = n;
    });
    out[row.name] = types;
  }
  return out;
}

function receptionOf(
  t: SummaryTable,
  values: readonly CellValue[],
  bad: (cell: string, v: CellValue) => void,
  row: number,
): ReceptionSummary {
  const counts = (label: string): ReceptionCounts => {
    const out = { citizens: 0, complaints: 0, denunciations: 0, petitions: 0 };
    for (const [k, group] of Object.entries(format.receptionGroups) as [keyof ReceptionCounts, string][]) {
      out[k] = countAt(values, columnOf(t, group, label), bad, row);
    }
    return out;
  };
  return { ...counts(format.receptionReceived), resolved: counts(format.receptionResolved) };
}

/** `Kỳ báo cáo: 6 tháng đầu năm 2020 (từ ngày 15/12/2019 đến ngày 14/06/2020)` → label and dates. */
export function periodOfTitle(g: Grid): PeriodInfo {
  for (let r = 1; r < 4; r++) {
    const line = text(cellAt(g, r, 0));
    if (!foldKey(line).startsWith(foldKey(format.periodPrefix))) continue;
    const body = line.slice(line.indexOf(':') + 1).trim();
    const m = /^(.*?)\s*\((từ ngày\s*(\S+))?\s*(đến ngày\s*(\S+))?\)\s*$/u.exec(body);
    const date = (s: string | undefined): number | null => {
      if (s === undefined) return null;
      const d = parseVnDate(s);
      return d.ok ? d.serial : null;
    };
    if (m && (m[3] !== undefined || m[5] !== undefined))
      return { label: m[1].trim(), from: date(m[3]), to: date(m[5]) };
    const dates = /^(từ ngày\s*(\S+))?\s*(đến ngày\s*(\S+))?$/u.exec(body);
    if (dates && (dates[2] || dates[4])) return { label: '', from: date(dates[2]), to: date(dates[4]) };
    return { label: foldKey(body) === foldKey('(không xác định)') ? '' : body, from: null, to: null };
  }
  return NO_PERIOD;
}
