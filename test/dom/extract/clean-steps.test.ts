/** The cleanup steps one by one, on small hand-written snippets (jsdom). */
import { describe, expect, it, vi } from 'vitest';
import { dedupeCaptions } from '../../../src/extract/captions';
import { clean } from '../../../src/extract/clean';
import { hiddenReason, prepare } from '../../../src/extract/prepare';
import { plainText } from '../../../src/extract/plain-text';
import { liftSource } from '../../../src/extract/source-line';
import { isShareBar, isSkipLink, isTextSizeWidget, namedShare, shareLinkHolders } from '../../../src/extract/widgets';
import { runPipelineDetecting } from '../../../src/extract/pipeline';
import { loadDom } from '../../../cli/load';
import { nodeOptions } from '../../../cli/node-pipeline';
import { fixtures } from '../fixture-pages';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}
const first = (html: string): Element => body(html).firstElementChild!;

describe('widgets', () => {
  it('recognises text-size clusters but not ordinary short lists', () => {
    expect(
      isTextSizeWidget(
        first(
          '<div><span role="button">XS</span><span role="button">SM</span><span role="button">MD</span><span role="button">LG</span></div>',
        ),
      ),
    ).toBe(true);
    expect(
      isTextSizeWidget(
        first('<div aria-label="Text size"><button>A-</button><button>A</button><button>A+</button></div>'),
      ),
    ).toBe(true);
    expect(isTextSizeWidget(first('<ul><li>Home</li><li>News</li></ul>'))).toBe(false);
    expect(isTextSizeWidget(first('<p><b>A</b> and <b>B</b></p>'))).toBe(false);
  });
  it('recognises skip links and share bars', () => {
    expect(isSkipLink(first('<a href="#main">Skip to content</a>'))).toBe(true);
    expect(isSkipLink(first('<a href="#main">تخطى إلى المحتوى</a>'))).toBe(true);
    expect(isSkipLink(first('<a href="/skip">Skip to content</a>'))).toBe(false);
    expect(isShareBar(first('<div class="share-tools">Share: <a href="#">Facebook</a> <a href="#">X</a></div>'))).toBe(
      true,
    );
    expect(
      isShareBar(
        first(
          '<div><a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a><a href="https://twitter.com/intent/tweet?url=x">t</a></div>',
        ),
      ),
    ).toBe(true);
    expect(
      isShareBar(
        first(
          '<div class="share-tools"><p>A long paragraph that talks about sharing the cost of a new bridge between two towns, with one <a href="#">link</a> and <a href="#">another</a>.</p></div>',
        ),
      ),
    ).toBe(false);
  });
  it('finds every share bar among named elements and share-link holders (prepare tests only those)', () => {
    const page = body(
      '<div class="SHARE-tools">Share: <a href="#">Facebook</a> <a href="#">X</a></div>' +
        '<div><a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a><a href="https://twitter.com/intent/tweet?url=x">t</a></div>' +
        '<nav aria-label="شارك المقال"><a href="#">فيسبوك</a> <a href="#">إكس</a></nav>' +
        '<div id="social_links"><button>Mail</button><button>Copy</button></div>',
    );
    const bars = [...page.querySelectorAll('*')].filter(isShareBar);
    expect(bars.length).toBeGreaterThanOrEqual(4);
    const missed = (root: ParentNode & Node, holders: Set<Element>) =>
      [...root.querySelectorAll('*')].filter((el) => isShareBar(el) && !holders.has(el) && !namedShare(el));
    expect(missed(page, shareLinkHolders(page))).toEqual([]);
    expect(shareLinkHolders(page).has(page.children[1]!)).toBe(true);
    expect(namedShare(page.querySelector('.SHARE-tools')!)).toBe(true);
    for (const { html } of fixtures()) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(missed(doc, shareLinkHolders(doc))).toEqual([]);
    }
  });
  it('sees hidden nodes by attribute and by style', () => {
    expect(hiddenReason(first('<p hidden>x</p>'), null)).toBe('hidden');
    expect(hiddenReason(first('<p aria-hidden="true">x</p>'), null)).toBe('aria-hidden');
    expect(hiddenReason(first('<p>x</p>'), { display: 'none' })).toBe('display');
    expect(hiddenReason(first('<p>x</p>'), { position: 'absolute', width: '1px', height: '1px' })).toBe('sr-only');
    expect(hiddenReason(first('<p>x</p>'), { position: 'absolute', left: '-9999px' })).toBe('off-screen');
    expect(hiddenReason(first('<p>x</p>'), { position: 'absolute', width: '300px', height: '20px' })).toBeNull();
  });
});

describe('prepare', () => {
  it('marks and stamps the clone, never the live page', () => {
    const dom = loadDom(
      '<html><head><style>.rtl{direction:rtl}.gone{display:none}</style></head><body><div class="rtl"><p>نص</p></div><p class="gone">x</p><base href="javascript:alert(1)//"></body></html>',
    );
    const before = dom.window.document.documentElement.outerHTML;
    const { clone, marked } = prepare(
      dom.window.document,
      dom.window as unknown as Window,
      nodeOptions(dom.window.document, dom.window as unknown as Window),
    );
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
    expect(marked).toBe(1);
    expect(clone.querySelector('.gone')!.getAttribute('data-qari-drop')).toBe('display');
    expect(clone.querySelector('.rtl')!.getAttribute('dir')).toBe('rtl');
    expect(clone.querySelector('base')).toBeNull();
  });
});

describe('captions', () => {
  it('keeps the figcaption, drops a paragraph repeating it, keeps a paragraph merely containing it', () => {
    const b = body(
      '<figure><img src="a.png" alt="The mayor opens the bridge"><figcaption>The mayor opens the bridge</figcaption></figure><p><span>The mayor opens the bridge</span></p><p>Yesterday the mayor opens the bridge to traffic.</p>',
    );
    expect(dedupeCaptions(b)).toBe(1);
    expect(b.querySelectorAll('p')).toHaveLength(1);
    expect(b.querySelector('figcaption')).not.toBeNull();
    expect(b.querySelector('img')!.getAttribute('alt')).toBe('');
  });
});

describe('source line', () => {
  it.each([
    ['<p>Text.</p><p>المصدر: راديو سوا/وكالات</p>', 'راديو سوا/وكالات'],
    ['<p>Text.</p><p>Source: Reuters</p>', 'Reuters'],
    ['<p>Text.</p><p>מקור: סוכנויות</p>', 'סוכנויות'],
    ['<p>Text.</p><p>منبع: ایرنا</p>', 'ایرنا'],
    ['<p>Text.</p><p>The source: of all evil is this long sentence that merely contains a colon.</p>', null],
  ])('%s', (html, source) => {
    const b = body(html);
    expect(liftSource(b)).toBe(source);
    expect(b.querySelectorAll('p')).toHaveLength(source ? 1 : 2);
  });
});

describe('clean', () => {
  it('drops the repeated title, the byline line, tracking pixels and empty leftovers', () => {
    const b = body(
      '<div><h1>Big news today</h1><p>By <span>Jane Roe</span> · <time>1 May 2026</time></p><p>The story itself, long enough.</p><img src="/t.gif" width="1" height="1"><div> </div></div>',
    );
    clean(b, { title: 'Big news today', byline: 'Jane Roe' });
    expect(plainText(b)).toBe('The story itself, long enough.');
    expect(b.querySelector('img')).toBeNull();
  });
  it('keeps a byline-like line that says more than the byline', () => {
    const b = body('<p>Jane Roe said the plan would cost more than expected.</p><p>More text.</p>');
    clean(b, { title: 'T', byline: 'Jane Roe' });
    expect(b.querySelectorAll('p')).toHaveLength(2);
  });
});

describe('plain text', () => {
  it('separates blocks so words never run together', () => {
    expect(plainText(body('<p>one</p><p>two<br>three</p><ul><li>four</li><li>five <b>six</b></li></ul>'))).toBe(
      'one\ntwo\nthree\nfour\nfive six',
    );
  });
});

describe('language detection hook', () => {
  const enPlain = fixtures().find((f) => f.name === 'en-plain')!;
  it('asks the detector only when neither the page nor the script tells the language', async () => {
    const detect = vi.fn(async () => 'en');
    const noLang = loadDom(enPlain.html.replace(/<html[^>]*>/, '<html>'), enPlain.url);
    const result = await runPipelineDetecting(
      noLang.window.document,
      noLang.window as unknown as Window,
      detect,
      nodeOptions(noLang.window.document, noLang.window as unknown as Window),
    );
    expect(detect).toHaveBeenCalledTimes(1);
    expect(result.kind === 'article' && result.article.lang).toBe('en');

    const withLang = loadDom(enPlain.html, enPlain.url);
    detect.mockClear();
    await runPipelineDetecting(
      withLang.window.document,
      withLang.window as unknown as Window,
      detect,
      nodeOptions(withLang.window.document, withLang.window as unknown as Window),
    );
    expect(detect).not.toHaveBeenCalled();
  });
});
