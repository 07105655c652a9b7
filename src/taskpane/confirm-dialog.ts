/**
 * A small confirmation dialog inside the pane (window.confirm is blocked in Office add-ins). A native <dialog>
 * shown modally: focus stays inside, Esc cancels; resolves true only for the confirm button.
 */
import { byId, clear, el } from './dom';

export interface ConfirmOptions {
  title: string;
  text: string;
  items?: readonly string[];
  confirm: string;
  cancel?: string;
}

export class ConfirmDialog {
  private readonly dialog = byId('confirm-dialog') as HTMLDialogElement;
  private readonly title = byId('confirm-title');
  private readonly text = byId('confirm-text');
  private readonly list = byId('confirm-list');
  private readonly ok = byId('confirm-ok', HTMLButtonElement);
  private readonly cancel = byId('confirm-cancel', HTMLButtonElement);
  private pending: ((v: boolean) => void) | null = null;

  constructor() {
    this.ok.addEventListener('click', () => this.close(true));
    this.cancel.addEventListener('click', () => this.close(false));
    // Esc: the browser fires 'cancel' and closes the dialog.
    this.dialog.addEventListener('cancel', (ev) => {
      ev.preventDefault();
      this.close(false);
    });
  }

  ask(o: ConfirmOptions): Promise<boolean> {
    if (this.pending) this.close(false);
    this.title.textContent = o.title;
    this.text.textContent = o.text;
    clear(this.list);
    for (const item of o.items ?? []) this.list.appendChild(el('li', { text: item }));
    this.list.hidden = (o.items ?? []).length === 0;
    this.ok.textContent = o.confirm;
    this.cancel.textContent = o.cancel ?? 'Hủy';
    return new Promise<boolean>((resolve) => {
      this.pending = resolve;
      if (typeof this.dialog.showModal === 'function') this.dialog.showModal();
      else this.dialog.setAttribute('open', '');
      // The safe choice has the focus: Enter does not overwrite by accident.
      this.cancel.focus();
    });
  }

  private close(result: boolean): void {
    const resolve = this.pending;
    this.pending = null;
    if (this.dialog.open) {
      if (typeof this.dialog.close === 'function') this.dialog.close();
      else this.dialog.removeAttribute('open');
    }
    resolve?.(result);
  }
}
