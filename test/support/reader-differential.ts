/**
 * Reading the same bytes with SheetJS and with the fast .xlsx reader, cell by cell (grids, merges, hidden rows and
 * sheets, date cells, findings): shared by the differential test (fixtures, examples, hostile corpus) and the
 * fuzz comparison in the full suite.
 */
import { readWorkbookWithSheetjs, DEFAULT_LIMITS, type ReadResult } from '../../src/io/read-workbook';
import { readXlsxFast } from '../../src/io/xlsx-fast/read-xlsx';

function plain(r: ReadResult): string {
  return JSON.stringify({
    grids: r.grids.map((g) => ({
      ...g,
      dateCells: g.dateCells ? [...g.dateCells].sort() : undefined,
      formulas: g.formulas ? [...g.formulas].sort() : undefined,
    })),
    findings: r.findings,
  });
}

export interface Outcome {
  /** Why the fast reader passed the file on; '' when it read it. */
  fallback: string;
  /** Where both readers differ; '' when they agree. */
  diff: string;
  sheetjs: ReadResult;
}

export function both(bytes: Uint8Array, name: string): Outcome {
  const sheetjs = readWorkbookWithSheetjs(bytes, name);
  const fast = readXlsxFast(bytes, name, DEFAULT_LIMITS);
  if (!fast.ok) return { fallback: fast.reason, diff: '', sheetjs };
  const a = plain(sheetjs);
  const b = plain({ grids: fast.grids, findings: fast.findings });
  if (a === b) return { fallback: '', diff: '', sheetjs };
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return {
    fallback: '',
    diff: `${name}: SheetJS …${a.slice(Math.max(0, i - 60), i + 100)}\n  fast …${b.slice(Math.max(0, i - 60), i + 100)}`,
    sheetjs,
  };
}

/** Files SheetJS reads (no error finding) that the fast reader passes on, with the reason. */
export function readablePassedOn(files: Array<{ name: string; bytes: Uint8Array }>): {
  diffs: string[];
  passedOn: string[];
} {
  const diffs: string[] = [];
  const passedOn: string[] = [];
  for (const f of files) {
    const o = both(f.bytes, f.name);
    if (o.diff) diffs.push(o.diff);
    const isZip = f.bytes[0] === 0x50 && f.bytes[1] === 0x4b;
    const refused = o.sheetjs.findings.some((x) => x.severity === 'error');
    if (o.fallback && isZip && !refused) passedOn.push(`${f.name}: ${o.fallback}`);
  }
  return { diffs, passedOn };
}
