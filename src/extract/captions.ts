/**
 * Captions appear once. Sites often repeat a photo's caption as its `alt`, its `figcaption` and again as a
 * paragraph or credit line next to it; the reader keeps the figcaption (or the first copy) and drops the
 * later blocks whose WHOLE text is the same (a paragraph that merely contains the caption text stays).
 */

import { boundedText, squash } from '../dom/dom';

/** Normalised for comparison: case, spacing and trailing punctuation do not matter. */
export const sameText = (text: string | null | undefined): string =>
  squash(text)
    .toLowerCase()
    .replace(/[\s.,;:!?،؛۔"'“”«»()[\]-]+$/u, '');

/** Characters other than white space. */
const letters = (value: string): number => value.replace(/\s+/g, '').length;

const CANDIDATES = 'p, div, span, small, figcaption, caption, em, i, b, strong, cite, h5, h6';

export function dedupeCaptions(body: Element): number {
  const captions = new Set<string>();
  const figcaptions = new Set<string>();
  for (const caption of [...body.querySelectorAll('figcaption, caption')]) {
    const text = sameText(caption.textContent);
    if (text.length >= 12) figcaptions.add(text);
  }
  for (const img of [...body.querySelectorAll('img[alt]')]) {
    const alt = sameText(img.getAttribute('alt'));
    const caption = img.closest('figure')?.querySelector('figcaption');
    // The alt repeats the visible caption: screen readers would read it twice.
    if (caption && alt && sameText(caption.textContent) === alt) img.setAttribute('alt', '');
    if (alt.length >= 12) captions.add(alt);
  }
  for (const text of figcaptions) captions.add(text);
  if (captions.size === 0) return 0;
  // A block with many more letters than the longest caption cannot repeat one: stop reading its text early.
  const limit = Math.max(...[...captions].map((text) => text.length)) + 64;
  let removed = 0;
  const seen = new Set<string>();
  for (const el of [...body.querySelectorAll(CANDIDATES)]) {
    if (!el.isConnected) continue;
    const raw = boundedText(el, limit, letters);
    if (raw === null || el.querySelector('img, picture, video, figcaption, caption')) continue;
    const text = sameText(raw);
    if (text.length < 12 || !captions.has(text)) continue;
    if (el.parentElement && el.parentElement !== body && sameText(el.parentElement.textContent) === text) continue;
    const isCaption = el.localName === 'figcaption' || el.localName === 'caption';
    const keep = isCaption ? !seen.has(text) : !seen.has(text) && !figcaptions.has(text);
    seen.add(text);
    if (keep) continue;
    el.remove();
    removed++;
  }
  return removed;
}
