/**
 * Reading the sections of a unit's workbook once its sheets are chosen (đọc các phần số liệu): TTHC from the
 * table and/or the register (cross-checked when both), staff, training, citizen reception. Each reader's findings
 * are collected; a section that gives nothing is absent, and sheets that could not be read are listed.
 */
import type { Finding } from '../findings';
import type { NameResolver } from '../settings/fields';
import { type LabelSets, SHIPPED_LABEL_SETS } from '../settings/label-sets';
import { type WorkingCalendar, defaultCalendar } from '../calendar/calendar';
import type { SectionKind } from './sheets';
import type { Assigned } from './choose-sheets';
import type { UnitInfo } from './read-info';
import type { FigureSectionKey, PeriodInfo, UnitReport } from './types';
import { readTthcTable, type TthcTable } from './read-tthc-table';
import { TTHC_COLUMNS } from '../tthc/columns';
import { crossCheckRegister, readRegisterSheet, reportExtraColumns } from './read-register';
import { readStaffSheet } from './read-staff';
import { readTrainingSheet } from './read-training';
import { readReceptionSheet } from './read-reception';

/** The figures read, where they came from, and the sheets that gave nothing. */
export type SectionFigures = Pick<
  UnitReport,
  'tthc' | 'tthcSource' | 'staff' | 'training' | 'reception' | 'sectionSheets'
> & { failed: string[] };

/**
 * How sections are read: the calendar for register deadlines, how field names are put canonical, and the
 * matchers of statuses, staff categories and course types (with the office's ways of writing).
 */
export interface SectionOptions {
  calendar?: WorkingCalendar;
  resolveField?: NameResolver;
  labels?: LabelSets;
}

type Report = (severity: Finding['severity'], code: string, message: string, sheet?: string, cell?: string) => void;

export function readSections(
  sections: ReadonlyMap<SectionKind, Assigned>,
  info: UnitInfo,
  period: PeriodInfo,
  opts: SectionOptions,
  findings: Finding[],
  report: Report,
): SectionFigures {
  const out: SectionFigures = { failed: [] };
  const labels = opts.labels ?? SHIPPED_LABEL_SETS;
  const sheetsOf = (kind: SectionKind) => {
    const a = sections.get(kind);
    return a ? [a.reader.name] : [];
  };
  const sheets: Partial<Record<FigureSectionKey, string[]>> = {};

  let table: TthcTable | null = null;
  const tthcSheet = sections.get('tthc');
  if (tthcSheet) {
    const reader = tthcSheet.reader;
    const header = tthcSheet.header!;
    reportExtraColumns(reader, header);
    const absent = TTHC_COLUMNS.filter((s) => !s.required && s.key !== 'stt' && header.columns[s.key] === undefined);
    if (absent.length > 0) {
      reader.addSheet(
        'warning',
        'TTHC_MISSING_COLUMNS',
        `Bảng TTHC không có cột ${absent.map((s) => `«${groupedLabel(s.key, s.label)}»`).join(', ')}; các số liệu này được tính là 0 và không kiểm tra được tổng của nhóm cột.`,
      );
    }
    table = readTthcTable(reader, header, opts.resolveField);
    findings.push(...reader.finish());
    if (table === null) out.failed.push(reader.name);
  }
  const registerSheet = sections.get('register');
  if (registerSheet) {
    const reg = readRegisterSheet(
      registerSheet.reader,
      opts.calendar ?? defaultCalendar(),
      { from: period.from, to: period.to },
      opts.resolveField,
      labels.status,
      registerSheet.header ?? undefined,
    );
    findings.push(...reg.findings);
    if (reg.summary === null) {
      if (reg.findings.some((f) => f.severity === 'error')) out.failed.push(registerSheet.reader.name);
    } else if (table !== null) {
      out.tthc = table.summary;
      out.tthcSource = 'both';
      sheets.tthc = [...sheetsOf('tthc'), ...sheetsOf('register')];
      findings.push(
        ...crossCheckRegister(
          table,
          reg.summary,
          registerSheet.reader.file,
          tthcSheet!.reader.name,
          registerSheet.reader.name,
        ),
      );
    } else {
      out.tthc = reg.summary;
      out.tthcSource = 'register';
      sheets.tthc = sheetsOf('register');
    }
  }
  if (table !== null && out.tthc === undefined) {
    out.tthc = table.summary;
    out.tthcSource = 'table';
    sheets.tthc = sheetsOf('tthc');
  }

  const staffSheet = sections.get('staff');
  if (staffSheet) {
    const reader = staffSheet.reader;
    reportExtraColumns(reader, staffSheet.header!);
    const staff = readStaffSheet(reader, staffSheet.header!, info.quota, labels.staff);
    findings.push(...reader.finish());
    if (staff) {
      out.staff = staff;
      sheets.staff = sheetsOf('staff');
    } else out.failed.push(reader.name);
  } else if (info.quota !== null) {
    report(
      'warning',
      'INFO_QUOTA_WITHOUT_STAFF',
      'Có «Biên chế được giao» nhưng không có trang danh sách nhân sự (NhanSu) nên số liệu nhân sự không được tổng hợp.',
      info.where.quota?.sheet ?? '',
      info.where.quota?.cell ?? '',
    );
  }

  const trainingSheet = sections.get('training');
  if (trainingSheet) {
    const reader = trainingSheet.reader;
    reportExtraColumns(reader, trainingSheet.header!);
    const training = readTrainingSheet(reader, trainingSheet.header!, labels);
    findings.push(...reader.finish());
    if (training) {
      out.training = training;
      sheets.training = sheetsOf('training');
    }
  }

  const receptionSheet = sections.get('reception');
  if (receptionSheet) {
    const reader = receptionSheet.reader;
    const reception = readReceptionSheet(reader);
    findings.push(...reader.finish());
    if (reception) {
      out.reception = reception;
      sheets.reception = sheetsOf('reception');
    }
  }
  out.sectionSheets = sheets;
  return out;
}

/** Label of a TTHC column with its group, for messages: `Số hồ sơ đã giải quyết: Quá hạn`. */
function groupedLabel(key: string, label: string): string {
  const spec = TTHC_COLUMNS.find((s) => s.key === key);
  return spec?.group?.length ? `${spec.group[0]}: ${label}` : label;
}
