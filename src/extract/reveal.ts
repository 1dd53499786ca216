/**
 * Some pages hide their article with CSS until a script reveals it: server-rendered paragraphs hidden until the
 * app hydrates (`.ssr .text {display:none}`), a paywall teaser whose remaining paragraphs are shown once the
 * reader is known. Each hidden paragraph on its own is far from "most of the page" (see prepare's
 * `holdsThePage`), but together they are the article. When the paragraphs `prepare` marked hidden by style
 * outweigh the paragraphs left visible, those marks are taken back — as Firefox's Reader View, which sees no
 * style sheets, shows them too.
 */
import { textWeight } from './text-weight';

/** A paragraph of prose, not a teaser's one-liner or a menu entry. */
const PROSE_MIN = 120;
/** Marks by style alone (the `hidden` attribute and aria-hidden say more than a style sheet). */
const STYLE_HIDDEN = new Set(['display', 'visibility']);

function prose(root: Element, skip: (p: Element) => boolean): number {
  let total = 0;
  const paragraphs = root.localName === 'p' ? [root] : [...root.querySelectorAll('p')];
  for (const p of paragraphs) {
    if (skip(p)) continue;
    const weight = textWeight((p.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (weight >= PROSE_MIN) total += weight;
  }
  return total;
}

/** Unmark style-hidden nodes holding prose when they hold more of it than the visible page. Returns how many. */
export function revealHiddenProse(clone: Document, drop: string): number {
  const body = clone.body;
  if (!body) return 0;
  const marks = [...body.querySelectorAll(`[${drop}]`)];
  const candidates = marks
    .filter((el) => STYLE_HIDDEN.has(el.getAttribute(drop) ?? ''))
    .map((el) => ({ el, prose: prose(el, () => false) }))
    .filter(({ prose: n }) => n > 0);
  const hidden = candidates.reduce((n, c) => n + c.prose, 0);
  if (hidden === 0) return 0;
  const visible = prose(body, (p) => !!p.closest(`[${drop}]`));
  if (hidden <= visible) return 0;
  for (const { el } of candidates) el.removeAttribute(drop);
  return candidates.length;
}
