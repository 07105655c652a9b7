import { finding, type Finding } from '../findings';
import { foldKey } from '../text/normalize';
import type { UnitReport } from '../unit/types';

/**
 * The same unit sent twice (đơn vị gửi trùng). Same name once folded: the first file is kept and each later one
 * gets an error (rejected, so nothing is counted twice). Identical figures under another name: a warning on the
 * later file only — two small units can truly report the same figures, and dropping real data on a guess
 * would be worse than asking the user to look; the warning names both files.
 * Rejected reports take no part: a file the reader refused does not push out a good one.
 * Returns the finding for each later duplicate, keyed by its position in `reports`.
 */
export function duplicateFindings(reports: readonly UnitReport[]): Map<number, Finding> {
  const byName = new Map<string, UnitReport>();
  const byContent = new Map<string, UnitReport>();
  const out = new Map<number, Finding>();
  reports.forEach((r, i) => {
    if (r.status === 'rejected') return;
    const nameKey = foldKey(r.name);
    const sameName = nameKey !== '' ? byName.get(nameKey) : undefined;
    const sameContent = r.contentKey !== '' ? byContent.get(r.contentKey) : undefined;
    if (sameName) {
      out.set(i, duplicateName(r, sameName));
      return;
    }
    if (sameContent) out.set(i, duplicateContent(r, sameContent));
    if (nameKey !== '') byName.set(nameKey, r);
    if (r.contentKey !== '') byContent.set(r.contentKey, r);
  });
  return out;
}

function duplicateName(later: UnitReport, first: UnitReport): Finding {
  return finding(
    { file: later.file, sheet: '', cell: '' },
    'error',
    'UNIT_DUPLICATE',
    `Đơn vị "${later.name}" đã có báo cáo trong tệp "${first.file}"; tệp "${later.file}" bị loại để số liệu không bị cộng hai lần. ` +
      'Nếu tệp này là bản sửa, hãy bỏ tệp cũ ra rồi tổng hợp lại.',
  );
}

function duplicateContent(later: UnitReport, first: UnitReport): Finding {
  return finding(
    { file: later.file, sheet: '', cell: '' },
    'warning',
    'UNIT_DUPLICATE_CONTENT',
    `Số liệu của tệp "${later.file}" (đơn vị "${later.name}") trùng hoàn toàn với tệp "${first.file}" (đơn vị "${first.name}"); ` +
      'cả hai vẫn được tổng hợp. Kiểm tra lại xem tệp có bị gửi nhầm số liệu của đơn vị khác không.',
  );
}
