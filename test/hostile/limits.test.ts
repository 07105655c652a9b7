/**
 * The reading limits on hostile files, at the io door: every refusal happens before SheetJS parses (spied as in
 * test/io), in bounded time and memory; the gaps this work closed (a zip entry hiding its size, a lying or missing
 * <dimension>, a shared-strings table larger than the cell limit, HTML dates read month-first) stay closed; and the
 * text hygiene that keeps a summary openable (XML-forbidden characters, Excel's 32,767-character cells).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import XLSXmodule = require('@e965/xlsx');
import * as zip from '../../src/io/zip';
import { readWorkbook } from '../../src/io/read-workbook';
import { readUnitFile } from '../../src/io/read-unit-file';
import { preflight } from '../../src/io/preflight';
import { DEFAULT_LIMITS } from '../../src/io/limits';
import { inflateRaw, inflateRawScan } from '../../src/io/inflate';
import { excelText, writeWorkbook } from '../../src/io/write-workbook';
import { cleanText, clipText, dropNonText } from '../../src/core/text';
import { MAX_CELL_TEXT, fitText, type LayoutWorkbook } from '../../src/core/layout';
import { readUnitWorkbook } from '../../src/core/unit';
import { FIXTURES, XML_FORBIDDEN, corpusFiles, corpusScript, xlsxParts } from './support';

const { zipOf, unzip, unitWorkbook, deflatedRepeat, crc32 } = corpusScript;
const u8 = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const fixture = (name: string) => u8(fs.readFileSync(path.join(FIXTURES, name)));

/** Refusals the preflight makes from the file's structure alone. */
const BEFORE_PARSING = [
  'READ_EMPTY_FILE',
  'READ_NOT_WORKBOOK',
  'READ_ENCRYPTED',
  'READ_TOO_LARGE',
  'READ_ZIP_BOMB',
  'READ_TOO_MANY_CELLS',
];

afterEach(() => jest.restoreAllMocks());

describe('every limit of the corpus is applied before SheetJS parses', () => {
  const cases = corpusFiles().filter((f) => f.expect.findings.some((x) => BEFORE_PARSING.includes(x.code)));

  test('the corpus has such files (bombs, a million rows, huge shared strings, encrypted, renamed)', () => {
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'bom-chong-lop.xlsx',
        'bom-ti-le.xlsx',
        'bom-giau-kich-thuoc.xlsx',
        'trieu-dong.xlsx',
        'trieu-dong-khai-sai.xlsx',
        'chuoi-chung-khong-lo.xlsx',
        'nhieu-phan.xlsx',
        'mat-khau.xlsx',
        'word-doi-ten.xlsx',
        'ods-lap-o.ods',
        'zip64-noi-doi.xlsx',
      ]),
    );
  });

  test.each(cases.map((c) => [c.name, c] as const))(
    '%s: refused without XLSX.read and in little memory',
    (_name, c) => {
      const bytes = u8(fs.readFileSync(c.file));
      const read = jest.spyOn(XLSXmodule, 'read');
      const rss = process.memoryUsage().rss;
      const r = readWorkbook(bytes, c.name);
      expect(read).not.toHaveBeenCalled();
      expect(r.grids).toEqual([]);
      const code = c.expect.findings.find((x) => BEFORE_PARSING.includes(x.code))!.code;
      expect(r.findings.map((f) => f.code)).toEqual([code]);
      expect(process.memoryUsage().rss - rss).toBeLessThan(150 * 1024 * 1024);
    },
    30_000,
  );
});

describe('a zip entry that hides its size until after its data', () => {
  const SHEET =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

  test('honest data descriptors (Java / Apache POI style) are read exactly like the same workbook without them', () => {
    const plain = u8(unitWorkbook('Phòng Mô tả', 60));
    const withDescriptors = u8(
      zipOf(unzip(Buffer.from(plain)).map((e: { name: string; data: Buffer }) => ({ ...e, descriptor: true }))),
    );
    const a = readWorkbook(plain, 'a.xlsx');
    const b = readWorkbook(withDescriptors, 'b.xlsx');
    expect(b.findings).toEqual([]);
    expect(b.grids.map((g) => [g.name, g.rows])).toEqual(a.grids.map((g) => [g.name, g.rows]));
  });

  test('more data than the central directory declared is refused before SheetJS would inflate it without bound', () => {
    const read = jest.spyOn(XLSXmodule, 'read');
    const r = readWorkbook(fixture('bom-giau-kich-thuoc.xlsx'), 'bom.xlsx');
    expect(read).not.toHaveBeenCalled();
    expect(r.findings[0].code).toBe('READ_ZIP_BOMB');
    expect(r.findings[0].message).toContain('"xl/worksheets/sheet2.xml"');
    expect(r.findings[0].message).toContain('khai báo 2.048 byte');
  });

  test('even when the DEFLATE stream runs on past the declared compressed size (SheetJS reads to its end)', () => {
    // Declared: 10 bytes packed, 100 unpacked; the stream really holds 8 MiB and overlaps what follows.
    const big = deflatedRepeat(
      Buffer.from(SHEET),
      Buffer.alloc(1 << 20, 0x20),
      8,
      Buffer.from('</sheetData></worksheet>'),
    );
    const entries = unzip(unitWorkbook('Phòng Tràn', 61)).map((e: { name: string; data: Buffer }) =>
      e.name === 'xl/worksheets/sheet2.xml' ? { name: e.name, deflated: big, descriptor: true, centralSize: 100 } : e,
    );
    const bytes = zipOf(entries);
    // Rewrite the central record's compressed size to 10 bytes.
    const name = Buffer.from('xl/worksheets/sheet2.xml');
    let p = bytes.length - 22 - 1;
    while (!(bytes.readUInt32LE(p) === 0x02014b50 && bytes.subarray(p + 46, p + 46 + name.length).equals(name))) p--;
    bytes.writeUInt32LE(10, p + 20);
    const read = jest.spyOn(XLSXmodule, 'read');
    const r = readWorkbook(u8(bytes), 'tran.xlsx');
    expect(read).not.toHaveBeenCalled();
    expect(r.findings[0].code).toMatch(/^READ_(ZIP_BOMB|DAMAGED)$/);
  });

  test('data that is not DEFLATE in such an entry is refused as damaged', () => {
    const entries = unzip(unitWorkbook('Phòng Hỏng', 62)).map((e: { name: string; data: Buffer }) =>
      e.name === 'xl/styles.xml'
        ? {
            name: e.name,
            deflated: { data: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), size: 50, crc: 0 },
            descriptor: true,
          }
        : e,
    );
    const r = readWorkbook(u8(zipOf(entries)), 'hong.xlsx');
    expect(r.findings.map((f) => f.code)).toEqual(['READ_DAMAGED']);
    expect(r.findings[0].message).toContain('"xl/styles.xml"');
  });

  test('a register exported with data descriptors reads cleanly (the cost of the check is in npm run bench)', () => {
    const { unitWorkbook: benchWorkbook } = require('../../bench/unit-workbook.js');
    const poi = u8(
      zipOf(unzip(benchWorkbook(3)).map((e: { name: string; data: Buffer }) => ({ ...e, descriptor: true }))),
    );
    const r = readWorkbook(poi, 'poi.xlsx');
    expect(r.findings).toEqual([]);
    expect(r.grids.find((g) => g.name === 'SoTheoDoi')!.rows.length).toBeGreaterThan(2000);
  });
});

describe('cells and shared strings are counted when the declarations cannot be trusted', () => {
  /** A one-sheet workbook whose sheet part holds `cells` cells in one column, with the given <dimension>. */
  function sheetWithCells(cells: number, dimension: string | null): Uint8Array {
    const rows: string[] = [];
    for (let r = 1; r <= cells; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dimension ? `<dimension ref="${dimension}"/>` : ''}<sheetData>${rows.join('')}</sheetData></worksheet>`;
    const entries = unzip(unitWorkbook('Phòng Đếm ô', 63)).map((e: { name: string; data: Buffer }) =>
      e.name === 'xl/worksheets/sheet3.xml' ? { name: e.name, data: xml } : e,
    );
    return u8(zipOf(entries));
  }
  const limits = { maxCells: 5000 };

  test.each([['A1:A2'], [null]])(
    'a sheet declaring %s but holding 8,000 cells is refused before SheetJS, naming the sheet',
    (dim) => {
      const read = jest.spyOn(XLSXmodule, 'read');
      const r = readWorkbook(sheetWithCells(8000, dim), 'khai-sai.xlsx', limits);
      expect(read).not.toHaveBeenCalled();
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]).toMatchObject({ code: 'READ_TOO_MANY_CELLS', sheet: 'NhanSu' });
      expect(r.findings[0].message).toContain(dim ? `khai báo vùng dữ liệu ${dim}` : 'không khai báo vùng dữ liệu');
    },
  );

  test('a sheet under the limit with a wrong dimension is read as usual', () => {
    const r = readWorkbook(sheetWithCells(3000, 'A1:A2'), 'duoi.xlsx', limits);
    expect(r.findings).toEqual([]);
    expect(r.grids.find((g) => g.name === 'NhanSu')!.rows).toHaveLength(3000);
  });

  test('more shared strings than the cell limit is refused before SheetJS builds them', () => {
    const si: string[] = [];
    for (let i = 0; i < 6000; i++) si.push(`<si><t>s${i}</t></si>`);
    const entries = unzip(unitWorkbook('Phòng Chuỗi', 64)).map((e: { name: string; data: Buffer }) =>
      e.name === 'xl/sharedStrings.xml'
        ? { name: e.name, data: e.data.toString('utf8').replace('</sst>', si.join('') + '</sst>') }
        : e,
    );
    const read = jest.spyOn(XLSXmodule, 'read');
    const r = readWorkbook(u8(zipOf(entries)), 'chuoi.xlsx', { maxCells: 5000 });
    expect(read).not.toHaveBeenCalled();
    expect(r.findings.map((f) => f.code)).toEqual(['READ_TOO_MANY_CELLS']);
    expect(r.findings[0].message).toContain('Bảng chuỗi dùng chung');
  });

  test('ordinary workbooks are not scanned for cells (parts far below 8 bytes × the cell limit)', () => {
    const scan = jest.spyOn(zip, 'scanZipEntry');
    expect(preflight(fixture('hop-le.xlsx'), 'a.xlsx', DEFAULT_LIMITS).ok).toBe(true);
    // Each deflated part is unpacked once without a reader (the damage check); a cell count would pass one.
    expect(scan).toHaveBeenCalled();
    expect(scan.mock.calls.filter((c) => c[3] !== undefined)).toEqual([]);
  });
});

describe('inflateRawScan: unpacking without keeping the output', () => {
  const text = Buffer.from(
    Array.from({ length: 20000 }, (_, i) => `<row r="${i}"><c><v>${(i * 7919) % 1000}</v></c></row>`).join(''),
  );

  test.each([0, 1, 6, 9])('hands out exactly what zlib packed at level %i, in pieces of at most 32 KiB', (level) => {
    const pieces: Buffer[] = [];
    const packed = zlib.deflateRawSync(text, { level });
    // Whatever follows the data (the next zip entry) is not used.
    const r = inflateRawScan(Buffer.concat([packed, Buffer.from('PK\x03\x04')]), text.length + 1, (c) => {
      expect(c.length).toBeLessThanOrEqual(32768);
      pieces.push(Buffer.from(c));
    });
    expect(r).toEqual({ total: text.length, complete: true, consumed: packed.length });
    expect(Buffer.concat(pieces).equals(text)).toBe(true);
    expect(Buffer.from(inflateRaw(zlib.deflateRawSync(text, { level }), text.length).out).equals(text)).toBe(true);
  });

  test('stops at maxOut, or when the reader says so', () => {
    const packed = zlib.deflateRawSync(text);
    expect(inflateRawScan(packed, 1000)).toMatchObject({ total: 1000, complete: false });
    let seen = 0;
    const r = inflateRawScan(packed, text.length, (c) => {
      seen += c.length;
      return false;
    });
    expect(r.complete).toBe(false);
    expect(seen).toBe(32768);
  });

  test('measures 256 MiB of output in a 64 KiB window', () => {
    const packed = deflatedRepeat(Buffer.alloc(0), Buffer.alloc(1 << 20, 0x20), 256, Buffer.alloc(0)).data;
    const before = process.memoryUsage();
    const r = inflateRawScan(packed, 2 ** 40);
    const after = process.memoryUsage();
    expect(r).toEqual({ total: 256 * 1024 * 1024, complete: true, consumed: packed.length });
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(8 * 1024 * 1024);
  }, 30_000);
});

describe('text that a workbook cannot hold', () => {
  test('dropNonText removes controls, U+FFFE/U+FFFF and lone surrogates, keeps white space and astral characters', () => {
    expect(dropNonText('a\u0000b\u0001c\u001fd\u007fe\uFFFEf\uFFFFg')).toBe('abcdefg');
    expect(dropNonText('x\uD800y\uDC00z\uDC00\uDC00')).toBe('xyz');
    expect(dropNonText('tab\tlf\ncr\r😀 Việt')).toBe('tab\tlf\ncr\r😀 Việt');
    expect(cleanText(' Phòng\u0001 Điều\u000b khiển\uFFFE ')).toBe('Phòng Điều khiển');
  });

  test('clipText and fitText cut long text without splitting a surrogate pair', () => {
    expect(clipText('a'.repeat(100))).toBe('a'.repeat(100));
    expect(clipText('a'.repeat(150))).toBe('a'.repeat(99) + '…');
    const emoji = 'a'.repeat(MAX_CELL_TEXT - 2) + '😀😀😀';
    const cut = fitText(emoji);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(cut.endsWith('…')).toBe(true);
    expect(dropNonText(cut)).toBe(cut);
  });

  test('the summary writer never writes a character XML forbids, nor a cell over 32,767 characters', async () => {
    const hostile = ['\u0001a\u000bb\u000cc\uFFFEd\uD800e\uDC00', 'x'.repeat(40_000), '=1+1', '<f>SUM(A1)</f>'];
    expect(excelText(hostile[0])).toBe('a b cde');
    const layout: LayoutWorkbook = {
      styles: {},
      sheets: [
        { name: 'S', widths: [10], merges: [], blocks: [{ row: 0, col: 0, cells: hostile.map((v) => [{ v }]) }] },
      ],
    };
    const bytes = await writeWorkbook(layout);
    const file = path.join(require('os').tmpdir(), `tonghop-writer-${process.pid}.xlsx`);
    fs.writeFileSync(file, bytes);
    try {
      const parts = xlsxParts(file);
      for (const [name, xml] of parts)
        if (name.endsWith('.xml')) expect([name, XML_FORBIDDEN.test(xml)]).toEqual([name, false]);
      const { grids } = readWorkbook(bytes, 'w.xlsx');
      const col = grids[0].rows.map((r) => r[0]);
      expect(col[0]).toBe('a b cde');
      expect((col[1] as string).length).toBe(MAX_CELL_TEXT);
      expect(col.slice(2)).toEqual(['=1+1', '<f>SUM(A1)</f>']);
      expect(parts.get('xl/worksheets/sheet1.xml')).not.toContain('<f>');
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});

describe('findings on hostile content read as intended', () => {
  test('an HTML page saved as .xls: dates day-first, counts as numbers, codes with leading zeros kept as text', () => {
    const html =
      '<html><body><table><tr><td>Ngày</td><td>Số</td><td>Mã</td><td>Nghìn</td></tr>' +
      '<tr><td>09/03/2020</td><td>12</td><td>0012</td><td>1.234</td></tr></table></body></html>';
    const { grids } = readWorkbook(u8(Buffer.from(html)), 'web.xls');
    expect(grids[0].rows[1]).toEqual(['09/03/2020', 12, '0012', '1.234']);
    // Through the core: the register of the corpus counts 1 early, 1 late, 1 pending (dates read dd/mm).
    const r = readUnitFile(fixture('html-doi-ten.xls'), 'html-doi-ten.xls');
    expect(r.tthc).toMatchObject({ received: 3, resolved: 2, early: 1, late: 1, pending: 1 });
  });

  test('hidden rows holding data are reported, empty hidden rows are not; a hidden sheet is skipped with a warning', () => {
    const grid = (hiddenRows: number[], hidden = false) => ({
      name: 'NhanSu',
      hidden,
      rows: [
        ['STT', 'Họ và tên', 'Giới tính', 'Loại', 'Trình độ chuyên môn'],
        [1, 'Lê Văn A', 'Nam', 'Công chức', 'Đại học'],
        [],
        [2, 'Trần Thị B', 'Nữ', 'Công chức', 'Thạc sĩ'],
      ],
      hiddenRows,
    });
    const codes = (g: ReturnType<typeof grid>) =>
      readUnitWorkbook([g], 'a.xlsx').findings.filter((f) => f.code.startsWith('UNIT_HIDDEN'));
    expect(codes(grid([2]))).toEqual([]);
    const rows = codes(grid([2, 3]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ code: 'UNIT_HIDDEN_ROWS', sheet: 'NhanSu', cell: 'A4', severity: 'warning' });
    expect(rows[0].message).toContain('dòng 4');
    // Issue 8: a hidden sheet is never read (it is often last period's); one warning names it.
    const skipped = readUnitWorkbook([grid([], true)], 'a.xlsx');
    expect(skipped.findings.filter((f) => f.code.startsWith('UNIT_HIDDEN')).map((f) => f.code)).toEqual([
      'UNIT_HIDDEN_SHEETS_SKIPPED',
    ]);
    expect(skipped.staff).toBeUndefined();
  });

  test('numbers in messages carry a decimal comma; long texts are quoted cut short; thousands of extra columns are counted, not listed', () => {
    const neg = readUnitFile(fixture('so-am-le.xlsx'), 'so-am-le.xlsx');
    expect(neg.findings.find((f) => f.cell === 'C4')!.message).toContain('«2,5» là số lẻ thập phân');
    const cols = corpusFiles().find((f) => f.name === '5000-cot.xlsx')!;
    const wide = readUnitFile(u8(fs.readFileSync(cols.file)), '5000-cot.xlsx');
    const extra = wide.findings.find((f) => f.code === 'UNIT_EXTRA_COLUMNS')!;
    expect(extra.message).toContain('và 4977 cột khác');
    expect(extra.message.length).toBeLessThan(600);
    const long = 'x'.repeat(30_000);
    const r = readUnitWorkbook(
      [
        {
          name: 'TTHC',
          rows: [
            [
              'STT',
              'Lĩnh vực',
              'Tổng số',
              'Trực tuyến',
              'Trực tiếp',
              'Từ kỳ trước',
              'Đã giải quyết',
              'Trước hạn',
              'Đúng hạn',
              'Quá hạn',
              'Đang giải quyết',
              'Trong hạn',
              'Quá hạn',
            ],
            [1, long, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'],
          ],
        },
      ],
      'dai.xlsx',
    );
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) expect(f.message.length).toBeLessThan(400);
  });
});

test('crc32 of the corpus script agrees with zlib (its zip entries are valid)', () => {
  const b = Buffer.from('Tổng cộng');
  expect(crc32(b)).toBe(zlib.crc32 ? zlib.crc32(b) >>> 0 : crc32(b));
});
