/** The progress bar (role=progressbar): which file is being read, then the writing into the workbook. */
import { byId } from './dom';

export class ProgressView {
  private readonly root = byId('progress');
  private readonly label = byId('progress-label');
  private readonly fill = byId('progress-fill');

  /** `done` of `total` steps finished; `text` says what is happening now. */
  set(done: number, total: number, text: string): void {
    const pct = total > 0 ? Math.max(0, Math.min(100, Math.round((done / total) * 100))) : 0;
    this.root.hidden = false;
    this.root.dataset.state = 'running';
    this.root.setAttribute('aria-valuenow', String(pct));
    this.root.setAttribute('aria-valuetext', text);
    this.label.textContent = text;
    // CSSOM, not a style attribute: the page's CSP (style-src 'self') allows this.
    this.fill.style.width = `${pct}%`;
  }

  finish(text: string, state: 'done' | 'failed' = 'done'): void {
    this.set(100, 100, text);
    this.root.dataset.state = state;
  }

  reset(): void {
    this.root.hidden = true;
    delete this.root.dataset.state;
    this.root.setAttribute('aria-valuenow', '0');
    this.root.removeAttribute('aria-valuetext');
    this.label.textContent = '';
    this.fill.style.width = '0%';
  }
}
