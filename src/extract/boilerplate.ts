/**
 * Boilerplate Readability keeps inside the article container: labels and credits that are not prose
 * ("Advertisement", "Image copyright", "Photo: … / AP"), dates, bylines, addresses and counters on a line of their
 * own, lists whose every item is just a link (menus, "related" lists), and blocks that are only a link (teasers of
 * other stories, breadcrumbs). Judged on whole blocks,
 * by shape and by a short multilingual list of labels — never by site.
 */
import { outermostWrapper, squash } from '../dom/dom';

/** A whole block that is only one of these labels is furniture, not article text. */
const LABELS = [
  'advertisement',
  'advertising',
  'advert',
  'ad',
  'ads',
  'sponsored',
  'sponsored content',
  'story continues below',
  'article continues below',
  'continue reading',
  'read more',
  'read next',
  'see more',
  'show more',
  'load more',
  'image',
  'photo',
  'picture',
  'video',
  'caption',
  'close',
  'image caption',
  'image copyright',
  'media caption',
  'getty images',
  'subscribe',
  'sign in',
  'log in',
  'sign up',
  'share',
  'share this',
  'share this article',
  'tweet',
  'print',
  'email',
  'comments',
  'updated',
  'view author archive',
  'email the author',
  'follow us',
  'related',
  'related articles',
  'related stories',
  'related content',
  'you may also like',
  'more stories',
  'more from',
  'most popular',
  'most read',
  'trending',
  'recommended',
  'top stories',
  'latest news',
  'recent articles',
  // messages about the page's machinery, left as text where a player or a loader was
  'media playback is unsupported on your device',
  'this slideshow requires javascript',
  'loading content',
  'continue reading below',
  'iklan',
  'anzeige',
  'publicité',
  'publicidad',
  'pubblicità',
  'إعلان',
  'اعلان',
  'פרסומת',
  'تبلیغ',
  'تبلیغات',
  'اشتہار',
].join('|');
const LABEL = new RegExp(`^(?:${LABELS})[\\s:.!…»›>|-]*$`, 'iu');
/** A label leading a line ("Related: <a>…</a>", "Read more » <a>…</a>"): the rest of the line is what counts. */
const LEADING_LABEL = new RegExp(`^(?:${LABELS})\\s*[:»›>|-]\\s*`, 'iu');

/** A credit line: "Photo: Jane Doe, AP", "Image copyright Getty Images", "(Reuters photo)", "Jason Cipriani/ZDNet". */
const CREDIT =
  /^(?:\(?(?:photo|image|picture|foto|photograph|illustration|graphic|video)s?\s*(?:copyright|credit|courtesy|by)?\s*[:©]|image copyright|photo credit|credit:|©)/iu;
const AGENCY_TAIL = /(?:getty images|shutterstock|\bAP\b|associated press|reuters|AFP|EPA|dpa)\)?\.?$/u;

/** Dates, bylines, addresses and counters on a line of their own. */
const LINE_NOISE = [
  /^[|•·\s-]*(?:(?:last\s+)?updated|published|posted|modified|first published)\b.{0,60}\d/iu,
  /^(?:by|بقلم|كتب|كتبت|מאת)\s+[^.!?؟]{2,60}$/iu,
  /^\S+\.(?:com|org|net)\/[\w.-]*$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu,
  /^(?:image|photo|slide|picture)?\s*\d+\s+(?:of|\/)\s*\/?\s*\d*$/iu,
  /^(?:©|\(c\)|copyright\b)|all rights reserved\.?$|جميع الحقوق محفوظة|כל הזכויות שמורות/iu,
];

function isLineNoise(text: string): boolean {
  return text.length <= 120 && LINE_NOISE.some((re) => re.test(text));
}

function isLabel(text: string): boolean {
  return text.length <= 60 && LABEL.test(text);
}

function isCredit(text: string): boolean {
  return text.length <= 90 && (CREDIT.test(text) || (AGENCY_TAIL.test(text) && text.split(/\s+/).length <= 8));
}

const BLOCKS = 'p, div, span, li, h2, h3, h4, h5, h6, figcaption, small, em, strong, b, a, button, label';

/** Characters of `el`'s text inside links to other pages (in-page `#` anchors and named `<a>` without href do not count). */
function linkText(el: Element): number {
  const links = [...el.querySelectorAll('a[href]')].filter((a) => !(a.getAttribute('href') ?? '').startsWith('#'));
  return links.reduce((n, a) => n + squash(a.textContent).length, 0);
}

/** The site a host belongs to: without `www.`, cut to its registrable part (news.example.co.uk → example.co.uk). */
function siteOf(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\d*\./, '')
    .split('.');
  const country = labels.length >= 3 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3;
  return labels.slice(country ? -3 : -2).join('.');
}

/** The site of the page at `url`, or null when it has none (about:blank, an unparsable address). */
function pageSite(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host ? siteOf(host) : null;
  } catch {
    return null;
  }
}

/**
 * Every link of `el` stays on the page's own site (`own`): navigation and teasers of other stories. A link-only
 * block pointing elsewhere is a source, a reference, a product or a tweet the article cites: content. When the
 * page's own site is unknown, every link counts as on site.
 */
function linksStayOnSite(el: Element, own: string | null): boolean {
  if (!own) return true;
  return [...el.querySelectorAll('a[href]')].every((a) => {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#')) return true;
    try {
      const url = new URL(href, el.ownerDocument.baseURI);
      return !/^https?:$/.test(url.protocol) || siteOf(url.hostname) === own;
    } catch {
      return true;
    }
  });
}

const INLINE = new Set(['span', 'small', 'em', 'strong', 'b', 'a', 'button', 'label']);

/**
 * `el` is a line of its own, not a phrase of running text: an inline element counts only when no words sit beside
 * it in its block ("email me at <a>…</a>" keeps its address); in a figure its credit and label are parts of their
 * own. Never inside preformatted text or code.
 */
export function isWholeLine(el: Element): boolean {
  if (el.closest('pre, code')) return false;
  if (el.closest('figure, figcaption')) return true;
  for (let node = el; INLINE.has(node.localName) && node.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.childNodes) {
      if (sibling !== node && sibling.nodeType === 3 && /[\p{L}\p{N}]/u.test(sibling.nodeValue ?? '')) return false;
    }
  }
  return true;
}

/** A bare URL shown as its own link text is content (a list of sources or deals), not a teaser. */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

/** Every item of the list is a short link and nothing else. */
function isLinkList(list: Element): boolean {
  const items = [...list.children].filter((li) => li.localName === 'li');
  if (items.length < 3) return false;
  return items.every((li) => {
    const text = squash(li.textContent);
    return (
      text.length > 0 &&
      text.length <= 80 &&
      linkText(li) >= text.length * 0.9 &&
      !li.querySelector('p, img') &&
      !BARE_URL.test(text)
    );
  });
}

/** Told of each block removed and the rule that removed it (the bench attributes lost text to rules). */
export type RemovalTrace = (rule: string, el: Element) => void;

function removeBlock(el: Element, body: Element, rule: string, trace?: RemovalTrace): void {
  const target = outermostWrapper(el, body);
  trace?.(rule, target);
  target.remove();
}

/** The page's own address written out as a line ("https://www.example.com/news/article-123.php"). */
function isOwnAddress(text: string, pageUrl: string): boolean {
  if (!BARE_URL.test(text)) return false;
  const key = (address: string): string | null => {
    try {
      const url = new URL(/^www\./i.test(address) ? `https://${address}` : address);
      return `${url.hostname.replace(/^www\./i, '')}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
    } catch {
      return null;
    }
  };
  const own = key(pageUrl);
  return own !== null && key(text) === own;
}

function noiseRule(text: string, pageUrl: string): string | null {
  if (isOwnAddress(text, pageUrl)) return 'own-address';
  if (isLabel(text)) return 'label';
  if (isCredit(text)) return 'credit';
  if (isLineNoise(text)) return 'line-noise';
  return null;
}

/**
 * Remove boilerplate blocks from the article body; returns how many. `pageUrl` is the page's address (links
 * are resolved against the body's document, whose own address may be about:blank).
 */
export function dropBoilerplate(body: Element, pageUrl: string = body.ownerDocument.URL, trace?: RemovalTrace): number {
  const own = pageSite(pageUrl);
  let removed = 0;
  for (const el of [...body.querySelectorAll(BLOCKS)]) {
    if (!el.isConnected || el.querySelector('img, picture, video, p, li, table')) continue;
    const text = squash(el.textContent);
    const rule = text && isWholeLine(el) ? noiseRule(text, pageUrl) : null;
    if (!rule) continue;
    removeBlock(el, body, rule, trace);
    removed++;
  }
  for (const list of [...body.querySelectorAll('ul, ol')]) {
    if (!list.isConnected || !isLinkList(list) || !linksStayOnSite(list, own)) continue;
    trace?.('link-list', list);
    list.remove();
    removed++;
  }
  // Blocks that are nothing but a link: teasers of other stories, "more news", breadcrumbs, section names.
  for (const el of [...body.querySelectorAll('p, div, li, dt, dd, h2, h3, h4, h5, h6')]) {
    if (!el.isConnected || el.querySelector('p, div, li, img, picture, video') || el.closest('blockquote, td, th, pre'))
      continue;
    const text = squash(el.textContent).replace(LEADING_LABEL, '');
    if (
      text &&
      text.length <= 200 &&
      linkText(el) >= text.length * 0.9 &&
      !BARE_URL.test(text) &&
      linksStayOnSite(el, own)
    ) {
      removeBlock(el, body, 'link-block', trace);
      removed++;
    }
  }
  return removed;
}
