/** The summaries TongHop 0.1 wrote (test/fixtures/summaries/v0.1, see its README), read as the doors read them. */
import * as fs from 'fs';
import * as path from 'path';
import { readUnitFile } from '../../../src/io/read-unit-file';
import { summaryJsonReport } from '../../../src/core/summary';
import type { UnitReport } from '../../../src/core/unit/types';

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

/** The example province's units as the fixtures' README reasons them (figures of scripts/make-examples.js). */
export const UNITS = {
  vanPhong: 'Văn phòng Sở',
  chiCuc: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
  kiemDinh: 'Trung tâm Kiểm định và Kiểm nghiệm',
  thanhTra: 'Thanh tra Sở',
  ungDung: 'Trung tâm ứng dụng tiến bộ khoa học và công nghệ',
  qlkh: 'Phòng Quản lý khoa học',
};
