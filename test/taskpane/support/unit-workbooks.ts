/**
 * Unit workbooks for the pane's tests, written with SheetJS in the canonical shape of docs/formats.md (ThongTin,
 * TTHC with the two header rows of Biểu II.06a, optionally a SoTheoDoi register, TiepDan), so the figures a
 * test expects are the ones it wrote.
 */
import * as XLSX from '@e965/xlsx';
import { serialFromYmd } from '../../../src/core/calendar/serial';

/** [online, inPerson, carriedOver, early, onTime, late, pendingWithin, pendingOverdue] of one field. */
export type FieldFigures = [number, number, number, number, number, number, number, number];

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

const TTHC_TOP = ['STT', 'Lĩnh vực', 'Số hồ sơ nhận giải quyết', '', '', '', 'Số hồ sơ đã giải quyết', '', '', '', 'Số hồ sơ đang giải quyết', '', ''];
const TTHC_SUB = ['', '', 'Tổng số', 'Trong kỳ: Trực tuyến', 'Trong kỳ: Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'];

/** The 10 counts of TthcCounts for figures. */
export function countsOf(f: FieldFigures) {
  const [online, inPerson, carriedOver, early, onTime, late, pendingWithin, pendingOverdue] = f;
  return {
    received: online + inPerson + carriedOver,
    online,
    inPerson,
    carriedOver,
    resolved: early + onTime + late,
    early,
    onTime,
    late,
    pending: pendingWithin + pendingOverdue,
    pendingOverdue,
  };
}

function tthcRow(i: number, field: string, f: FieldFigures): (string | number)[] {
  const c = countsOf(f);
  return [i + 1, field, c.received, c.online, c.inPerson, c.carriedOver, c.resolved, c.early, c.onTime, c.late, c.pending, f[6], c.pendingOverdue];
}

function sheet(aoa: unknown[][], merges: XLSX.Range[] = []): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  if (merges.length > 0) ws['!merges'] = merges;
  return ws;
}

/** A register of n dossiers in the period 15/12/2019–14/06/2020: all received and resolved early in it. */
function registerAoa(n: number): unknown[][] {
  const rows: unknown[][] = [['Mã hồ sơ', 'Lĩnh vực', 'Tên thủ tục', 'Hình thức tiếp nhận', 'Ngày tiếp nhận', 'Hạn giải quyết', 'Ngày có kết quả', 'Ghi chú']];
  const start = serialFromYmd(2020, 1, 6);
  const fields = ['Hoạt động khoa học và công nghệ', 'Tiêu chuẩn đo lường chất lượng', 'Sở hữu trí tuệ'];
  for (let i = 0; i < n; i++) {
    const received = start + (i % 120);
    rows.push([`HS-${String(i + 1).padStart(6, '0')}`, fields[i % 3], 'Cấp giấy chứng nhận', i % 4 === 0 ? 'Trực tuyến' : 'Trực tiếp', received, received + 10, received + 3, '']);
  }
  return rows;
}

export function unitWorkbook(u: UnitFixture): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    sheet([
      ['THÔNG TIN CHUNG', ''],
      ['Tên đơn vị', u.name],
      ['Kỳ báo cáo', u.label ?? PERIOD_2020_H1.label],
      ['Từ ngày', u.from ?? PERIOD_2020_H1.from],
      ['Đến ngày', u.to ?? PERIOD_2020_H1.to],
      ['Biên chế được giao', u.quota ?? ''],
      ['Người lập biểu', 'Nguyễn Thị Lan'],
      ['Ngày lập', '16/06/2020'],
    ]),
    'ThongTin',
  );
  if (u.fields) {
    const rows = u.fields.map(([field, f], i) => tthcRow(i, field, f));
    const total: (string | number)[] = ['', 'Tổng cộng'];
    for (let c = 2; c < 13; c++) total.push(rows.reduce((s, r) => s + Number(r[c]), 0));
    const merges: XLSX.Range[] = [
      { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } },
      { s: { r: 0, c: 1 }, e: { r: 1, c: 1 } },
      { s: { r: 0, c: 2 }, e: { r: 0, c: 5 } },
      { s: { r: 0, c: 6 }, e: { r: 0, c: 9 } },
      { s: { r: 0, c: 10 }, e: { r: 0, c: 12 } },
    ];
    XLSX.utils.book_append_sheet(wb, sheet([TTHC_TOP, TTHC_SUB, ...rows, total], merges), 'TTHC');
  }
  if (u.registerRows) XLSX.utils.book_append_sheet(wb, sheet(registerAoa(u.registerRows)), 'SoTheoDoi');
  if (u.reception) {
    const r = u.reception;
    XLSX.utils.book_append_sheet(
      wb,
      sheet([
        ['Nội dung', 'Số tiếp nhận', 'Đã giải quyết'],
        ['Lượt tiếp công dân', r.citizens, r.citizens],
        ['Đơn khiếu nại', r.complaints, r.complaints],
        ['Đơn tố cáo', r.denunciations, r.denunciations],
        ['Kiến nghị, phản ánh', r.petitions, r.petitions],
      ]),
      'TiepDan',
    );
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
      ['Hoạt động khoa học và công nghệ', [4, 5, 1, 7, 2, 0, 1, 0]],
      ['Sở hữu trí tuệ', [2, 3, 1, 5, 1, 0, 0, 0]],
    ],
    reception: { citizens: 3, complaints: 1, denunciations: 0, petitions: 2 },
  },
  {
    name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    fields: [['Tiêu chuẩn đo lường chất lượng', [5, 7, 3, 12, 2, 0, 1, 0]]],
    reception: { citizens: 1, complaints: 0, denunciations: 0, petitions: 1 },
  },
  {
    name: 'Phòng Quản lý chuyên ngành',
    fields: [['An toàn bức xạ và hạt nhân', [3, 8, 1, 9, 2, 0, 0, 1]]],
  },
];
