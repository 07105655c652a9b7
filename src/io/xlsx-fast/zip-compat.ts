/**
 * SheetJS reads a zip its own way (CFB parse_zip / parse_local_file in SheetJS CE 0.20.3): the entry count of this
 * disk, names and sizes from each local header, a data descriptor after the data, and it throws where the local and
 * central sizes disagree or a local header is flagged encrypted. The fast reader covers only zips on which both
 * readings agree; anything else goes to SheetJS, which reports it its own way.
 */
import { u16, u32, type ZipEntry } from '../zip';
import { unsupported } from './workbook-parts';

/** Zip64 extended information in an extra field (which SheetJS reads differently). */
function hasZip64Extra(b: Uint8Array, start: number, end: number): boolean {
  for (let p = start; p + 4 <= end; p += 4 + u16(b, p + 2)) if (u16(b, p) === 0x0001) return true;
  return false;
}

/**
 * Throws Unsupported unless SheetJS's reading of the zip directory and local headers agrees with `entries`;
 * returns the entries followed by a data descriptor.
 */
export function checkZipAsSheetjsReadsIt(b: Uint8Array, entries: ZipEntry[]): Set<ZipEntry> {
  // End of central directory: SheetJS searches back from 4 bytes before the end (the preflight from 22), takes this
  // disk's entry count and walks the records from the directory's offset, as the preflight did when these agree.
  let i = b.length - 4;
  while (i >= 0 && (b[i] !== 0x50 || b[i + 1] !== 0x4b || b[i + 2] !== 0x05 || b[i + 3] !== 0x06)) --i;
  if (i < 0 || i + 22 > b.length) unsupported('zip end record');
  if (u16(b, i + 8) !== entries.length || u16(b, i + 10) !== entries.length) unsupported('zip entry counts');
  if (entries.length > 0 && u32(b, i + 16) !== entries[0].centralOffset) unsupported('zip directory offset');
  const withDescriptor = new Set<ZipEntry>();
  for (const e of entries) {
    const c = e.centralOffset;
    const nameLen = u16(b, c + 28);
    if (e.zip64 || hasZip64Extra(b, c + 46 + nameLen, c + 46 + nameLen + u16(b, c + 30))) unsupported('zip64');
    const offset = e.localHeaderOffset;
    const flags = u16(b, offset + 6);
    if (flags & 0x2041) unsupported('encrypted local header');
    if (u16(b, offset + 8) !== e.method) unsupported('local compression method');
    // SheetJS names a part by its local header's bytes.
    if (u16(b, offset + 26) !== nameLen) unsupported('local name');
    for (let k = 0; k < nameLen; k++) {
      const ch = b[offset + 30 + k];
      if (ch !== b[c + 46 + k] || ch >= 0x80) unsupported('local name');
    }
    if (hasZip64Extra(b, offset + 30 + nameLen, e.dataOffset)) unsupported('zip64');
    const csz = u32(b, c + 20);
    const usz = u32(b, c + 24);
    if (csz !== e.compressedSize || usz !== e.uncompressedSize) unsupported('zip sizes');
    if (flags & 8) {
      // SheetJS takes a stored entry's data by the local size, which a descriptor leaves at 0.
      if (e.method === 0) unsupported('stored entry with data descriptor');
      withDescriptor.add(e);
    } else if (u32(b, offset + 18) !== csz || u32(b, offset + 22) !== usz) unsupported('local sizes');
  }
  return withDescriptor;
}

/** The sizes in the data descriptor after `consumed` bytes of an entry's data must be the central ones. */
export function checkDataDescriptor(b: Uint8Array, e: ZipEntry, consumed: number): void {
  let q = e.dataOffset + consumed;
  if (q + 4 <= b.length && u32(b, q) === 0x08074b50) q += 4;
  if (q + 12 > b.length || u32(b, q + 4) !== e.compressedSize || u32(b, q + 8) !== e.uncompressedSize)
    unsupported('data descriptor sizes');
}
