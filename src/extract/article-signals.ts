/**
 * Does the page say it is an article? Its og:type, its JSON-LD type, or a headline (`<h1>`) inside an
 * `<article>`. A short news flash — one or two sentences under a headline — is an article then, although it is
 * far below the length Readability's text alone would need to count as one.
 */
import { jsonLdObjects, typesOf } from './title';

/** JSON-LD types of an article: Article and its kinds (NewsArticle, ReportageNews, BlogPosting, LiveBlogPosting…). */
const ARTICLE_TYPE =
  /(?:Article|NewsArticle|Report|ReportageNews|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting)$/i;

export function declaresArticle(doc: Document): boolean {
  const ogType = doc
    .querySelector('meta[property="og:type" i], meta[name="og:type" i]')
    ?.getAttribute('content')
    ?.trim()
    .toLowerCase();
  if (ogType === 'article' || ogType?.startsWith('article.')) return true;
  if (jsonLdObjects(doc).some((obj) => typesOf(obj).some((type) => ARTICLE_TYPE.test(type)))) return true;
  return doc.querySelector('article h1, [itemprop="headline"]') !== null;
}

/** Text a declared article must still hold: about one short sentence. */
export const MIN_FLASH_CHARS = 50;
