/**
 * After an SPA navigation (history.pushState and a new body) many apps leave the old page's <head> in place:
 * its og:title, author, description, published time and og:image describe the previous article. Detect that
 * and drop the head's metadata from the clone, so Readability takes the title, byline and excerpt from the
 * page as it is now. The site name stays: an SPA does not leave its site.
 */

import { squash } from '../dom/dom';

const norm = (text: string | null | undefined): string => squash(text).toLowerCase();

function pathOf(url: string | null | undefined, base: string): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, base);
    return /^https?:$/.test(parsed.protocol) ? decodeURI(parsed.pathname).replace(/\/+$/, '') : null;
  } catch {
    return null;
  }
}

/** The URL the head says it describes (og:url, canonical), else the URL the document was loaded at. */
function describedURL(doc: Document, win: Window): string | null {
  const head = doc.head;
  const declared =
    head?.querySelector('meta[property="og:url"], meta[name="og:url"]')?.getAttribute('content') ??
    head?.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  if (declared) return declared;
  const entry = win.performance?.getEntriesByType?.('navigation')[0];
  return entry?.name ?? null;
}

/** The head's own title for the article (og:title, twitter:title, dc.title), not `document.title`. */
function headTitle(doc: Document): string {
  const meta = doc.head?.querySelector(
    'meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"], meta[property="twitter:title"], meta[name="dc.title" i]',
  );
  return norm(meta?.getAttribute('content'));
}

/** Share of the title's words (2+ letters or digits) that occur in `text` (both normalized). */
function wordsFound(title: string, text: string): number {
  const words = title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  return words.length ? words.filter((w) => text.includes(w)).length / words.length : 1;
}

/**
 * Is the head's metadata about another page? Yes when it describes another path than the document's (og:url,
 * canonical, or — without those — the URL it was loaded at, which pushState leaves behind) AND fewer than half
 * of its title's words are anywhere in the body. The second test keeps AMP pages, slug redirects and
 * pagination (a canonical with another path, same article) from losing their metadata.
 */
export function staleHead(doc: Document, win: Window): boolean {
  const here = pathOf(doc.URL, doc.URL);
  const described = pathOf(describedURL(doc, win), doc.URL);
  if (here === null || described === null || here === described) return false;
  const title = headTitle(doc);
  // The words have no white space, so the body's text need not be squashed to be searched (only lower-cased).
  return title.length > 0 && wordsFound(title, (doc.body?.textContent ?? '').toLowerCase()) < 0.5;
}

const METADATA = 'meta[name], meta[property], meta[itemprop], script[type="application/ld+json" i]';
const KEEP = /^(og:site_name|application-name|viewport)$/i;

/** Remove the head's metadata about the article (keeping the site name) from `doc`. */
export function dropHeadMetadata(doc: Document): void {
  for (const el of [...(doc.head?.querySelectorAll(METADATA) ?? [])]) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
    if (!KEEP.test(key)) el.remove();
  }
}

/** The title of an article whose head is stale: its only <h1>, if it has exactly one (else null). */
export function headingTitle(doc: Document): string | null {
  const headings = doc.body?.querySelectorAll('h1') ?? [];
  return headings.length === 1 ? squash(headings[0]!.textContent) || null : null;
}
