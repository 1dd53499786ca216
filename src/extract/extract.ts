/**
 * Readability on the prepared CLONE (Readability mutates what it parses; the live page is never touched).
 * The nodes `prepare` marked are dropped first, so they neither score nor survive. A page that is not an
 * article gives a typed "no article" result, never an empty view.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { DROP } from './prepare';
import { textWeight } from './text-weight';
import { dropHeadMetadata, headingTitle, staleHead } from './stale-head';
import { declaresArticle, MIN_FLASH_CHARS } from './article-signals';
import { bylineCandidates, chooseByline } from './byline';
import { publishedTime } from './metadata';
import { chooseTitle, titleInputs } from './title';

export interface RawArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: string | null;
  /** The page's lead image (og:image / twitter:image), an absolute http(s) URL. */
  leadImage: string | null;
  /** Readability's article HTML: untrusted until sanitized. */
  content: string;
  textContent: string;
}

export type Extraction = { kind: 'article'; raw: RawArticle } | { kind: 'no-article'; reason: string };

/** Minimum text length Readability must find for the page to count as an article. */
export const MIN_ARTICLE_CHARS = 200;

/** Remove the clones of nodes `prepare` marked. */
export function dropMarked(root: ParentNode): void {
  for (const el of [...root.querySelectorAll(`[${DROP}]`)]) el.remove();
}

function leadImage(doc: Document): string | null {
  const meta = doc.querySelector(
    'meta[property="og:image"], meta[name="og:image"], meta[name="twitter:image"], meta[property="twitter:image"]',
  );
  const value = meta?.getAttribute('content')?.trim();
  if (!value) return null;
  try {
    const url = new URL(value, doc.baseURI);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Real prose, not a form or a list of links: a block of 80+ characters, or 1500+ characters in all. */
function readsLikeArticle(content: string, win: Window): boolean {
  const parser = new (win as unknown as typeof globalThis).DOMParser();
  const body = parser.parseFromString(`<!doctype html><body>${content}</body>`, 'text/html').body;
  const squash = (el: Element): number => textWeight((el.textContent ?? '').replace(/\s+/g, ' ').trim());
  const total = squash(body);
  const longest = Math.max(
    0,
    ...[...body.querySelectorAll('p, li, blockquote, div, td')]
      .filter((el) => !el.querySelector('p, li, div'))
      .map(squash),
  );
  return (total >= MIN_ARTICLE_CHARS && longest >= 80) || total >= 1500;
}

/** Readability on `clone` (a prepared copy of the page; it is consumed). */
export function extract(clone: Document, win: Window, { force = false }: { force?: boolean } = {}): Extraction {
  if (!clone.body) return { kind: 'no-article', reason: 'The page has no body.' };
  dropMarked(clone);
  // After an SPA navigation the head may still describe the previous article: then it is not asked.
  const stale = staleHead(clone, win);
  if (stale) dropHeadMetadata(clone);
  const heading = stale ? headingTitle(clone) : null;
  const readerable = force || isProbablyReaderable(clone, { minContentLength: 140, minScore: 20 });
  const image = leadImage(clone);
  const title = clone.title.trim();
  // Read before Readability, which rewrites the document.
  const titles = titleInputs(clone);
  // A page that says it is an article (og:type, JSON-LD, a headline in <article>) may be a two-line news flash.
  const declared = declaresArticle(clone);
  const bylines = bylineCandidates(clone);
  const time = publishedTime(clone);
  const parsed = new Readability(clone, { charThreshold: 500, keepClasses: false }).parse();
  // Forced (the user insisted), any text Readability found is shown; otherwise a few words are not an article.
  const found = textWeight((parsed?.textContent ?? '').trim());
  if (
    !parsed ||
    !parsed.content ||
    found === 0 ||
    (found < (declared ? MIN_FLASH_CHARS : MIN_ARTICLE_CHARS) && !force)
  ) {
    return { kind: 'no-article', reason: 'No article text was found on the page.' };
  }
  // isProbablyReaderable misses real articles (short ones, text in divs or tables): accept what Readability
  // found when it reads like one.
  if (!readerable && !declared && !readsLikeArticle(parsed.content, win)) {
    return { kind: 'no-article', reason: 'The page does not look like an article.' };
  }
  return {
    kind: 'article',
    raw: {
      title: heading || chooseTitle({ ...titles, fallback: (parsed.title ?? '').trim() || title }),
      byline: chooseByline(parsed.byline?.trim() || null, bylines),
      siteName: parsed.siteName?.trim() || null,
      publishedTime: parsed.publishedTime?.trim() || time,
      excerpt: parsed.excerpt?.trim() || null,
      lang: parsed.lang?.trim() || null,
      dir: parsed.dir?.trim() || null,
      leadImage: image,
      content: parsed.content,
      textContent: parsed.textContent ?? '',
    },
  };
}
