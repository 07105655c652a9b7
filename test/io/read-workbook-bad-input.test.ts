import * as XLSX from '@e965/xlsx';
import { readWorkbook } from '../../src/io/read-workbook';
import type { Finding } from '../../src/core/findings';
import { deflatedZeros, entriesOf, pseudoRandomBytes, richWorkbook, u8, writeSheetJS, zipOf } from './helpers';
import XLSXmodule = require('@e965/xlsx');

/** Every bad input: no exception, no grids, exactly one error finding about the whole file, in NFC Vietnamese. */
function refused(bytes: Uint8Array, file: string, code: string): Finding {
  let result: ReturnType<typeof readWorkbook> | undefined;
  expect(() => {
    result = readWorkbook(bytes, file);
  }).not.toThrow();
  const { grids, findings } = result!;
  expect(grids).toEqual([]);
  expect(findings).toHaveLength(1);
  const f = findings[0];
  expect(f).toMatchObject({ file, severity: 'error', code, cell: '' });
  expect(f.message).toBe(f.message.normalize('NFC'));
  return f;
}

const NOT_WORKBOOK = 'Tệp không phải là sổ tính Excel hợp lệ';

describe('readWorkbook on files that are not workbooks', () => {
  test('an empty file', () => {
    expect(refused(new Uint8Array(0), 'rong.xlsx', 'READ_EMPTY_FILE').message).toContain(NOT_WORKBOOK);
  });

  test('random bytes', () => {
    expect(refused(pseudoRandomBytes(5000), 'ngau-nhien.xlsx', 'READ_NOT_WORKBOOK').message).toContain(NOT_WORKBOOK);
  });

  test('random bytes behind a zip signature', () => {
    const b = pseudoRandomBytes(5000);
    b.set([0x50, 0x4b, 0x03, 0x04]);
    refused(b, 'gia-zip.xlsx', 'READ_DAMAGED');
  });

  test('a PDF renamed .xlsx says it is a PDF', () => {
    const pdf = u8(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n'));
    expect(refused(pdf, 'bao-cao.xlsx', 'READ_NOT_WORKBOOK').message).toBe(`${NOT_WORKBOOK}: đây là tệp PDF.`);
  });

  test('a .docx renamed .xlsx says it is a Word document', () => {
    const docx = zipOf([
      {
        name: '[Content_Types].xml',
        data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      },
      {
        name: 'word/document.xml',
        data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
      },
    ]);
    expect(refused(u8(docx), 'bao-cao.xlsx', 'READ_NOT_WORKBOOK').message).toContain('tài liệu Word');
  });

  test('a zip of other files', () => {
    const zip = zipOf([{ name: 'ghi-chu.txt', data: 'xin chào' }]);
    expect(refused(u8(zip), 'nen.xlsx', 'READ_NOT_WORKBOOK').message).toContain('tệp nén .zip');
  });

  test('a CSV renamed .xlsx, and a real .csv', () => {
    const csv = u8(Buffer.from('Đơn vị,Số hồ sơ\nSở Tư pháp,12\n'));
    refused(csv, 'so-lieu.xlsx', 'READ_NOT_WORKBOOK');
    expect(refused(csv, 'so-lieu.csv', 'READ_UNSUPPORTED_FORMAT').message).toContain('.xlsx');
  });

  test('an old Word .doc (compound file without a workbook stream)', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/WordDocument', new Uint8Array(600).fill(7));
    const bytes = u8(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    expect(refused(bytes, 'cu.xls', 'READ_NOT_WORKBOOK').message).toContain('Word (.doc)');
  });
});

describe('readWorkbook on damaged workbooks', () => {
  const good = writeSheetJS(richWorkbook(), 'xlsx');

  test('an .xlsx cut in half', () => {
    expect(refused(good.slice(0, Math.floor(good.length / 2)), 'dang-tai.xlsx', 'READ_DAMAGED').message).toContain(
      'không đầy đủ',
    );
  });

  test('an .xlsx cut at any of 40 points never throws and never yields grids', () => {
    for (let i = 1; i < 40; i++) {
      const cut = Math.floor((good.length * i) / 40);
      const r = readWorkbook(good.slice(0, cut), 'cat.xlsx');
      expect(r.grids).toEqual([]);
      expect(r.findings.map((f) => f.severity)).toEqual(['error']);
    }
  });

  test('an .xls cut short', () => {
    const xls = writeSheetJS(richWorkbook(), 'xls');
    const r = readWorkbook(xls.slice(0, 1500), 'cat.xls');
    expect(r.grids).toEqual([]);
    expect(r.findings[0].severity).toBe('error');
  });

  test('bytes flipped inside a workbook: findings or grids, never an exception', () => {
    for (let k = 0; k < 30; k++) {
      const bad = good.slice();
      const noise = pseudoRandomBytes(16, k + 1);
      const at = Math.floor((bad.length * (k + 0.5)) / 30);
      bad.set(noise.subarray(0, Math.min(16, bad.length - at)), at);
      expect(() => readWorkbook(bad, 'hong.xlsx')).not.toThrow();
    }
  });
});

describe('readWorkbook on password-protected workbooks', () => {
  test('an encrypted OOXML package (compound file with EncryptionInfo and EncryptedPackage)', () => {
    // The container Office writes for a password-protected .xlsx ([MS-OFFCRYPTO] agile encryption).
    // The cipher text here is not decryptable with a password: only the structure matters to the reader.
    const info = Buffer.concat([
      Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
      Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">' +
          '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
          '</encryption>',
      ),
    ]);
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', pseudoRandomBytes(8192));
    const bytes = u8(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    expect(refused(bytes, 'mat-khau.xlsx', 'READ_ENCRYPTED').message).toBe(
      'Sổ tính được đặt mật khẩu; hãy bỏ mật khẩu rồi gửi lại.',
    );
  });

  test('a zip whose entries carry the encryption flag', () => {
    const entries = entriesOf(writeSheetJS(richWorkbook(), 'xlsx')).map((e) => ({ ...e, encryptedFlag: true }));
    refused(u8(zipOf(entries)), 'zip-mat-khau.xlsx', 'READ_ENCRYPTED');
  });
});

describe('readWorkbook refuses zip bombs before parsing', () => {
  afterEach(() => jest.restoreAllMocks());

  test('an .xlsx whose sheet unpacks to 512 MiB (from about 0.5 MB) is refused on its declared size', async () => {
    const bomb = await deflatedZeros(512);
    const entries = entriesOf(writeSheetJS(richWorkbook(), 'xlsx')).map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { name: e.name, deflated: bomb } : e,
    );
    const bytes = u8(zipOf(entries));
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const read = jest.spyOn(XLSXmodule, 'read');
    const before = process.memoryUsage().rss;
    const f = refused(bytes, 'bom.xlsx', 'READ_TOO_LARGE');
    expect(read).not.toHaveBeenCalled();
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(f.message).toContain('512,0 MB');
    expect(f.message).toContain('200,0 MB');
  }, 60000);

  test('an entry under the size limit but compressed over 200× is refused as a bomb', async () => {
    const bomb = await deflatedZeros(50); // 50 MiB → ~50 KB: about 1000×
    const entries = entriesOf(writeSheetJS(richWorkbook(), 'xlsx')).map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { name: e.name, deflated: bomb } : e,
    );
    const read = jest.spyOn(XLSXmodule, 'read');
    const f = refused(u8(zipOf(entries)), 'bom.xlsx', 'READ_ZIP_BOMB');
    expect(read).not.toHaveBeenCalled();
    expect(f.message).toContain('xl/worksheets/sheet1.xml');
    expect(f.message).toContain('50,0 MB');
  }, 60000);

  test('a local header declaring more than the central directory is judged by the larger size', () => {
    const entries = entriesOf(writeSheetJS(richWorkbook(), 'xlsx')).map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { ...e, localSize: 300 * 1024 * 1024 } : e,
    );
    refused(u8(zipOf(entries)), 'noi-doi.xlsx', 'READ_TOO_LARGE');
  });

  test('an archive with more than 10,000 parts is refused', () => {
    const entries = entriesOf(writeSheetJS(richWorkbook(), 'xlsx'));
    const parts = entries.length + 10_001;
    for (let i = 0; i < 10_001; i++) entries.push({ name: `xl/media/x${i}.bin`, data: 'x', store: true });
    const f = refused(u8(zipOf(entries)), 'nhieu.xlsx', 'READ_ZIP_BOMB');
    expect(f.message).toContain(`${parts.toLocaleString('de-DE')} thành phần`);
    expect(f.message).toContain('giới hạn 10.000');
  });

  test('a caller can lower maxUnpackedBytes', () => {
    const bytes = writeSheetJS(richWorkbook(), 'xlsx');
    expect(readWorkbook(bytes, 'a.xlsx').findings).toEqual([]);
    const r = readWorkbook(bytes, 'a.xlsx', { maxUnpackedBytes: 1000 });
    expect(r.grids).toEqual([]);
    expect(r.findings[0].code).toBe('READ_TOO_LARGE');
  });
});
