/**
 * The per-file results (data-testid "findings"): each source file with its status — Hợp lệ, Có cảnh báo,
 * Bị loại — and, on click (or Enter/Space), every finding with its sheet and cell.
 */
import type { FileResult } from '../core/consolidate/types';
import type { Finding } from '../core/findings';
import { clear, el } from './dom';
import { SEVERITY_TEXT, STATUS_TEXT } from './labels';

/** `TTHC › C12`, `TTHC`, or `Cả tệp` for a finding about the whole file. */
export function findingPlace(f: Finding): string {
  const parts = [f.sheet, f.cell].filter((s) => s !== '');
  return parts.length > 0 ? parts.join(' › ') : 'Cả tệp';
}

function findingItem(f: Finding): HTMLLIElement {
  return el('li', { className: `finding finding-${f.severity}`, attrs: { 'data-severity': f.severity, 'data-code': f.code } }, [
    el('span', { className: `severity severity-${f.severity}`, text: SEVERITY_TEXT[f.severity] }),
    el('span', { className: 'place', text: findingPlace(f) }),
    el('span', { className: 'finding-message', text: f.message }),
  ]);
}

function fileItem(r: FileResult, i: number): HTMLLIElement {
  const detailsId = `file-result-${i}`;
  const count = r.findings.length;
  const head = [
    el('span', { className: 'chevron', attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'file-main' }, [
      el('span', { className: 'file-name', text: r.file }),
      el('span', { className: 'file-unit', text: r.unit !== '' ? r.unit : 'Không đọc được tên đơn vị' }),
    ]),
    el('span', { className: `badge badge-${r.status}`, text: STATUS_TEXT[r.status] }),
    el('span', { className: 'finding-count', text: count > 0 ? `${count} phát hiện` : 'Không có phát hiện' }),
  ];
  const item = el('li', { className: `file-result status-${r.status}`, attrs: { 'data-status': r.status, 'data-file': r.file } });
  if (count === 0) {
    item.appendChild(el('div', { className: 'file-head' }, head));
    return item;
  }
  const toggle = el('button', { className: 'file-head', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': detailsId } }, head);
  const list = el('ul', { className: 'finding-list', attrs: { id: detailsId } }, r.findings.map(findingItem));
  list.hidden = true;
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
  });
  item.append(toggle, list);
  return item;
}

export function renderFindings(list: HTMLElement, files: readonly FileResult[]): void {
  clear(list);
  files.forEach((r, i) => list.appendChild(fileItem(r, i)));
}
