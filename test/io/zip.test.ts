import JSZip from 'jszip';
import { listZipEntries, readZipEntryPrefix } from '../../src/io/zip';
import { u8, zipOf } from './helpers';

describe('listZipEntries', () => {
  test('reads names, methods and sizes of a zip made by JSZip (data descriptors, deflate and store)', async () => {
    const z = new JSZip();
    z.file('xl/workbook.xml', '<workbook>' + 'x'.repeat(5000) + '</workbook>');
    z.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
    z.file('Tên có dấu.xml', 'đ');
    const bytes = await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true });
    const listing = listZipEntries(bytes);
    if (!listing.ok) throw new Error(listing.detail);
    const byName = new Map(listing.entries.map((e) => [e.name, e]));
    expect(byName.get('xl/workbook.xml')).toMatchObject({ method: 8, uncompressedSize: 5021 });
    expect(byName.get('xl/workbook.xml')!.flags & 8).toBe(8); // streamed: sizes only after the data
    expect(byName.get('mimetype')).toMatchObject({ method: 0, uncompressedSize: 46, compressedSize: 46 });
    expect(byName.has('Tên có dấu.xml')).toBe(true);
    const text = readZipEntryPrefix(bytes, byName.get('xl/workbook.xml')!, 20);
    expect(Buffer.from(text!).toString()).toBe('<workbook>xxxxxxxxxx');
  });

  test('a zip64 end record is followed', () => {
    const plain = zipOf([{ name: 'a.xml', data: 'hello' }]);
    // Rewrite the end record as zip64: saturate the classic fields and add the zip64 record and locator.
    const eocdAt = plain.length - 22;
    const cdSize = plain.readUInt32LE(eocdAt + 12);
    const cdOffset = plain.readUInt32LE(eocdAt + 16);
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(1n, 24);
    rec.writeBigUInt64LE(1n, 32);
    rec.writeBigUInt64LE(BigInt(cdSize), 40);
    rec.writeBigUInt64LE(BigInt(cdOffset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(eocdAt), 8);
    loc.writeUInt32LE(1, 16);
    const eocd = Buffer.from(plain.subarray(eocdAt));
    eocd.writeUInt16LE(0xffff, 8);
    eocd.writeUInt16LE(0xffff, 10);
    eocd.writeUInt32LE(0xffffffff, 16);
    const z64 = Buffer.concat([plain.subarray(0, eocdAt), rec, loc, eocd]);
    const listing = listZipEntries(u8(z64));
    if (!listing.ok) throw new Error(listing.detail);
    expect(listing.entries.map((e) => [e.name, e.uncompressedSize])).toEqual([['a.xml', 5]]);
  });

  test('truncation and lies are reported, not thrown', () => {
    const z = zipOf([{ name: 'a.xml', data: 'hello world' }]);
    expect(listZipEntries(u8(z.subarray(0, z.length - 5)))).toMatchObject({ ok: false, problem: 'truncated' });
    const lying = Buffer.from(z);
    lying.writeUInt16LE(5000, lying.length - 22 + 10); // 5,000 entries in a 57-byte directory
    expect(listZipEntries(u8(lying))).toMatchObject({ ok: false, problem: 'corrupt' });
    const badOffset = Buffer.from(z);
    badOffset.writeUInt32LE(1 << 30, badOffset.length - 22 + 16);
    expect(listZipEntries(u8(badOffset)).ok).toBe(false);
  });
});
