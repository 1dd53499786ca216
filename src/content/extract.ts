/**
 * Readability on a CLONE of the document (Readability mutates what it parses). A page that is not an article
 * gives a typed "no article" result, never an empty view.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';

export interface RawArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: string | null;
  /** Readability's article HTML: untrusted until sanitized. */
  content: string;
  textContent: string;
}

export type Extraction = { kind: 'article'; raw: RawArticle } | { kind: 'no-article'; reason: string };

/** Minimum text length Readability must find for the page to count as an article. */
export const MIN_ARTICLE_CHARS = 200;

export function extract(doc: Document, { force = false }: { force?: boolean } = {}): Extraction {
  if (!doc.body) return { kind: 'no-article', reason: 'The page has no body.' };
  if (!force && !isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) {
    return { kind: 'no-article', reason: 'The page does not look like an article.' };
  }
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { charThreshold: 500, keepClasses: false }).parse();
  if (!parsed || !parsed.content || (parsed.textContent ?? '').trim().length < MIN_ARTICLE_CHARS) {
    return { kind: 'no-article', reason: 'No article text was found on the page.' };
  }
  return {
    kind: 'article',
    raw: {
      title: (parsed.title ?? '').trim() || doc.title.trim(),
      byline: parsed.byline?.trim() || null,
      siteName: parsed.siteName?.trim() || null,
      publishedTime: parsed.publishedTime?.trim() || null,
      excerpt: parsed.excerpt?.trim() || null,
      lang: parsed.lang?.trim() || null,
      dir: parsed.dir?.trim() || null,
      content: parsed.content,
      textContent: parsed.textContent ?? '',
    },
  };
}
