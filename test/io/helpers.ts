/** Real workbook files made in the tests (SheetJS / ExcelJS writers, a raw zip writer over zlib). */
import * as zlib from 'zlib';
import * as XLSX from '@e965/xlsx';

export function u8(b: Buffer | Uint8Array | ArrayBuffer): Uint8Array {
  if (b instanceof ArrayBuffer) return new Uint8Array(b);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** NFD on purpose: the reader must hand the core NFC. */
export const NFD_TOTAL = 'Tổng cộng'.normalize('NFD');

/**
 * The rich fixture: sheet TTHC with a merged title, Vietnamese text (partly NFD), dates with a
 * dd/mm/yyyy format, a SUM formula with its cached value, two error cells, a boolean, a hidden row;
 * and a hidden sheet "Ẩn".
 */
export function richWorkbook(): XLSX.WorkBook {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Báo cáo kết quả giải quyết TTHC', null, null, null],
    ['Đơn vị', 'Ngày tiếp nhận', 'Số hồ sơ', 'Ghi chú'],
    ['Sở Khoa học và Công nghệ', 45000, 10, true],
    ['Phòng Hành chính – Tổng hợp', 45001, 20, null],
    [NFD_TOTAL, null, null, null],
  ]);
  ws['B3'].z = 'dd/mm/yyyy';
  ws['B4'].z = 'dd/mm/yyyy';
  ws['C5'] = { t: 'n', f: 'SUM(C3:C4)', v: 30 };
  ws['E3'] = { t: 'e', v: 0x17, w: '#REF!' };
  ws['E4'] = { t: 'e', v: 0x07, w: '#DIV/0!', f: 'C4/0' };
  ws['!ref'] = 'A1:E5';
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }];
  ws['!rows'] = [];
  ws['!rows'][3] = { hidden: true };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'TTHC');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Dữ liệu ẩn', 1]]), 'Ẩn');
  wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
  return wb;
}

export function writeSheetJS(wb: XLSX.WorkBook, bookType: XLSX.BookType): Uint8Array {
  return u8(XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
}

/** A sheet of `rows` × `cols` numbers. */
export function numbersWorkbook(rows: number, cols: number, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const aoa: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) row.push(r * cols + c);
    aoa.push(row);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Số liệu');
  return writeSheetJS(wb, bookType);
}

export interface RawEntry {
  name: string;
  /** Uncompressed content (omit when `deflated` is given). */
  data?: Buffer | string;
  store?: boolean;
  /** Pre-compressed DEFLATE data with its real size and CRC (for entries too big to hold uncompressed). */
  deflated?: { data: Buffer; size: number; crc: number };
  /** Set general-purpose flag bit 0 (traditional zip encryption). */
  encryptedFlag?: boolean;
  /** Override the uncompressed size written in the local header only. */
  localSize?: number;
}

const corpusZip = require('../../scripts/make-hostile-corpus.js').zipOf as (
  entries: Array<RawEntry & { encrypted?: boolean }>,
) => Buffer;

/** Writes a zip archive byte by byte (the hostile corpus's writer), so tests can make ordinary, odd and hostile archives alike. */
export function zipOf(entries: RawEntry[]): Buffer {
  return corpusZip(entries.map((e) => ({ ...e, encrypted: e.encryptedFlag })));
}

/** DEFLATE of `mib` MiB of zeros, streamed so the test never holds the uncompressed data. */
export async function deflatedZeros(mib: number): Promise<{ data: Buffer; size: number; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024);
  let crc = 0;
  const out: Buffer[] = [];
  const d = zlib.createDeflateRaw({ level: 9 });
  d.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    d.on('end', () => resolve());
    d.on('error', reject);
  });
  for (let i = 0; i < mib; i++) {
    crc = zlib.crc32(chunk, crc);
    if (!d.write(chunk)) await new Promise<void>((r) => d.once('drain', () => r()));
  }
  d.end();
  await done;
  return { data: Buffer.concat(out), size: mib * 1024 * 1024, crc: crc >>> 0 };
}

/** The entries of a zip made by a real writer, re-packed with our writer (so a test can swap one part). */
export function entriesOf(zipBytes: Uint8Array): RawEntry[] {
  const cfb = XLSX.CFB.read(zipBytes, { type: 'array' }) as {
    FullPaths: string[];
    FileIndex: Array<{ type: number; content: Uint8Array }>;
  };
  const out: RawEntry[] = [];
  cfb.FileIndex.forEach((f, i) => {
    if (f.type !== 2) return; // files only
    const name = cfb.FullPaths[i].replace(/^[^/]*\//, '');
    out.push({ name, data: Buffer.from(f.content) });
  });
  return out;
}

/** A small deterministic PRNG for "random" garbage that is the same on every run. */
export function pseudoRandomBytes(n: number, seed = 12345): Uint8Array {
  const b = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    b[i] = x & 0xff;
  }
  return b;
}

export const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** A minimal, valid ODS around the given <office:automatic-styles> and <office:spreadsheet> bodies. */
export function odsOf(automaticStyles: string, spreadsheet: string): Buffer {
  const content =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">' +
    `<office:automatic-styles>${automaticStyles}</office:automatic-styles>` +
    `<office:body><office:spreadsheet>${spreadsheet}</office:spreadsheet></office:body></office:document-content>`;
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
    `<manifest:file-entry manifest:full-path="/" manifest:media-type="${ODS_MIMETYPE}"/>` +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  return zipOf([
    { name: 'mimetype', data: ODS_MIMETYPE, store: true },
    { name: 'content.xml', data: content },
    {
      name: 'styles.xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>',
    },
    { name: 'META-INF/manifest.xml', data: manifest },
  ]);
}
