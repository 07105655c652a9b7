'use strict';
/**
 * The cost of reading defensively (issue 5): before SheetJS sees a workbook, every deflated part is unpacked once
 * by our strict decoder (damaged DEFLATE and parts hiding their size are refused) and, for big parts, cells and
 * shared strings are counted. Measured on a 2,000-row register workbook, written plainly and with data descriptors
 * (as Java / Apache POI exports write it), against the SheetJS read of the same bytes in the same run: since the
 * .xlsx fast path (issue 13) enforces the same limits in its own single pass, the preflight only runs ahead of
 * SheetJS (.xls, .ods, .xlsb and the fast path's fallbacks), so that read is the one it adds to.
 */
const path = require('path');
const { measure, fmt, report } = require('./harness');
const { unitWorkbook } = require('./unit-workbook');
const { zipOf, unzip } = require('../scripts/make-hostile-corpus.js');

const lib = process.env.TONGHOP_LIB || path.join(__dirname, '..', 'lib');
const { readWorkbook, readWorkbookWithSheetjs } = require(path.join(lib, 'io', 'read-workbook'));
const { preflight } = require(path.join(lib, 'io', 'preflight'));
const { DEFAULT_LIMITS } = require(path.join(lib, 'io', 'limits'));

async function preflightBench() {
  const plain = new Uint8Array(zipOf(unzip(unitWorkbook(3))));
  const poi = new Uint8Array(zipOf(unzip(unitWorkbook(3)).map((e) => ({ ...e, descriptor: true }))));
  if (readWorkbook(poi, 'poi.xlsx').findings.length !== 0)
    throw new Error('the data-descriptor workbook did not read cleanly');
  const checkPlain = measure(() => preflight(plain, 'a.xlsx', DEFAULT_LIMITS), { runs: 15, warmup: 3 });
  const checkPoi = measure(() => preflight(poi, 'b.xlsx', DEFAULT_LIMITS), { runs: 15, warmup: 3 });
  const read = measure(() => readWorkbookWithSheetjs(plain, 'a.xlsx'), { runs: 7, warmup: 2 });
  const ratio = checkPlain.ms / read.ms;
  report(
    'kiểm tra trước khi đọc (giải nén thử mọi phần của tệp) so với cả lần đọc bằng SheetJS, sổ theo dõi 2.000 dòng',
    `${fmt(checkPlain.ms)} (có data descriptor ${fmt(checkPoi.ms)}) so với ${fmt(read.ms)} = ${(ratio * 100).toFixed(1)}%`,
    '≤ 25%',
    ratio <= 0.25 && checkPoi.ms / read.ms <= 0.25,
  );
  return { checkPlain: checkPlain.ms, checkPoi: checkPoi.ms, read: read.ms };
}

module.exports = { preflightBench };

if (require.main === module) preflightBench();
