/**
 * Small DOM helpers. Every piece of text goes in through textContent, never innerHTML: file names, unit
 * names and findings come from other people's workbooks.
 */

export interface ElOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  opts: ElOptions = {},
  children: readonly (Node | null | undefined | false)[] = [],
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (opts.className) e.className = opts.className;
  if (opts.text !== undefined) e.textContent = opts.text;
  for (const [k, v] of Object.entries(opts.attrs ?? {})) e.setAttribute(k, v);
  for (const c of children) if (c) e.appendChild(c);
  return e;
}

/** The element with this id, of the expected kind; throws when the page lacks it (a programming error). */
export function byId<T extends HTMLElement = HTMLElement>(id: string, kind?: { new (): T }): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`taskpane.html has no element #${id}`);
  if (kind && !(e instanceof kind)) throw new Error(`#${id} is not a ${kind.name}`);
  return e as T;
}

export function clear(e: Element): void {
  while (e.firstChild) e.removeChild(e.firstChild);
}
