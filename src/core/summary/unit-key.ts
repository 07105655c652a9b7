import { foldKey } from '../text/normalize';
import data from './data/unit-prefixes.json';

const PREFIXES = data.prefixes.map((p) => foldKey(p)).sort((a, b) => b.length - a.length);

/**
 * The key two spellings of one unit's name share (khóa so khớp tên đơn vị): case, diacritics, Unicode form,
 * spacing and punctuation ignored, then a leading common prefix (`Phòng`, `Trung tâm`, `Chi cục`…) dropped,
 * so `PHÒNG QUẢN LÝ KHOA HỌC`, `Phòng Quản lý khoa học` and `Quản lý Khoa học` match.
 */
export function unitKey(name: string): string {
  const k = foldKey(name);
  for (const p of PREFIXES) if (k.startsWith(p + ' ') && k.length > p.length + 1) return k.slice(p.length + 1);
  return k;
}
