/**
 * The fast reader scans sheet parts as bytes: numbers and shared-string indexes read from their digits, value text
 * decoded (and checked as UTF-8) cell by cell, repeated texts found again by their bytes. Each case is read by both
 * readers and must agree; where the fast reader passes a file to SheetJS, the reason is checked. Every case runs with
 * the standard decoding (the pane's) and with Node's (the CLI's).
 */
import { both } from '../support/reader-differential';
import { DEFAULT_LIMITS } from '../../src/io/read-workbook';
import { readXlsxFast, useInflater, useUtf8Decoder } from '../../src/io/xlsx-fast/read-xlsx';
import { nodeInflater, nodeUtf8Decoder, nodeUtf8Slicer } from '../../src/cli/node-inflater';
import { useUtf8Slicer } from '../../src/io/xlsx-fast/utf8-bytes';
import type { CellValue } from '../../src/core/grid';

const H = require('../../scripts/make-hostile-corpus.js');

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** A one-sheet workbook whose sheet part is `sheet` (text, or bytes for invalid UTF-8), with shared strings `sst`. */
function book(sheet: string | Buffer, sst?: string[]): Uint8Array {
  const extra = sst
    ? {
        sst: {
          data:
            '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
            sst.map((s) => `<si><t>${s}</t></si>`).join('') +
            '</sst>',
          level: 6,
        },
      }
    : {};
  return new Uint8Array(H.zipOf(H.minimalXlsxEntries({ data: sheet, level: 6 }, extra)));
}

function sheetOf(rows: string, head = HEAD, tail = '</worksheet>'): string {
  return `${head}<sheetData>${rows}</sheetData>${tail}`;
}

/** Bytes of a sheet with `raw` (latin1: one byte a char) put in place of `@` in `rows`. */
function withBytes(rows: string, raw: number[]): Buffer {
  const [before, after] = sheetOf(rows).split('@');
  return Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from(raw), Buffer.from(after, 'utf8')]);
}

/** Both readers agree and the fast one read the file; its first sheet's rows. */
function readSame(bytes: Uint8Array): CellValue[][] {
  const o = both(bytes, 'byte-scan.xlsx');
  expect(o.fallback).toBe('');
  expect(o.diff).toBe('');
  const fast = readXlsxFast(bytes, 'byte-scan.xlsx', DEFAULT_LIMITS);
  if (!fast.ok) throw new Error(fast.reason);
  return fast.grids[0].rows;
}

/** Why the fast reader passed the file on (SheetJS reads it without an error). */
function passedOn(bytes: Uint8Array): string {
  const o = both(bytes, 'byte-scan.xlsx');
  expect(o.sheetjs.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return o.fallback;
}

const cell = (ref: string, v: string, t = '') => `<c r="${ref}"${t ? ` t="${t}"` : ''}><v>${v}</v></c>`;

describe.each([
  ['the standard decoding (as in the pane)', false],
  ["Node's decoding (as in the CLI)", true],
])('with %s', (_name, node) => {
  beforeEach(() => {
    if (node) {
      useInflater(nodeInflater);
      useUtf8Decoder(nodeUtf8Decoder);
      useUtf8Slicer(nodeUtf8Slicer);
    }
  });
  afterEach(() => {
    useInflater(null);
    useUtf8Decoder(null);
    useUtf8Slicer(null);
  });

  test('numbers read from their digits are the numbers parseFloat reads, and other forms are read as SheetJS reads them', () => {
    const values = ['1E-3', '-0', ' 12', '12 ', '.5', '1.', '+1', '1234567890123456789', '0.1', '&#49;2'];
    const more = ['123456789012345', '0.30000000000000004', '-12.75', '12abc', '007', '1e999', '-', '0.000001'];
    const all = [...values, ...more];
    const refs = all.map((_, i) => String.fromCharCode(65 + i) + '1');
    const rows = readSame(book(sheetOf(`<row r="1">${all.map((v, i) => cell(refs[i], v)).join('')}</row>`)));
    expect(rows[0]).toEqual([
      0.001,
      -0,
      12,
      12,
      0.5,
      1,
      1,
      1234567890123456800,
      0.1,
      12,
      123456789012345,
      0.30000000000000004,
      -12.75,
      12,
      7,
      { error: '#NUM!' },
      { error: '#NUM!' },
      0.000001,
    ]);
    expect(Object.is(rows[0][1], -0)).toBe(true);
  });

  test('shared-string indexes read from their digits, and in other forms as parseInt reads them', () => {
    const sst = ['không', 'một', 'hai'];
    const rows = readSame(
      book(
        sheetOf(
          `<row r="1">${cell('A1', '0', 's')}${cell('B1', '&#49;', 's')}${cell('C1', ' 2', 's')}${cell('D1', '01', 's')}${cell('E1', '2.9', 's')}${cell('F1', '1', 's')}</row>`,
        ),
        sst,
      ),
    );
    expect(rows[0]).toEqual(['không', 'một', 'hai', 'một', 'hai', 'một']);
  });

  test('str cells: repeated texts, escaped texts, a leading U+FEFF and more distinct texts than the table keeps read as SheetJS reads them', () => {
    const texts = ['Trực tiếp', 'Thủ tục', 'Sở KH&amp;CN', '\uFEFFđầu', 'e\u0301', 'x', ''];
    const rows: string[] = [];
    for (let r = 1; r <= 30; r++)
      rows.push(`<row r="${r}">${texts.map((t, i) => cell(String.fromCharCode(65 + i) + r, t, 'str')).join('')}</row>`);
    // 5,000 distinct texts (past the table's 4,096), then the first ones again.
    for (let r = 31; r <= 5030; r++) rows.push(`<row r="${r}">${cell(`A${r}`, `Mã ${r}`, 'str')}</row>`);
    for (let r = 5031; r <= 5040; r++) rows.push(`<row r="${r}">${cell(`A${r}`, `Mã ${r - 5000}`, 'str')}</row>`);
    const read = readSame(book(sheetOf(rows.join(''))));
    for (let r = 0; r < 30; r++)
      expect(read[r]).toEqual(['Trực tiếp', 'Thủ tục', 'Sở KH&CN', '\uFEFFđầu', 'é', 'x', '']);
    expect(read[30]).toEqual(['Mã 31']);
    expect(read[5029]).toEqual(['Mã 5030']);
    expect(read[5030]).toEqual(['Mã 31']);
    expect(read[5039]).toEqual(['Mã 40']);
  });

  test('a part starting with a byte order mark, inline strings and formulas with text read the same', () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Tổng cộng</t></is></c><c r="B1" t="str"><f>"Đạt"&amp;""</f><v>Đạt</v></c>' +
      '<c r="C1"><f>LEN("Tiếng Việt")</f></c></row>';
    const read = readSame(book(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sheetOf(rows))])));
    expect(read[0]).toEqual(['Tổng cộng', 'Đạt']);
  });

  test('cell tags in other shapes than r, s, t in order read as SheetJS reads them, or go to SheetJS', () => {
    const readable = [
      '<c t="n" r="A1" s="0"><v>1</v></c>',
      '<c s="0" r="B1"><v>2</v></c>',
      '<c r="C1" cm="1" t="n"><v>3</v></c>',
      '<c r="D1"\ts="0"><v>4</v></c>',
      '<c  r="E1" ><v>5</v></c>',
      "<c r='F1' t='str'><v>sáu</v></c>",
      '<c r="G1" s="0"/>',
      '<c r="H1" t="n" s="0"><v>8</v></c>',
    ];
    expect(readSame(book(sheetOf(`<row r="1">${readable.join('')}</row>`)))[0]).toEqual([
      1,
      2,
      3,
      4,
      5,
      'sáu',
      null,
      8,
    ]);
    for (const tag of ['<c r="a1">', '<c r="A01">', '<c r="ABCD1">', '<c r="A">', '<c r="1">', '<c r="A2">'])
      expect(passedOn(book(sheetOf(`<row r="1">${tag}<v>1</v></c></row>`)))).toBe('cell reference');
    expect(passedOn(book(sheetOf('<row r="1"><c r="A1" t="s1"><v>1</v></c></row>')))).toBe('cell type s1');
  });

  test('merged cells or hyperlinks before sheetData or inside an inline string (SheetJS reads them from the whole part) send the file to SheetJS', () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row>';
    const before = `${HEAD.replace('<worksheet', '<mergeCells count="1"><mergeCell ref="B2:A1"/></mergeCells><worksheet')}`;
    expect(passedOn(book(sheetOf(rows, before)))).toBe('merged cells or hyperlinks before sheetData');
    const inline = '<row r="1"><c r="A1" t="inlineStr"><is><r><t>x</t></r><mergeCell ref="A1:B1"/></is></c></row>';
    expect(passedOn(book(sheetOf(inline)))).toBe('merged cells or hyperlinks in an inline string');
    // After sheetData, as spreadsheet programs write them, they are read.
    const after = readSame(
      book(sheetOf(rows, HEAD, '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>')),
    );
    expect(after).toEqual([[1]]);
  });

  test('a byte past ASCII in markup (an attribute value, an attribute name) sends the file to SheetJS', () => {
    expect(passedOn(book(sheetOf('<row r="1"><c r="A1" cm="ô"><v>1</v></c></row>')))).toMatch(/non-ASCII/);
    expect(passedOn(book(sheetOf('<row r="1" spans="1:1" ghi-chú="1"><c r="A1"><v>1</v></c></row>')))).toMatch(
      /non-ASCII/,
    );
  });

  test('invalid UTF-8 anywhere in a sheet part sends the file to SheetJS', () => {
    const invalid = [0xff];
    const cut = [0xe1, 0xbb]; // "ố" cut short
    const cases = [
      withBytes(`<row r="1">${cell('A1', 'a@b', 'str')}</row>`, invalid),
      withBytes(`<row r="1">${cell('A1', 'Tr@', 'str')}</row>`, cut),
      withBytes(`<row r="1">${cell('A1', '1@')}</row>`, invalid),
      withBytes(`<row r="1">${cell('A1', '@', 'b')}</row>`, invalid),
      withBytes(`<row r="1"><c r="A1" t="inlineStr"><v>@</v><is><t>x</t></is></c></row>`, invalid),
      withBytes(`<row r="1"><c r="A1" t="inlineStr"><is><t>@</t></is></c></row>`, cut),
      withBytes(`<row r="1"><c r="A1"><f>"@"</f><v>1</v></c></row>`, invalid),
    ];
    for (const c of cases) expect(passedOn(book(c))).toBe('part is not valid UTF-8');
    const inHead = Buffer.concat([
      Buffer.from(HEAD),
      Buffer.from([0xff]),
      Buffer.from('<sheetData></sheetData></worksheet>'),
    ]);
    const inTail = Buffer.concat([
      Buffer.from(sheetOf('', HEAD, '')),
      Buffer.from([0xc0, 0xaf]),
      Buffer.from('</worksheet>'),
    ]);
    expect(passedOn(book(inHead))).toBe('part is not valid UTF-8');
    expect(passedOn(book(inTail))).toBe('part is not valid UTF-8');
  });

  test('an escaped `</sheetData>` in an inline string is read; a raw one, or "sheetData" named before the element, sends the file to SheetJS', () => {
    expect(
      passedOn(book(sheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t>a&lt;/sheetData></t></is></c></row>'))),
    ).toBe('');
    expect(
      passedOn(book(sheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t>a</sheetData>b</t></is></c></row>'))),
    ).not.toBe('');
    expect(
      passedOn(book(sheetOf('<row r="1"><c r="A1"><v>1</v></c></row>', `${HEAD}<sheetPr codeName="sheetData"/>`))),
    ).toBe('sheetData tag');
  });
});
