/**
 * Qari's one DOM helper module, shared by the extraction library, the reader, the speech room and the popup:
 * building elements, squashing whitespace, bounded text reads, inert parsing, and removal with wrappers.
 * It uses no browser global (every function takes the node or document it works on), so it runs the same in a
 * page, in the extension's own pages and in node with jsdom.
 */

/** Attributes for `element`; an `undefined` value is not set. */
export type Attrs = Partial<Record<string, string>>;

/** `<tag attrs…>text</tag>` in `doc`. */
export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Whitespace runs collapsed to one space, ends trimmed; '' for null. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The text of `el` (its text nodes in document order), or null as soon as `measure` summed over them exceeds
 * `max` — cheap on big subtrees, which are abandoned early.
 */
export function boundedText(el: Element, max: number, measure: (value: string) => number): string | null {
  const parts: string[] = [];
  let length = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 0x4); // text
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    length += measure(value);
    if (length > max) return null;
    parts.push(value);
  }
  return parts.join('');
}

/**
 * Parse HTML into an inert document (DOMParser's: scripts never run, nothing loads) and return its body. A new
 * document per parse costs a little (~0.3 ms in Chromium), but no HTML is ever assigned to `innerHTML` in Qari's
 * own code — reused documents would need that, and store reviewers rightly flag it.
 */
export function parseInert(html: string, win: Window): HTMLElement {
  const parser = new (win as unknown as typeof globalThis).DOMParser();
  return parser.parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

/**
 * The outermost ancestor of `el` below `root` that holds exactly the same text (the wrappers a line sits in), so
 * removing a line leaves no empty shell behind.
 */
export function outermostWrapper(el: Element, root: Element): Element {
  let target = el;
  while (target.parentElement && target.parentElement !== root && onlyTextHolder(target.parentElement, target)) {
    target = target.parentElement;
  }
  return target;
}

/**
 * Whether `node` holds text other than white space — `squash(node.textContent) !== ''` — reading its text nodes
 * only up to the first that does (comments and processing instructions are not part of `textContent`).
 */
export function hasText(node: Node): boolean {
  if (node.nodeType === 3 || node.nodeType === 4) return /\S/.test(node.nodeValue ?? '');
  if (node.nodeType !== 1) return false;
  const walker = node.ownerDocument!.createTreeWalker(node, 0x4 | 0x8); // text and CDATA
  for (let text = walker.nextNode(); text; text = walker.nextNode()) if (/\S/.test(text.nodeValue ?? '')) return true;
  return false;
}

/**
 * Whether `parent` holds the same text as its child `child` once squashed — `squash(parent.textContent) ===
 * squash(child.textContent)` — without reading either's whole text: true exactly when no other child of `parent`
 * holds text other than white space (squashing keeps every other character and trims the ends). Reading an
 * ancestor's whole text instead costs O(article) per line when the ancestor is the article's container.
 */
export function onlyTextHolder(parent: Element, child: Node): boolean {
  for (let node = parent.firstChild; node; node = node.nextSibling) if (node !== child && hasText(node)) return false;
  return true;
}

/** Remove `el` with the wrappers that hold nothing else (see `outermostWrapper`); returns what was removed. */
export function removeWithWrappers(el: Element, root: Element): Element {
  const target = outermostWrapper(el, root);
  target.remove();
  return target;
}
