import type { ProvincialSummary } from '../consolidate/types';
import { tthcChanges, withComparison } from '../compare/comparison-paragraphs';
import { byFieldParagraph } from './paragraph-by-field';
import { receptionParagraph } from './paragraph-reception';
import { staffParagraph } from './paragraph-staff';
import { trainingParagraph } from './paragraph-training';
import { tthcParagraph, type ParagraphStyle } from './paragraph-tthc';
import { phraseBook } from './phrase-book';
import { reportSubjects } from './subject';

export interface ParagraphOptions {
  /** Counts under ten with two digits (`04`, `09`), zero as `0`; default true, as official reports write them. */
  padCounts?: boolean;
  /**
   * Who reports, the subject of every sentence; default: the office's wording (DanhMuc table 6), else its agency
   * (table 5: in full first, by its kind after — report/subject.ts), else `Sở`.
   */
  subject?: string;
}

/** The report's numeric paragraphs (đoạn văn báo cáo); '' for a section no unit reported. */
export interface ReportParagraphs {
  tthc: string;
  byField: string;
  staff: string;
  training: string;
  reception: string;
}

/** The summary's figures as the paragraphs of a report, in the register of the reports themselves. */
export function reportParagraphs(summary: ProvincialSummary, opts: ParagraphOptions = {}): ReportParagraphs {
  // The office's wording (its settings, recorded in the summary) over the shipped one.
  const phrases = phraseBook(summary.phrases);
  const subjects =
    opts.subject !== undefined ? { first: opts.subject, then: opts.subject } : reportSubjects(phrases, summary.agency);
  const style: ParagraphStyle = {
    pad: opts.padCounts ?? true,
    subject: subjects.first,
    phrases,
    tthcChanges: tthcChanges(summary, opts.padCounts ?? true),
  };
  // The paragraphs that have a subject, in the report's order: the first names the agency in full.
  let named = false;
  const next = (): ParagraphStyle => {
    const subject = named ? subjects.then : subjects.first;
    named = true;
    return { ...style, subject };
  };
  const t = summary.total;
  // With an earlier period (`--previous`), each paragraph also says how the figures changed.
  return withComparison(
    {
      tthc: t.tthc ? tthcParagraph(t.tthc, next()) : '',
      byField: t.tthc ? byFieldParagraph(t.tthc, summary.byField, style) : '',
      staff: t.staff ? staffParagraph(t.staff, next()) : '',
      training: t.training ? trainingParagraph(t.training, next()) : '',
      reception: t.reception ? receptionParagraph(t.reception, next()) : '',
    },
    summary,
    style.pad,
  );
}
