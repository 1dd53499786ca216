/** A small extracted article for reader-view tests (the shape the pipeline produces). */
import type { Article } from '../../src/extract/pipeline';
import { parseInert } from '../../src/dom/dom';

export function article(patch: Partial<Article> & { source?: unknown } = {}): Article {
  return {
    title: 'واشنطن تقول إنها لن تتعاون',
    byline: 'سارة',
    siteName: 'راديو سوا',
    publishedTime: '2024-03-05T10:00:00Z',
    lang: 'ar',
    dir: 'rtl',
    excerpt: null,
    html: '<p>أكدت الولايات المتحدة أنها لن تتعاون.</p><p dir="ltr" lang="en">An English line.</p><figure><img src="a.png" alt=""><figcaption>صورة</figcaption></figure>',
    text: 'أكدت الولايات المتحدة أنها لن تتعاون. An English line. صورة',
    wordCount: 9,
    readingMinutes: 1,
    utterances: [],
    ...patch,
  } as Article;
}

/** The body the pipeline would hand the reader with `a`: its html, parsed inert. */
export function bodyOf(a: Article): HTMLElement {
  return parseInert(a.html, window);
}
