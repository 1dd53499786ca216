/** Boilerplate removal: whole lines only, teasers of the page's own site only; and `article.text` keeps captions. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadDom } from '../../../cli/load';
import { dropBoilerplate } from '../../../src/extract/boilerplate';
import { runPipelineInNode } from '../../../cli/node-pipeline';
import { plainText } from '../../../src/extract/plain-text';
import { fixtures } from '../fixture-pages';
import { articleUtterances } from '../../../src/extract/utterances';

const PAGE = 'https://www.example-news.com/2026/11/bridge-story';

/**
 * Run the boilerplate step on `html` as the body of the page at PAGE, parsed (as the pipeline does) into a
 * document of its own whose address is about:blank; return the text left.
 */
function kept(html: string): string {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`);
  dropBoilerplate(dom.window.document.body, PAGE);
  return plainText(dom.window.document.body);
}

describe('boilerplate', () => {
  it('drops label, credit and date lines, but not the same words inside running text', () => {
    const text = kept(
      '<p>The council met on Monday.</p><div><span>By Jane Doe</span><span>Updated November 19, 2019, 9:32pm</span></div>' +
        '<p>Questions go to <a href="mailto:desk@example-news.com">desk@example-news.com</a>, the paper said.</p>' +
        '<figure><img src="a.jpg"><figcaption>The bridge at dawn. <span>Photo: Jane Doe / AP</span></figcaption></figure>' +
        '<pre>GET / HTTP/1.1\n<a href="https://example.org/x">https://example.org/x</a>\nPhoto</pre>',
    );
    expect(text).toContain('The council met on Monday.');
    expect(text).not.toContain('Updated November');
    expect(text).toContain('Questions go to desk@example-news.com, the paper said.');
    expect(text).toContain('The bridge at dawn.');
    expect(text).not.toContain('Photo: Jane Doe');
    expect(text).toContain('https://example.org/x');
  });

  it("drops the page's own address, player and loader messages, and an update line after a separator", () => {
    const text = kept(
      '<p>The council met on Monday.</p><div>https://www.example-news.com/2026/11/bridge-story/</div>' +
        '<p>https://www.example.org/2026/other-story</p><p>Media playback is unsupported on your device</p>' +
        '<p>This slideshow requires JavaScript.</p><p>Loading content ...</p><p>| UPDATED: 11:05, Tue, Nov 19, 2019</p>' +
        '<p>The new bridge opens in spring, and loading content onto it begins now.</p>',
    );
    expect(text).toBe(
      'The council met on Monday.\nhttps://www.example.org/2026/other-story\n' +
        'The new bridge opens in spring, and loading content onto it begins now.',
    );
  });

  it("drops link-only teasers and menus of the page's own site, keeps links to other sites", () => {
    const text = kept(
      '<p>The council met on Monday.</p>' +
        '<p><a href="/2026/11/other-story">Mayor opens the new library</a></p>' +
        '<p><strong>Related:</strong> <a href="https://example-news.com/2026/10/budget">The budget in five charts</a></p>' +
        '<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul>' +
        '<p><a href="https://www.shop.example/lamp">Get the lamp at Example Shop for $39</a></p>' +
        '<ul><li><a href="https://bugs.example.org/1">Bug 1 – Fix the crash</a></li><li><a href="https://bugs.example.org/2">Bug 2 – Faster start</a></li>' +
        '<li><a href="https://bugs.example.org/3">Bug 3 – New icon</a></li></ul>' +
        '<table><tr><td><a href="/apps/maps">Maps</a></td><td>4.5 stars</td></tr></table>',
    );
    expect(text).not.toContain('Mayor opens the new library');
    expect(text).not.toContain('The budget in five charts');
    expect(text).not.toContain('Related');
    expect(text).not.toMatch(/Home|Sport/);
    expect(text).toContain('Get the lamp at Example Shop for $39');
    expect(text).toContain('Bug 2 – Faster start');
    expect(text).toContain('Maps');
  });
});

describe('article text', () => {
  it('is the plain text of the html, captions included; read-aloud leaves captions out', () => {
    const fixture = fixtures().find((f) => f.expected.article && f.expected.captionOnce)!;
    const dom = loadDom(fixture.html, fixture.url);
    const result = runPipelineInNode(dom.window.document, dom.window as unknown as Window);
    if (result.kind !== 'article') throw new Error(`${fixture.name}: no article`);
    const caption = fixture.expected.captionOnce!.replace(/\s+/g, ' ');
    expect(result.article.text.replace(/\s+/g, ' ')).toContain(caption);
    expect(
      articleUtterances(result.body, result.article.lang)
        .map((u) => u.text)
        .join(' ')
        .replace(/\s+/g, ' '),
    ).not.toContain(caption);
  });
});
