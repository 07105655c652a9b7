import type { ProvincialSummary } from '../consolidate/types';
import { tthcChanges, withComparison } from '../compare/comparison-paragraphs';
import { byFieldParagraph } from './paragraph-by-field';
import { receptionParagraph } from './paragraph-reception';
import { staffParagraph } from './paragraph-staff';
import { trainingParagraph } from './paragraph-training';
import { tthcParagraph, type ParagraphStyle } from './paragraph-tthc';
import { phraseBook } from './phrase-book';

export interface ParagraphOptions {
  /** Counts under ten with two digits (`04`, `09`), zero as `0`; default true, as official reports write them. */
  padCounts?: boolean;
  /** Who reports, the subject of the sentences; default: the office's wording (DanhMuc table 6), else `Sở`. */
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
  const style: ParagraphStyle = {
    pad: opts.padCounts ?? true,
    subject: opts.subject ?? phrases.text('subject'),
    phrases,
    tthcChanges: tthcChanges(summary, opts.padCounts ?? true),
  };
  const t = summary.total;
  // With an earlier period (`--previous`), each paragraph also says how the figures changed.
  return withComparison(
    {
      tthc: t.tthc ? tthcParagraph(t.tthc, style) : '',
      byField: t.tthc ? byFieldParagraph(t.tthc, summary.byField, style) : '',
      staff: t.staff ? staffParagraph(t.staff, style) : '',
      training: t.training ? trainingParagraph(t.training, style) : '',
      reception: t.reception ? receptionParagraph(t.reception, style) : '',
    },
    summary,
    style.pad,
  );
}
