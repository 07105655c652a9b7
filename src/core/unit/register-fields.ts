/**
 * Fields of a dossier register (sổ theo dõi) under their canonical names, as the TTHC table's are: rows of
 * `Đo lường` and `TC-ĐL-CL` add up in `Tiêu chuẩn đo lường chất lượng`. Names not in the list stay as written,
 * named once in a warning on the sheet.
 */
import { clipText } from '../text/normalize';
import { addCounts, emptyCounts, type TthcCounts, type TthcSummary } from '../tthc/types';
import { NO_FIELD } from '../tthc/summarize';
import type { NameResolver } from '../settings/fields';
import type { SheetReader } from './sheet-reader';

/** Unknown names quoted in the warning before "và N lĩnh vực khác". */
const LISTED = 5;

export function canonicalRegisterFields(summary: TthcSummary, resolve: NameResolver, reader: SheetReader): TthcSummary {
  const byField: Record<string, TthcCounts> = {};
  const unknown: string[] = [];
  for (const [field, counts] of Object.entries(summary.byField)) {
    const r = field === NO_FIELD ? { name: field, known: true } : resolve(field);
    if (!r.known) unknown.push(field);
    byField[r.name] = addCounts(byField[r.name] ?? emptyCounts(), counts);
  }
  if (unknown.length > 0) {
    const listed = unknown
      .slice(0, LISTED)
      .map((f) => `«${clipText(f)}»`)
      .join(', ');
    const more = unknown.length > LISTED ? ` và ${unknown.length - LISTED} lĩnh vực khác` : '';
    reader.addSheet(
      'warning',
      'REGISTER_UNKNOWN_FIELD',
      `Lĩnh vực ${listed}${more} trong sổ không có trong danh mục lĩnh vực nên được giữ nguyên tên. Nếu là tên khác của một lĩnh vực đã có, hãy thêm vào bảng «Lĩnh vực thủ tục hành chính» của trang DanhMuc.`,
    );
  }
  return { ...summary, byField };
}
