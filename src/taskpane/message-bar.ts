/** The pane's message bar (Fluent MessageBar): one message at a time, error / warning / success / info. */
import { byId } from './dom';

export type MessageKind = 'error' | 'warning' | 'success' | 'info';

export class MessageBar {
  private readonly bar = byId('message-bar');
  private readonly text = byId('message-text');

  constructor() {
    byId('message-close', HTMLButtonElement).addEventListener('click', () => this.hide());
  }

  show(kind: MessageKind, message: string): void {
    this.bar.hidden = false;
    this.bar.dataset.kind = kind;
    // Errors interrupt (alert); other messages wait their turn (status).
    this.bar.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    this.text.textContent = message.normalize('NFC');
  }

  hide(): void {
    this.bar.hidden = true;
    this.text.textContent = '';
    delete this.bar.dataset.kind;
  }
}

/** A Vietnamese sentence for an unexpected error (the technical detail in brackets, for whoever helps the user). */
export function describeError(prefix: string, e: unknown): string {
  const detail = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  const code =
    typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string'
      ? (e as { code: string }).code
      : '';
  const tail = [code, detail].filter((s) => s !== '').join(': ');
  return tail ? `${prefix} (${tail.slice(0, 300)})` : prefix;
}
