/**
 * The unit's name (tên đơn vị) as the workbook says it: `Tên đơn vị` in ThongTin, `Đơn vị báo cáo:` in a title
 * block (both read by read-info), else the agency line of an official title block — the upper-case line under
 * the governing body's line (`SỞ KHOA HỌC VÀ CÔNG NGHỆ` / `CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG`); the file
 * name only as the last resort, with a warning.
 */
import titleData from './data/title-block.json';
import { type Grid, a1 } from '../grid';
import { foldKey } from '../text/normalize';
import type { SheetReader } from './sheet-reader';

const PARENTS = titleData.parents.map(foldKey);
const NOT_AGENCY = titleData.notAgency.map(foldKey);

const startsWithAny = (key: string, words: readonly string[]) =>
  words.some((w) => key === w || key.startsWith(w + ' '));

/** Letters, and every one of them upper case (Vietnamese case rules). */
function isUpperCaseLine(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

/** How far below the governing body's line the agency line may sit (a blank or underline row between). */
const MAX_GAP = 2;

export interface AgencyLine {
  name: string;
  sheet: string;
  cell: string;
}

/** The agency line of the title block in rows [0, lastRow) of the sheet, or null. */
export function agencyFromTitleBlock(reader: SheetReader, lastRow: number): AgencyLine | null {
  const g: Grid = reader.grid;
  for (let r = 0; r < Math.min(lastRow, g.rows.length); r++) {
    const row = g.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = reader.text(r, c);
      if (text === '' || !isUpperCaseLine(text) || !startsWithAny(foldKey(text), PARENTS)) continue;
      for (let below = r + 1; below <= r + 1 + MAX_GAP && below < lastRow; below++) {
        const line = reader.text(below, c);
        if (line === '' || /^[-_=.–—\s]+$/.test(line)) continue;
        if (!isUpperCaseLine(line) || startsWithAny(foldKey(line), NOT_AGENCY) || startsWithAny(foldKey(line), PARENTS))
          break;
        return { name: line, sheet: reader.name, cell: a1(below, c) };
      }
    }
  }
  return null;
}

/** The file name without folders and extension. */
export function nameFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(xlsx|xlsm|xlsb|xls|ods|csv)$/i, '') || base;
}
