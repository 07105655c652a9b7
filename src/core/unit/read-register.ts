/**
 * The SoTheoDoi sheet (sổ theo dõi hồ sơ): parsed and summarised by src/core/tthc for the unit's period,
 * and, when the unit also sent the TTHC table, cross-checked against it (the table wins).
 */
import type { Finding } from '../findings';
import type { WorkingCalendar } from '../calendar/calendar';
import { type HeaderMatch, findHeader } from '../text/headers';
import { clipText } from '../text/normalize';
import { type TthcSummary, COUNT_KEYS } from '../tthc/types';
import { REGISTER_COLUMNS, parseRegister } from '../tthc/register';
import { summarizeRegister } from '../tthc/summarize';
import type { Period } from '../tthc/classify';
import { vnDateFromSerial } from '../calendar/serial';
import type { SheetReader } from './sheet-reader';
import type { TthcTable } from './read-tthc-table';
import { FIGURE_NAMES } from './tthc-figures';
import type { NameResolver } from '../settings/fields';
import { canonicalRegisterFields } from './register-fields';
import { type StatusParser, parseStatusLabel } from '../tthc/status-labels';

/**
 * Register → TTHC figures for the period; null (with findings) when there is no readable register.
 * Fields are made canonical by `resolveField` when given; statuses are read by `parseStatus` (with the office's wordings).
 * `found`: the sheet's register header when the sheet choice already found it.
 */
export function readRegisterSheet(
  reader: SheetReader,
  calendar: WorkingCalendar,
  period: Period,
  resolveField?: NameResolver,
  parseStatus: StatusParser = parseStatusLabel,
  found?: HeaderMatch,
): { summary: TthcSummary | null; findings: Finding[] } {
  // The header is looked for once: given by the sheet choice, else found here and passed on.
  const header = found ?? findHeader(reader.grid.rows, REGISTER_COLUMNS);
  const { register, findings } = parseRegister(reader.grid, { file: reader.file, header }, calendar, parseStatus);
  reader.findings.push(...findings);
  if (register === null) return { summary: null, findings: reader.finish() };
  if (header) reportExtraColumns(reader, header);
  // An optional sheet left empty (rows that could not be read are already reported): nothing to count.
  if (register.entries.length === 0) return { summary: null, findings: reader.finish() };
  if (period.from === null || period.to === null) {
    reader.addSheet(
      'warning',
      'REGISTER_NO_PERIOD',
      'Không có đủ «Từ ngày» và «Đến ngày» của kỳ báo cáo (trang ThongTin); hồ sơ trong sổ được tính không giới hạn theo kỳ.',
    );
  }
  const counted = summarizeRegister(register, period);
  const outOfPeriod = counted.outOfPeriod;
  const summary = resolveField ? canonicalRegisterFields(counted.summary, resolveField, reader) : counted.summary;
  if (outOfPeriod > 0) {
    reader.addSheet(
      'warning',
      'REGISTER_OUT_OF_PERIOD',
      `${outOfPeriod} hồ sơ trong sổ nằm ngoài kỳ báo cáo${periodText(period)} (tiếp nhận sau kỳ hoặc đã giải quyết trước kỳ) nên không được tính.`,
    );
  }
  return { summary, findings: reader.finish() };
}

function periodText(p: Period): string {
  if (p.from === null || p.to === null) return '';
  return ` (${vnDateFromSerial(p.from)} – ${vnDateFromSerial(p.to)})`;
}

/** Extra columns named in the message before "và N cột khác" (a sheet may carry thousands). */
const LISTED_COLUMNS = 10;

/** Extra columns no field claimed: kept visible with a warning, never silently dropped. */
export function reportExtraColumns(
  reader: SheetReader,
  header: Pick<HeaderMatch, 'unmatched' | 'unreadColumns'>,
): void {
  const { unmatched, unreadColumns } = header;
  if (unmatched.length === 0 && unreadColumns === 0) return;
  const listed = unmatched.slice(0, LISTED_COLUMNS);
  const others = unmatched.length - listed.length + unreadColumns;
  const list = listed.map((u) => `«${clipText(u.text)}»`).join(', ');
  const more = others === 0 ? '' : listed.length === 0 ? `${others} cột` : ` và ${others} cột khác`;
  reader.addSheet(
    'warning',
    'UNIT_EXTRA_COLUMNS',
    `Các cột ${list}${more} không thuộc mẫu nên không được đọc; nếu là số liệu cần tổng hợp, hãy chuyển vào đúng cột của mẫu.`,
  );
}

/**
 * TTHC table against the register, figure by figure: one finding per figure that differs, naming the
 * table's total cell. The table's figures are kept.
 */
export function crossCheckRegister(
  table: TthcTable,
  register: TthcSummary,
  file: string,
  sheet: string,
  registerSheet: string,
): Finding[] {
  const out: Finding[] = [];
  for (const k of COUNT_KEYS) {
    const a = table.summary[k];
    const b = register[k];
    if (a === b) continue;
    out.push({
      file,
      sheet,
      cell: table.totalCells[k] ?? '',
      severity: 'warning',
      code: 'TTHC_REGISTER_MISMATCH',
      message:
        `Bảng TTHC ghi ${FIGURE_NAMES[k]} là ${a} nhưng sổ theo dõi (trang ${registerSheet}) tính được ${b}; số liệu tổng hợp dùng bảng TTHC. Hãy đối chiếu lại.`.normalize(
          'NFC',
        ),
    });
  }
  return out;
}
