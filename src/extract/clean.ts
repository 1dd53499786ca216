/**
 * Clean Readability's article (in an inert document, before sanitizing): drop what `prepare` marked, tracking
 * pixels and empty leftovers; show each caption once; lift the "Source:" line into metadata; take a dateline as
 * the article's date when the page's structured data has none (dateline.ts); drop the title and the byline/date
 * line when they only repeat the metadata the reader shows in its header.
 */
import { dropBoilerplate, type RemovalTrace } from './boilerplate';
import { removeWithWrappers, squash } from '../dom/dom';
import { dedupeCaptions, sameText } from './captions';
import { dropMarked } from './extract';
import { dropFurniture } from './furniture';
import { liftSource } from './source-line';
import { dropHeaderBlock } from './header-block';
import { takeDateline } from './dateline';
import { dropCaptionLabels, dropWikiFurniture } from './labels';
import { dropStrayMarkup } from './text-lines';

export interface CleanMeta {
  title: string;
  byline: string | null;
  /** The page's address: link-only blocks are boilerplate only when their links stay on its site. */
  url?: string;
  /** The date the page's structured data gives, if any (a dateline then only goes when it repeats that day). */
  publishedTime?: string | null;
}

export interface Cleaned {
  source: string | null;
  /** The date of a dateline that left the body to be the article's date (only when structured data had none). */
  dateline: string | null;
}

/** Images declared 1×1 (or 0) by attribute or inline style: tracking pixels. */
function dropTrackingPixels(body: Element): void {
  for (const img of [...body.querySelectorAll('img')]) {
    const size = (name: 'width' | 'height'): number => {
      const attr = parseFloat(img.getAttribute(name) ?? '');
      const style = /(?:^|;)\s*(?:width|height)\s*:/.test(img.getAttribute('style') ?? '')
        ? parseFloat(
            new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([\\d.]+)px`).exec(img.getAttribute('style') ?? '')?.[1] ?? '',
          )
        : NaN;
      return Number.isFinite(attr) ? attr : style;
    };
    if (size('width') <= 1 && size('height') <= 1) img.remove();
  }
}

/** The first few blocks of the body: where a repeated title or byline line sits. */
function leadingBlocks(body: Element, count = 4): Element[] {
  const blocks: Element[] = [];
  for (const el of body.querySelectorAll('h1, h2, h3, p, div, span, address')) {
    if (el.querySelector('h1, h2, h3, p, div, img') || squash(el.textContent).length === 0) continue;
    blocks.push(el);
    if (blocks.length === count) break;
  }
  return blocks;
}

function dropDuplicateTitle(body: Element, title: string): void {
  const wanted = sameText(title);
  if (!wanted) return;
  for (const el of leadingBlocks(body)) {
    if (/^h[1-3]$/.test(el.localName) && sameText(el.textContent) === wanted) {
      removeWithWrappers(el, body);
      return;
    }
  }
}

/** Words that introduce a byline ("By", "بقلم", "כתב", "نویسنده"…), and separators between byline and date. */
const BYLINE_FILLER =
  /^(?:by|von|par|por|بقلم|كتب|كتبت|كتبه|إعداد|מאת|כתב|כתבה|نویسنده|گزارش|رپورٹ|تحریر|written by|posted by|published|updated|on)$/iu;

function onlyFiller(rest: string): boolean {
  const words = rest.split(/[\s|·•,،:;\-–—/]+/u).filter(Boolean);
  return words.every((w) => BYLINE_FILLER.test(w));
}

/** A leading line that is exactly the byline (and its date): the header already shows it. */
function dropBylineLine(body: Element, byline: string | null): void {
  if (!byline) return;
  const name = squash(byline);
  for (const el of leadingBlocks(body)) {
    const line = el.closest('p, div, address') ?? el;
    let rest = squash(line.textContent);
    if (rest.length > 160) continue;
    for (const time of [...line.querySelectorAll('time')]) rest = rest.replace(squash(time.textContent), ' ');
    if (!rest.includes(name)) continue;
    rest = rest.replace(name, ' ');
    if (onlyFiller(rest)) {
      removeWithWrappers(line, body);
      return;
    }
  }
}

const CONTAINERS = 'div, p, span, section, li, ul, ol, figure';
const MEDIA = 'img, picture, video, audio, svg, math, table, hr, br, iframe';

/**
 * Empty containers left behind (no text, no media). One pass marks every ancestor of text or media, instead of
 * reading each container's whole text (quadratic in the depth of the article).
 */
function dropEmpty(body: Element): void {
  const full = new Set<Node>();
  const fill = (node: Node): void => {
    for (let up = node.parentNode; up && up !== body && !full.has(up); up = up.parentNode) full.add(up);
  };
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 0x1 | 0x4); // elements and text
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3 ? /\S/.test(node.nodeValue ?? '') : (node as Element).matches(MEDIA)) fill(node);
  }
  for (const el of body.querySelectorAll(CONTAINERS)) if (!full.has(el)) el.remove();
}

/** Optional hooks for the bench: `step` after each step, `removed` for each boilerplate block removed. */
export type CleanStep =
  | 'tracking-pixels'
  | 'source-line'
  | 'captions'
  | 'title'
  | 'byline'
  | 'boilerplate'
  | 'furniture'
  | 'labels'
  | 'empty';

export interface CleanTrace {
  step(name: CleanStep): void;
  removed?: RemovalTrace;
}

export function clean(body: Element, meta: CleanMeta, trace?: CleanTrace): Cleaned {
  const step = (name: CleanStep): void => trace?.step(name);
  dropMarked(body);
  dropStrayMarkup(body);
  dropTrackingPixels(body);
  step('tracking-pixels');
  const source = liftSource(body);
  step('source-line');
  dropCaptionLabels(body);
  dropWikiFurniture(body);
  step('labels');
  dedupeCaptions(body);
  step('captions');
  dropDuplicateTitle(body, meta.title);
  step('title');
  // Before the byline steps, which drop date lines as part of a byline or header block.
  const dateline = takeDateline(body, meta.publishedTime ?? null);
  dropBylineLine(body, meta.byline);
  dropHeaderBlock(body, meta.byline);
  step('byline');
  dropBoilerplate(body, meta.url, trace?.removed);
  step('boilerplate');
  dropEmpty(body);
  dropFurniture(body, trace?.removed);
  step('furniture');
  dropEmpty(body);
  step('empty');
  return { source, dateline };
}
