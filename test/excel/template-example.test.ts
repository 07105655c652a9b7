/**
 * The unit template's example row (dòng ví dụ): one grey italic row marked `Ví dụ` under the header of SoTheoDoi,
 * NhanSu and DaoTao, written by both doors — the file writer (read back by the real reader, readUnitFile) and the
 * Office.js writer (the in-memory double, its cells read back as grids by the core reader). Left in, the row counts
 * for nothing; typed over with real data, the data is read; typed over but the marker left, it is not counted and
 * the unit is told.
 */
import ExcelJS from 'exceljs';
import { type CellValue, type Grid, columnIndex } from '../../src/core/grid';
import type { LayoutCell, LayoutWorkbook } from '../../src/core/layout';
import { parseVnDate } from '../../src/core/text';
import { buildUnitTemplate } from '../../src/core/unit';
import { readUnitWorkbook } from '../../src/core/unit/read-workbook';
import type { UnitReport } from '../../src/core/unit/types';
import { writeLayoutToWorkbook } from '../../src/excel';
import { readUnitFile } from '../../src/io/read-unit-file';
import { writeWorkbook } from '../../src/io/write-workbook';
import { installDouble, options } from './helpers/harness';

const LIST_SHEETS = ['SoTheoDoi', 'NhanSu', 'DaoTao'];
/** Row of the example, zero-based: title, blank, header, then the example. */
const EXAMPLE_ROW = 3;

const serial = (d: string): number => {
  const r = parseVnDate(d);
  if (!r.ok) throw new Error(d);
  return r.serial;
};

/** The template with ThongTin filled for the first half of 2025, so the register's dossiers fall in the period. */
function template(): LayoutWorkbook {
  const t = buildUnitTemplate({ unitName: 'Phòng Thử nghiệm' });
  const info = t.sheets.find((s) => s.name === 'ThongTin')!.blocks[0].cells;
  const set = (label: string, v: LayoutCell['v']) =>
    (info.find((row) => row[0].v === label)![1] = { ...info.find((row) => row[0].v === label)![1], v });
  set('Kỳ báo cáo', '6 tháng đầu năm 2025');
  set('Từ ngày', serial('15/12/2024'));
  set('Đến ngày', serial('14/06/2025'));
  return t;
}

/** Writes `values` over a sheet's example row (by column label; unnamed columns keep what they hold). */
function typeOver(t: LayoutWorkbook, sheet: string, values: Record<string, LayoutCell['v']>): void {
  const cells = t.sheets.find((s) => s.name === sheet)!.blocks[0].cells;
  cells[2].forEach((h, c) => {
    if (String(h.v) in values) cells[EXAMPLE_ROW][c] = { v: values[String(h.v)], s: 'text' };
  });
}

/** The figures a unit report carries, for comparing two reads. */
const figures = (r: UnitReport) => ({ tthc: r.tthc, staff: r.staff, training: r.training });

async function readFile(t: LayoutWorkbook): Promise<UnitReport> {
  return readUnitFile(await writeWorkbook(t), 'mau.xlsx');
}

async function readDouble(t: LayoutWorkbook): Promise<UnitReport> {
  const double = installDouble({ sheets: ['Sheet1'] });
  try {
    expect((await writeLayoutToWorkbook(t, options())).status).toBe('written');
    const grids: Grid[] = double.snapshot().sheets.map((s) => {
      const rows: CellValue[][] = [];
      for (const [addr, cell] of Object.entries(s.cells)) {
        const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
        const v = cell.value;
        (rows[Number(m[2]) - 1] ??= [])[columnIndex(m[1])] = v === '' ? null : (v as CellValue);
      }
      for (let r = 0; r < rows.length; r++) rows[r] ??= [];
      return { name: s.name, rows };
    });
    return readUnitWorkbook(grids, 'mau.xlsx');
  } finally {
    double.uninstall();
  }
}

const REAL = {
  SoTheoDoi: {
    'Mã hồ sơ': 'H01.2025.001',
    'Ngày tiếp nhận': serial('06/01/2025'),
    'Hạn giải quyết': serial('20/01/2025'),
    'Ngày có kết quả': serial('17/01/2025'),
    'Ghi chú': null,
  },
  NhanSu: { STT: 1, 'Họ và tên': 'Trần Thị B', 'Giới tính': 'Nữ', 'Ghi chú': null },
  DaoTao: { STT: 1, 'Họ và tên': 'Trần Thị B' },
};

describe('the core template', () => {
  const t = buildUnitTemplate();
  it.each(LIST_SHEETS)(
    '%s: the first row under the header is the example, grey italic, its list values in their drop-downs',
    (name) => {
      const s = t.sheets.find((x) => x.name === name)!;
      const row = s.blocks[0].cells[EXAMPLE_ROW];
      expect(row[0].v).toBe('Ví dụ');
      for (const c of row) expect(t.styles[c.s!]).toMatchObject({ italic: true, color: '808080' });
      for (const v of s.validations ?? []) {
        const value = row[v.c1].v;
        if (value !== null) expect(v.values).toContain(value);
      }
      expect(s.blocks[0].cells[EXAMPLE_ROW + 1].every((c) => c.v === null)).toBe(true);
    },
  );
});

describe.each([
  ['the file writer (ExcelJS, read back by readUnitFile)', readFile],
  ['the Office.js writer (double, read back by the core reader)', readDouble],
])('%s', (_door, read) => {
  it('reads the template with its example rows left in as it reads it with them deleted', async () => {
    const cleared = template();
    for (const name of LIST_SHEETS)
      cleared.sheets.find((s) => s.name === name)!.blocks[0].cells[EXAMPLE_ROW].forEach((c) => (c.v = null));
    const withExample = await read(template());
    expect(figures(withExample)).toEqual(figures(await read(cleared)));
    expect(withExample.tthc?.received ?? 0).toBe(0);
    expect(withExample.staff?.present ?? 0).toBe(0);
    expect(withExample.training?.total ?? 0).toBe(0);
    expect(withExample.findings.filter((f) => f.code === 'UNIT_EXAMPLE_ROW_EDITED')).toEqual([]);
  });

  it('reads the data typed over the example rows', async () => {
    const t = template();
    for (const [name, values] of Object.entries(REAL)) typeOver(t, name, values);
    const r = await read(t);
    expect(r.tthc?.received).toBe(1);
    expect(r.tthc?.early).toBe(1);
    expect(r.staff?.present).toBe(1);
    expect(r.staff?.women).toBe(1);
    expect(r.training?.total).toBe(1);
  });

  it('does not count a row typed over with the marker left, and says which cell to clear', async () => {
    const t = template();
    typeOver(t, 'NhanSu', { 'Họ và tên': 'Trần Thị B', 'Giới tính': 'Nữ' });
    const r = await read(t);
    expect(r.staff?.present ?? 0).toBe(0);
    const notes = r.findings.filter((f) => f.code === 'UNIT_EXAMPLE_ROW_EDITED');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ sheet: 'NhanSu', cell: 'A4', severity: 'warning' });
    expect(notes[0].message).toContain('hãy xóa chữ «Ví dụ»');
  });
});

test('the file writer draws the example grey and italic, its dates as dates', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeWorkbook(buildUnitTemplate())) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('SoTheoDoi')!;
  expect(ws.getCell('A4').value).toBe('Ví dụ');
  expect(ws.getCell('A4').font).toMatchObject({ italic: true, color: { argb: 'FF808080' } });
  expect(ws.getCell('E4').numFmt).toBe('dd/mm/yyyy');
  expect(ws.getCell('A5').font?.color).toBeUndefined();
});

test('the Office.js writer draws the example grey and italic', async () => {
  const double = installDouble({ sheets: ['Sheet1'] });
  try {
    expect((await writeLayoutToWorkbook(buildUnitTemplate(), options())).status).toBe('written');
    const s = double.snapshot().sheets.find((x) => x.name === 'NhanSu')!;
    expect(s.cells.A4.value).toBe('Ví dụ');
    expect(s.cells.A4.format).toMatchObject({ italic: true, fontColor: '#808080' });
    expect(s.cells.A5.format.fontColor).toBe('#000000');
  } finally {
    double.uninstall();
  }
});
