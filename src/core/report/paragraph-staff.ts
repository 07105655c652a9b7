import { padCount } from '../text/format';
import type { StaffSummary } from '../unit/types';
import { DEGREES, POLITICAL_THEORY, STAFF_TYPES, STATE_MANAGEMENT, countOf, presentLabels } from './categories';
import type { ParagraphStyle } from './paragraph-tthc';
import { allStaffPhrase, isKnownStaffType, otherText, staffTypePhrase } from './phrases';

/** `02 Tiến sĩ`; `Khác` → `03 trình độ khác`; `Khác: Sơ cấp` → `01 Sơ cấp`. */
function degreeItem(label: string, n: string): string {
  if (label === 'Khác') return `${n} trình độ khác`;
  return `${n} ${otherText(label) ?? label}`;
}

/** `12 cao cấp`, `20 chuyên viên chính`: a category in running text. */
function lowerItem(label: string, n: string): string {
  return `${n} ${(otherText(label) ?? label).toLowerCase()}`;
}

function capitalize(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * Staff (nhân sự): "Hiện tại, Sở có 182 công chức, viên chức và người lao động, gồm: 02 Tiến sĩ; 70 Thạc sĩ;
 * 110 Đại học; 07 đang học Tiến sĩ; 08 đang học Thạc sĩ." then the split by type, women and party members, political theory and state management, and the quota against those present.
 */
export function staffParagraph(s: StaffSummary, style: ParagraphStyle): string {
  const n = (x: number): string => padCount(x, style.pad);
  const types = presentLabels(s.byType, STAFF_TYPES);
  // Named by the types present; all of them when the split is unknown or holds a type the table does not know.
  const who =
    types.length > 0 && types.every(isKnownStaffType)
      ? staffTypePhrase(types, style.phrases)
      : allStaffPhrase(style.phrases);

  const items = [
    ...presentLabels(s.byDegree, DEGREES).map((d) => degreeItem(d, n(countOf(s.byDegree, d)))),
    ...presentLabels(s.studying, DEGREES).map((d) => `${n(countOf(s.studying, d))} đang học ${otherText(d) ?? d}`),
  ];
  // "Hiện tại, Sở có 86 cán bộ, công chức, viên chức và người lao động" (seed 000): the count named once.
  const sentences = [
    `Hiện tại, ${style.subject} có ${n(s.present)} ${who}${items.length > 0 ? `, gồm: ${items.join('; ')}` : ''}.`,
  ];

  const among = [
    ...(types.length > 1 ? [types.map((t) => lowerItem(t, n(countOf(s.byType, t)))).join(', ')] : []),
    ...(s.women > 0 ? [`${n(s.women)} nữ`] : []),
    ...(s.partyMembers > 0 ? [`${n(s.partyMembers)} đảng viên`] : []),
  ];
  if (among.length > 0) sentences.push(`Trong đó: ${among.join('; ')}.`);

  const politics = presentLabels(s.byPoliticalTheory, POLITICAL_THEORY).map((l) =>
    lowerItem(l, n(countOf(s.byPoliticalTheory, l))),
  );
  const management = presentLabels(s.byStateManagement, STATE_MANAGEMENT).map((l) =>
    lowerItem(l, n(countOf(s.byStateManagement, l))),
  );
  const training = [
    ...(politics.length > 0 ? [`về lý luận chính trị: ${politics.join(', ')}`] : []),
    ...(management.length > 0 ? [`về quản lý nhà nước: ${management.join(', ')}`] : []),
  ];
  if (training.length > 0) sentences.push(`${capitalize(training.join('; '))}.`);

  if (s.quota !== null) sentences.push(`Tổng số biên chế được giao là ${n(s.quota)}, có mặt ${n(s.present)} người.`);
  return sentences.join(' ');
}
