/** Every fixture page through the whole pipeline in jsdom, checked against its expected.json. */
import { describe, expect, it } from 'vitest';
import { loadDom } from '../../../cli/load';
import { readingBlocks } from '../../../src/extract/annotate';
import { type Article } from '../../../src/extract/pipeline';
import { runPipelineInNode } from '../../../cli/node-pipeline';
import { parseInert } from '../../../src/dom/dom';
import { primaryLanguage } from '../../../src/text/language';
import { fixtures, type Fixture } from '../fixture-pages';
import { articleUtterances } from '../../../src/extract/utterances';

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function run(fixture: Fixture) {
  const dom = loadDom(fixture.html, fixture.url);
  const before = dom.window.document.documentElement.outerHTML;
  const result = runPipelineInNode(dom.window.document, dom.window as unknown as Window);
  return { dom, before, result };
}

/** The effective direction/language of an element of the rendered body: its own or its nearest ancestor's. */
function effective(el: Element, name: 'dir' | 'lang', fallback: string | null): string | null {
  return el.closest(`[${name}]`)?.getAttribute(name) ?? fallback;
}

for (const fixture of fixtures()) {
  const { expected } = fixture;
  describe(`fixture ${fixture.name}`, () => {
    const { dom, before, result } = run(fixture);
    const win = dom.window as unknown as Window;

    it('leaves the live page untouched', () => {
      expect(dom.window.document.documentElement.outerHTML).toBe(before);
    });

    if (!expected.article) {
      it('is reported as no article', () => expect(result.kind).toBe('no-article'));
      return;
    }

    it('is an article with the expected metadata', () => {
      expect(result.kind).toBe('article');
      const article = (result as { article: Article }).article;
      if (expected.title) expect(article.title).toBe(expected.title);
      expect(primaryLanguage(article.lang)).toBe(expected.lang);
      expect(article.dir).toBe(expected.dir);
      if (expected.byline) expect(article.byline ?? '').toContain(expected.byline);
      if (expected.noByline) expect(article.byline).toBeNull();
      expect(article.source).toBe(expected.source);
      if (expected.langTag) expect(article.lang).toBe(expected.langTag);
      if (expected.publishedTime) expect(article.publishedTime).toBe(expected.publishedTime);
    });

    if (result.kind !== 'article') return;
    const { article } = result;
    const utterances = articleUtterances(result.body, article.lang);
    const body = parseInert(article.html, win);
    const blocks = readingBlocks(body);
    const blockTexts = blocks.map((b) => squash(b.textContent));

    it('keeps the article text and drops the clutter', () => {
      const text = squash(article.text);
      for (const phrase of expected.mustContain) expect(text).toContain(phrase);
      for (const phrase of expected.mustNotContain) {
        expect(text).not.toContain(phrase);
        expect(article.html).not.toContain(phrase);
      }
      expect(article.html).not.toMatch(/\sdata-qari|javascript:|\son\w+=/i);
    });

    it('does not repeat the title or the source line in the body', () => {
      expect(blockTexts).not.toContain(squash(article.title));
      if (expected.source) expect(article.text).not.toContain(expected.source);
    });

    if (expected.captionOnce) {
      const caption = squash(expected.captionOnce);
      it('shows the caption once', () => {
        // Figcaptions holding it, other elements whose whole text is it (outermost only), and alts repeating it.
        const inCaptions = [...body.querySelectorAll('figcaption')].filter((el) =>
          squash(el.textContent).includes(caption),
        );
        const inBlocks = [...body.querySelectorAll(':not(figure, figcaption)')]
          .filter(
            (el) =>
              squash(el.textContent) === caption &&
              !el.closest('figcaption') &&
              squash(el.parentElement?.textContent) !== caption,
          )
          .concat(inCaptions);
        const inAlts = [...body.querySelectorAll('img[alt]')].filter((img) =>
          squash(img.getAttribute('alt')).includes(caption),
        );
        expect(inBlocks.length + inAlts.length).toBe(1);
      });
    }

    it('gives each block its own direction and language', () => {
      for (const want of expected.blocks) {
        const index = blockTexts.findIndex((t) => t.includes(want.contains));
        expect(index, want.contains).toBeGreaterThanOrEqual(0);
        const el = blocks[index]!;
        expect(effective(el, 'dir', article.dir), want.contains).toBe(want.dir);
        expect(primaryLanguage(effective(el, 'lang', article.lang)), want.contains).toBe(want.lang);
      }
    });

    if (expected.utterances) {
      const wanted = expected.utterances;
      it('speaks each line of the text as its own utterance', () => {
        const spoken = utterances.map((u) => squash(u.text));
        for (const line of wanted) expect(spoken).toContain(squash(line));
      });
    }

    it('cuts utterances at the expected sentence ends, within blocks, each with its block language', () => {
      for (const end of expected.sentenceEnds) {
        const block = blocks.findIndex((b) => (b.textContent ?? '').includes(end));
        expect(block, end).toBeGreaterThanOrEqual(0);
        const blockText = blocks[block]!.textContent ?? '';
        const stop = blockText.indexOf(end) + end.length;
        const ends = utterances.filter((u) => u.block === block).map((u) => u.end);
        expect(ends, end).toContain(stop);
      }
      for (const u of utterances) {
        expect(u.text).toBe((blocks[u.block]!.textContent ?? '').slice(u.start, u.end));
        expect(u.text.length).toBeLessThanOrEqual(250);
        expect(primaryLanguage(u.lang)).toBe(primaryLanguage(effective(blocks[u.block]!, 'lang', article.lang)));
      }
    });
  });
}
