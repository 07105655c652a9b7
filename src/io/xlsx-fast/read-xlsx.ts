/**
 * The fast .xlsx/.xlsm reader (đọc nhanh sổ tính .xlsx): unpacks each part of the zip once — with the preflight's
 * checks made on that same output — and reads the sheets in one pass each, giving the grids SheetJS would give
 * (see sheetjs-compat.ts). Anything it does not cover returns `{ ok: false, reason }` and the caller reads the file
 * with SheetJS, which also produces every refusal: this reader never refuses a file itself.
 * Browser-safe: the inflater is pluggable (node:zlib in the CLI, the pure TypeScript one elsewhere).
 */
import type { ReadLimits } from '../limits';
import { mayHoldTooManyCells, preflight, refusalFinding, zipFacts } from '../preflight';
import type { ZipEntry } from '../zip';
import { inflateRaw } from '../inflate';
import { WorkbookAssembler } from '../grid-assembler';
import type { Finding } from '../../core/findings';
import type { Grid } from '../../core/grid';
import { scanSheet, sheetContext } from './sheet-scan';
import {
  readContentTypes,
  readDateStyles,
  readRels,
  readSharedStrings,
  readWorkbookXml,
  sheetKind,
  themeIsReadable,
  metadataIsReadable,
  Unsupported,
  unsupported,
} from './workbook-parts';
import { SheetjsWouldThrow } from './sheetjs-compat';
import { memoize } from '../../core/text/memo';
import { checkDataDescriptor, checkZipAsSheetjsReadsIt } from './zip-compat';

/**
 * Unpacks raw DEFLATE data starting at `input[0]` (the rest of the file follows it, as SheetJS reads it) into at most
 * `maxOut` bytes, and says how many input bytes it used; throws when the data is invalid, ends early, or holds more
 * than `maxOut` bytes.
 */
export type Inflater = (input: Uint8Array, maxOut: number) => { out: Uint8Array; consumed: number };

export const pureInflater: Inflater = (input, maxOut) => {
  const r = inflateRaw(input, maxOut);
  if (!r.complete) throw new Error('more than declared');
  return r;
};

let inflater: Inflater = pureInflater;

/** The CLI installs node:zlib's inflater (several times faster); the pane's worker keeps the pure one. */
export function useInflater(fn: Inflater | null): void {
  inflater = fn ?? pureInflater;
}

/**
 * Asked before the fast reader holds a workbook's unpacked XML and its text: false sends the file to SheetJS.
 * Why: the fast reader allocates whole parts at once; in a reading worker with a heap limit, an allocation far past
 * the limit aborts the whole process instead of ending the worker with ERR_WORKER_OUT_OF_MEMORY, while SheetJS
 * grows in small steps and is stopped cleanly (the file is then rejected as READ_OUT_OF_MEMORY).
 */
let roomFor: (bytes: number) => boolean = () => true;

/** The CLI's reading workers install a check against their own heap limit; the pane keeps the default. */
export function useMemoryCheck(fn: ((bytes: number) => boolean) | null): void {
  roomFor = fn ?? (() => true);
}

/** Memory the fast reader may need per byte of unpacked XML: the bytes, the text of the parts read whole, the grid. */
const MEMORY_PER_XML_BYTE = 4;

/**
 * The small parts, read once per distinct text: workbooks made from one template (a folder of unit reports) share
 * their content types, styles, theme, metadata and often their workbook part and relationships, and reading them the
 * way SheetJS does costs about half a millisecond per workbook. What these give is only read, never changed.
 */
const PART_TEXT_MAX = 64 * 1024;
const contentTypesOf = memoize(readContentTypes, 16, PART_TEXT_MAX);
const dateStylesOf = memoize(readDateStyles, 16, PART_TEXT_MAX);
const metadataReadable = memoize(metadataIsReadable, 16, PART_TEXT_MAX);
const themeReadable = memoize(themeIsReadable, 16, PART_TEXT_MAX);
const workbookOf = memoize(readWorkbookXml, 16, PART_TEXT_MAX);
const relsOf = memoize(readRels, 16, PART_TEXT_MAX);

export type FastRead = { ok: true; grids: Grid[]; findings: Finding[] } | { ok: false; reason: string };

/** Text of a UTF-8 part, a leading BOM dropped; null when the bytes are not valid UTF-8. */
export type Utf8Decoder = (bytes: Uint8Array) => string | null;

const strict = new TextDecoder('utf-8', { fatal: true });

const standardDecoder: Utf8Decoder = (b) => {
  try {
    return strict.decode(b);
  } catch {
    return null;
  }
};

let decodeUtf8: Utf8Decoder = standardDecoder;

/** The CLI installs Node's validating decoder (about twice as fast as a fatal TextDecoder); the pane keeps the standard one. */
export function useUtf8Decoder(fn: Utf8Decoder | null): void {
  decodeUtf8 = fn ?? standardDecoder;
}

function text(b: Uint8Array): string {
  return decodeUtf8(b) ?? unsupported('part is not valid UTF-8');
}

export function readXlsxFast(bytes: Uint8Array, fileName: string, limits: ReadLimits): FastRead {
  try {
    return read(bytes, fileName, limits);
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, reason: e.message };
    if (e instanceof SheetjsWouldThrow) return { ok: false, reason: e.message };
    throw e;
  }
}

function read(bytes: Uint8Array, fileName: string, limits: ReadLimits): FastRead {
  const facts = zipFacts(bytes, limits);
  if (!facts.ok) return unsupported('refused from the zip directory');
  if (facts.kind !== 'xlsx') return unsupported(`kind ${facts.kind}`);
  const entries = facts.entries;
  const withDescriptor = checkZipAsSheetjsReadsIt(bytes, entries);
  // A workbook big enough to be refused for its cells: the preflight counts them its own way (streaming, keeping
  // nothing), and its refusal is the answer; only such workbooks are unpacked twice.
  const big = mayHoldTooManyCells(entries, limits);
  if (big) {
    const pre = preflight(bytes, fileName, limits);
    if (!pre.ok) return { ok: true, grids: [], findings: [refusalFinding(pre.refusal, fileName)] };
  }

  // Parts by lower-case name, as SheetJS finds them (safegetzipfile); two parts under one name: not covered.
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) {
    const key = e.name.toLowerCase().replace(/^\//, '');
    if (byName.has(key)) unsupported('two parts with one name');
    byName.set(key, e);
  }
  if (byName.has('meta-inf/manifest.xml') || byName.has('objectdata.xml') || byName.has('index/document.iwa')) {
    unsupported('not an OOXML package for SheetJS');
  }

  // Every part unpacked once, as the preflight does, keeping the XML ones: invalid data, or more data than the
  // sizes declare, is the preflight's refusal.
  const xmlBytes = entries.reduce((n, e) => (/\.(?:xml|rels)$/i.test(e.name) ? n + e.uncompressedSize : n), 0);
  if (!roomFor(xmlBytes * MEMORY_PER_XML_BYTE)) unsupported('not enough memory for the fast path');
  const unpack = (e: ZipEntry): Uint8Array => {
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) unsupported('stored part with two sizes');
      return bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    }
    let out: Uint8Array;
    let consumed: number;
    try {
      ({ out, consumed } = inflater(bytes.subarray(e.dataOffset), e.uncompressedSize + 1));
    } catch {
      return unsupported('part does not unpack');
    }
    // SheetJS sizes its buffer by the declared size: more data is the preflight's refusal, less leaves zeros.
    if (out.length !== e.uncompressedSize) unsupported('part not of its declared size');
    if (withDescriptor.has(e)) checkDataDescriptor(bytes, e, consumed);
    return out;
  };
  const isXml = (e: ZipEntry) => /\.(?:xml|rels)$/i.test(e.name);
  const parts = new Map<ZipEntry, Uint8Array>();
  for (const e of entries) {
    const out = unpack(e);
    if (isXml(e)) parts.set(e, out);
  }

  const partBytes = (name: string): Uint8Array | null => {
    const e = byName.get(name.toLowerCase().replace(/^\//, ''));
    if (!e) return null;
    if (!isXml(e)) return unsupported('part is not XML');
    // A part's bytes go as soon as they are read (a sheet's XML may be tens of MB); a part asked for again (two
    // sheets on one part) is unpacked again.
    const b = parts.get(e) ?? unpack(e);
    parts.delete(e);
    return b;
  };
  const part = (name: string): string | null => {
    const b = partBytes(name);
    return b === null ? null : text(b);
  };

  const ctText = part('[Content_Types].xml');
  if (ctText === null) return unsupported('no content types');
  const ct = contentTypesOf(ctText);
  const wbPath = ct.workbook ? ct.workbook.replace(/^\//, '') : 'xl/workbook.xml';
  if (wbPath.toLowerCase() !== 'xl/workbook.xml') unsupported('workbook part elsewhere');

  let strings: Array<string | undefined> = [];
  if (ct.sst) {
    if (/\.bin$/i.test(ct.sst)) unsupported('binary shared strings');
    const sst = part(ct.sst);
    if (sst !== null) {
      try {
        strings = readSharedStrings(sst);
      } catch (e) {
        if (e instanceof SheetjsWouldThrow) unsupported('shared strings SheetJS cannot read');
        throw e;
      }
    }
  }
  let dateStyles: boolean[] | null = null;
  if (ct.styles) {
    if (/\.bin$/i.test(ct.styles)) unsupported('binary styles');
    const sty = part(ct.styles);
    if (sty === null) unsupported('styles part missing');
    dateStyles = dateStylesOf(sty);
  }
  if (ct.metadata) {
    if (/\.bin$/i.test(ct.metadata)) unsupported('binary metadata');
    const meta = part(ct.metadata);
    if (meta === null || !metadataReadable(meta)) unsupported('metadata SheetJS cannot read');
  }
  if (ct.theme) {
    const theme = part(ct.theme);
    if (theme !== null && theme !== '' && !themeReadable(theme)) unsupported('theme SheetJS cannot read');
  }

  const wbText = part(wbPath);
  if (wbText === null) return unsupported('no workbook part');
  const wb = workbookOf(wbText);
  const relsText = part('xl/_rels/workbook.xml.rels');
  if (relsText === null) return unsupported('no workbook relationships');
  const rels = relsOf(relsText);

  const book = new WorkbookAssembler(fileName, limits, wb.date1904);
  const ctx = sheetContext(strings, dateStyles);
  const seen = new Set<string>();
  for (const ref of wb.sheets) {
    if (seen.has(ref.name)) unsupported('two sheets with one name');
    seen.add(ref.name);
    const rel = rels.get(ref.relId);
    if (!rel) return unsupported('sheet without relationship');
    if (sheetKind(rel.type) === 'chart') continue;
    let path = 'xl/' + rel.target.replace(/[/]?xl\//, '');
    if (!byName.has(path.toLowerCase())) path = rel.target;
    if (!byName.has(path.toLowerCase())) path = 'xl/' + rel.target;
    if (!byName.has(path.toLowerCase())) unsupported('sheet part missing');
    if (/\.bin$/i.test(path)) unsupported('binary sheet');
    checkSheetRels(part(path.replace(/^(.*)(\/)([^/]*)$/, '$1/_rels/$3.rels')));
    const xml = partBytes(path) as Uint8Array;
    const sheet = book.sheet(ref.name.normalize('NFC'));
    const extras = scanSheet(xml, ctx, sheet);
    if (extras === false) break;
    checkHyperlinks(extras.tail);
    sheet.finish(extras.merges, ref.hidden, (rowCount) => extras.hiddenRows.filter((r) => r < rowCount));
    if (book.overflowed) break;
  }
  return { ok: true, ...book.result() };
}

const REL_COMMENTS = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
]);

/** Comments make SheetJS add cells of their own; a relationship without a target makes it drop the sheet. */
function checkSheetRels(xml: string | null): void {
  if (xml === null) return;
  for (const rel of relsOf(xml).values()) if (REL_COMMENTS.has(rel.type)) unsupported('comments');
}

/**
 * Hyperlinks (read by SheetJS after sheetData) make it add empty cells over their area: harmless inside the grid and
 * small, not covered beyond.
 */
function checkHyperlinks(xml: string): void {
  const links = xml.match(/<(?:\w+:)?hyperlink [^<>]*>/gm);
  if (!links) return;
  for (const l of links) {
    const ref = /\sref\s*=\s*["']([^"']*)["']/.exec(l);
    if (!ref) continue;
    const m = /^([A-Z]{1,3})([1-9]\d{0,6})(?::([A-Z]{1,3})([1-9]\d{0,6}))?$/.exec(ref[1]);
    if (!m) unsupported('hyperlink reference');
    const rows = m[4] ? Number(m[4]) - Number(m[2]) : 0;
    if (Number(m[4] ?? m[2]) > 1_048_576 || Math.abs(rows) > 10_000 || (m[3] && m[3].length > 2))
      unsupported('large hyperlink area');
  }
}
