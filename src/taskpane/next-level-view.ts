/**
 * What the pane shows for the next level up: the units that have not sent (data-testid "missing-units") and,
 * for each unit with something to fix, its list with a copy button (data-testid "fix-list"). Text only through
 * textContent; the wording comes from the core (fixText).
 */
import type { ProvincialSummary } from '../core/consolidate/types';
import { fixList, fixText } from '../core/fixlist/fix-list';
import { clear, el } from './dom';

export function renderMissingUnits(box: HTMLElement, summary: ProvincialSummary): void {
  clear(box);
  const missing = summary.missingUnits;
  box.hidden = missing === undefined;
  if (missing === undefined) return;
  if (missing.length === 0) {
    box.appendChild(el('p', { className: 'missing-none', text: 'Tất cả các đơn vị trong danh sách đã gửi báo cáo.' }));
    return;
  }
  box.appendChild(
    el('p', { className: 'missing-title', text: `${missing.length} đơn vị chưa gửi báo cáo (hoặc tệp bị loại):` }),
  );
  box.appendChild(
    el(
      'ul',
      { className: 'missing-list' },
      missing.map((n) => el('li', { text: n })),
    ),
  );
}

/** One block per unit: its name, how many items, and a button that copies the text to send back. */
export function renderFixList(
  box: HTMLElement,
  summary: ProvincialSummary,
  copy: (text: string, unit: string) => void,
): void {
  clear(box);
  const units = fixList(summary.files);
  box.hidden = units.length === 0;
  for (const u of units) {
    const text = fixText(u);
    const button = el('button', {
      className: 'button small',
      text: 'Sao chép',
      attrs: { type: 'button', 'data-testid': 'copy-fixes', 'data-file': u.file },
    });
    button.addEventListener('click', () => copy(text, u.unit !== '' ? u.unit : u.file));
    box.appendChild(
      el('div', { className: 'fix-unit', attrs: { 'data-file': u.file } }, [
        el('div', { className: 'section-head' }, [
          el('span', {
            className: 'fix-name',
            text: `${u.unit !== '' ? u.unit : u.file} — ${u.items.length} nội dung`,
          }),
          button,
        ]),
        el('pre', { className: 'fix-text', text }),
      ]),
    );
  }
}
