/**
 * Looks at a file's bytes before the spreadsheet library does: what kind of file it is, and whether
 * unpacking it would exceed the limits. Nothing here unpacks more than a few kilobytes per part, except an
 * ODS content.xml, which is unpacked only after its declared size passed the size limit.
 */
import { sheetjs } from './sheetjs';
import { findEntry, listZipEntries, looksLikeZip, readZipEntryPrefix, scanZipEntry, type ZipEntry } from './zip';
import { scanOdsContent, type OdsSheetInfo } from './ods-scan';
import { finding, type Finding } from '../core/findings';
import { columnIndex } from '../core/cell-address';
import { MAX_COMPRESSION_RATIO, MAX_ZIP_ENTRIES, RATIO_CHECK_MIN_BYTES, viInt, viMB, type ReadLimits } from './limits';

export type WorkbookKind = 'xlsx' | 'xlsb' | 'ods' | 'xls' | 'xml-or-html';

/** A refusal: code and Vietnamese message (the file name is added by the caller). */
export interface Refusal {
  code: string;
  message: string;
  sheet?: string;
}

export type Preflight = { ok: true; kind: WorkbookKind; ods?: OdsSheetInfo[] } | { ok: false; refusal: Refusal };

/** Smallest number of bytes one stored cell takes in sheet XML or XLSB records; bounds a cell estimate. */
const MIN_BYTES_PER_CELL = 8;
/** Smallest number of bytes one shared string takes (`<si/>`). */
const MIN_BYTES_PER_STRING = 5;
const SHEET_PREFIX_BYTES = 64 * 1024;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const NOT_WORKBOOK = 'Tệp không phải là sổ tính Excel hợp lệ';
export const ENCRYPTED = 'Sổ tính được đặt mật khẩu; hãy bỏ mật khẩu rồi gửi lại';

type Refused = { ok: false; refusal: Refusal };

function refuse(code: string, message: string, sheet?: string): Refused {
  return { ok: false, refusal: { code, message, sheet } };
}

function startsWith(b: Uint8Array, bytes: number[]): boolean {
  if (b.length < bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (b[i] !== bytes[i]) return false;
  return true;
}

function ascii(b: Uint8Array, n: number): string {
  let s = '';
  for (let i = 0; i < Math.min(n, b.length); i++) s += String.fromCharCode(b[i]);
  return s;
}

/** First non-blank character of a text file (after a UTF-8 or UTF-16 byte order mark). */
function firstTextChar(b: Uint8Array): string {
  let i = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  else if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    // UTF-16: look at the first non-blank code unit.
    const le = b[0] === 0xff;
    for (let j = 2; j + 1 < Math.min(b.length, 4096); j += 2) {
      const c = le ? b[j] | (b[j + 1] << 8) : (b[j] << 8) | b[j + 1];
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return String.fromCharCode(c);
    }
    return '';
  }
  for (; i < Math.min(b.length, 4096); i++) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return String.fromCharCode(c);
  }
  return '';
}

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

/** What a non-workbook file most likely is, for the message. */
function describeOther(b: Uint8Array): string {
  const head = ascii(b, 8);
  if (head.startsWith('%PDF')) return 'đây là tệp PDF';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47])) return 'đây là tệp ảnh PNG';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'đây là tệp ảnh JPEG';
  if (head.startsWith('Rar!')) return 'đây là tệp nén RAR';
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf])) return 'đây là tệp nén 7z';
  if (head.startsWith('{\\rtf')) return 'đây là tài liệu RTF';
  return 'nội dung tệp không có cấu trúc của sổ tính';
}

function describeZip(entries: ZipEntry[]): string {
  const has = (prefix: string) => entries.some((e) => e.name.toLowerCase().startsWith(prefix));
  if (has('word/')) return 'đây là tài liệu Word (.docx) đổi tên';
  if (has('ppt/')) return 'đây là bản trình chiếu PowerPoint (.pptx) đổi tên';
  if (has('mimetype')) return 'đây là tài liệu OpenDocument nhưng không phải bảng tính';
  return 'đây là tệp nén .zip, không phải sổ tính';
}

export function preflight(bytes: Uint8Array, fileName: string, limits: ReadLimits): Preflight {
  if (bytes.length === 0) return refuse('READ_EMPTY_FILE', `${NOT_WORKBOOK}: tệp rỗng (0 byte).`);
  if (looksLikeZip(bytes)) return preflightZip(bytes, limits);
  if (startsWith(bytes, CFB_MAGIC)) {
    if (bytes.length > limits.maxUnpackedBytes) return tooLarge(bytes.length, limits);
    return preflightCfb(bytes);
  }
  const ext = extensionOf(fileName);
  if (firstTextChar(bytes) === '<' && (ext === 'xls' || ext === 'xml')) {
    // Excel 2003 XML, or an HTML table that a web system exported under an .xls name.
    if (bytes.length > limits.maxUnpackedBytes) return tooLarge(bytes.length, limits);
    return { ok: true, kind: 'xml-or-html' };
  }
  if (ext === 'csv' || ext === 'txt') {
    return refuse(
      'READ_UNSUPPORTED_FORMAT',
      `${NOT_WORKBOOK}: tệp văn bản .${ext} không được hỗ trợ; hãy mở bằng Excel và lưu thành .xlsx rồi gửi lại.`,
    );
  }
  return refuse('READ_NOT_WORKBOOK', `${NOT_WORKBOOK}: ${describeOther(bytes)}.`);
}

/** An OLE2 compound file: a legacy .xls, an encrypted OOXML workbook, or some other Office document. */
function preflightCfb(bytes: Uint8Array): Preflight {
  let cfb: { FullPaths: string[] };
  try {
    cfb = sheetjs().CFB.read(bytes, { type: 'array' }) as { FullPaths: string[] };
  } catch {
    return refuse(
      'READ_DAMAGED',
      `${NOT_WORKBOOK}: tệp bị hỏng hoặc không đầy đủ (có thể tải về hoặc sao chép chưa xong). Hãy gửi lại tệp gốc.`,
    );
  }
  const has = (name: string) =>
    cfb.FullPaths.some((p) => p.replace(/\/$/, '').split('/').pop()?.toLowerCase() === name.toLowerCase());
  // Office writes a password-protected .xlsx as a compound file holding EncryptionInfo + EncryptedPackage.
  if (has('EncryptedPackage') || has('EncryptionInfo')) return refuse('READ_ENCRYPTED', `${ENCRYPTED}.`);
  if (has('Workbook') || has('Book')) return { ok: true, kind: 'xls' };
  if (has('WordDocument')) return refuse('READ_NOT_WORKBOOK', `${NOT_WORKBOOK}: đây là tài liệu Word (.doc) đổi tên.`);
  if (has('PowerPoint Document'))
    return refuse('READ_NOT_WORKBOOK', `${NOT_WORKBOOK}: đây là bản trình chiếu PowerPoint (.ppt) đổi tên.`);
  return refuse('READ_NOT_WORKBOOK', `${NOT_WORKBOOK}: tệp Office không chứa trang tính nào.`);
}

function tooLarge(total: number, limits: ReadLimits): Refused {
  return refuse(
    'READ_TOO_LARGE',
    `Sổ tính khi giải nén chiếm ${viMB(total)}, vượt giới hạn ${viMB(limits.maxUnpackedBytes)}; tệp không được đọc. ` +
      'Hãy xoá các trang, hình ảnh không cần thiết hoặc chia nhỏ tệp rồi gửi lại.',
  );
}

/**
 * Whether a cell or string count could refuse this .xlsx: only when its sheets' parts could hold more cells than the
 * limit (8 bytes a cell), or its shared strings more strings (5 bytes each). Otherwise {@link cellRefusal} is null
 * whatever the parts hold.
 */
export function mayHoldTooManyCells(entries: ZipEntry[], limits: ReadLimits): boolean {
  let capacity = 0;
  for (const e of entries) {
    const path = e.name.replace(/^\//, '').toLowerCase();
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(path)) capacity += Math.ceil(e.uncompressedSize / MIN_BYTES_PER_CELL);
    if (
      /(^|\/)sharedstrings[^/]*\.xml$/i.test(e.name) &&
      Math.ceil(e.uncompressedSize / MIN_BYTES_PER_STRING) > limits.maxCells
    )
      return true;
  }
  return capacity > limits.maxCells;
}

/** A refusal as the reader reports it. */
export function refusalFinding(refusal: Refusal, fileName: string): Finding {
  return finding({ file: fileName, sheet: refusal.sheet ?? '', cell: '' }, 'error', refusal.code, refusal.message);
}

/** What the zip's directory alone tells: a refusal, or the workbook kind and its entries (nothing unpacked yet). */
export type ZipFacts = { ok: true; kind: WorkbookKind; entries: ZipEntry[] } | { ok: false; refusal: Refusal };

function preflightZip(bytes: Uint8Array, limits: ReadLimits): Preflight {
  const facts = zipFacts(bytes, limits);
  if (!facts.ok) return facts;
  const { kind, entries } = facts;
  const unpacked = unpackRefusal(bytes, entries);
  if (unpacked) return unpacked;
  if (kind === 'ods') return preflightOds(bytes, entries, limits);
  const counted = cellRefusal(kind, entries, limits, zipParts(bytes));
  return counted ?? { ok: true, kind };
}

/**
 * The checks of a zip workbook made from its directory: entry count, sizes, compression ratios, kind, encryption,
 * compression methods. The fast .xlsx reader starts from here and unpacks each part once.
 */
export function zipFacts(bytes: Uint8Array, limits: ReadLimits): ZipFacts {
  const listing = listZipEntries(bytes);
  if (!listing.ok) {
    return refuse(
      'READ_DAMAGED',
      `${NOT_WORKBOOK}: tệp bị hỏng hoặc không đầy đủ (có thể tải về hoặc sao chép chưa xong). Hãy gửi lại tệp gốc.`,
    );
  }
  const entries = listing.entries;
  if (entries.length > MAX_ZIP_ENTRIES) {
    return refuse(
      'READ_ZIP_BOMB',
      `Sổ tính có ${viInt(entries.length)} thành phần bên trong, vượt giới hạn ${viInt(MAX_ZIP_ENTRIES)}; tệp có thể bị làm hỏng có chủ ý nên không được đọc.`,
    );
  }
  let total = 0;
  for (const e of entries) total += e.uncompressedSize;
  if (total > limits.maxUnpackedBytes) return tooLarge(total, limits);
  for (const e of entries) {
    if (e.uncompressedSize >= RATIO_CHECK_MIN_BYTES) {
      const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
      if (ratio > MAX_COMPRESSION_RATIO) {
        return refuse(
          'READ_ZIP_BOMB',
          `Thành phần "${e.name}" của sổ tính nén bất thường: ${viInt(e.compressedSize)} byte giải nén thành ${viMB(e.uncompressedSize)} ` +
            `(gấp ${viInt(ratio)} lần, giới hạn ${viInt(MAX_COMPRESSION_RATIO)} lần); tệp có thể bị làm hỏng có chủ ý nên không được đọc.`,
        );
      }
    }
  }

  const kind = zipKind(bytes, entries);
  if (kind === null) return refuse('READ_NOT_WORKBOOK', `${NOT_WORKBOOK}: ${describeZip(entries)}.`);
  if (entries.some((e) => e.flags & 1)) return refuse('READ_ENCRYPTED', `${ENCRYPTED}.`);
  const odd = entries.find((e) => e.method !== 0 && e.method !== 8);
  if (odd) {
    return refuse(
      'READ_DAMAGED',
      `${NOT_WORKBOOK}: thành phần "${odd.name}" dùng kiểu nén không được hỗ trợ (mã ${odd.method}). Hãy mở bằng Excel và lưu lại thành .xlsx.`,
    );
  }

  return { ok: true, kind, entries };
}

function preflightOds(bytes: Uint8Array, entries: ZipEntry[], limits: ReadLimits): Preflight {
  // An ODS saved with a password keeps its zip structure but encrypts the parts listed in the manifest.
  const manifest = findEntry(entries, 'META-INF/manifest.xml');
  const man = manifest
    ? readZipEntryPrefix(bytes, manifest, Math.min(manifest.uncompressedSize, 4 * 1024 * 1024))
    : null;
  if (man && /<(?:\w+:)?encryption-data\b/.test(new TextDecoder('utf-8').decode(man))) {
    return refuse('READ_ENCRYPTED', `${ENCRYPTED}.`);
  }
  const content = findEntry(entries, 'content.xml');
  if (!content) return refuse('READ_DAMAGED', `${NOT_WORKBOOK}: bảng tính ODS thiếu phần content.xml.`);
  const raw = readZipEntryPrefix(bytes, content, content.uncompressedSize);
  if (!raw) return refuse('READ_DAMAGED', `${NOT_WORKBOOK}: phần content.xml của bảng tính ODS bị hỏng.`);
  const sheets = scanOdsContent(new TextDecoder('utf-8').decode(raw));
  const cells = sheets.reduce((n, s) => n + s.cells, 0);
  if (cells > limits.maxCells) {
    const big = sheets.reduce((a, s) => (s.cells > a.cells ? s : a));
    return tooManyCells(cells, limits, big.name, `trang "${big.name}" có ${viInt(big.cells)} ô`);
  }
  return { ok: true, kind: 'ods', ods: sheets };
}

/**
 * Unpacked parts, for the cell and string counts: straight from the zip (the preflight), or from parts the fast
 * reader has already unpacked, so that nothing is unpacked twice.
 */
interface PartSource {
  /** At most `max` bytes from the start of the part; null when it cannot be unpacked. */
  prefix(e: ZipEntry, max: number): Uint8Array | null;
  /** Elements named `local` in the part, counting stops once past `stopAbove`; null when it cannot be unpacked. */
  count(e: ZipEntry, local: string, stopAbove: number): number | null;
}

function zipParts(bytes: Uint8Array): PartSource {
  return {
    prefix: (e, max) => readZipEntryPrefix(bytes, e, max),
    count: (e, local, stopAbove) => countElements(bytes, e, local, stopAbove),
  };
}

/** The cell-count refusals of an .xlsx or .xlsb (declared dimensions, then counted cells and strings), or null. */
function cellRefusal(kind: WorkbookKind, entries: ZipEntry[], limits: ReadLimits, parts: PartSource): Preflight | null {
  const estimate = kind === 'xlsb' ? estimateXlsbCells(entries, parts) : estimateXlsxCells(entries, parts);
  if (estimate.cells > limits.maxCells) {
    return tooManyCells(estimate.cells, limits, estimate.biggest?.name ?? '', estimate.biggest?.detail ?? '');
  }
  if (kind === 'xlsx') {
    const counted = countXlsxCells(estimate, limits, parts);
    if (counted) return counted;
    const strings = countSharedStrings(entries, limits, parts);
    if (strings) return strings;
  }
  return null;
}

/**
 * Every deflated part is unpacked here once, keeping nothing, before SheetJS sees it:
 * - SheetJS's inflater does not validate its input: some damaged DEFLATE data (a flipped bit is enough) makes it
 *   loop forever. Data our strict decoder refuses is refused as damaged.
 * - SheetJS decodes each part to its end whatever size the headers declare (it allocates the local header's size,
 *   or grows its buffer without bound when that size is 0, as Java / Apache POI write it). A part holding more
 *   than the larger of its declared sizes could unpack to ~1,000× its packed size past every limit: refused.
 * The work is bounded by the declared sizes, which passed the limits above. It costs one pass of a small decoder
 * over the workbook's parts, about a tenth of SheetJS's read time.
 */
function unpackRefusal(bytes: Uint8Array, entries: ZipEntry[]): Preflight | null {
  for (const e of entries) {
    if (e.method !== 8) continue;
    const r = scanZipEntry(bytes, e, e.uncompressedSize + 1);
    if (r === null || (!r.complete && r.total <= e.uncompressedSize)) {
      return refuse(
        'READ_DAMAGED',
        `${NOT_WORKBOOK}: thành phần "${e.name}" bị hỏng (dữ liệu nén không hợp lệ). Hãy mở bằng Excel, lưu lại thành .xlsx rồi gửi lại.`,
      );
    }
    if (r.total > e.uncompressedSize) {
      return refuse(
        'READ_ZIP_BOMB',
        `Thành phần "${e.name}" của sổ tính khai báo ${viInt(e.uncompressedSize)} byte nhưng giải nén ra nhiều hơn thế ` +
          '(kích thước bị khai sai); tệp có thể bị làm hỏng có chủ ý nên không được đọc.',
      );
    }
  }
  return null;
}

/** Counts the elements named `local` (any namespace prefix) in XML fed piece by piece; stops past `stopAbove`. */
class ElementCounter {
  private readonly want: number[];
  private readonly name = new Uint8Array(32);
  private len = -1; // -1: not inside a tag name
  count = 0;

  constructor(
    local: string,
    private readonly stopAbove: number,
  ) {
    this.want = Array.from(local, (ch) => ch.charCodeAt(0));
  }

  /** False once the count passed `stopAbove`. */
  feed(chunk: Uint8Array): boolean {
    const { want, name } = this;
    let len = this.len;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (ch === 0x3c) {
        len = 0;
        continue;
      }
      if (len < 0) continue;
      // Name characters: anything but white space, '>', '/' and the next '<'.
      if (ch !== 0x20 && ch !== 0x09 && ch !== 0x0a && ch !== 0x0d && ch !== 0x3e && ch !== 0x2f) {
        if (len < name.length) name[len] = ch;
        len++;
        continue;
      }
      if (len >= want.length && len <= name.length && (len === want.length || name[len - want.length - 1] === 0x3a)) {
        let same = true;
        for (let k = 0; k < want.length; k++) if (name[len - want.length + k] !== want[k]) same = false;
        if (same && ++this.count > this.stopAbove) {
          this.len = -1;
          return false;
        }
      }
      len = -1;
    }
    this.len = len;
    return true;
  }
}

/**
 * Counts the elements named `local` (any namespace prefix) in an entry's XML, unpacking it piece by piece;
 * stops as soon as the count passes `stopAbove`. Null when the entry cannot be unpacked.
 */
function countElements(bytes: Uint8Array, e: ZipEntry, local: string, stopAbove: number): number | null {
  const counter = new ElementCounter(local, stopAbove);
  const r = scanZipEntry(bytes, e, e.uncompressedSize, (chunk) => counter.feed(chunk));
  return r === null ? null : counter.count;
}

/**
 * The `<dimension>` of a sheet is only a declaration. When the sheets' parts are big enough to hold more cells than
 * the limit (over 8 bytes a cell) although their dimensions say otherwise, the cells are counted in the XML itself,
 * biggest part first, before SheetJS builds them: a lying or missing dimension cannot make it allocate past the
 * limit. Real workbooks under the limit have parts too small for this (2,000,000 cells ≥ 16 MB of XML), so
 * ordinary files cost nothing; for big ones it is one pass of the unpacker (about 1 s per 90 MB).
 */
function countXlsxCells(estimate: Estimate, limits: ReadLimits, parts: PartSource): Preflight | null {
  const sheets = estimate.sheets ?? [];
  const doubt = (s: SheetEstimate) => s.capacity - s.cells;
  let total = estimate.cells;
  let unsure = sheets.reduce((n, s) => n + doubt(s), 0);
  for (const s of [...sheets].sort((a, b) => doubt(b) - doubt(a))) {
    if (total + unsure <= limits.maxCells) break;
    unsure -= doubt(s);
    const counted = parts.count(s.entry, 'c', limits.maxCells - (total - s.cells));
    if (counted === null) continue;
    total += counted - s.cells;
    if (total > limits.maxCells) {
      const declared = s.dimension
        ? `, dù chỉ khai báo vùng dữ liệu ${s.dimension}`
        : ', dù không khai báo vùng dữ liệu';
      return refuse(
        'READ_TOO_MANY_CELLS',
        `Sổ tính có hơn ${viInt(limits.maxCells)} ô dữ liệu (trang "${s.name}" chứa ít nhất ${viInt(counted)} ô${declared}), ` +
          `vượt giới hạn ${viInt(limits.maxCells)} ô; tệp không được đọc. Hãy xoá các dòng, cột thừa hoặc chia nhỏ tệp rồi gửi lại.`,
        s.name,
      );
    }
  }
  return null;
}

/**
 * A workbook cannot use more distinct strings than it has cells; a shared-strings part holding more than the cell
 * limit is refused before SheetJS builds them. Counted only when the part is big enough to hold that many.
 */
function countSharedStrings(entries: ZipEntry[], limits: ReadLimits, parts: PartSource): Preflight | null {
  for (const e of entries) {
    if (!/(^|\/)sharedstrings[^/]*\.xml$/i.test(e.name)) continue;
    if (Math.ceil(e.uncompressedSize / MIN_BYTES_PER_STRING) <= limits.maxCells) continue;
    const counted = parts.count(e, 'si', limits.maxCells);
    if (counted !== null && counted > limits.maxCells) {
      return refuse(
        'READ_TOO_MANY_CELLS',
        `Bảng chuỗi dùng chung của sổ tính ("${e.name}") có hơn ${viInt(limits.maxCells)} chuỗi, nhiều hơn số ô dữ liệu được phép ` +
          `(${viInt(limits.maxCells)} ô); tệp không được đọc. Hãy mở bằng Excel, xoá các dòng, cột thừa rồi lưu và gửi lại.`,
      );
    }
  }
  return null;
}

function tooManyCells(cells: number, limits: ReadLimits, sheet: string, detail: string): Preflight {
  return refuse(
    'READ_TOO_MANY_CELLS',
    `Sổ tính có khoảng ${viInt(cells)} ô dữ liệu${detail ? ` (${detail})` : ''}, vượt giới hạn ${viInt(limits.maxCells)} ô; ` +
      'tệp không được đọc. Hãy xoá các dòng, cột thừa hoặc chia nhỏ tệp rồi gửi lại.',
    sheet,
  );
}

function zipKind(bytes: Uint8Array, entries: ZipEntry[]): WorkbookKind | null {
  if (findEntry(entries, 'xl/workbook.xml')) return 'xlsx';
  if (findEntry(entries, 'xl/workbook.bin')) return 'xlsb';
  const mimetype = findEntry(entries, 'mimetype');
  if (mimetype && findEntry(entries, 'content.xml')) {
    const mt = readZipEntryPrefix(bytes, mimetype, 200);
    const text = mt ? new TextDecoder('utf-8').decode(mt).trim() : '';
    if (text.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    return null;
  }
  // Some producers omit mimetype; a content.xml with a spreadsheet body is still an ODS.
  const content = findEntry(entries, 'content.xml');
  if (content) {
    const head = readZipEntryPrefix(bytes, content, 4096);
    if (head && /<office:spreadsheet\b|office:document-content/.test(new TextDecoder('utf-8').decode(head))) {
      const all = readZipEntryPrefix(bytes, content, 65536);
      if (all && /<office:spreadsheet\b/.test(new TextDecoder('utf-8').decode(all))) return 'ods';
    }
  }
  return null;
}

/** Sheet name by part path, from workbook.xml and its relationships (best effort; '' when unknown). */
function sheetNamesByPart(entries: ZipEntry[], parts: PartSource): Map<string, string> {
  const names = new Map<string, string>();
  const wb = findEntry(entries, 'xl/workbook.xml');
  const rels = findEntry(entries, 'xl/_rels/workbook.xml.rels');
  if (!wb || !rels) return names;
  const dec = new TextDecoder('utf-8');
  const wbRaw = parts.prefix(wb, Math.min(wb.uncompressedSize, 8 * 1024 * 1024));
  const relRaw = parts.prefix(rels, Math.min(rels.uncompressedSize, 8 * 1024 * 1024));
  if (!wbRaw || !relRaw) return names;
  const targets = new Map<string, string>();
  for (const m of dec.decode(relRaw).matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1]);
    const target = /\bTarget="([^"]*)"/.exec(m[1]);
    if (id && target) {
      let t = target[1].replace(/^\//, '');
      if (!t.startsWith('xl/')) t = 'xl/' + t;
      targets.set(id[1], t.toLowerCase());
    }
  }
  for (const m of dec.decode(wbRaw).matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1]);
    const rid = /\b\w+:id="([^"]*)"/.exec(m[1]);
    if (name && rid && targets.has(rid[1])) names.set(targets.get(rid[1])!, unescapeXml(name[1]));
  }
  return names;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

interface SheetEstimate {
  entry: ZipEntry;
  name: string;
  /** The declared `<dimension ref>`, '' when absent. */
  dimension: string;
  /** Cells counted in the estimate (the dimension's area, at most `capacity`; 0 without a dimension). */
  cells: number;
  /** Most cells the part's unpacked size could hold. */
  capacity: number;
}

interface Estimate {
  cells: number;
  biggest?: { name: string; cells: number; detail: string };
  /** Per sheet part (.xlsx only). */
  sheets?: SheetEstimate[];
}

/** Parses an A1 range such as `A1:Z100` (or a single cell) into its cell count; null when malformed. */
export function rangeArea(ref: string): number | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(ref.trim());
  if (!m) return null;
  const c1 = columnIndex(m[1]),
    r1 = Number(m[2]);
  const c2 = m[3] ? columnIndex(m[3]) : c1,
    r2 = m[4] ? Number(m[4]) : r1;
  return (Math.abs(r2 - r1) + 1) * (Math.abs(c2 - c1) + 1);
}

/**
 * Cells in a sheet, estimated as its declared `<dimension>` area, but never more than its XML could hold:
 * a producer that writes a wrong, huge dimension over a small sheet is not refused.
 */
function estimateXlsxCells(entries: ZipEntry[], parts: PartSource): Estimate {
  const names = sheetNamesByPart(entries, parts);
  const dec = new TextDecoder('utf-8');
  const est: Estimate = { cells: 0, sheets: [] };
  for (const e of entries) {
    const path = e.name.replace(/^\//, '').toLowerCase();
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(path)) continue;
    const name = names.get(path) ?? e.name;
    const capacity = Math.ceil(e.uncompressedSize / MIN_BYTES_PER_CELL);
    const sheet: SheetEstimate = { entry: e, name, dimension: '', cells: 0, capacity };
    est.sheets!.push(sheet);
    const head = parts.prefix(e, SHEET_PREFIX_BYTES);
    if (!head) continue;
    const text = dec.decode(head);
    const stop = text.search(/<(?:\w+:)?sheetData\b/);
    const dim = /<(?:\w+:)?dimension\b[^>]*\bref="([^"]+)"/.exec(stop >= 0 ? text.slice(0, stop) : text);
    if (!dim) continue;
    const area = rangeArea(dim[1]);
    if (area === null) continue;
    const cells = Math.min(area, capacity);
    sheet.dimension = dim[1];
    sheet.cells = cells;
    est.cells += cells;
    if (!est.biggest || cells > est.biggest.cells) {
      est.biggest = { name, cells, detail: `trang "${name}" khai báo vùng dữ liệu ${dim[1]}` };
    }
  }
  return est;
}

/** XLSB: the BrtWsDim record (type 0x94) near the start of each sheet part. */
function estimateXlsbCells(entries: ZipEntry[], parts: PartSource): Estimate {
  const est: Estimate = { cells: 0 };
  for (const e of entries) {
    const path = e.name.replace(/^\//, '').toLowerCase();
    if (!/^xl\/worksheets\/[^/]+\.bin$/.test(path)) continue;
    const head = parts.prefix(e, SHEET_PREFIX_BYTES);
    if (!head) continue;
    const dim = xlsbDimension(head);
    if (!dim) continue;
    const area = (dim.r2 - dim.r1 + 1) * (dim.c2 - dim.c1 + 1);
    const cells = Math.min(area, Math.ceil(e.uncompressedSize / MIN_BYTES_PER_CELL));
    est.cells += cells;
    if (!est.biggest || cells > est.biggest.cells) {
      est.biggest = {
        name: e.name,
        cells,
        detail: `phần "${e.name}" khai báo ${viInt(dim.r2 - dim.r1 + 1)} dòng × ${viInt(dim.c2 - dim.c1 + 1)} cột`,
      };
    }
  }
  return est;
}

function xlsbDimension(b: Uint8Array): { r1: number; r2: number; c1: number; c2: number } | null {
  let p = 0;
  const varint = (maxBytes: number): number | null => {
    let v = 0;
    for (let i = 0; i < maxBytes; i++) {
      if (p >= b.length) return null;
      const byte = b[p++];
      v |= (byte & 0x7f) << (7 * i);
      if (!(byte & 0x80)) return v;
    }
    return v;
  };
  while (p < b.length) {
    const type = varint(2);
    const size = varint(4);
    if (type === null || size === null) return null;
    if (type === 0x94 && size >= 16 && p + 16 <= b.length) {
      const u = (o: number) => (b[p + o] | (b[p + o + 1] << 8) | (b[p + o + 2] << 16) | (b[p + o + 3] << 24)) >>> 0;
      const r1 = u(0),
        r2 = u(4),
        c1 = u(8),
        c2 = u(12);
      if (r2 < r1 || c2 < c1) return null;
      return { r1, r2, c1, c2 };
    }
    if (type === 0x91) return null; // BrtBeginSheetData: no dimension before the data
    p += size;
  }
  return null;
}
