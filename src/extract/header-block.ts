/**
 * The page's own header block inside the article: the author's name, the outlet or role beside it, and the date,
 * each on a line of its own ("Jane Doe / BBC News / 3 March 2024"). The reader's header already shows the byline
 * and the date, so the block goes — only when it is exactly that: the byline line, plus at most a few short lines
 * that are a credit (a few words) or a date (digits), and nothing else. A horizontal rule left with nothing
 * between it and another rule (or the edge of the article) goes too.
 */
import { squash } from '../dom/dom';

const LINES = 'p, li, span, div, time, address, strong, b, small';

/** The leaf lines of `el`: elements with text and no line-holding element inside. */
function lines(el: Element): string[] {
  const leaves = [...el.querySelectorAll(LINES)].filter(
    (line) => !line.querySelector(LINES) && squash(line.textContent),
  );
  return leaves.length ? leaves.map((line) => squash(line.textContent)) : [squash(el.textContent)];
}

/** A short credit (outlet, role, place) or a date: a line a header block may hold beside the byline. */
function headerLine(text: string): boolean {
  if (text.length > 60 || /[.!?؟۔](?:\s|$)/u.test(text.replace(/\d[.:]\d/gu, ''))) return false;
  const words = text.split(/\s+/u).length;
  return /\p{N}/u.test(text) ? words <= 8 : words <= 5;
}

/** Drop the header block that repeats `byline` among the first blocks of `body`; true when one went. */
export function dropHeaderBlock(body: Element, byline: string | null): boolean {
  const name = squash(byline);
  if (!name) return false;
  let seen = 0;
  for (const el of body.querySelectorAll(LINES)) {
    if (el.querySelector(LINES) || !squash(el.textContent)) continue;
    if (++seen > 12) break;
    if (squash(el.textContent) !== name) continue;
    // The largest ancestor that is still only header lines (and no media or long text).
    let block: Element = el;
    for (let up = el.parentElement; up && up !== body; up = up.parentElement) {
      if (up.querySelector('img, picture, video, figure, table, h1, h2, h3')) break;
      const own = lines(up);
      if (own.length > 5 || !own.every((line) => line === name || headerLine(line))) break;
      block = up;
    }
    const own = lines(block);
    // Alone, the byline line is the existing byline step's business; a block is the name plus credit or date.
    if (own.length < 2) return false;
    const rules = [block.previousElementSibling, block.nextElementSibling];
    block.remove();
    collapseRules(rules);
    return true;
  }
  return false;
}

/** Of two rules with nothing between them, or a rule at the edge, keep none at the edge and one between. */
function collapseRules(around: (Element | null)[]): void {
  for (const el of around) {
    if (!el?.isConnected || el.localName !== 'hr') continue;
    const prev = el.previousElementSibling;
    const next = el.nextElementSibling;
    if (!prev || !next || prev.localName === 'hr' || next.localName === 'hr') el.remove();
  }
}
