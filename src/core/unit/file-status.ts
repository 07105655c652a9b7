/**
 * A file's status from its findings (trạng thái của tệp), and the sections an error puts in doubt.
 * Shared by the reader, the io door that adds reading findings, and consolidation.
 */
import type { FigureSectionKey, FileStatus, UnitReport } from './types';

/** What KiemTra, the CLI and the pane call each status (interfaces.md). */
export const FILE_STATUS_TEXT: Record<FileStatus, string> = {
  valid: 'Hợp lệ',
  warnings: 'Có cảnh báo',
  errors: 'Có lỗi',
  rejected: 'Bị loại',
};

export const FIGURE_SECTIONS: readonly FigureSectionKey[] = ['tthc', 'staff', 'training', 'reception'];

/** Whether the report carries any figure to consolidate. */
export function hasFigures(r: UnitReport): boolean {
  return FIGURE_SECTIONS.some((k) => r[k] !== undefined);
}

/** Bị loại when nothing is usable; Có lỗi with an error finding; Có cảnh báo with any other; else Hợp lệ. */
export function fileStatus(r: UnitReport): FileStatus {
  if (r.status === 'rejected' || !hasFigures(r)) return 'rejected';
  if (r.findings.some((f) => f.severity === 'error')) return 'errors';
  return r.findings.length > 0 ? 'warnings' : 'valid';
}

/**
 * Sections whose figures an error-severity finding puts in doubt: those read from the sheet the finding names.
 * An error about the whole file or another sheet (the period, an unreadable extra sheet) holds no section.
 */
export function sectionsInDoubt(r: UnitReport): FigureSectionKey[] {
  const sheets = new Set(r.findings.filter((f) => f.severity === 'error' && f.sheet !== '').map((f) => f.sheet));
  return FIGURE_SECTIONS.filter((k) => r[k] !== undefined && (r.sectionSheets?.[k] ?? []).some((s) => sheets.has(s)));
}
