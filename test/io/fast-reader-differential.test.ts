/**
 * The fast .xlsx reader against SheetJS, cell by cell (grids, merges, hidden rows and sheets, date cells, findings):
 * every example, every hostile-corpus file, the bench's unit workbook, the summary the writer makes and a workbook
 * with every kind of cell written by hand (2,000 fuzzed workbooks: test/fuzz/fast-reader-fuzz.test.ts, full suite
 * only). Where the fast reader reads a file, both must agree; where it passes a file to SheetJS, the reason is
 * counted, and a readable .xlsx passed on fails the test unless it is listed here with its reason.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { DEFAULT_LIMITS } from '../../src/io/read-workbook';
import { both, readablePassedOn } from '../support/reader-differential';
import { readXlsxFast, useInflater, useUtf8Decoder } from '../../src/io/xlsx-fast/read-xlsx';
import { writeWorkbook } from '../../src/io/write-workbook';
import { consolidate } from '../../src/core/consolidate';
import { buildSummaryLayout } from '../../src/core/report';
import { readUnitFile } from '../../src/io/read-unit-file';
import { nodeInflater, nodeUtf8Decoder, nodeUtf8Slicer } from '../../src/cli/node-inflater';
import { useUtf8Slicer } from '../../src/io/xlsx-fast/utf8-bytes';

const H = require('../../scripts/make-hostile-corpus.js');
const { unitWorkbook } = require('../../bench/unit-workbook');

const ROOT = path.resolve(__dirname, '..', '..');

function dirFiles(dir: string): Array<{ name: string; bytes: Uint8Array }> {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(xlsx|xlsm|xls|xlsb|ods|xml)$/.test(f))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(dir, f))) }));
}

afterEach(() => {
  useInflater(null);
  useUtf8Decoder(null);
  useUtf8Slicer(null);
});

test('every example workbook reads the same with both readers, and every .xlsx of them with the fast one', () => {
  const r = readablePassedOn(dirFiles(path.join(ROOT, 'examples', 'don-vi')));
  expect(r.diffs).toEqual([]);
  // The ODS is a zip too; SheetJS reads OpenDocument.
  expect(r.passedOn).toEqual(['04-thanh-tra.ods: kind ods']);
});

test('every hostile-corpus file reads the same with both readers; only refused or non-.xlsx files go to SheetJS', () => {
  const r = readablePassedOn(dirFiles(path.join(ROOT, 'test', 'fixtures', 'hostile')));
  expect(r.diffs).toEqual([]);
  // The binary workbook (.xlsb) is a zip SheetJS reads (ods-lap-o.ods is refused by both).
  expect(r.passedOn).toEqual(['nhi-phan.xlsb: kind xlsb']);
});

test("with node:zlib as the inflater and Node's UTF-8 decoding (as in the CLI) the fast reader gives the same grids", () => {
  useInflater(nodeInflater);
  useUtf8Decoder(nodeUtf8Decoder);
  useUtf8Slicer(nodeUtf8Slicer);
  const files = [
    ...dirFiles(path.join(ROOT, 'examples', 'don-vi')),
    ...dirFiles(path.join(ROOT, 'test', 'fixtures', 'hostile')),
  ];
  const r = readablePassedOn(files);
  expect(r.diffs).toEqual([]);
  expect(r.passedOn).toEqual(['04-thanh-tra.ods: kind ods', 'nhi-phan.xlsb: kind xlsb']);
});

test('the bench unit workbook (SheetJS-written) and the summary workbook (ExcelJS-written) read the same', async () => {
  const units = [0, 1].map((i) => ({ name: `don-vi-${i}.xlsx`, bytes: new Uint8Array(unitWorkbook(i)) }));
  const reports = dirFiles(path.join(ROOT, 'examples', 'don-vi')).map((f) => readUnitFile(f.bytes, f.name));
  const summary = await writeWorkbook(buildSummaryLayout(consolidate(reports)));
  const r = readablePassedOn([...units, { name: 'TongHop.xlsx', bytes: summary }]);
  expect(r.diffs).toEqual([]);
  expect(r.passedOn).toEqual([]);
});

/** A workbook with every kind of cell the fast reader covers, written by hand. */
/** `samePart`: the second sheet is the first sheet's part again (two sheets on one part). */
function handWritten(date1904 = false, samePart = false): Uint8Array {
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const sheet1 =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${ns}><dimension ref="A1:H9"/><sheetData>` +
    '<row r="1" spans="1:8"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s" s="1"><v>3</v></c></row>' +
    '<row r="2" hidden="1"><c r="A2" s="1"><v>43831</v></c><c r="B2" s="2"><v>43832.5</v></c><c r="C2" s="3"><v>12.5</v></c><c r="D2" s="4"><v>43833</v></c></row>' +
    '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><v>#DIV/0!</v></c><c r="D3" t="e"><v>#WTF?</v></c><c r="E3" t="e"><v>#BOGUS</v></c></row>' +
    '<row r="4"><c r="A4" t="str"><f>"a"&amp;"b"</f><v>a&amp;amp;b</v></c><c r="B4"><f>SUM(A9:B9)</f><v>7</v></c><c r="C4"><f>1+1</f></c><c r="D4" t="str"><f>"x"</f></c><c r="E4" t="e"><f>1/0</f></c></row>' +
    '<row r="5"><c r="A5"><f t="shared" ref="A5:C5" si="0">A9*2</f><v>6</v></c><c r="B5"><f t="shared" si="0"/><v>8</v></c><c r="C5"><f t="shared" si="0"/></c></row>' +
    '<row r="6"><c r="A6"><f t="array" ref="A6:B6">A9:B9*2</f><v>6</v></c><c r="B6"/><c r="C6" t="inlineStr"><is><r><rPr><b/></rPr><t>đậm</t></r><r><t xml:space="preserve"> thường</t></r></is></c></row>' +
    '<row r="7"><c r="A7"><v>1e999</v></c><c r="B7"><v>-0.000001</v></c><c r="C7" t="n"><v></v></c><c r="D7" t="s"><v>4</v></c><c r="E7" t="s"><v>5</v></c><c r="F7" t="str"><v>_x0041_ &amp;lt;</v></c></row>' +
    '<row r="9"><c r="A9"><v>3</v></c><c r="B9"><v>4</v></c><c r="H9" t="inlineStr"><is><t>Tổng cộng</t></is></c></row>' +
    '</sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C9:G9"/></mergeCells></worksheet>';
  const sheet2 = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
  const sst =
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">' +
    '<si><t>Mã hồ sơ</t></si><si><t xml:space="preserve"> Sở KH&amp;CN </t></si><si><r><t>Ngày </t></r><r><rPr><i/></rPr><t>tiếp nhận</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>' +
    '<si><t>Ho¹t ®éng</t></si><si><t>dòng 1\r\ndòng 2</t></si><si><t>e\u0301</t></si></sst>';
  const styles =
    '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.0&quot;đ&quot;"/></numFmts>' +
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="22"/><xf numFmtId="165"/><xf numFmtId="164"/></cellXfs></styleSheet>';
  const workbook =
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns}>${date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Sổ theo dõi" sheetId="1" r:id="rId1"/>` +
    '<sheet name="Ẩn" sheetId="2" state="veryHidden" r:id="rId2"/></sheets></workbook>';
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rel('rId1', 'worksheet', 'worksheets/sheet1.xml') +
    rel('rId2', 'worksheet', samePart ? 'worksheets/sheet1.xml' : 'worksheets/sheet2.xml') +
    rel('rId3', 'styles', 'styles.xml') +
    rel('rId4', 'sharedStrings', 'sharedStrings.xml') +
    '</Relationships>';
  const over = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}"/>`;
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    over('/xl/workbook.xml', 'sheet.main+xml') +
    over('/xl/worksheets/sheet1.xml', 'worksheet+xml') +
    over('/xl/worksheets/sheet2.xml', 'worksheet+xml') +
    over('/xl/styles.xml', 'styles+xml') +
    over('/xl/sharedStrings.xml', 'sharedStrings+xml') +
    '</Types>';
  const root =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  const parts: Array<[string, string]> = [
    ['[Content_Types].xml', types],
    ['_rels/.rels', root],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', rels],
    ['xl/styles.xml', styles],
    ['xl/sharedStrings.xml', sst],
    ['xl/worksheets/sheet1.xml', sheet1],
    ['xl/worksheets/sheet2.xml', sheet2],
  ];
  return new Uint8Array(H.zipOf(parts.map(([name, data]) => ({ name, data: Buffer.from(data, 'utf8'), level: 6 }))));
}

test('a hand-written workbook with every kind of cell reads the same, as worked out by hand', () => {
  const bytes = handWritten();
  const o = both(bytes, 'viet-tay.xlsx');
  expect(o.fallback).toBe('');
  expect(o.diff).toBe('');
  const fast = readXlsxFast(bytes, 'viet-tay.xlsx', DEFAULT_LIMITS);
  if (!fast.ok) throw new Error(fast.reason);
  const [g, hidden] = fast.grids;
  expect(g.name).toBe('Sổ theo dõi');
  expect(g.rows[0]).toEqual(['Mã hồ sơ', ' Sở KH&CN ', 'Ngày tiếp nhận', 'Ho¹t ®éng']);
  // Row 2 is hidden; A2 (m/d/yy), B2 (m/d/yy h:mm) and D2 (dd/mm/yyyy) are dates, C2 (#,##0.0"đ") is not.
  expect(g.hiddenRows).toEqual([1]);
  expect([...(g.dateCells ?? [])].sort()).toEqual(['1,0', '1,1', '1,3']);
  expect(g.rows[2]).toEqual([true, false, { error: '#DIV/0!' }, { error: '#N/A' }, { error: '#N/A' }]);
  // SheetJS's readings kept: a str cell's text is unescaped twice; a formula without value and without type, and an
  // error formula without value, are listed as not calculated (C4, E4, and C5 shifted from A5); a str formula
  // without value reads ''.
  expect(g.rows[3]).toEqual(['a&b', 7, null, '']);
  expect(g.rows[4]).toEqual([6, 8]);
  expect(g.rows[5]).toEqual([6, null, 'đậm thường']);
  expect(g.rows[6]).toEqual([{ error: '#NUM!' }, -0.000001, null, 'dòng 1\ndòng 2', 'é', 'A <']);
  expect(g.rows[8]).toEqual([3, 4, null, null, null, null, null, 'Tổng cộng']);
  expect(g.merges).toEqual([
    { r1: 0, c1: 0, r2: 0, c2: 1 },
    { r1: 8, c1: 2, r2: 8, c2: 6 },
  ]);
  expect(hidden.hidden).toBe(true);
  expect(g.formulas).toEqual(
    new Map([
      ['3,2', '1+1'],
      ['3,4', '1/0'],
      ['4,2', 'C9*2'],
    ]),
  );
  expect(hidden.veryHidden).toBe(true);
  expect(fast.findings).toEqual([]);
});

test('two sheets on one part: the fast reader unpacks the part again for the second and agrees with SheetJS', () => {
  const bytes = handWritten(false, true);
  const o = both(bytes, 'mot-phan.xlsx');
  expect(o.fallback).toBe('');
  expect(o.diff).toBe('');
  const fast = readXlsxFast(bytes, 'mot-phan.xlsx', DEFAULT_LIMITS);
  if (!fast.ok) throw new Error(fast.reason);
  expect(fast.grids.map((g) => g.name)).toEqual(['Sổ theo dõi', 'Ẩn']);
  expect(fast.grids[1].rows).toEqual(fast.grids[0].rows);
});

test('a 1904 workbook: both readers shift its date cells to 1900 serials, and only those', () => {
  const bytes = handWritten(true);
  const o = both(bytes, '1904.xlsx');
  expect(o.fallback).toBe('');
  expect(o.diff).toBe('');
  const fast = readXlsxFast(bytes, '1904.xlsx', DEFAULT_LIMITS);
  if (!fast.ok) throw new Error(fast.reason);
  expect(fast.grids[0].rows[1]).toEqual([43831 + 1462, 43832.5 + 1462, 12.5, 43833 + 1462]);
});

test('node:zlib and the pure inflater agree with the preflight on damaged data', () => {
  const good = zlib.deflateRawSync(Buffer.from('<x>'.repeat(1000)));
  const bad = Buffer.from(good);
  bad[3] ^= 0xff;
  expect(() => nodeInflater(good, 10)).toThrow();
  expect(nodeInflater(good, 3001).out.length).toBe(3000);
  expect(nodeInflater(Buffer.concat([good, Buffer.from('PK')]), 3001).consumed).toBe(good.length);
  expect(() => nodeInflater(good.subarray(0, good.length - 2), 3001)).toThrow();
  expect(() => {
    const r = nodeInflater(bad, 3001);
    if (r.out.length !== 3000) throw new Error('damaged');
  }).toThrow();
});

test("Node's UTF-8 decoding (the CLI's) gives what a fatal TextDecoder gives: a leading BOM dropped, invalid bytes refused", () => {
  const standard = new TextDecoder('utf-8', { fatal: true });
  const expected = (b: Uint8Array): string | null => {
    try {
      return standard.decode(b);
    } catch {
      return null;
    }
  };
  const cases: number[][] = [
    [...Buffer.from('<v>Số hồ sơ</v>')],
    [0xef, 0xbb, 0xbf, ...Buffer.from('<x/>')],
    [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41], // only the first BOM is dropped
    [0xef, 0xbb],
    [0xc0, 0xaf], // overlong
    [0xed, 0xa0, 0x80], // a surrogate
    [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
    [0x41, 0xe1, 0xbb], // cut short
    [0xf0, 0x9f, 0x98, 0x80], // an emoji
    [],
    [...Buffer.from('<c r="A1"><v>1</v></c>')], // ASCII only
    [0x41, 0x00, 0x7f, 0x0d, 0x0a],
  ];
  // And bytes at random (seeded): mostly invalid, some valid.
  let seed = 13;
  for (let n = 0; n < 500; n++) {
    const b: number[] = [];
    for (let i = 0; i < 12; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      b.push(seed % 3 === 0 ? 0x41 + (seed % 26) : (seed >> 8) & 0xff);
    }
    cases.push(b);
  }
  for (const c of cases) {
    const bytes = new Uint8Array(c);
    expect([c, nodeUtf8Decoder(bytes)]).toEqual([c, expected(bytes)]);
  }
});
