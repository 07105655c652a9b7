/** The report's paragraphs (data-testid "report-text") and the Sao chép button. */
import type { ReportParagraphs } from '../core/report/paragraphs';
import { clear, el } from './dom';

/** The paragraphs in report order, empty sections left out. */
export function paragraphList(p: ReportParagraphs): string[] {
  return [p.tthc, p.byField, p.staff, p.training, p.reception].filter((s) => s.trim() !== '');
}

export function renderReport(root: HTMLElement, p: ReportParagraphs): string {
  clear(root);
  const paras = paragraphList(p);
  if (paras.length === 0)
    root.appendChild(el('p', { className: 'note', text: 'Không có số liệu để viết đoạn văn báo cáo.' }));
  for (const text of paras) root.appendChild(el('p', { text }));
  return paras.join('\n\n');
}
