/**
 * Prepare the page for Readability WITHOUT touching it: clone the document, then walk the live tree and the
 * clone in lockstep. On the clone, mark (`data-qari-drop`) what a reader must drop — visually hidden nodes,
 * `aria-hidden`/`hidden`, skip links, the site's text-size widget, share bars — and stamp `dir` where the live
 * page sets its direction only in CSS (Readability reads only `dir` attributes). Also read what the page
 * declares about its direction and language.
 */
import type { Dir } from '../text/direction';
import { normalizeLangTag } from '../text/language';
import type { AnnotateHints } from './annotate';
import { computedStyleOf, type StyleFacts, type StyleOf } from './style-probe';
import { revealHiddenProse } from './reveal';
import { isShareBar, isSkipLink, isTextSizeWidget, namedShare, shareLinkHolders } from './widgets';

export const DROP = 'data-qari-drop';

export interface Prepared {
  /** A deep clone of the page with marks and stamped directions: Readability may mutate it. */
  clone: Document;
  hints: AnnotateHints;
  /** How many nodes were marked for dropping. */
  marked: number;
}

function attrDir(el: Element | null): Dir | null {
  const dir = el?.getAttribute('dir')?.trim().toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

/** The page's declared language: `<html lang>`, then og:locale, then content-language. */
export function declaredLanguage(doc: Document): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.split(',')[0],
    doc.body?.getAttribute('lang'),
  ];
  for (const candidate of candidates) {
    const tag = normalizeLangTag(candidate ?? null);
    if (tag) return tag;
  }
  return null;
}

const px = (value: string | undefined): number => {
  const n = parseFloat(value ?? '');
  return Number.isFinite(n) ? n : NaN;
};

/** Why a node is invisible to a sighted reader, or null. */
export function hiddenReason(el: Element, style: Partial<StyleFacts> | null): string | null {
  if (el.hasAttribute('hidden')) return 'hidden';
  if (el.getAttribute('aria-hidden') === 'true' && !/fallback-image/.test(el.className?.toString() ?? ''))
    return 'aria-hidden';
  if (!style) return null;
  if (style.display === 'none') return 'display';
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return 'visibility';
  const positioned = style.position === 'absolute' || style.position === 'fixed';
  if (!positioned) return null;
  const tiny = px(style.width) <= 1 && px(style.height) <= 1;
  const clipped = /rect\(\s*(0|1px)[ ,]/.test(style.clip ?? '') || /inset\(\s*50%/.test(style.clipPath ?? '');
  if (tiny || clipped) return 'sr-only';
  if (px(style.left) <= -999 || px(style.top) <= -999 || px(style.textIndent) <= -999) return 'off-screen';
  return null;
}

function widgetReason(el: Element, state: WalkState): string | null {
  if (isSkipLink(el)) return 'skip-link';
  if (isTextSizeWidget(el)) return 'text-size';
  if ((state.shareHolders.has(el) || namedShare(el)) && isShareBar(el)) return 'share';
  return null;
}

const SKIP_WALK = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'iframe', 'select']);

interface WalkState {
  marked: number;
  /** Whether the page body has more than `n` characters of visible text (read only as far as needed). */
  pageTextExceeds: (n: number) => boolean;
  /** Elements holding two or more share links (see `shareLinkHolders`). */
  shareHolders: ReadonlySet<Element>;
}

/**
 * A "hidden" node that holds most of the page's text is not clutter: it is an article a script was still to
 * reveal (anti-flicker `body { visibility: hidden }`, content shown after load). Keep it.
 */
function holdsThePage(el: Element, state: WalkState): boolean {
  return !state.pageTextExceeds(2 * visibleLength(el.textContent) - 1); // more than half of it
}

function walk(live: Element, copy: Element, styleOf: StyleOf, parentDir: string, state: WalkState): void {
  // Sibling pointers, not `children` collections: one collection per element costs more than the rest of the walk.
  let el = live.firstElementChild;
  let twin = copy.firstElementChild;
  for (; el && twin; el = el.nextElementSibling, twin = twin.nextElementSibling) {
    if (el.localName !== twin.localName) continue; // should not happen: the clone is exact
    if (SKIP_WALK.has(el.localName)) continue;
    const style = styleOf(el);
    const reason = hiddenReason(el, style) ?? widgetReason(el, state);
    if (reason && !holdsThePage(el, state)) {
      twin.setAttribute(DROP, reason);
      state.marked++;
      continue;
    }
    const dir = attrDir(el) ?? (style?.direction === 'rtl' || style?.direction === 'ltr' ? style.direction : parentDir);
    if (dir !== parentDir && !twin.hasAttribute('dir')) twin.setAttribute('dir', dir);
    walk(el, twin, styleOf, dir, state);
  }
}

export const SAFE_BASE = /^\s*https?:/i;

/** Remove a `<base>` whose URL is not http(s): in jsdom it makes Readability resolve links to `javascript:`. */
function dropUnsafeBase(clone: Document): void {
  for (const base of [...clone.querySelectorAll('base[href]')]) {
    if (!SAFE_BASE.test(base.getAttribute('href') ?? '')) base.remove();
  }
}

/** Characters other than white space (indentation can outweigh a short article's text). */
const visibleLength = (text: string | null): number => (text ?? '').replace(/\s+/g, '').length;

/** Text no reader sees: code and styles (a page's inline scripts can outweigh its article). */
const UNSEEN_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/**
 * `exceeds(n)`: whether `root` has more than n characters of text a reader could see (not inside scripts or
 * styles), reading its text nodes once, lazily.
 */
function textCounter(root: Element | null): (n: number) => boolean {
  const walker = root?.ownerDocument.createTreeWalker(root, 0x4); // text nodes
  let seen = 0;
  return (n) => {
    while (seen <= n && walker) {
      const node = walker.nextNode();
      if (!node) break;
      if (!UNSEEN_TEXT.has((node.parentNode as Element | null)?.localName ?? '')) seen += visibleLength(node.nodeValue);
    }
    return seen > n;
  };
}

export interface PrepareOptions {
  /** How to read computed styles (default: the window's `getComputedStyle`). */
  styleOf?: StyleOf;
  /** How to clone the page (default: `doc.cloneNode(true)`). */
  cloneDocument?: (doc: Document) => Document;
}

export function prepare(doc: Document, win: Window, options: PrepareOptions = {}): Prepared {
  const clone = options.cloneDocument?.(doc) ?? (doc.cloneNode(true) as Document);
  const styleOf = options.styleOf ?? computedStyleOf(win);
  const state: WalkState = {
    marked: 0,
    pageTextExceeds: textCounter(doc.body),
    shareHolders: shareLinkHolders(doc),
  };
  const root = doc.documentElement;
  const rootStyle = root ? styleOf(root) : null;
  const bodyStyle = doc.body ? styleOf(doc.body) : null;
  const cssDir = (s: Partial<StyleFacts> | null): Dir | null => (s?.direction === 'rtl' ? 'rtl' : null);
  const declaredDir = attrDir(root) ?? attrDir(doc.body) ?? cssDir(bodyStyle) ?? cssDir(rootStyle);
  const declaredLang = declaredLanguage(doc);
  if (root && clone.documentElement) {
    const rootDir = attrDir(root) ?? cssDir(rootStyle) ?? 'ltr';
    walk(root, clone.documentElement, styleOf, rootDir, state);
    if (!clone.documentElement.hasAttribute('dir') && declaredDir)
      clone.documentElement.setAttribute('dir', declaredDir);
    if (!clone.documentElement.getAttribute('lang') && declaredLang)
      clone.documentElement.setAttribute('lang', declaredLang);
  }
  state.marked -= revealHiddenProse(clone, DROP);
  dropUnsafeBase(clone);
  return { clone, hints: { declaredDir, declaredLang }, marked: state.marked };
}
