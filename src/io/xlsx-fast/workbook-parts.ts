/**
 * The workbook-level parts of an .xlsx as SheetJS reads them: content types, workbook.xml and its relationships,
 * the number formats of styles.xml, the shared strings and the theme check. Each function returns null (or throws
 * {@link Unsupported}) where the file leaves the ground the fast reader covers, so the caller hands it to SheetJS.
 */
import {
  BAD_FORMATS,
  builtinFormats,
  fmtIsDate,
  matchXml,
  matchXmlNs,
  parseSi,
  parseXmlBool,
  parseXmlTag,
  removeBetween,
  removeDoctype,
  TAG_REGEX,
  unescapeXml,
} from './sheetjs-compat';

/** The fast reader does not cover this file (the reason is counted by the bench and the differential test). */
export class Unsupported extends Error {}

export function unsupported(reason: string): never {
  throw new Unsupported(reason);
}

const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CT_WORKBOOK = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml',
]);
const CT_SST = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  'application/vnd.ms-excel.sharedStrings',
]);
const CT_STYLES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  'application/vnd.ms-excel.styles',
]);
const CT_THEME = new Set(['application/vnd.openxmlformats-officedocument.theme+xml']);
/** Parts SheetJS reads with code the fast reader does not reproduce: such a workbook goes to SheetJS. */
const CT_METADATA = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml',
  'application/vnd.ms-excel.sheetMetadata',
]);
const CT_OTHER_PARSED = new Set([
  'application/vnd.ms-excel.person+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml',
  'application/vnd.ms-excel.externalLink',
  'application/vnd.openxmlformats-officedocument.custom-properties+xml',
  'application/vnd.ms-excel.sheet.binary.macroEnabled.main',
  'application/vnd.ms-excel.binIndexWs',
]);

export interface ContentTypes {
  workbook: string;
  sst: string;
  styles: string;
  theme: string;
  /** Cell metadata (dynamic arrays), which SheetJS reads and can fail on. */
  metadata: string;
}

/** parse_ct in SheetJS, for the parts the fast reader needs. */
export function readContentTypes(xml: string): ContentTypes {
  const ct: ContentTypes = { workbook: '', sst: '', styles: '', theme: '', metadata: '' };
  let xmlns: string | undefined = '';
  for (const x of xml.match(TAG_REGEX) || []) {
    const y = parseXmlTag(x);
    switch ((y[0] ?? '').replace(/<\w*:/, '<')) {
      case '<Types':
        xmlns = y['xmlns' + ((y[0] ?? '').match(/<(\w+):/) || ['', ''])[1]];
        break;
      case '<Default':
        if (y.Extension === undefined) unsupported('content types: Default without Extension');
        break;
      case '<Override': {
        const type = y.ContentType;
        if (type === undefined) break;
        if (CT_WORKBOOK.has(type)) {
          if (!ct.workbook) ct.workbook = y.PartName;
        } else if (CT_SST.has(type)) {
          if (!ct.sst) ct.sst = y.PartName;
        } else if (CT_STYLES.has(type)) {
          if (!ct.styles) ct.styles = y.PartName;
        } else if (CT_THEME.has(type)) {
          if (!ct.theme) ct.theme = y.PartName;
        } else if (CT_METADATA.has(type)) {
          if (!ct.metadata) ct.metadata = y.PartName;
        } else if (CT_OTHER_PARSED.has(type)) unsupported(`content type ${type}`);
        break;
      }
    }
  }
  if (xmlns !== CT_NS) unsupported('content types namespace');
  for (const k of ['workbook', 'sst', 'styles', 'theme', 'metadata'] as const) {
    if (ct[k] === undefined) unsupported(`content types: ${k} without PartName`);
  }
  return ct;
}

export interface SheetRef {
  name: string;
  /** 0 visible, 1 hidden, 2 very hidden (SheetJS's `Hidden`). */
  hidden: 0 | 1 | 2;
  relId: string;
}

export interface WorkbookInfo {
  sheets: SheetRef[];
  date1904: boolean;
}

/** parse_wb_xml in SheetJS, for the sheets and the date system. */
export function readWorkbookXml(xml: string): WorkbookInfo {
  const sheets: SheetRef[] = [];
  let date1904 = false;
  let wbNs: string | undefined = '';
  let xmlnsKey = 'xmlns';
  for (const x of xml.match(TAG_REGEX) || []) {
    const y = parseXmlTag(x);
    switch ((y[0] ?? '').replace(/<(\/?)\w+:/, '<$1')) {
      case '<workbook':
        if (x.match(/<\w+:workbook/)) xmlnsKey = 'xmlns' + (x.match(/<(\w+):/) as RegExpMatchArray)[1];
        wbNs = y[xmlnsKey];
        break;
      case '<workbookPr':
      case '<workbookPr/>':
        if (y.date1904 != null) date1904 = parseXmlBool(y.date1904);
        break;
      case '<sheet': {
        const state = y.state;
        const hidden = state === 'hidden' ? 1 : state === 'veryHidden' ? 2 : 0;
        if (y.name === undefined) unsupported('sheet without name');
        const relId = y.id || y.strRelID;
        if (!relId) unsupported('sheet without r:id');
        sheets.push({ name: unescapeXml(y.name), hidden, relId });
        break;
      }
    }
  }
  if (wbNs !== MAIN_NS) unsupported('workbook namespace (strict OOXML or other)');
  return { sheets, date1904 };
}

export interface Relationship {
  type: string;
  target: string;
}

/** parse_rels in SheetJS: relationships by Id (targets unescaped). */
export function readRels(xml: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  for (const x of xml.match(TAG_REGEX) || []) {
    const y = parseXmlTag(x);
    if (y[0] !== '<Relationship') continue;
    if (y.Target === undefined) unsupported('relationship without Target');
    rels.set(y.Id, { type: y.Type, target: unescapeXml(y.Target) });
  }
  return rels;
}

const REL_WORKSHEET = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet',
]);
const REL_CHARTSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet';

/** get_sheet_type in SheetJS, for the two kinds the fast reader knows. */
export function sheetKind(type: string | undefined): 'sheet' | 'chart' {
  if (type === undefined || type === '' || REL_WORKSHEET.has(type)) return 'sheet';
  if (type === REL_CHARTSHEET) return 'chart';
  return unsupported(`sheet relationship type ${type}`);
}

/**
 * For each cell style (xf) index, whether its number format is a date format by SheetJS's test, as an array indexed
 * the way SheetJS indexes `styles.CellXf` (with the cell's `s` text). Null when the styles have no cellXfs.
 * parse_sty_xml → parse_numFmts + parse_cellXfs, and safe_format's `table_fmt[numFmtId]`.
 */
export function readDateStyles(xml: string): boolean[] | null {
  const data = removeDoctype(removeBetween(xml, '<!--', '-->'));
  const table: Record<string, string> = builtinFormats();
  const numberFmt: Record<string, string | undefined> = { ...table };
  const nf = matchXmlNs(data, 'numFmts');
  if (nf) {
    for (const x of nf[0].match(TAG_REGEX) || []) {
      const y = parseXmlTag(x);
      if ((y[0] ?? '').replace(/<(\/?)\w+:/, '<$1') !== '<numFmt') continue;
      if (y.formatCode === undefined) unsupported('numFmt without formatCode');
      const f = unescapeXml(y.formatCode);
      let j = parseInt(y.numFmtId, 10);
      numberFmt[j] = f;
      if (j > 0) {
        if (j > 0x188) {
          for (j = 0x188; j > 0x3c; --j) if (numberFmt[j] == null) break;
          numberFmt[j] = f;
        }
        table[j] = BAD_FORMATS[f] || f;
      }
    }
  }
  const xfs = matchXmlNs(data, 'cellXfs');
  if (!xfs) return null;
  const dates: boolean[] = [];
  for (const x of xfs[0].match(TAG_REGEX) || []) {
    const y = parseXmlTag(x);
    const name = (y[0] ?? '').replace(/<(\/?)\w+:/, '<$1');
    if (name !== '<xf' && name !== '<xf/>' && name !== '<xf>') continue;
    let id: string | number | undefined = y.numFmtId;
    if (id) id = parseInt(id, 10);
    if (typeof id === 'number' && id > 0x188) {
      for (let i = 0x188; i > 0x3c; --i) {
        if (numberFmt[id] == numberFmt[i]) {
          id = i;
          break;
        }
      }
    }
    const z = table[id == null ? 0 : (id as never)];
    dates.push(typeof z === 'string' && fmtIsDate(z));
  }
  return dates;
}

/**
 * parse_sst_xml in SheetJS: the shared strings, with the empty entry SheetJS keeps after the last `</si>`;
 * an entry is undefined where SheetJS finds no text.
 */
export function readSharedStrings(xml: string): Array<string | undefined> {
  const sst = matchXmlNs(xml, 'sst');
  if (!sst) return [];
  const pieces = sst[1].replace(/<(?:\w+:)?(?:si|sstItem)>/g, '').split(/<\/(?:\w+:)?(?:si|sstItem)>/);
  const out: Array<string | undefined> = new Array(pieces.length);
  for (let i = 0; i < pieces.length; i++) {
    // SheetJS trims bytes, this reader characters: they agree when what is left is markup at both ends.
    const x = pieces[i].replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    if (x.length > 0 && (x.charCodeAt(0) !== 60 || x.charCodeAt(x.length - 1) !== 62))
      unsupported('shared string with text outside markup');
    out[i] = parseSi(x);
  }
  return out;
}

/** parse_theme_xml in SheetJS throws when these are missing; such a workbook goes to SheetJS (which refuses it). */
export function themeIsReadable(xml: string): boolean {
  const elements = matchXml(xml, 'a:themeElements');
  if (elements === null) return false;
  return (
    matchXml(elements, 'a:clrScheme') !== null &&
    matchXml(elements, 'a:fontScheme') !== null &&
    matchXml(elements, 'a:fmtScheme') !== null
  );
}

/** parse_xlmeta_xml in SheetJS throws when a cell or value metadata record names a type that is not declared. */
export function metadataIsReadable(xml: string): boolean {
  let types = 0;
  let kind = 2;
  for (const x of xml.match(TAG_REGEX) || []) {
    const y = parseXmlTag(x);
    switch ((y[0] ?? '').replace(/<(\/?)\w+:/, '<$1')) {
      case '<metadataType':
        types++;
        break;
      case '<cellMetadata':
        kind = 1;
        break;
      case '<valueMetadata':
        kind = 0;
        break;
      case '</cellMetadata>':
      case '</valueMetadata>':
        kind = 2;
        break;
      case '<rc': {
        if (kind === 2) break;
        const t = (y.t as unknown as number) - 1;
        if (!(Number.isInteger(t) && t >= 0 && t < types)) return false;
        break;
      }
    }
  }
  return true;
}
