import { padCount } from '../text/format';
import type { TrainingSummary } from '../unit/types';
import type { ParagraphStyle } from './paragraph-tthc';
import { coursePhrase, courseRank, staffTypePhrase } from './phrases';
import { SHIPPED_PHRASES } from './phrase-book';

/** Staff types with people on the course; when the split is unknown, all under the unknown type ''. */
function typesOf(t: TrainingSummary, kind: string): Record<string, number> {
  return t.byKindAndType[kind] ?? { '': t.byKind[kind] ?? 0 };
}

/**
 * Training (đào tạo, bồi dưỡng): "Trong kỳ, Sở đã cử 02 công chức học cao cấp LLCT; 01 viên chức bồi dưỡng lãnh
 * đạo, quản lý cấp phòng; …; 03 công chức, viên chức bồi dưỡng ngạch kế toán viên chính." One clause per course
 * type, in the order of the editable phrase table; who went is named by staff type.
 */
export function trainingParagraph(t: TrainingSummary, style: ParagraphStyle): string {
  const kinds = [...new Set([...Object.keys(t.byKindAndType), ...Object.keys(t.byKind)])];
  const clauses = kinds
    .map((kind, i) => ({ kind, i, rank: courseRank(kind), byType: typesOf(t, kind) }))
    .map((k) => ({ ...k, count: Object.values(k.byType).reduce((s, n) => s + n, 0) }))
    .filter((k) => k.count > 0)
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((k) => {
      const types = Object.entries(k.byType)
        .filter(([, n]) => n > 0)
        .map(([type]) => type);
      return `${padCount(k.count, style.pad)} ${staffTypePhrase(types, style.phrases)} ${coursePhrase(k.kind, style.phrases)}`;
    });
  if (clauses.length === 0)
    return (style.phrases ?? SHIPPED_PHRASES).fill('trainingNone', { 'chủ thể': style.subject });
  return (style.phrases ?? SHIPPED_PHRASES).fill('trainingSent', {
    'chủ thể': style.subject,
    'các khóa': clauses.join('; '),
  });
}
