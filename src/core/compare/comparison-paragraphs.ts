import type { ProvincialSummary } from '../consolidate/types';
import type { ReportParagraphs } from '../report/paragraphs';
import { changeClause, earlierPeriodName, COMPARISON_PHRASES as P } from './comparison-text';

const fill = (t: string, clause: string): string => t.replace('{clause}', clause);

/**
 * The report's paragraphs with a comparison with the earlier period (`--previous`): in the TTHC paragraph right
 * after the dossiers received and resolved (`đã tiếp nhận 53 hồ sơ (tăng 10,4% so với cùng kỳ năm 2019)`),
 * and a closing sentence for staff, training and reception. Unchanged when there is no earlier period.
 */
export function withComparison(p: ReportParagraphs, summary: ProvincialSummary, pad = true): ReportParagraphs {
  const prev = summary.previous;
  if (!prev) return p;
  const name = earlierPeriodName(summary.period, prev.period);
  const now = summary.total;
  const before = prev.total;
  const out = { ...p };
  if (now.tthc && before.tthc && out.tthc !== '') {
    const received = changeClause(now.tthc.received, before.tthc.received, name, P.units.dossiers, pad);
    const resolved = changeClause(now.tthc.resolved, before.tthc.resolved, name, P.units.dossiers, pad);
    out.tthc = out.tthc
      .replace(/(đã tiếp nhận \S+ hồ sơ)/u, `$1 (${received})`)
      .replace(/(Đã giải quyết \S+ hồ sơ)/u, `$1 (${resolved})`);
  }
  const add = (text: string, sentence: string): string => (text === '' ? text : `${text} ${sentence}`);
  if (now.staff && before.staff)
    out.staff = add(
      out.staff,
      fill(P.sentences.staff, changeClause(now.staff.present, before.staff.present, name, P.units.people, pad)),
    );
  if (now.training && before.training)
    out.training = add(
      out.training,
      fill(
        P.sentences.training,
        changeClause(now.training.total, before.training.total, name, P.units.peopleCourses, pad),
      ),
    );
  if (now.reception && before.reception)
    out.reception = add(
      out.reception,
      fill(
        P.sentences.reception,
        changeClause(now.reception.citizens, before.reception.citizens, name, P.units.visits, pad),
      ),
    );
  return out;
}
