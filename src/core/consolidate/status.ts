import type { Finding } from '../findings';
import type { FileStatus, UnitReport } from '../unit/types';
import type { FileResult } from './types';
import { FILE_STATUS_TEXT } from '../unit/file-status';

/** A copy of the report that can take cross-file findings without touching the caller's object. */
export function workingCopy(r: UnitReport): UnitReport {
  return { ...r, findings: [...r.findings] };
}

/** The status a file has once `f` is added: an error rejects it, a warning marks a valid file. */
export function statusWith(status: FileStatus, f: Finding): FileStatus {
  if (f.severity === 'error') return 'rejected';
  return status === 'valid' ? 'warnings' : status;
}

/** Appends a finding to a working copy and updates its status (mutates the copy). */
export function addFinding(r: UnitReport, f: Finding): void {
  r.findings.push(f);
  r.status = statusWith(r.status, f);
}

/** How messages name a unit: its name, or the file when the name could not be read. */
export function unitLabel(r: UnitReport): string {
  return r.name.trim() !== '' ? r.name : r.file;
}

/** How many files are valid, have warnings, have errors, are rejected (the tallies of KiemTra and of both doors' messages). */
export function countFileStatuses(files: readonly { status: FileStatus }[]): Record<FileStatus, number> {
  const n: Record<FileStatus, number> = { valid: 0, warnings: 0, errors: 0, rejected: 0 };
  for (const f of files) n[f.status]++;
  return n;
}

/** The statuses in the order tallies list them. */
export const FILE_STATUS_ORDER: readonly FileStatus[] = ['valid', 'warnings', 'errors', 'rejected'];

/**
 * "4 tệp: 2 hợp lệ, 1 có cảnh báo, 1 bị loại." — the files by status, in the words of FILE_STATUS_TEXT; statuses
 * no file has are left out unless `zeros` (the CLI's closing line lists all four).
 */
export function statusTally(files: readonly { status: FileStatus }[], opts: { zeros?: boolean } = {}): string {
  const n = countFileStatuses(files);
  const parts = FILE_STATUS_ORDER.filter((s) => opts.zeros || n[s] > 0).map(
    (s) => `${n[s]} ${FILE_STATUS_TEXT[s].toLowerCase()}`,
  );
  return `${files.length} tệp${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}

/**
 * {@link statusTally} of a run's files, each counted once: the units of an expanded summary share one file (three
 * files, one of them a summary of five units, are "3 tệp", not "7 tệp"). The pane's results line and `check`.
 */
export function fileTally(files: readonly FileResult[], opts: { zeros?: boolean } = {}): string {
  return statusTally(resultsByFile(files), opts);
}

/** Files with errors whose figures were not accepted: held out of the totals (and a reason for exit status 1). */
export function unacceptedErrors<T extends { status: FileStatus; accepted?: boolean }>(files: readonly T[]): T[] {
  return files.filter((f) => f.status === 'errors' && !f.accepted);
}

/**
 * Each file once, with all its findings (the entries of an expanded summary share one file): rejected when
 * none of its entries was taken, with errors when one has errors, valid when all are, else with warnings; the
 * sections its entries with errors hold out, and accepted when each of those entries was accepted.
 */
export function resultsByFile(files: readonly FileResult[]): FileResult[] {
  const groups = new Map<string, FileResult[]>();
  for (const f of files) groups.set(f.file, [...(groups.get(f.file) ?? []), f]);
  return [...groups.values()].map((g) => {
    const status = g.every((f) => f.status === 'rejected')
      ? 'rejected'
      : g.some((f) => f.status === 'errors')
        ? 'errors'
        : g.every((f) => f.status === 'valid')
          ? 'valid'
          : 'warnings';
    // What became of the entries with errors (not only the first entry's): their held sections, and accepted
    // only when each of them was.
    const { held: _h, accepted: _a, ...first } = g[0];
    const withErrors = g.filter((f) => f.status === 'errors');
    const held = [...new Set(withErrors.flatMap((f) => f.held ?? []))];
    return {
      ...first,
      status,
      findings: g.flatMap((f) => f.findings),
      ...(held.length > 0 ? { held } : {}),
      ...(withErrors.length > 0 && withErrors.every((f) => f.accepted) ? { accepted: true } : {}),
    };
  });
}
