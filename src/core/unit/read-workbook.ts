/**
 * One unit's workbook → UnitReport (đọc báo cáo của một đơn vị).
 * Sheets are matched by name, then by header; each section is read and checked; every problem becomes a
 * finding naming the sheet and cell. A file is rejected only when no section gives any figure.
 */
import { type Grid, a1 } from '../grid';
import { isBlankRow } from '../grid-rows';
import type { Finding } from '../findings';
import { type WorkingCalendar, defaultCalendar } from '../calendar';
import { vnDateFromSerial } from '../calendar/serial';
import type { HeaderMatch } from '../text';
import type { PeriodInfo, UnitReport } from './types';
import { SheetReader } from './sheet-reader';
import { type SectionKind, SECTION_TITLES, sectionByName, sectionHeader, tableSectionByContent } from './sheets';
import { type UnitInfo, emptyInfo, readInfoCells } from './read-info';
import { readTthcTable, TTHC_COLUMNS, type TthcTable } from './read-tthc-table';
import { crossCheckRegister, readRegisterSheet, reportExtraColumns } from './read-register';
import { readStaffSheet, STAFF_COLUMNS } from './read-staff';
import { readTrainingSheet, TRAINING_COLUMNS } from './read-training';
import { readReceptionSheet, receptionLabelCount } from './read-reception';
import { periodFromLabel } from './period-label';
import { contentKey } from './content-key';
import { defaultFields } from '../settings/defaults';
import { nameResolver } from '../settings/fields';
import { settingsCalendar } from '../settings/calendar';
import type { Settings } from '../settings/types';

const SHIPPED_FIELDS = defaultFields();

export interface ReadUnitOptions {
  /** Working days for register deadlines given as a number of days (default: the bundled calendar). */
  calendar?: WorkingCalendar;
  /** Period used when the workbook states none (e.g. the one chosen for the consolidation). */
  periodFallback?: PeriodInfo;
  /**
   * The office's settings: fields are read under their canonical names, and (without `calendar`) registers
   * count with its extra days off and working days. Default: the shipped lists.
   */
  settings?: Settings;
}

/** A sheet assigned to a section, with its table header when it has one. */
interface Assigned {
  kind: SectionKind;
  reader: SheetReader;
  header: HeaderMatch | null;
}

/** Fewest labels for a sheet with another name to count as ThongTin / TiepDan by content. */
const MIN_LABELS = 2;

function isEmptyGrid(g: Grid): boolean {
  return g.rows.every((row) => isBlankRow(row));
}

export function readUnitWorkbook(grids: readonly Grid[], file: string, opts: ReadUnitOptions = {}): UnitReport {
  const resolveField = nameResolver(opts.settings?.fields ?? SHIPPED_FIELDS);
  const findings: Finding[] = [];
  const fileFinding = (severity: Finding['severity'], code: string, message: string, sheet = '', cell = '') =>
    findings.push({ file, sheet, cell, severity, code, message: message.normalize('NFC') });

  // 1. Which sheet is which section.
  const sections = new Map<SectionKind, Assigned>();
  const assign = (a: Assigned) => {
    const first = sections.get(a.kind);
    if (first) {
      fileFinding('warning', 'UNIT_DUPLICATE_SHEET',
        `Trang «${a.reader.name}» cũng là ${SECTION_TITLES[a.kind]} nhưng chỉ trang «${first.reader.name}» được đọc; hãy gộp số liệu vào một trang.`, a.reader.name);
      return;
    }
    sections.set(a.kind, a);
  };
  const failed: string[] = [];
  const unnamed: SheetReader[] = [];
  for (const source of grids) {
    if (isEmptyGrid(source)) continue;
    const kind = sectionByName(source.name);
    if (kind === 'ignore') continue;
    // Legacy text is repaired first, so headers and labels typed in TCVN3/VNI are recognised.
    const reader = new SheetReader(file, source);
    const g = reader.grid;
    if (kind === null) {
      unnamed.push(reader);
      continue;
    }
    if (kind === 'info' || kind === 'reception') {
      assign({ kind, reader, header: null });
      continue;
    }
    const header = sectionHeader(g, kind);
    if (header !== null && header.missing.length === 0) {
      assign({ kind, reader, header });
      continue;
    }
    // Named like one section but laid out like another?
    const other = tableSectionByContent(g);
    if (other !== null) {
      assign({ kind: other.kind, reader, header: other.header });
      continue;
    }
    failed.push(g.name);
    fileFinding('error', 'UNIT_NO_HEADER', noHeaderMessage(kind, header), g.name);
  }
  for (const reader of unnamed) {
    const g = reader.grid;
    const table = tableSectionByContent(g);
    if (table !== null) {
      assign({ kind: table.kind, reader, header: table.header });
      continue;
    }
    const probe = new SheetReader(file, g);
    const info = emptyInfo();
    readInfoCells(probe, info);
    if (info.labels >= MIN_LABELS && info.name !== null) {
      assign({ kind: 'info', reader, header: null });
      continue;
    }
    if (receptionLabelCount(probe) >= MIN_LABELS) {
      assign({ kind: 'reception', reader, header: null });
      continue;
    }
    if (!g.hidden) {
      fileFinding('warning', 'UNIT_SHEET_UNKNOWN',
        `Không nhận ra trang «${g.name}» (không đúng tên trang của mẫu và không tìm thấy dòng tiêu đề quen thuộc) nên trang này không được đọc.`, g.name);
    }
  }

  // Hidden sheets and hidden rows are read like the rest (Excel's SUM counts them too), but the person checking
  // the file may not have seen them: say so, naming the sheet and the first hidden row that holds data.
  for (const a of sections.values()) hiddenFindings(a, fileFinding);

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
  const report: UnitReport = { file, name: '', period, findings, status: 'valid', contentKey: '' };
  let table: TthcTable | null = null;
  const tthcSheet = sections.get('tthc');
  if (tthcSheet) {
    const reader = tthcSheet.reader;
    const header = tthcSheet.header!;
    reportExtraColumns(reader, header);
    const absent = TTHC_COLUMNS.filter((s) => !s.required && s.key !== 'stt' && header.columns[s.key] === undefined);
    if (absent.length > 0) {
      reader.addSheet('warning', 'TTHC_MISSING_COLUMNS',
        `Bảng TTHC không có cột ${absent.map((s) => `«${groupedLabel(s.key, s.label)}»`).join(', ')}; các số liệu này được tính là 0 và không kiểm tra được tổng của nhóm cột.`);
    }
    table = readTthcTable(reader, header, resolveField);
    findings.push(...reader.finish());
    if (table === null) failed.push(reader.name);
  }
  const registerSheet = sections.get('register');
  if (registerSheet) {
    const reg = readRegisterSheet(registerSheet.reader, opts.calendar ?? (opts.settings ? settingsCalendar(opts.settings) : defaultCalendar()), { from: period.from, to: period.to }, resolveField);
    findings.push(...reg.findings);
    if (reg.summary === null) {
      if (reg.findings.some((f) => f.severity === 'error')) failed.push(registerSheet.reader.name);
    } else if (table !== null) {
      report.tthc = table.summary;
      report.tthcSource = 'both';
      findings.push(...crossCheckRegister(table, reg.summary, file, tthcSheet!.reader.name, registerSheet.reader.name));
    } else {
      report.tthc = reg.summary;
      report.tthcSource = 'register';
    }
  }
  if (table !== null && report.tthc === undefined) {
    report.tthc = table.summary;
    report.tthcSource = 'table';
  }

  const staffSheet = sections.get('staff');
  if (staffSheet) {
    const reader = staffSheet.reader;
    reportExtraColumns(reader, staffSheet.header!);
    const staff = readStaffSheet(reader, staffSheet.header!, info.quota);
    findings.push(...reader.finish());
    if (staff) report.staff = staff;
    else failed.push(reader.name);
  } else if (info.quota !== null) {
    fileFinding('warning', 'INFO_QUOTA_WITHOUT_STAFF',
      'Có «Biên chế được giao» nhưng không có trang danh sách nhân sự (NhanSu) nên số liệu nhân sự không được tổng hợp.',
      info.where.quota?.sheet ?? '', info.where.quota?.cell ?? '');
  }

  const trainingSheet = sections.get('training');
  if (trainingSheet) {
    const reader = trainingSheet.reader;
    reportExtraColumns(reader, trainingSheet.header!);
    const training = readTrainingSheet(reader, trainingSheet.header!);
    findings.push(...reader.finish());
    if (training) report.training = training;
  }

  const receptionSheet = sections.get('reception');
  if (receptionSheet) {
    const reader = receptionSheet.reader;
    const reception = readReceptionSheet(reader);
    findings.push(...reader.finish());
    if (reception) report.reception = reception;
  }

  // 4. Name, status, content key.
  report.name = info.name ?? nameFromFile(file);
  if (info.name === null) {
    fileFinding('warning', 'UNIT_NAME_FROM_FILE',
      `Không thấy «Tên đơn vị» (trang ThongTin); tạm dùng tên tệp «${report.name}». Hãy ghi tên đơn vị vào trang ThongTin.`,
      infoSheet?.reader.name ?? '');
  }
  if (info.preparedBy !== null) report.preparedBy = info.preparedBy;
  if (info.preparedOn !== null) report.preparedOn = info.preparedOn;

  const hasFigures = report.tthc !== undefined || report.staff !== undefined || report.training !== undefined || report.reception !== undefined;
  if (!hasFigures) {
    fileFinding('error', 'UNIT_NOTHING_USABLE',
      failed.length > 0
        ? `Không đọc được số liệu nào: các trang ${failed.map((n) => `«${n}»`).join(', ')} không đọc được. Tệp bị loại.`
        : 'Không tìm thấy trang số liệu nào (TTHC, SoTheoDoi, NhanSu, DaoTao, TiepDan) hoặc các trang chưa có số liệu. Tệp bị loại.');
  }
  report.status = !hasFigures ? 'rejected' : findings.length > 0 ? 'warnings' : 'valid';
  report.contentKey = contentKey(report);
  return report;
}

/** Hidden rows listed by number in a message before "và N dòng khác". */
const LISTED_ROWS = 5;

function hiddenFindings(a: Assigned, report: Report): void {
  const g = a.reader.grid;
  if (g.hidden) {
    report('warning', 'UNIT_HIDDEN_SHEET',
      `Trang «${g.name}» đang bị ẩn nhưng vẫn được đọc làm ${SECTION_TITLES[a.kind]}; hãy bỏ ẩn trang và kiểm tra số liệu trong đó.`, g.name);
  }
  const rows = (g.hiddenRows ?? []).filter((r) => !isBlankRow(g.rows[r] ?? []));
  if (rows.length === 0) return;
  const listed = rows.slice(0, LISTED_ROWS).map((r) => r + 1).join(', ');
  const more = rows.length > LISTED_ROWS ? ` và ${rows.length - LISTED_ROWS} dòng khác` : '';
  report('warning', 'UNIT_HIDDEN_ROWS',
    `Trang «${g.name}» có ${rows.length} dòng bị ẩn chứa dữ liệu (dòng ${listed}${more}); các dòng này vẫn được đọc và tính vào số liệu. ` +
      'Hãy bỏ ẩn và kiểm tra lại trước khi gửi.', g.name, a1(rows[0], 0));
}

/** Label of a TTHC column with its group, for messages: `Số hồ sơ đã giải quyết: Quá hạn`. */
function groupedLabel(key: string, label: string): string {
  const spec = TTHC_COLUMNS.find((s) => s.key === key);
  return spec?.group?.length ? `${spec.group[0]}: ${label}` : label;
}

function noHeaderMessage(kind: SectionKind, header: HeaderMatch | null): string {
  const specs = kind === 'tthc' ? TTHC_COLUMNS : kind === 'staff' ? STAFF_COLUMNS : kind === 'training' ? TRAINING_COLUMNS : [];
  const required = specs.filter((s) => s.required && (header === null || header.missing.includes(s.key)));
  const need = required.length > 0 ? `: cần các cột ${required.map((s) => `«${s.label}»`).join(', ')}` : '';
  const what = kind === 'register' ? 'các cột «Ngày tiếp nhận» và «Hạn giải quyết» (hoặc «Trạng thái»)' : '';
  return `Không tìm thấy dòng tiêu đề của ${SECTION_TITLES[kind]}${need}${what ? `: cần ${what}` : ''}. Trang này không được đọc; hãy dùng đúng mẫu.`;
}

/** The file name without folders and extension. */
function nameFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(xlsx|xlsm|xls|ods|csv)$/i, '') || base;
}

type Report = (severity: Finding['severity'], code: string, message: string, sheet?: string, cell?: string) => void;

/** Dates as stated; else from the period's name (`6 tháng đầu năm 2020`); else the caller's fallback. */
function resolvePeriod(info: UnitInfo, fallback: PeriodInfo | undefined, report: Report): PeriodInfo {
  let from = info.from ?? info.textRange?.from ?? null;
  let to = info.to ?? info.textRange?.to ?? null;
  const label = info.periodLabel ?? fallback?.label ?? '';
  if (from !== null && to !== null && from > to) {
    report('error', 'INFO_PERIOD_REVERSED',
      `«Từ ngày» (${vnDateFromSerial(from)}) sau «Đến ngày» (${vnDateFromSerial(to)}); kỳ báo cáo không được dùng.`,
      info.where.from?.sheet ?? info.textRange?.sheet ?? '', info.where.from?.cell ?? info.textRange?.cell ?? '');
    from = to = null;
  }
  if (from === null || to === null) {
    const byLabel = info.periodLabel !== null ? periodFromLabel(info.periodLabel) : null;
    if (byLabel !== null) {
      from ??= byLabel.from;
      to ??= byLabel.to;
      report('warning', 'INFO_PERIOD_FROM_LABEL',
        `Không ghi đủ «Từ ngày», «Đến ngày»; theo kỳ «${info.periodLabel}» dùng từ ngày ${vnDateFromSerial(from)} đến ngày ${vnDateFromSerial(to)}.`,
        info.where.periodLabel?.sheet ?? '', info.where.periodLabel?.cell ?? '');
    } else if (fallback && (fallback.from !== null || fallback.to !== null)) {
      from ??= fallback.from;
      to ??= fallback.to;
    }
  }
  return { label, from, to };
}
