/**
 * The per-file results (data-testid "findings"): each source file with its status — Hợp lệ, Có cảnh báo, Có lỗi,
 * Bị loại — and, on click (or Enter/Space), every finding with its sheet and cell. A file with errors also shows
 * what was left out of the totals, each figure it states against what it adds up to, and the choice to accept them.
 */
import { SECTIONS } from '../core/consolidate/sections';
import { statedAgainstAdded } from '../core/consolidate/held';
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
  return el(
    'li',
    { className: `finding finding-${f.severity}`, attrs: { 'data-severity': f.severity, 'data-code': f.code } },
    [
      el('span', { className: `severity severity-${f.severity}`, text: SEVERITY_TEXT[f.severity] }),
      el('span', { className: 'place', text: findingPlace(f) }),
      el('span', { className: 'finding-message', text: f.message }),
    ],
  );
}

/** Called when the user accepts (or no longer accepts) a file's figures as added up. */
export type AcceptChoice = (file: string, accepted: boolean) => void;

function heldBlock(r: FileResult, onAccept: AcceptChoice): HTMLElement {
  const names = SECTIONS.filter((s) => r.held?.includes(s.key)).map((s) => s.name);
  const text = r.accepted
    ? 'Đã chấp nhận số cộng lại: phần có lỗi được tính vào tổng hợp.'
    : `Không tính vào tổng hợp: ${names.join('; ')}.`;
  const box = el('input', { attrs: { type: 'checkbox', 'data-testid': 'accept' } });
  box.checked = r.accepted === true;
  box.addEventListener('change', () => onAccept(r.file, box.checked));
  return el('div', { className: 'held', attrs: { 'data-testid': 'held' } }, [
    el('p', { className: 'held-text', text }),
    el(
      'ul',
      { className: 'held-figures' },
      statedAgainstAdded(r.findings).map((s) => el('li', { text: s })),
    ),
    el('label', { className: 'accept' }, [box, el('span', { text: 'Chấp nhận số cộng lại' })]),
  ]);
}

function fileItem(r: FileResult, i: number, onAccept: AcceptChoice): HTMLLIElement {
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
  const item = el('li', {
    className: `file-result status-${r.status}`,
    attrs: { 'data-status': r.status, 'data-file': r.file },
  });
  const held = r.held?.length || r.accepted ? heldBlock(r, onAccept) : null;
  if (count === 0) {
    item.appendChild(el('div', { className: 'file-head' }, head));
    return item;
  }
  const toggle = el(
    'button',
    { className: 'file-head', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': detailsId } },
    head,
  );
  const list = el('ul', { className: 'finding-list', attrs: { id: detailsId } }, r.findings.map(findingItem));
  list.hidden = true;
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
  });
  item.append(toggle, ...(held ? [held] : []), list);
  return item;
}

export function renderFindings(
  list: HTMLElement,
  files: readonly FileResult[],
  onAccept: AcceptChoice = () => undefined,
): void {
  clear(list);
  files.forEach((r, i) => list.appendChild(fileItem(r, i, onAccept)));
}
