/**
 * Highlights: every utterance of the pipeline maps to a DOM range over the reader's text whose text is the
 * utterance (offsets index into the block's textContent); language runs follow the blocks; the Highlighter
 * registers CSS highlights without touching the DOM, and does nothing harmful where the API is missing.
 */
import { describe, expect, it } from 'vitest';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { readingBlocks } from '../../../src/extract/annotate';
import { Highlighter, rangeInBlock, SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT } from '../../../src/content/speech/highlighter';
import { type Article } from '../../../src/extract/pipeline';
import { runPipelineInNode } from '../../../cli/node-pipeline';
import { parseInert } from '../../../src/dom/dom';
import { toUtterances } from '../../../src/text/sentences';
import { articleUtterances } from '../../../src/extract/utterances';
import type { Utterance } from '../../../src/text/sentences';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

function article(name: string): Article & { utterances: Utterance[] } {
  const dom = new JSDOM(readFileSync(join(PAGES, name, 'source.html'), 'utf8'), {
    url: `http://127.0.0.1/pages/${name}/`,
  });
  const result = runPipelineInNode(dom.window.document, dom.window as unknown as Window);
  if (result.kind !== 'article') throw new Error(`${name}: no article`);
  return { ...result.article, utterances: articleUtterances(result.body, result.article.lang) };
}

const ARABIC = /[\u0600-\u06FF]/;

describe('utterances → ranges in the rendered reader body', () => {
  for (const name of ['seed-ar', 'en-quote-ar', 'he', 'fa-nolang', 'ur', 'css-rtl-ar', 'en-plain']) {
    it(`${name}: every utterance's range holds exactly its text`, () => {
      const a = article(name);
      const body = parseInert(a.html, window);
      const blocks = readingBlocks(body);
      expect(a.utterances.length).toBeGreaterThan(3);
      for (const u of a.utterances) {
        const range = rangeInBlock(blocks[u.block]!, u.start, u.end);
        expect(range?.toString(), `${name} #${u.block}`).toBe(u.text);
      }
    });
  }

  it('en-quote-ar: the Arabic quote is a run of Arabic utterances, the rest English', () => {
    const a = article('en-quote-ar');
    const langs = a.utterances.map((u) => u.lang);
    expect(langs).toContain('ar');
    for (const u of a.utterances) {
      const arabicLetters = [...u.text].filter((c) => ARABIC.test(c)).length;
      expect(u.lang, u.text).toBe(arabicLetters > u.text.length / 2 ? 'ar' : 'en');
    }
  });

  it('language runs: sentences never cross blocks and keep their block language', () => {
    const us = toUtterances([
      { text: 'First English sentence. Second one.', lang: 'en' },
      { text: 'جملة عربية أولى. وجملة ثانية.', lang: 'ar' },
      { text: 'Back to English.', lang: 'en' },
    ]);
    expect(us.map((u) => [u.block, u.lang])).toEqual([
      [0, 'en'],
      [0, 'en'],
      [1, 'ar'],
      [1, 'ar'],
      [2, 'en'],
    ]);
  });
});

describe('rangeInBlock', () => {
  it('spans inline elements and stops exactly at the end offset', () => {
    document.body.innerHTML = '<p id="p">Hello <b>brave <i>new</i></b> world. Next.</p>';
    const p = document.getElementById('p')!;
    expect(rangeInBlock(p, 6, 22)?.toString()).toBe('brave new world.');
    expect(rangeInBlock(p, 0, 5)?.toString()).toBe('Hello');
    expect(rangeInBlock(p, 23, 28)?.toString()).toBe('Next.');
    expect(rangeInBlock(p, 23, 99)).toBeNull();
  });
});

class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

describe('Highlighter', () => {
  const setUp = () => {
    document.body.innerHTML = '<main><div class="body"><p>One. Two.</p><p>Three <a href="#">four</a>.</p></div></main>';
    return document.querySelector<HTMLElement>('.body')!;
  };

  it('sets the sentence and word highlights as ranges, without changing the DOM', () => {
    const registry = new Map<string, FakeHighlight>();
    Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
    try {
      const body = setUp();
      const html = body.innerHTML;
      const h = new Highlighter(body, body.parentElement);
      expect(h.supported).toBe(true);
      const [first, second, third] = toUtterances([
        { text: 'One. Two.', lang: 'en' },
        { text: 'Three four.', lang: 'en' },
      ]);
      h.sentence(third!);
      expect(registry.get(SENTENCE_HIGHLIGHT)?.ranges[0]?.toString()).toBe('Three four.');
      h.word(third!, 6, 10);
      expect(registry.get(WORD_HIGHLIGHT)?.ranges[0]?.toString()).toBe('four');
      h.sentence(second!);
      expect(registry.has(WORD_HIGHLIGHT)).toBe(false);
      expect(registry.get(SENTENCE_HIGHLIGHT)?.ranges[0]?.toString()).toBe('Two.');
      expect(h.blockOf(body.querySelector('a')!)).toBe(1);
      expect(first!.block).toBe(0);
      h.clear();
      expect(registry.size).toBe(0);
      expect(body.innerHTML).toBe(html);
    } finally {
      delete (window as { CSS?: unknown }).CSS;
      delete (window as { Highlight?: unknown }).Highlight;
    }
  });

  it('falls back quietly where CSS.highlights is missing', () => {
    const body = setUp();
    const h = new Highlighter(body);
    expect(h.supported).toBe(false);
    const [u] = toUtterances([{ text: 'One. Two.', lang: 'en' }]);
    expect(() => {
      h.sentence(u!);
      h.word(u!, 0, 3);
      h.clear();
    }).not.toThrow();
  });
});
