/**
 * "Source: …" lines ("المصدر:", "מקור:", "منبع:", "ماخذ:") name the agency or outlet a story comes from. The
 * reader shows them as a source line under the article, so they are lifted out of the body into metadata.
 */
import { outermostWrapper, squash } from '../dom/dom';

const SOURCE_LINE = /^(?:sources?|المصدر|المصادر|مصدر|מקור|מקורות|منبع|منابع|ماخذ)\s*[:：]\s*(.{2,100})$/iu;
const CANDIDATES = 'p, div, span, li, small, em, i, b, strong, cite';

/** Remove the first "Source: X" block from `body` and return X (null when there is none). */
export function liftSource(body: Element): string | null {
  for (const el of [...body.querySelectorAll(CANDIDATES)].reverse()) {
    if (el.querySelector('p, div, li, img')) continue;
    const match = SOURCE_LINE.exec(squash(el.textContent));
    if (!match) continue;
    outermostWrapper(el, body).remove();
    return match[1]!.trim();
  }
  return null;
}
