/**
 * Unit workbooks for the pane's tests, written with SheetJS in the canonical shape of docs/formats.md (ThongTin,
 * TTHC with the two header rows of Biểu II.06a, optionally a SoTheoDoi register, TiepDan) by the shared fixture
 * builder (scripts/support/unit-workbook.js), so the figures a test expects are the ones it wrote.
 */
import * as XLSX from '@e965/xlsx';
import { serialFromYmd } from '../../../src/core/calendar/serial';
import type { Figure } from '../../../src/core/tthc/columns';
import { COUNT_KEYS, type TthcCounts } from '../../../src/core/tthc/types';

/** The figures of one field by key; totals not given are the sums of their parts, others 0. */
export type FieldFigures = Partial<Record<Figure, number>>;

type Cell = number | string;
const builder = require('../../../scripts/support/unit-workbook.js') as {
  FIGURES: Figure[];
  tthcHeader: (top?: number) => { rows: string[][]; merges: XLSX.Range[] };
  tthcRow: (stt: Cell, field: string, figures: FieldFigures) => Cell[];
  tthcTotal: (rows: Cell[][]) => Cell[];
  REGISTER_HEADER: string[];
  infoRows: (info: {
    title?: boolean;
    unit: string;
    label?: string;
    from?: string;
    to?: string;
    quota?: Cell;
    by?: string;
    made?: string;
  }) => Cell[][];
  receptionRows: (counts?: Record<string, [number, number]>) => Cell[][];
};

export interface UnitFixture {
  name: string;
  label?: string;
  from?: string;
  to?: string;
  quota?: number;
  /** TTHC rows by field; none: no TTHC sheet. */
  fields?: [string, FieldFigures][];
  /** Dossiers in a SoTheoDoi register (a large one makes a slow file). */
  registerRows?: number;
  reception?: { citizens: number; complaints: number; denunciations: number; petitions: number };
}

export const PERIOD_2020_H1 = { label: '6 tháng đầu năm 2020', from: '15/12/2019', to: '14/06/2020' };

/** The counts of TthcCounts for a field's figures, as its row in the TTHC sheet holds them. */
export function countsOf(f: FieldFigures): TthcCounts {
  const row = builder.tthcRow(0, '', f).slice(2);
  const at = (k: Figure) => Number(row[builder.FIGURES.indexOf(k)]);
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, at(k)])) as unknown as TthcCounts;
}

function sheet(aoa: unknown[][], merges: XLSX.Range[] = []): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  if (merges.length > 0) ws['!merges'] = merges;
  return ws;
}

/** A register of n dossiers in the period 15/12/2019–14/06/2020: all received and resolved early in it. */
function registerAoa(n: number): unknown[][] {
  const rows: unknown[][] = [builder.REGISTER_HEADER];
  const start = serialFromYmd(2020, 1, 6);
  const fields = ['Hoạt động khoa học và công nghệ', 'Tiêu chuẩn đo lường chất lượng', 'Sở hữu trí tuệ'];
  for (let i = 0; i < n; i++) {
    const received = start + (i % 120);
    rows.push([
      `HS-${String(i + 1).padStart(6, '0')}`,
      fields[i % 3],
      'Cấp giấy chứng nhận',
      i % 4 === 0 ? 'Trực tuyến' : 'Trực tiếp',
      received,
      received + 10,
      received + 3,
      '',
    ]);
  }
  return rows;
}

export function unitWorkbook(u: UnitFixture): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    sheet(
      builder.infoRows({
        title: true,
        unit: u.name,
        label: u.label ?? PERIOD_2020_H1.label,
        from: u.from ?? PERIOD_2020_H1.from,
        to: u.to ?? PERIOD_2020_H1.to,
        quota: u.quota ?? '',
        by: 'Nguyễn Thị Lan',
        made: '16/06/2020',
      }),
    ),
    'ThongTin',
  );
  if (u.fields) {
    const rows = u.fields.map(([field, f], i) => builder.tthcRow(i + 1, field, f));
    const header = builder.tthcHeader(0);
    XLSX.utils.book_append_sheet(wb, sheet([...header.rows, ...rows, builder.tthcTotal(rows)], header.merges), 'TTHC');
  }
  if (u.registerRows) XLSX.utils.book_append_sheet(wb, sheet(registerAoa(u.registerRows)), 'SoTheoDoi');
  if (u.reception) {
    const r = u.reception;
    const both = (n: number): [number, number] => [n, n];
    const counts = {
      citizens: both(r.citizens),
      complaints: both(r.complaints),
      denunciations: both(r.denunciations),
      petitions: both(r.petitions),
    };
    XLSX.utils.book_append_sheet(wb, sheet(builder.receptionRows(counts)), 'TiepDan');
  }
  return wb;
}

export function unitWorkbookBytes(u: UnitFixture): Uint8Array {
  const buf = XLSX.write(unitWorkbook(u), { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Three small units of one province for 6 tháng đầu năm 2020. */
export const SMALL_UNITS: UnitFixture[] = [
  {
    name: 'Văn phòng Sở',
    fields: [
      [
        'Hoạt động khoa học và công nghệ',
        { online: 4, inPerson: 5, carriedOver: 1, early: 7, onTime: 2, pendingWithin: 1 },
      ],
      ['Sở hữu trí tuệ', { online: 2, inPerson: 3, carriedOver: 1, early: 5, onTime: 1 }],
    ],
    reception: { citizens: 3, complaints: 1, denunciations: 0, petitions: 2 },
  },
  {
    name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    fields: [
      [
        'Tiêu chuẩn đo lường chất lượng',
        { online: 5, inPerson: 7, carriedOver: 3, early: 12, onTime: 2, pendingWithin: 1 },
      ],
    ],
    reception: { citizens: 1, complaints: 0, denunciations: 0, petitions: 1 },
  },
  {
    name: 'Phòng Quản lý chuyên ngành',
    fields: [
      [
        'An toàn bức xạ và hạt nhân',
        { online: 3, inPerson: 8, carriedOver: 1, early: 9, onTime: 2, pendingOverdue: 1 },
      ],
    ],
  },
];
