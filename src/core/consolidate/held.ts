/**
 * Errors stop wrong figures (số liệu có lỗi không vào tổng hợp): the sections of a file that an error puts in doubt
 * are left out of the totals, with a finding naming them and the figures the file states against what they add up
 * to — unless the user accepted that file's figures as added up, which the summary then records.
 */
import { finding, type Finding } from '../findings';
import { sectionsInDoubt } from '../unit/file-status';
import type { FigureSectionKey, UnitReport } from '../unit/types';
import { SECTIONS } from './sections';
import { unitLabel } from './status';

/** The figures that disagree, as `TTHC!C12 ghi 60, cộng lại được 58`, for messages. */
export function statedAgainstAdded(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => f.stated !== undefined && f.added !== undefined)
    .map((f) => `${[f.sheet, f.cell].filter((s) => s !== '').join('!')} ghi ${f.stated}, cộng lại được ${f.added}`);
}

const sectionNames = (keys: readonly FigureSectionKey[]) =>
  SECTIONS.filter((s) => keys.includes(s.key))
    .map((s) => s.name)
    .join('; ');

/** What becomes of a file with status `errors`: the sections held back (none when accepted) and the finding saying so. */
export interface HeldOutcome {
  held: FigureSectionKey[];
  accepted: boolean;
  finding: Finding | null;
}

export function holdSections(u: UnitReport, accepted: boolean): HeldOutcome {
  const doubt = sectionsInDoubt(u);
  if (doubt.length === 0) return { held: [], accepted: false, finding: null };
  const figures = statedAgainstAdded(u.findings);
  const shown = figures.length > 0 ? ` (${figures.join('; ')})` : '';
  const at = { file: u.file, sheet: '', cell: '' };
  if (accepted) {
    return {
      held: [],
      accepted: true,
      finding: finding(
        at,
        'warning',
        'UNIT_ERRORS_ACCEPTED',
        `Người tổng hợp đã chấp nhận số liệu cộng lại của tệp này dù có lỗi; phần ${sectionNames(doubt)} của đơn vị "${unitLabel(u)}" được tính vào tổng hợp theo số cộng lại${shown}.`,
      ),
    };
  }
  return {
    held: doubt,
    accepted: false,
    finding: finding(
      at,
      'error',
      'UNIT_SECTION_HELD',
      `Phần ${sectionNames(doubt)} của đơn vị "${unitLabel(u)}" không được tính vào tổng hợp vì tệp có lỗi${shown}. ` +
        `Hãy đề nghị đơn vị sửa và gửi lại; nếu số cộng lại là đúng, hãy chấp nhận số liệu của tệp này (dòng lệnh: --accept "${u.file}"; ngăn tác vụ: ô «Chấp nhận số cộng lại» của tệp) rồi tổng hợp lại.`,
    ),
  };
}

/** The report without the held sections (a copy), as it enters the totals. */
export function withoutSections(u: UnitReport, held: readonly FigureSectionKey[]): UnitReport {
  const copy: UnitReport = { ...u };
  for (const k of held) delete copy[k];
  return copy;
}
