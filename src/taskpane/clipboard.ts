/**
 * Copies text: the asynchronous Clipboard API where the host allows it, else the selection and
 * document.execCommand('copy') (Office's web host may deny clipboard-write to the add-in's frame).
 * Resolves false when neither worked, so the pane can ask the user to press Ctrl+C.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // denied or not focused: fall through
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'clipboard-buffer';
  document.body.appendChild(area);
  const active = document.activeElement as HTMLElement | null;
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus();
  }
}

/**
 * Copies formatted text (HTML for Word, plain text for the rest): a ClipboardItem with both where the host allows
 * it, else the element selected on the page and document.execCommand('copy'), which copies it formatted too.
 * Resolves false when neither worked.
 */
export async function copyFormatted(element: HTMLElement, text: string): Promise<boolean> {
  try {
    if (typeof ClipboardItem === 'function' && navigator.clipboard && typeof navigator.clipboard.write === 'function') {
      const item = new ClipboardItem({
        'text/html': new Blob([new XMLSerializer().serializeToString(element)], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      });
      await navigator.clipboard.write([item]);
      return true;
    }
  } catch {
    // denied or not focused: fall through
  }
  const holder = document.createElement('div');
  holder.className = 'clipboard-buffer';
  holder.appendChild(element);
  document.body.appendChild(holder);
  const active = document.activeElement as HTMLElement | null;
  try {
    selectContents(holder);
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    window.getSelection()?.removeAllRanges();
    holder.remove();
    active?.focus();
  }
}

/** Selects an element's text, for the user to copy by hand. */
export function selectContents(e: Element): void {
  const sel = window.getSelection();
  if (!sel) return;
  const range = document.createRange();
  range.selectNodeContents(e);
  sel.removeAllRanges();
  sel.addRange(range);
}
