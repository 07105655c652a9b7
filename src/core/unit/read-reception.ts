/**
 * The TiepDan sheet (tiếp công dân, khiếu nại, tố cáo, kiến nghị phản ánh): label | số tiếp nhận | đã giải quyết.
 * Rows are found by their label's meaning; the two figure columns by their header, else the first two
 * columns right of the label that hold numbers.
 */
import receptionData from './data/reception.json';
import { createLabelMatcher } from '../text/labels';
import { findHeader, frozenSpecs, type ColumnSpec } from '../text/headers';
import type { ReceptionCounts, ReceptionSummary } from './types';
import type { SheetReader } from './sheet-reader';
import { rowKind } from './table-rows';

export const RECEPTION_COLUMNS: ColumnSpec[] = frozenSpecs(receptionData.columns);

type Key = keyof ReceptionCounts;
const KEYS: readonly Key[] = ['citizens', 'complaints', 'denunciations', 'petitions'];
const LABELS: Record<Key, string> = Object.fromEntries(receptionData.rows.map((r) => [r.key, r.label])) as Record<
  Key,
  string
>;
const matchRow = createLabelMatcher(
  receptionData.rows.map((r) => ({ label: r.key, synonyms: [r.label, ...r.synonyms] })),
);

/** The item a label names, or null. */
export function receptionKeyOf(text: string): Key | null {
  return matchRow(text) as Key | null;
}

/** How many distinct items a sheet's first columns name (to recognise a TiepDan sheet by content). */
export function receptionLabelCount(reader: SheetReader): number {
  const found = new Set<Key>();
  for (let r = 0; r < Math.min(reader.rowCount, 40); r++) {
    const row = reader.grid.rows[r] ?? [];
    for (let c = 0; c < Math.min(row.length, 3); c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const k = receptionKeyOf(v);
      if (k !== null) found.add(k);
    }
  }
  return found.size;
}

function zero(): ReceptionCounts {
  return { citizens: 0, complaints: 0, denunciations: 0, petitions: 0 };
}

/** Reads the reception figures; null when no item row carries a figure (a sheet left empty). */
export function readReceptionSheet(reader: SheetReader): ReceptionSummary | null {
  const header = findHeader(reader.grid.rows, RECEPTION_COLUMNS, { minMatches: 1 });
  const start = header ? header.headerRow + header.headerRows : 0;
  const received = zero();
  const resolved = zero();
  const rowOf = new Map<Key, number>();
  let figures = 0;

  for (let r = start; r < reader.rowCount; r++) {
    const kind = rowKind(reader.grid.rows, r, r - start);
    if (kind === 'footer') break;
    if (kind !== 'data') continue;
    const row = reader.grid.rows[r] ?? [];
    // The label: the first text cell of the row (or the label column when the header names it).
    let labelCol = header?.columns.label ?? -1;
    if (labelCol < 0 || reader.text(r, labelCol) === '') {
      labelCol = row.findIndex((v) => typeof v === 'string' && v.trim() !== '' && !/^[\dIVX]+\.?$/.test(v.trim()));
    }
    if (labelCol < 0) continue;
    const label = reader.text(r, labelCol);
    const key = receptionKeyOf(label);
    let recCol = header?.columns.received;
    let resCol = header?.columns.resolved;
    if (recCol === undefined) {
      const numeric = numberColumnsAfter(reader, r, labelCol);
      recCol = numeric[0];
      resCol = resCol ?? numeric[1];
    }
    const rec = reader.count(r, recCol, `${key ? LABELS[key] : label}: số tiếp nhận`);
    const res = reader.count(r, resCol, `${key ? LABELS[key] : label}: số đã giải quyết`);
    const hasFigure = (rec.ok && rec.value !== null) || (res.ok && res.value !== null);
    if (key === null) {
      if (hasFigure) {
        reader.add(
          r,
          labelCol,
          'warning',
          'RECEPTION_UNKNOWN_ROW',
          `Không nhận ra dòng «${label}» nên số liệu của dòng này không được tổng hợp; hãy dùng một trong: ${KEYS.map((k) => LABELS[k]).join('; ')}.`,
        );
      }
      continue;
    }
    if (!hasFigure) continue;
    if (rowOf.has(key)) {
      reader.add(
        r,
        labelCol,
        'warning',
        'RECEPTION_DUPLICATE_ROW',
        `«${LABELS[key]}» đã có ở hàng ${rowOf.get(key)! + 1}; số liệu hai dòng được cộng lại.`,
      );
    } else {
      rowOf.set(key, r);
    }
    figures++;
    const a = rec.ok && rec.value !== null ? rec.value : 0;
    const b = res.ok && res.value !== null ? res.value : 0;
    received[key] += a;
    resolved[key] += b;
    if (b > a && recCol !== undefined && resCol !== undefined) {
      reader.add(
        r,
        resCol,
        'warning',
        'RECEPTION_RESOLVED_EXCEEDS',
        `«${LABELS[key]}»: số đã giải quyết (${b}) lớn hơn số tiếp nhận (${a}); hãy kiểm tra lại (nếu có vụ việc kỳ trước chuyển sang thì ghi rõ).`,
      );
    }
  }

  if (figures === 0) return null; // left empty: nothing to count (the unit reports 0 by typing 0)
  const missing = KEYS.filter((k) => !rowOf.has(k));
  if (missing.length > 0) {
    reader.addSheet(
      'warning',
      'RECEPTION_ROW_MISSING',
      `Không có số liệu ${missing.map((k) => `«${LABELS[k]}»`).join(', ')}; được tính là 0.`,
    );
  }
  return { ...received, resolved };
}

/** Columns right of the label in row r that hold a number (or number-like text), in order. */
function numberColumnsAfter(reader: SheetReader, r: number, labelCol: number): number[] {
  const row = reader.grid.rows[r] ?? [];
  const out: number[] = [];
  for (let c = labelCol + 1; c < row.length && out.length < 2; c++) {
    const v = row[c];
    if (typeof v === 'number' || (typeof v === 'string' && /^\s*[\d.,\s]+\s*$/.test(v))) out.push(c);
  }
  return out;
}
