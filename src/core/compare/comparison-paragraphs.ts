import type { ProvincialSummary } from '../consolidate/types';
import type { ReportParagraphs } from '../report/paragraphs';
import type { FigureChange, TthcChanges } from '../report/paragraph-tthc';
import { changeClause, earlierPeriodName, COMPARISON_PHRASES as P } from './comparison-text';

const fill = (t: string, clause: string): string => t.replace('{clause}', clause);

/**
 * The TTHC figures' changes against the earlier period (`--previous`), for the `{so với kỳ trước}` blank of the
 * TTHC sentences (`đã tiếp nhận 53 hồ sơ (tăng 10,4% so với cùng kỳ năm 2019)`); undefined when either period has
 * no TTHC figures.
 */
export function tthcChanges(summary: ProvincialSummary, pad = true): TthcChanges | undefined {
  const prev = summary.previous;
  const now = summary.total.tthc;
  const before = prev?.total.tthc;
  if (!prev || !now || !before) return undefined;
  const name = earlierPeriodName(summary.period, prev.period);
  const change = (a: number, b: number, sentence: string): FigureChange => {
    const clause = changeClause(a, b, name, P.units.dossiers, pad);
    return { clause, sentence: fill(sentence, clause) };
  };
  return {
    received: change(now.received, before.received, P.sentences.tthcReceived),
    resolved: change(now.resolved, before.resolved, P.sentences.tthcResolved),
  };
}

/**
 * The report's paragraphs with a closing sentence comparing staff, training and reception with the earlier period
 * (`--previous`); the TTHC paragraph has its comparison already (tthcChanges). Unchanged without an earlier period.
 */
export function withComparison(p: ReportParagraphs, summary: ProvincialSummary, pad = true): ReportParagraphs {
  const prev = summary.previous;
  if (!prev) return p;
  const name = earlierPeriodName(summary.period, prev.period);
  const now = summary.total;
  const before = prev.total;
  const out = { ...p };
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
