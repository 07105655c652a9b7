/**
 * Choosing the units' files: the file input (data-testid "unit-files", replaced by each choice), a drop zone
 * (dropped files are added), and the list of chosen files with a remove button each.
 */
import { byId, clear, el } from './dom';
import { ACCEPTED_EXTENSIONS, hasAcceptedExtension, viSize } from './labels';

export class FilePicker {
  private readonly input = byId('unit-files', HTMLInputElement);
  private readonly zone = byId('drop-zone');
  private readonly list = byId('file-list');
  private readonly summary = byId('file-summary');
  private readonly count = byId('file-count');
  private files: File[] = [];
  private enabled = true;

  constructor(
    private readonly onChange: (files: readonly File[]) => void,
    private readonly onRefused: (names: string[]) => void,
  ) {
    // The accepted formats come from one list (labels.ts), the same the drop zone and the check below use.
    this.input.accept = ACCEPTED_EXTENSIONS.join(',');
    byId('pick-files', HTMLButtonElement).addEventListener('click', () => this.input.click());
    byId('clear-files', HTMLButtonElement).addEventListener('click', () => this.set([]));
    this.input.addEventListener('change', () => {
      this.set(this.accept(Array.from(this.input.files ?? [])));
    });
    this.zone.addEventListener('dragenter', (ev) => this.dragOver(ev));
    this.zone.addEventListener('dragover', (ev) => this.dragOver(ev));
    this.zone.addEventListener('dragleave', (ev) => {
      if (!this.zone.contains(ev.relatedTarget as Node | null)) this.zone.classList.remove('dragging');
    });
    this.zone.addEventListener('drop', (ev) => {
      ev.preventDefault();
      this.zone.classList.remove('dragging');
      if (!this.enabled) return;
      const dropped = this.accept(Array.from(ev.dataTransfer?.files ?? []));
      const key = (f: File) => `${f.name}\u0000${f.size}\u0000${f.lastModified}`;
      const have = new Set(this.files.map(key));
      this.set([...this.files, ...dropped.filter((f) => !have.has(key(f)))]);
    });
    // A file dropped beside the zone must not make the pane navigate to it.
    window.addEventListener('dragover', (ev) => ev.preventDefault());
    window.addEventListener('drop', (ev) => ev.preventDefault());
  }

  get selected(): readonly File[] {
    return this.files;
  }

  setEnabled(on: boolean): void {
    this.enabled = on;
    this.input.disabled = !on;
    byId('pick-files', HTMLButtonElement).disabled = !on;
    byId('clear-files', HTMLButtonElement).disabled = !on;
    for (const b of Array.from(this.list.querySelectorAll('button'))) b.disabled = !on;
    this.zone.classList.toggle('disabled', !on);
  }

  private dragOver(ev: DragEvent): void {
    ev.preventDefault();
    if (ev.dataTransfer) ev.dataTransfer.dropEffect = this.enabled ? 'copy' : 'none';
    if (this.enabled) this.zone.classList.add('dragging');
  }

  /** Keeps the workbook files; names the others. */
  private accept(files: File[]): File[] {
    const refused = files.filter((f) => !hasAcceptedExtension(f.name)).map((f) => f.name);
    if (refused.length > 0) this.onRefused(refused);
    return files.filter((f) => hasAcceptedExtension(f.name));
  }

  private set(files: File[]): void {
    this.files = files;
    this.render();
    this.onChange(this.files);
  }

  private render(): void {
    clear(this.list);
    this.files.forEach((f, i) => {
      const remove = el('button', {
        className: 'icon-button',
        text: '✕',
        attrs: { type: 'button', 'aria-label': `Bỏ tệp ${f.name}`, title: 'Bỏ tệp này' },
      });
      remove.addEventListener('click', () => {
        const next = this.files.filter((_, j) => j !== i);
        this.set(next);
        // Keep the keyboard user in the list.
        const buttons = this.list.querySelectorAll<HTMLButtonElement>('button');
        (buttons[Math.min(i, buttons.length - 1)] ?? byId('pick-files')).focus();
      });
      this.list.appendChild(
        el('li', { className: 'file-item' }, [
          el('span', { className: 'file-icon', attrs: { 'aria-hidden': 'true' } }),
          el('span', { className: 'file-name', text: f.name }),
          el('span', { className: 'file-size', text: viSize(f.size) }),
          remove,
        ]),
      );
    });
    this.summary.hidden = this.files.length === 0;
    this.count.textContent = this.files.length === 0 ? '' : `Đã chọn ${this.files.length} tệp.`;
  }
}
