/**
 * The DaoTao sheet (danh sách đào tạo, bồi dưỡng): one row per person per course → TrainingSummary.
 * Programmes are normalised to course types; unknown ones are kept as `Khác: <text>` and reported;
 * cancelled rows (`Hủy`, `Không tham gia`) are not counted and are reported.
 */
import trainingColumns from './data/training-columns.json';
import { frozenSpecs, type ColumnSpec, type HeaderMatch } from '../text/headers';
import type { TrainingSummary } from './types';
import { isCancelledStatus } from '../training/course-types';
import { NO_PROGRAM_KIND, type TrainingRecord, summarizeTraining } from '../training/summarize';
import { dimensionName } from '../staff/categories';
import { type LabelSets, SHIPPED_LABEL_SETS } from '../settings/label-sets';
import { a1 } from '../grid';
import type { SheetReader } from './sheet-reader';
import { listRows } from './table-rows';
import { UnknownValues, listCells } from './unknown-values';

export const TRAINING_COLUMNS: ColumnSpec[] = frozenSpecs(trainingColumns.columns);

const PROGRAM = 'Chương trình';

/**
 * Reads the training list under `header`; null when it lists no course (a sheet left empty). `labels`: course types
 * and staff categories with the office's ways of writing (default: the shipped ones).
 */
export function readTrainingSheet(
  reader: SheetReader,
  header: HeaderMatch,
  labels: Pick<LabelSets, 'courses' | 'staff'> = SHIPPED_LABEL_SETS,
): TrainingSummary | null {
  const cols = header.columns;
  const first = header.headerRow + header.headerRows;
  const records: TrainingRecord[] = [];
  const unknown = new UnknownValues();
  const cancelled: number[] = [];
  const noProgram: number[] = [];
  const cells = (rows: number[], c: number) => listCells(rows.map((r) => a1(r, c)));

  for (const r of listRows(reader, first)) {
    const name = reader.text(r, cols.name);
    const program = reader.text(r, cols.program);
    const staffType = reader.text(r, cols.type);
    const status = reader.text(r, cols.status);
    if (name === '' && program === '') continue; // nothing to count
    if (program === '') noProgram.push(r);
    else if (labels.courses.classify(program)?.kind === 'unknown') unknown.add(PROGRAM, program, r, cols.program);
    if (staffType !== '' && labels.staff('type').classify(staffType)?.kind === 'unknown')
      unknown.add(dimensionName('type'), staffType, r, cols.type);
    if (isCancelledStatus(status)) cancelled.push(r);
    for (const key of ['from', 'to'] as const)
      reader.date(r, cols[key], key === 'from' ? 'Từ ngày' : 'Đến ngày', 'warning');
    records.push({
      program: program === '' ? null : program,
      staffType: staffType === '' ? null : staffType,
      status: status === '' ? null : status,
    });
  }

  unknown.report(
    reader,
    'TRAINING_UNKNOWN_VALUE',
    'TRAINING_BLANK_VALUE',
    (_column, value) => `được tính là «Khác: ${value}»`,
  );
  if (noProgram.length > 0) {
    reader.add(
      noProgram[0],
      cols.program,
      'warning',
      'TRAINING_NO_PROGRAM',
      `${noProgram.length} dòng không ghi chương trình (${cells(noProgram, cols.program)}); được tính là «${NO_PROGRAM_KIND}».`,
    );
  }
  if (cancelled.length > 0) {
    reader.add(
      cancelled[0],
      cols.status,
      'warning',
      'TRAINING_CANCELLED',
      `${cancelled.length} dòng có trạng thái hủy hoặc không tham gia (${cells(cancelled, cols.status)}) nên không được tính.`,
    );
  }
  if (records.length === 0) return null; // left empty: no one was sent on a course
  if (records.length === cancelled.length) {
    reader.addSheet(
      'warning',
      'TRAINING_EMPTY',
      'Mọi dòng của danh sách đào tạo, bồi dưỡng đều bị hủy nên không có khóa học nào được tính.',
    );
  }
  return summarizeTraining(records, labels.courses, labels.staff);
}
