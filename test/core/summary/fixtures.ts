/** The summaries TongHop 0.1 wrote (test/fixtures/summaries/v0.1, see its README), read as the doors read them. */
import * as fs from 'fs';
import * as path from 'path';
import { readUnitFile } from '../../../src/io/read-unit-file';
import { summaryJsonReport, summaryReport } from '../../../src/core/summary';
import { readWorkbook } from '../../../src/io/read-workbook';
import type { UnitReport } from '../../../src/core/unit/types';
import { consolidate } from '../../../src/core/consolidate';
import { buildSummaryLayout } from '../../../src/core/report';
import { parseVnDate } from '../../../src/core/text';
import { writeWorkbook } from '../../../src/io/write-workbook';

export const V01 = path.join(__dirname, '..', '..', 'fixtures', 'summaries', 'v0.1');
export const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples', 'don-vi');

/** A file as the CLI reads it: `.json` as summary JSON, anything else through the workbook reader. */
export function readInput(file: string): UnitReport {
  const name = path.basename(file);
  const bytes = fs.readFileSync(file);
  if (name.endsWith('.json')) return summaryJsonReport(bytes.toString('utf8'), name);
  return readUnitFile(new Uint8Array(bytes), name);
}

export const v01 = (name: string): UnitReport => readInput(path.join(V01, name));
export const example = (name: string): UnitReport => readInput(path.join(EXAMPLES, name));

/** Part A's summary workbook with Văn phòng Sở's received dossiers (16, TH_TTHC column C) typed as «mười», as `file`. */
export function partAWithBadCell(file: string, unit: string = UNITS.vanPhong): UnitReport {
  const { grids } = readWorkbook(new Uint8Array(fs.readFileSync(path.join(V01, 'phan-a.xlsx'))), file);
  const th = grids.find((g) => g.name === 'TH_TTHC')!;
  const row = th.rows.find((r) => r[1] === unit)!;
  if (unit === UNITS.vanPhong && row[2] !== 16)
    throw new Error(`phan-a.xlsx: Văn phòng Sở received ${String(row[2])}, not 16`);
  if (typeof row[2] !== 'number') throw new Error(`phan-a.xlsx: ${unit} received ${String(row[2])}, not a count`);
  row[2] = 'mười';
  return summaryReport(grids, file);
}

/** The example province's units as the fixtures' README reasons them (figures of scripts/make-examples.js). */
export const UNITS = {
  vanPhong: 'Văn phòng Sở',
  chiCuc: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
  kiemDinh: 'Trung tâm Kiểm định và Kiểm nghiệm',
  thanhTra: 'Thanh tra Sở',
  ungDung: 'Trung tâm ứng dụng tiến bộ khoa học và công nghệ',
  qlkh: 'Phòng Quản lý khoa học',
};

export const EXAMPLE_FILES = [
  '01-van-phong.xlsx',
  '02-chi-cuc-tdc.xlsx',
  '03-trung-tam-kiem-dinh.xls',
  '04-thanh-tra.ods',
  '05-trung-tam-ung-dung.xlsx',
  '06-phong-qlkh.xlsx',
];

/**
 * A summary workbook this version writes from some example units, for another period when asked (the units
 * keep their figures; the summary's period is the one given, as `--period --from --as-of` do), read back as
 * the doors read an input.
 */
export async function madeSummary(
  file: string,
  units: string[],
  period?: { label: string; from: string; to: string },
  agency?: string,
): Promise<UnitReport> {
  const opts = period ? { periodLabel: period.label, from: vnSerial(period.from), to: vnSerial(period.to) } : {};
  const s = consolidate(units.map(example), opts);
  return readUnitFile(await writeWorkbook(buildSummaryLayout(s, { agency })), file);
}

function vnSerial(d: string): number {
  const r = parseVnDate(d);
  if (!r.ok) throw new Error(d);
  return r.serial;
}
