/**
 * Page furniture a reader must drop even when it is visible: skip links, the site's own text-size widget
 * (a cluster of tiny controls such as XS SM MD LG or A- A+), and share bars. General shapes only, no site rules.
 */

import { boundedText, squash } from '../dom/dom';

/** The element's text, squashed, or null as soon as its trimmed text nodes exceed `max` characters. */
function shortText(el: Element, max: number): string | null {
  const text = boundedText(el, max, (value) => value.trim().length);
  return text === null ? null : squash(text);
}

const SKIP_TEXT = /^(skip|jump) (to|over)\b|^(تخط\S*|تجاوز|انتقل)\s+(إلى|الى)|^דלג|^(پرش|رفتن) به/i;

/** "Skip to main content" style links (in-page targets). */
export function isSkipLink(el: Element): boolean {
  if (el.localName !== 'a') return false;
  const href = el.getAttribute('href') ?? '';
  return href.startsWith('#') && SKIP_TEXT.test(squash(el.textContent));
}

const SIZE_LABEL =
  /^(a[+\-−–]?|[+\-−–]a|a{1,3}|[+\-−–]|x{0,2}s|sm|m|md|l|lg|x{1,2}l|aa|ا[+\-−–]|أ[+\-−–]?|[+\-−–]أ|א[+\-−–]?|[+\-−–]א)$/i;
const SIZE_HINT = /font|text.?size|size|zoom|حجم|خط|גודל|גופן|اندازه|قلم|فونٹ/i;
const CONTROLS = new Set(['a', 'button', 'input', 'span', 'i', 'li']);
const isControl = (el: Element): boolean => CONTROLS.has(el.localName) || el.getAttribute('role') === 'button';

/** A small cluster of tiny controls whose labels are size steps (XS SM MD LG, A- A A+). */
export function isTextSizeWidget(el: Element): boolean {
  if (el.childElementCount < 2 || el.childElementCount > 8) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (!isControl(child)) return false;
  const children = [...el.children];
  const text = shortText(el, 24);
  if (text === null || text.length > 24) return false;
  const labels = children.map((child) => squash(child.textContent) || squash(child.getAttribute('aria-label')));
  const sizeLike = labels.filter((label) => SIZE_LABEL.test(label)).length;
  const hinted = SIZE_HINT.test(`${el.getAttribute('aria-label') ?? ''} ${el.className}`);
  return sizeLike >= 2 && (sizeLike === labels.length || hinted);
}

const SHARE_HINT =
  /(^|[\s_-])(share|sharing|social|sharer|shares)([\s_-]|$)|شارك|مشاركة|שתפ|שיתוף|اشتراک|شیئر|هم‌رسانی/i;
const SHARE_HREF =
  /facebook\.com\/sharer|twitter\.com\/intent|x\.com\/intent|api\.whatsapp\.com|wa\.me\/|t\.me\/share|linkedin\.com\/share|mailto:\?|reddit\.com\/submit|pinterest\.com\/pin/i;

const SHARE_CONTROL = 'a, button, [role="button"]';

/** Named like a share bar (by aria-label, class or id). */
export function namedShare(el: Element): boolean {
  return SHARE_HINT.test(`${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('class') ?? ''} ${el.id}`);
}

/**
 * The elements holding two or more links to share endpoints, found with one query. With {@link namedShare} they
 * are every element `isShareBar` can accept, so a walk of the page tests only those.
 */
export function shareLinkHolders(root: Document | Element): Set<Element> {
  const holders = new Set<Element>();
  const counts = new Map<Element, number>();
  for (const link of root.querySelectorAll('[href]')) {
    if (!link.matches(SHARE_CONTROL) || !SHARE_HREF.test(link.getAttribute('href') ?? '')) continue;
    for (let up = link.parentElement; up; up = up.parentElement) {
      const n = (counts.get(up) ?? 0) + 1;
      counts.set(up, n);
      if (n === 2) holders.add(up);
    }
  }
  return holders;
}

/** A short bar of share links: named share/social, or most of its links point at share endpoints. */
export function isShareBar(el: Element): boolean {
  if (el.localName === 'a' || el.localName === 'body' || el.localName === 'html' || el.childElementCount === 0)
    return false;
  const text = shortText(el, 200);
  if (text === null || el.querySelector('p p, h1, h2, article')) return false;
  const links = [...el.querySelectorAll(SHARE_CONTROL)];
  if (links.length < 2) return false;
  const named = namedShare(el);
  const shareLinks = links.filter((a) => SHARE_HREF.test(a.getAttribute('href') ?? '')).length;
  const linkText = links.reduce((n, a) => n + squash(a.textContent).length, 0);
  const mostlyLinks = linkText >= text.length * 0.5;
  return (named && mostlyLinks) || shareLinks >= 2;
}
