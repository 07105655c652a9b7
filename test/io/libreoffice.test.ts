/**
 * LibreOffice headless as an independent application: it must open what we write (values, charts, PDF), and
 * it makes the legacy and password-protected files our own writers cannot (.xls with hidden rows, encrypted
 * .xls/.ods). Skipped, with a message, only where soffice is not installed; CI installs it.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { writeWorkbook } from '../../src/io/write-workbook';
import { readWorkbook } from '../../src/io/read-workbook';
import type { Grid } from '../../src/core/grid';
import type { LayoutWorkbook } from '../../src/core/layout';
import { richWorkbook, u8, writeSheetJS } from './helpers';
import { CSV_ALL_SHEETS, csvBySheet, findSoffice } from '../support/libreoffice';
import { INJECTION_TEXTS, summaryLayout, UNITS } from './layout-fixture';

const SOFFICE = findSoffice();
if (!SOFFICE) {
  console.warn(
    'test/io/libreoffice.test.ts: LibreOffice (soffice) không được cài đặt — bỏ qua các kiểm tra bằng LibreOffice. Cài gói libreoffice-calc-nogui để chạy.',
  );
}
const withLibreOffice = SOFFICE ? describe : describe.skip;

let work: string;
function profile(name: string): string {
  return `file://${path.join(work, 'profile-' + name)}`;
}

function soffice(profileName: string, args: string[]): void {
  execFileSync(SOFFICE!, [`-env:UserInstallation=${profile(profileName)}`, '--headless', '--norestore', ...args], {
    stdio: 'pipe',
    timeout: 120_000,
  });
}

/** Converts `file` and returns the paths LibreOffice wrote into a fresh directory. */
function convert(file: string, to: string, profileName = 'default'): string[] {
  const out = fs.mkdtempSync(path.join(work, 'out-'));
  soffice(profileName, ['--convert-to', to, '--outdir', out, file]);
  return fs.readdirSync(out).map((f) => path.join(out, f));
}

function save(name: string, bytes: Uint8Array): string {
  const p = path.join(work, name);
  fs.writeFileSync(p, bytes);
  return p;
}

function grid(grids: Grid[], name: string): Grid {
  const g = grids.find((x) => x.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

withLibreOffice('LibreOffice opens the summary we write', () => {
  let summary: string;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-lo-'));
    summary = save('tong-hop.xlsx', await writeWorkbook(summaryLayout()));
    // A profile that forces LibreOffice to recalculate every formula on load (0 = always).
    const recalcUser = path.join(work, 'profile-recalc', 'user');
    fs.mkdirSync(recalcUser, { recursive: true });
    fs.writeFileSync(
      path.join(recalcUser, 'registrymodifications.xcu'),
      '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
        '</oor:items>\n',
    );
  }, 120_000);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test('CSV of every sheet shows the values: Vietnamese text, numbers, formula results, formula-like text as text', () => {
    const csv = csvBySheet(convert(summary, CSV_ALL_SHEETS), 'tong-hop');
    const th = csv.get('TH TTHC')!;
    expect(th[0][0]).toBe('TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(th[3]).toEqual(['STT', 'Đơn vị', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ đúng và trước hạn (%)']);
    UNITS.forEach(([name, e, o, l], i) =>
      expect(th[4 + i].slice(1, 5)).toEqual([name, String(e), String(o), String(l)]),
    );
    expect(th[7].slice(0, 5)).toEqual(['Tổng cộng', '', '77', '16', '3']);
    expect(th[7][5]).toBe('96.9%'); // 93/96 shown with the 0.0% format
    const other = csv.get("Đơn vị's")!;
    expect(other.map((r) => r[0]).slice(0, 4)).toEqual(INJECTION_TEXTS);
  }, 120_000);

  test('with recalculation forced, LibreOffice computes the cached totals and ratios itself', async () => {
    const csv = csvBySheet(convert(summary, CSV_ALL_SHEETS, 'recalc'), 'tong-hop').get('TH TTHC')!;
    expect(csv[7].slice(2, 6)).toEqual(['77', '16', '3', '96.9%']);
    expect(csv[5][5]).toBe('96.7%');
    // The check can fail: a stale cached value is kept by default and replaced when recalculation is forced.
    const stale: LayoutWorkbook = summaryLayout();
    const total = stale.sheets[0].blocks[3].cells[4];
    total[2] = { ...total[2], v: 999 };
    const stalePath = save('cu.xlsx', await writeWorkbook(stale));
    expect(csvBySheet(convert(stalePath, CSV_ALL_SHEETS), 'cu').get('TH TTHC')![7][2]).toBe('999');
    expect(csvBySheet(convert(stalePath, CSV_ALL_SHEETS, 'recalc'), 'cu').get('TH TTHC')![7][2]).toBe('77');
  }, 120_000);

  test('PDF export succeeds with the charts in the file', () => {
    const [pdf] = convert(summary, 'pdf');
    const bytes = fs.readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5000);
  }, 120_000);

  test('LibreOffice imports the charts: bar charts over the same sheet ranges, with the series names', async () => {
    const [ods] = convert(summary, 'ods');
    const zip = await JSZip.loadAsync(fs.readFileSync(ods));
    const objects = Object.keys(zip.files)
      .filter((p) => /^Object \d+\/content\.xml$/.test(p))
      .sort();
    expect(objects).toHaveLength(2);
    const charts = await Promise.all(objects.map((p) => zip.file(p)!.async('string')));
    const stacked = charts.find((c) => c.includes('&apos;TH TTHC&apos;.C5:&apos;TH TTHC&apos;.C7'))!;
    expect(stacked).toBeDefined();
    expect(stacked).toContain('chart:class="chart:bar"');
    expect(stacked).toContain('&apos;TH TTHC&apos;.B5:&apos;TH TTHC&apos;.B7'); // categories
    expect(stacked).toContain('&apos;TH TTHC&apos;.E5:&apos;TH TTHC&apos;.E7');
    for (const name of ['Trước hạn', 'Đúng hạn', 'Quá hạn']) expect(stacked).toContain(`&quot;${name}&quot;`);
    expect(stacked).toContain('Kết quả giải quyết hồ sơ theo đơn vị');
    const clustered = charts.find((c) => c !== stacked)!;
    expect(clustered).toContain('Số lượng');
  }, 120_000);
});

withLibreOffice('readWorkbook on files LibreOffice saved', () => {
  let xls: string;
  let ods: string;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-lo-'));
    const src = save('donvi.xlsx', writeSheetJS(richWorkbook(), 'xlsx'));
    [xls] = convert(src, 'xls');
    [ods] = convert(src, 'ods');
  }, 120_000);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test.each(['xls', 'ods'])('.%s: hidden rows, hidden sheet, errors, dates, cached values, merges', (kind) => {
    const file = kind === 'xls' ? xls : ods;
    const { grids, findings } = readWorkbook(u8(fs.readFileSync(file)), path.basename(file));
    expect(findings).toEqual([]);
    const g = grid(grids, 'TTHC');
    expect(g.rows[4].slice(0, 3)).toEqual(['Tổng cộng', null, 30]);
    // LibreOffice keeps a boolean in .xls but writes it to .ods as the formula =TRUE() with the float value 1.
    expect(g.rows[2].slice(0, 4)).toEqual(['Sở Khoa học và Công nghệ', 45000, 10, kind === 'xls' ? true : 1]);
    expect(g.dateCells && [...g.dateCells].sort()).toEqual(['2,1', '3,1']);
    expect(g.rows[2][4]).toEqual({ error: '#REF!' });
    expect(g.rows[3][4]).toEqual({ error: '#DIV/0!' });
    expect(g.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 3 }]);
    expect(g.hiddenRows).toEqual([3]);
    expect(grid(grids, 'Ẩn').hidden).toBe(true);
  });

  test('password-protected .xls and .ods saved by LibreOffice are refused with the password message', () => {
    // A Basic macro in a fresh profile stores a copy with a password (soffice --convert-to cannot).
    soffice('macro', ['--terminate_after_init']);
    const std = path.join(work, 'profile-macro', 'user', 'basic', 'Standard');
    fs.mkdirSync(std, { recursive: true });
    fs.writeFileSync(
      path.join(std, 'Module1.xba'),
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n' +
        '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">\n' +
        'Sub SaveWithPassword(src As String, dst As String, filt As String)\n' +
        '  Dim load(0) As New com.sun.star.beans.PropertyValue\n' +
        '  load(0).Name = &quot;Hidden&quot; : load(0).Value = True\n' +
        '  Dim doc As Object\n' +
        '  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, load())\n' +
        '  Dim args(1) As New com.sun.star.beans.PropertyValue\n' +
        '  args(0).Name = &quot;FilterName&quot; : args(0).Value = filt\n' +
        '  args(1).Name = &quot;Password&quot; : args(1).Value = &quot;matkhau&quot;\n' +
        '  doc.storeToURL(ConvertToURL(dst), args())\n' +
        '  doc.close(True)\n' +
        'End Sub\n</script:module>\n',
    );
    const src = path.join(work, 'donvi.xlsx');
    for (const [ext, filter] of [
      ['xls', 'MS Excel 97'],
      ['ods', 'calc8'],
    ]) {
      const dst = path.join(work, `mat-khau.${ext}`);
      soffice('macro', [`macro:///Standard.Module1.SaveWithPassword("${src}","${dst}","${filter}")`]);
      const bytes = u8(fs.readFileSync(dst));
      const { grids, findings } = readWorkbook(bytes, `mat-khau.${ext}`);
      expect(grids).toEqual([]);
      expect(findings).toEqual([
        {
          file: `mat-khau.${ext}`,
          sheet: '',
          cell: '',
          severity: 'error',
          code: 'READ_ENCRYPTED',
          message: 'Sổ tính được đặt mật khẩu; hãy bỏ mật khẩu rồi gửi lại.',
        },
      ]);
    }
  }, 120_000);
});
