/**
 * One unit's workbook → UnitReport (đọc báo cáo của một đơn vị), in four steps: choose the sheet of each
 * section (choose-sheets), read the general information and the period, read each section (read-sections),
 * then name the unit (unit-name) and judge the file (file-status). Every problem becomes a finding naming the
 * sheet and cell. A file is rejected only when no section gives any figure.
 */
import { type Grid, a1 } from '../grid';
import { isBlankRow } from '../grid-rows';
import type { Finding } from '../findings';
import type { WorkingCalendar } from '../calendar/calendar';
import { vnDateFromSerial } from '../calendar/serial';
import type { PeriodInfo, UnitReport } from './types';
import { SheetReader } from './sheet-reader';
import type { SectionKind } from './sheets';
import { type Assigned, chooseSheets } from './choose-sheets';
import { type UnitInfo, emptyInfo, readInfoCells } from './read-info';
import { readSections } from './read-sections';
import { agencyFromTitleBlock, nameFromFile } from './unit-name';
import { periodFromLabel } from './period-label';
import { contentKey } from './content-key';
import { fileStatus, hasFigures } from './file-status';
import { defaultFields } from '../settings/defaults';
import { nameResolver } from '../settings/fields';
import { settingsCalendar } from '../settings/calendar';
import { labelSets } from '../settings/label-sets';
import type { Settings } from '../settings/types';

const SHIPPED_FIELDS = defaultFields();

export interface ReadUnitOptions {
  /** Working days for register deadlines given as a number of days (default: the bundled calendar). */
  calendar?: WorkingCalendar;
  /** Period used when the workbook states none (e.g. the one chosen for the consolidation). */
  periodFallback?: PeriodInfo;
  /**
   * The office's settings: fields are read under their canonical names, statuses, staff categories and course
   * types with the office's ways of writing too, and (without `calendar`) registers count with its extra days
   * off and working days. Default: the shipped lists.
   */
  settings?: Settings;
}

export function readUnitWorkbook(grids: readonly Grid[], file: string, opts: ReadUnitOptions = {}): UnitReport {
  const resolveField = nameResolver(opts.settings?.fields ?? SHIPPED_FIELDS);
  const findings: Finding[] = [];
  const fileFinding: Report = (severity, code, message, sheet = '', cell = '') =>
    findings.push({ file, sheet, cell, severity, code, message: message.normalize('NFC') });

  // 1. Which sheet is which section.
  const { sections, failed } = chooseSheets(grids, file, fileFinding);
  // Hidden rows are read like the rest (Excel's SUM counts them too), but the person checking the file may not
  // have seen them: say so, naming the sheet and the first hidden row that holds data.
  for (const a of sections.values()) hiddenRowsFinding(a, fileFinding);

  // 2. General information: the ThongTin sheet, then title blocks above the tables.
  const info = emptyInfo();
  const infoSheet = sections.get('info');
  if (infoSheet) {
    readInfoCells(infoSheet.reader, info);
    findings.push(...infoSheet.reader.finish());
  }
  for (const a of sections.values()) {
    if (a.header === null || a.header.headerRow === 0) continue;
    // Title block: only what ThongTin lacks; its notes on values already given are not repeated.
    const reader = new SheetReader(file, a.reader.grid);
    readInfoCells(reader, info, 0, a.header.headerRow);
    findings.push(...reader.findings.filter((f) => f.severity === 'error'));
  }
  const period = resolvePeriod(info, opts.periodFallback, fileFinding);

  // 3. Sections.
  const { failed: unread, ...figures } = readSections(
    sections,
    info,
    period,
    {
      calendar: opts.calendar ?? (opts.settings ? settingsCalendar(opts.settings) : undefined),
      resolveField,
      labels: labelSets(opts.settings),
    },
    findings,
    fileFinding,
  );
  failed.push(...unread);
  const report: UnitReport = { file, name: '', period, ...figures, findings, status: 'valid', contentKey: '' };

  // 4. Name, status, content key.
  report.name = unitName(info, sections, file, fileFinding);
  if (info.preparedBy !== null) report.preparedBy = info.preparedBy;
  if (info.preparedOn !== null) report.preparedOn = info.preparedOn;
  if (!hasFigures(report)) {
    fileFinding(
      'error',
      'UNIT_NOTHING_USABLE',
      failed.length > 0
        ? `Không đọc được số liệu nào: các trang ${failed.map((n) => `«${n}»`).join(', ')} không đọc được. Tệp bị loại.`
        : 'Không tìm thấy trang số liệu nào (TTHC, SoTheoDoi, NhanSu, DaoTao, TiepDan) hoặc các trang chưa có số liệu. Tệp bị loại.',
    );
  }
  report.status = fileStatus(report);
  report.contentKey = contentKey(report);
  return report;
}

/** `Tên đơn vị` / `Đơn vị báo cáo:`; else the agency line of a title block; else the file name, with a warning. */
function unitName(info: UnitInfo, sections: ReadonlyMap<SectionKind, Assigned>, file: string, report: Report): string {
  if (info.name !== null) return info.name;
  for (const a of sections.values()) {
    const top = a.header === null ? Math.min(a.reader.rowCount, TITLE_ROWS) : a.header.headerRow;
    const agency = agencyFromTitleBlock(a.reader, top);
    if (agency !== null) return agency.name;
  }
  const name = nameFromFile(file);
  report(
    'warning',
    'UNIT_NAME_FROM_FILE',
    `Không thấy tên đơn vị trong sổ tính («Tên đơn vị» ở trang ThongTin, «Đơn vị báo cáo:» hay tên cơ quan ở đầu biểu); tạm dùng tên tệp «${name}». Hãy ghi tên đơn vị vào trang ThongTin.`,
    sections.get('info')?.reader.name ?? '',
  );
  return name;
}

/** Rows searched for a title block on a sheet without a table header (ThongTin, TiepDan). */
const TITLE_ROWS = 8;

/** Hidden rows listed by number in a message before "và N dòng khác". */
const LISTED_ROWS = 5;

function hiddenRowsFinding(a: Assigned, report: Report): void {
  const g = a.reader.grid;
  const rows = (g.hiddenRows ?? []).filter((r) => !isBlankRow(g.rows[r] ?? []));
  if (rows.length === 0) return;
  const listed = rows
    .slice(0, LISTED_ROWS)
    .map((r) => r + 1)
    .join(', ');
  const more = rows.length > LISTED_ROWS ? ` và ${rows.length - LISTED_ROWS} dòng khác` : '';
  report(
    'warning',
    'UNIT_HIDDEN_ROWS',
    `Trang «${g.name}» có ${rows.length} dòng bị ẩn chứa dữ liệu (dòng ${listed}${more}); các dòng này vẫn được đọc và tính vào số liệu. ` +
      'Hãy bỏ ẩn và kiểm tra lại trước khi gửi.',
    g.name,
    a1(rows[0], 0),
  );
}

type Report = (severity: Finding['severity'], code: string, message: string, sheet?: string, cell?: string) => void;

/** Dates as stated; else from the period's name (`6 tháng đầu năm 2020`); else the caller's fallback. */
function resolvePeriod(info: UnitInfo, fallback: PeriodInfo | undefined, report: Report): PeriodInfo {
  let from = info.from ?? info.textRange?.from ?? null;
  let to = info.to ?? info.textRange?.to ?? null;
  const label = info.periodLabel ?? fallback?.label ?? '';
  if (from !== null && to !== null && from > to) {
    report(
      'error',
      'INFO_PERIOD_REVERSED',
      `«Từ ngày» (${vnDateFromSerial(from)}) sau «Đến ngày» (${vnDateFromSerial(to)}); kỳ báo cáo không được dùng.`,
      info.where.from?.sheet ?? info.textRange?.sheet ?? '',
      info.where.from?.cell ?? info.textRange?.cell ?? '',
    );
    from = to = null;
  }
  if (from === null || to === null) {
    const byLabel = info.periodLabel !== null ? periodFromLabel(info.periodLabel) : null;
    if (byLabel !== null) {
      from ??= byLabel.from;
      to ??= byLabel.to;
      report(
        'warning',
        'INFO_PERIOD_FROM_LABEL',
        `Không ghi đủ «Từ ngày», «Đến ngày»; theo kỳ «${info.periodLabel}» dùng từ ngày ${vnDateFromSerial(from)} đến ngày ${vnDateFromSerial(to)}.`,
        info.where.periodLabel?.sheet ?? '',
        info.where.periodLabel?.cell ?? '',
      );
    } else if (fallback && (fallback.from !== null || fallback.to !== null)) {
      from ??= fallback.from;
      to ??= fallback.to;
    }
  }
  return { label, from, to };
}
