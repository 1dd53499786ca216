/**
 * The article's date, once, from what the page states in structure: JSON-LD `datePublished`,
 * `article:published_time` (as `property` or, as many sites write it, `name`), then the first `<time datetime>`
 * of the article. Readability reads only some of these; the reader's header shows the one found here.
 */
import { squash } from '../dom/dom';
import { jsonLdObjects } from './title';

const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const valid = (value: string | null | undefined): string | null => {
  const text = squash(value);
  return DATE.test(text) ? text : null;
};

export function publishedTime(doc: Document): string | null {
  for (const obj of jsonLdObjects(doc)) {
    const date = valid(typeof obj['datePublished'] === 'string' ? obj['datePublished'] : null);
    if (date) return date;
  }
  const meta = doc.querySelector(
    'meta[property="article:published_time" i], meta[name="article:published_time" i], meta[itemprop="datePublished" i]',
  );
  const fromMeta = valid(meta?.getAttribute('content'));
  if (fromMeta) return fromMeta;
  const time = doc.querySelector(
    'article time[datetime], main time[datetime], [itemprop="datePublished"][datetime], time[datetime][pubdate]',
  );
  return valid(time?.getAttribute('datetime'));
}
