import { cleanText, foldKey } from '../text/normalize';
import data from './data/agency-names.json';

const lower = (s: string): string => s.toLocaleLowerCase('vi');
const capital = (w: string): string => (w === '' ? w : w[0].toLocaleUpperCase('vi') + w.slice(1));

/**
 * A summary's agency line as a unit name (tên đơn vị từ dòng cơ quan): `SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH`
 * → `Sở Khoa học và Công nghệ tỉnh Tây Ninh`. Only a line in capitals is re-spelled: known agencies as the
 * table writes them, the place after `tỉnh`, `thành phố`… with each word capitalised, the first letter capital.
 * A line already in mixed case is kept as written.
 */
export function agencyUnitName(agency: string): string {
  const clean = cleanText(agency);
  if (clean === '' || clean !== clean.toLocaleUpperCase('vi')) return clean;
  let s = lower(clean);
  for (const a of data.agencies) {
    const at = s.indexOf(lower(a));
    if (at >= 0) s = s.slice(0, at) + a + s.slice(at + a.length);
  }
  for (const p of data.placeWords) {
    const at = s.search(new RegExp(`(^|\\s)${p}\\s`, 'u'));
    if (at < 0) continue;
    const start = s.indexOf(p, at) + p.length;
    s = s.slice(0, start) + s.slice(start).replace(/\p{L}+/gu, capital);
    break;
  }
  return capital(s);
}

/** Whether two agency lines name the same agency (case, diacritics and spacing ignored). */
export function sameAgency(a: string, b: string): boolean {
  return foldKey(a) !== '' && foldKey(a) === foldKey(b);
}
