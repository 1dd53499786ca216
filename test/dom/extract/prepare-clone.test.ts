/**
 * Pages jsdom cannot `cloneNode` (a doctype whose name is not a QName, `<!DOCTYPE: …>`) go through the
 * pipeline like any other: prepare's fallback copy has the same element tree, so its marks and stamped
 * directions land on the same elements, and links resolve against the page's URL as before.
 */
import { describe, expect, it } from 'vitest';
import { loadDom } from '../../../cli/load';
import { prepare } from '../../../src/extract/prepare';
import { cloneDocument, nodeOptions, runPipelineInNode } from '../../../cli/node-pipeline';
import { fixtures } from '../fixture-pages';
import { articleUtterances } from '../../../src/extract/utterances';

const BAD_DOCTYPE = '<!DOCTYPE: x>';
const withBadDoctype = (html: string) => BAD_DOCTYPE + html.replace(/^\s*<!doctype[^>]*>/i, '');

describe('documents jsdom cannot clone', () => {
  it('a doctype named ":" makes jsdom cloneNode throw; the copy has the same tree and resolves links as the page', () => {
    const html = `${BAD_DOCTYPE}<body><p>text <a href="next.html">n</a></p><base href="javascript:void 0//"></body>`;
    const doc = loadDom(html, 'https://example.org/news/story.html').window.document;
    expect(doc.doctype?.name).toBe(':');
    expect(() => doc.cloneNode(true)).toThrow(/QName/);
    // Copied into a document of another window (another URL): a <base> keeps the page's base URL.
    const copy = cloneDocument(doc, window);
    expect(copy).not.toBe(doc);
    expect(copy.body.innerHTML).toBe(doc.body.innerHTML);
    expect(copy.querySelector('a')!.href).toBe('https://example.org/news/next.html');
  });

  it('prepare marks and stamps the fallback copy on the same elements, never the live page', () => {
    const dom = loadDom(
      `${BAD_DOCTYPE}<html><head><style>.rtl{direction:rtl}.gone{display:none}</style></head><body><div class="rtl"><p>نص</p></div><p class="gone">x</p><p hidden>y</p><a href="next.html">n</a></body></html>`,
      'https://example.org/news/story.html',
    );
    const before = dom.window.document.documentElement.outerHTML;
    const { clone, marked } = prepare(
      dom.window.document,
      dom.window as unknown as Window,
      nodeOptions(dom.window.document, dom.window as unknown as Window),
    );
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
    expect(marked).toBe(2);
    expect(clone.querySelector('.gone')!.getAttribute('data-qari-drop')).toBe('display');
    expect(clone.querySelector('[hidden]')!.getAttribute('data-qari-drop')).toBe('hidden');
    expect(clone.querySelector('.rtl')!.getAttribute('dir')).toBe('rtl');
    expect(clone.baseURI).toBe('https://example.org/news/story.html');
    expect(clone.querySelector('a')!.href).toBe('https://example.org/news/next.html');
  });

  it.each(
    fixtures()
      .filter((f) => f.expected.article)
      .map((f) => [f.name, f] as const),
  )('%s with a bad doctype extracts exactly as with a good one', (_name, fixture) => {
    const good = loadDom(fixture.html, fixture.url).window;
    const bad = loadDom(withBadDoctype(fixture.html), fixture.url).window;
    expect(() => bad.document.cloneNode(true)).toThrow();
    const expected = runPipelineInNode(good.document, good as unknown as Window);
    const actual = runPipelineInNode(bad.document, bad as unknown as Window);
    expect(actual.kind).toBe('article');
    if (actual.kind !== 'article' || expected.kind !== 'article') return;
    expect(actual.article).toEqual(expected.article);
    expect(articleUtterances(actual.body, actual.article.lang)).toEqual(
      articleUtterances(expected.body, expected.article.lang),
    );
  });
});
