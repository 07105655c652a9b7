import type { Finding } from '../findings';
import type { FileStatus, UnitReport } from '../unit/types';

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
