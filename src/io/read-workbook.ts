/**
 * Workbook bytes → grids (đọc sổ tính thành bảng dữ liệu). The only reader of unit workbooks.
 * Formats: .xlsx/.xlsm, .xlsb, .xls (BIFF8 and older), .ods, and Excel 2003 XML / HTML saved as .xls.
 * Browser-safe: bytes in, plain data out, no Node APIs. Never throws on bad input: a file it cannot read
 * gives an error Finding and no grids.
 */
import type * as XLSX from '@e965/xlsx';
import { sheetjs } from './sheetjs';
import type { CellRange, CellValue, Grid } from '../core/grid';
import { EXCEL_COLUMNS, EXCEL_ROWS, WorkbookAssembler } from './grid-assembler';
import { readXlsxFast, type FastRead } from './xlsx-fast/read-xlsx';
import { looksLikeZip } from './zip';
import { finding, type Finding } from '../core/findings';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { ENCRYPTED, NOT_WORKBOOK, preflight, refusalFinding, type WorkbookKind } from './preflight';
import type { OdsSheetInfo } from './ods-scan';

export type { ReadLimits } from './limits';
export { DEFAULT_LIMITS } from './limits';

export interface ReadResult {
  grids: Grid[];
  findings: Finding[];
}

/** Excel's error codes as BIFF/XLSB store them, for cells whose text SheetJS did not fill in. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/** SheetJS reports some format quirks on console.error (e.g. "ODS number format may be incorrect"); keep stderr clean. */
function quietly<T>(fn: () => T): T {
  const saved = console.error;
  console.error = () => undefined;
  try {
    return fn();
  } finally {
    console.error = saved;
  }
}

/** How many workbooks each reader read since start-up, and why the fast reader passed files on (bench, tests). */
export const readerStats = { fast: 0, sheetjs: 0, fallbacks: new Map<string, number>() };

export function readWorkbook(bytes: Uint8Array, fileName: string, limits?: Partial<ReadLimits>): ReadResult {
  const lim: ReadLimits = { ...DEFAULT_LIMITS, ...(limits ?? {}) };
  if (looksLikeZip(bytes)) {
    const fast = readFast(bytes, fileName, lim);
    if (fast.ok) {
      readerStats.fast++;
      return { grids: fast.grids, findings: fast.findings };
    }
    readerStats.fallbacks.set(fast.reason, (readerStats.fallbacks.get(fast.reason) ?? 0) + 1);
  }
  return readWorkbookWithSheetjs(bytes, fileName, lim);
}

/** The fast reader, where a defect of its own on strange input sends the file to SheetJS (and shows in the stats). */
function readFast(bytes: Uint8Array, fileName: string, lim: ReadLimits): FastRead {
  try {
    return readXlsxFast(bytes, fileName, lim);
  } catch (e) {
    return { ok: false, reason: `defect: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The SheetJS reader: every format, every refusal; the fast reader's reference in the differential test. */
export function readWorkbookWithSheetjs(bytes: Uint8Array, fileName: string, limits?: Partial<ReadLimits>): ReadResult {
  readerStats.sheetjs++;
  const lim: ReadLimits = { ...DEFAULT_LIMITS, ...(limits ?? {}) };
  const at = (sheet = '', cell = '') => ({ file: fileName, sheet, cell });
  try {
    const pre = preflight(bytes, fileName, lim);
    if (!pre.ok) return { grids: [], findings: [refusalFinding(pre.refusal, fileName)] };
    const html = pre.kind === 'xml-or-html' && isHtml(bytes);
    let wb: XLSX.WorkBook;
    try {
      wb = quietly(() =>
        sheetjs().read(bytes, {
          type: 'array',
          dense: true,
          cellDates: false,
          cellFormula: true,
          cellNF: true,
          cellText: false,
          cellHTML: false,
          // Hidden rows in .xlsx are only reported with cellStyles; it also makes empty styled cells stubs.
          cellStyles: pre.kind === 'xlsx',
          bookVBA: false,
          WTF: false,
          // HTML saved as .xls: keep cell text as typed. SheetJS would otherwise read "09/03/2020" month-first
          // (3 September) and "1.234" as 1.234; the core reads Vietnamese dates and numbers from text itself.
          // (Only HTML and CSV parsing look at this option; Excel 2003 XML carries typed values.)
          raw: html,
        }),
      );
    } catch (e) {
      return { grids: [], findings: [libraryFailure(e, fileName)] };
    }
    return toGrids(wb, pre.kind, pre.ods, fileName, lim, html);
  } catch (e) {
    // A defect of ours or of the library on strange input: still a finding, never an exception.
    const detail = e instanceof Error ? e.message : String(e);
    return {
      grids: [],
      findings: [finding(at(), 'error', 'READ_FAILED', `${NOT_WORKBOOK}: không đọc được tệp (lỗi: ${detail}).`)],
    };
  }
}

/** An HTML page rather than Excel 2003 XML (whose root element is <Workbook>). */
function isHtml(bytes: Uint8Array): boolean {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 8192); i++) head += String.fromCharCode(bytes[i]);
  return !/<(?:\w+:)?Workbook[\s>]/.test(head);
}

/** Plain integers as HTML exports write counts ("12"); codes with leading zeros ("0012") stay text. */
const PLAIN_INTEGER = /^(?:0|-?[1-9]\d{0,14})$/;

/** Indexes to visit in an array: 0..length-1, or only those present when it is longer than `max` (sparse). */
interface IndexList {
  length: number;
  at(k: number): number;
}

function presentIndexes(arr: readonly unknown[], max: number): IndexList {
  if (arr.length <= max) return { length: arr.length, at: (k) => k };
  const keys: number[] = [];
  for (const key of Object.keys(arr)) if (/^\d+$/.test(key)) keys.push(Number(key));
  keys.sort((a, b) => a - b);
  return { length: keys.length, at: (k) => keys[k] };
}

function libraryFailure(e: unknown, fileName: string): Finding {
  const detail = e instanceof Error ? e.message : String(e);
  const at = { file: fileName, sheet: '', cell: '' };
  if (/password|encrypt/i.test(detail)) return finding(at, 'error', 'READ_ENCRYPTED', `${ENCRYPTED}.`);
  return finding(
    at,
    'error',
    'READ_DAMAGED',
    `${NOT_WORKBOOK}: tệp bị hỏng hoặc không đọc được (lỗi: ${detail}). Hãy mở bằng Excel, lưu lại thành .xlsx rồi gửi lại.`,
  );
}

function toValue(cell: XLSX.CellObject): CellValue {
  const v = cell.v as unknown;
  switch (cell.t) {
    case 'n':
      if (typeof v !== 'number') return null;
      return Number.isFinite(v) ? v : { error: '#NUM!' };
    case 's':
      return typeof v === 'string' ? v.normalize('NFC') : v == null ? null : String(v).normalize('NFC');
    case 'b':
      return typeof v === 'boolean' ? v : null;
    case 'e':
      return {
        error: typeof cell.w === 'string' && cell.w.startsWith('#') ? cell.w : (ERROR_TEXT[v as number] ?? '#N/A'),
      };
    case 'd':
      // Not produced with cellDates:false; kept defensive. Serial from the UTC calendar date and time.
      if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
      return null;
    default:
      return null; // 'z' stub: an empty cell that only carries a style
  }
}

function toGrids(
  wb: XLSX.WorkBook,
  kind: WorkbookKind,
  ods: OdsSheetInfo[] | undefined,
  fileName: string,
  lim: ReadLimits,
  html = false,
): ReadResult {
  // SheetJS reports the workbook's date system (xlsx workbookPr, BIFF 1904 record, xlsb) and leaves raw serials.
  const book = new WorkbookAssembler(fileName, lim, Boolean(wb.Workbook?.WBProps?.date1904));
  if (kind === 'xml-or-html') {
    book.findings.push(
      finding(
        { file: fileName, sheet: '', cell: '' },
        'warning',
        'READ_TEXT_WORKBOOK',
        'Tệp có đuôi .xls nhưng thực chất là trang HTML/XML (thường do phần mềm xuất ra); đã đọc được, ' +
          'nhưng nên mở bằng Excel và lưu lại thành .xlsx để tránh sai lệch định dạng.',
      ),
    );
  }
  const sheetMeta = wb.Workbook?.Sheets ?? [];
  const isDate = sheetjs().SSF.is_date;
  wb.SheetNames.forEach((sheetName, index) => {
    const ws = wb.Sheets[sheetName] as XLSX.WorkSheet & { '!type'?: string };
    if (!ws || ws['!type'] === 'chart') return;
    const name = sheetName.normalize('NFC');
    const sheet = book.sheet(name);
    const data: Array<Array<XLSX.CellObject | null | undefined> | null | undefined> = (ws['!data'] as never) ?? [];
    // A crafted cell reference (r="4294967295") leaves SheetJS's dense array sparse and billions long: walk the
    // indexes that exist, and drop cells beyond Excel's grid, which no spreadsheet program can have written.
    const rowIndexes = presentIndexes(data, EXCEL_ROWS);
    for (let k = 0; k < rowIndexes.length && !book.overflowed; k++) {
      const r = rowIndexes.at(k);
      const src = data[r];
      if (!src) continue;
      sheet.beginRow(r);
      const colIndexes = presentIndexes(src, EXCEL_COLUMNS);
      for (let j = 0; j < colIndexes.length; j++) {
        const c = colIndexes.at(j);
        const cell = src[c];
        if (!cell) continue;
        if (r >= EXCEL_ROWS || c >= EXCEL_COLUMNS) {
          sheet.outsideGrid(c);
          continue;
        }
        let v = toValue(cell);
        if (html && typeof v === 'string' && PLAIN_INTEGER.test(v.trim())) v = Number(v.trim());
        if (typeof cell.f === 'string' && (cell.v === undefined || cell.t === 'z')) {
          sheet.formulaWithoutValue(c, cell.f);
          continue;
        }
        if (v === null) continue;
        sheet.value(c, v, typeof cell.z === 'string' && isDate(cell.z));
      }
      if (!sheet.endRow()) break;
    }
    const merges: CellRange[] = (ws['!merges'] ?? []).map((m) => ({ r1: m.s.r, c1: m.s.c, r2: m.e.r, c2: m.e.c }));
    const odsInfo = ods?.find((s) => s.name.normalize('NFC') === name);
    const state = odsInfo ? (odsInfo.hidden ? 1 : 0) : (sheetMeta[index]?.Hidden ?? 0);
    sheet.finish(merges, state, (rowCount) => {
      const hiddenRows: number[] = [];
      if (odsInfo) {
        for (const [a, b] of odsInfo.hiddenRows) for (let r = a; r < Math.min(b, rowCount); r++) hiddenRows.push(r);
      } else {
        const info = ws['!rows'] ?? [];
        for (let r = 0; r < Math.min(info.length, rowCount); r++) if (info[r]?.hidden) hiddenRows.push(r);
      }
      return hiddenRows;
    });
  });
  return book.result();
}
