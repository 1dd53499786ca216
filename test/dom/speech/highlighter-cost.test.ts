/**
 * Moving the highlight costs the same in a short and in a very long article: the Highlighter finds the
 * reading blocks once and keeps them until the body changes, so a sentence or word move does no selector
 * query at all (counted, not timed). A re-render — even one made just before the move, before any
 * MutationObserver callback could run — is picked up, and `refresh()` forces a fresh lookup.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../../src/content/speech/highlighter';
import type { Utterance } from '../../../src/text/sentences';

const SENTENCE = 'The committee met on Tuesday to discuss the budget, and residents asked for more buses.';

function body(paragraphs: number, word = 'Text'): HTMLElement {
  const el = document.createElement('div');
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    p.append(`${word} ${i}. ${SENTENCE} `, Object.assign(document.createElement('em'), { textContent: SENTENCE }));
    el.append(p);
  }
  document.body.append(el);
  return el;
}

const utterance = (block: number): Utterance => ({ text: SENTENCE, lang: 'en', block, start: 0, end: 8 });

/** Selector queries (querySelector, querySelectorAll, closest, matches) made while `fn` runs. */
function queriesDuring(fn: () => void): number {
  const spies = (['querySelector', 'querySelectorAll', 'closest', 'matches'] as const).map((name) =>
    vi.spyOn(Element.prototype, name),
  );
  try {
    fn();
    return spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('highlight moves', () => {
  it('make no selector query once the blocks are known, in a short and in a long article alike', () => {
    const perMove: number[] = [];
    for (const paragraphs of [10, 2_000]) {
      const highlighter = new Highlighter(body(paragraphs));
      // The first lookup finds the blocks (one pass over the body).
      expect(queriesDuring(() => highlighter.sentence(utterance(0)))).toBeGreaterThan(paragraphs);
      const moves = 50;
      const queries = queriesDuring(() => {
        for (let i = 1; i <= moves; i++) {
          const u = utterance(i % paragraphs);
          highlighter.sentence(u);
          highlighter.word(u, 0, 4);
        }
      });
      perMove.push(queries / moves);
      expect(highlighter.block(paragraphs - 1)?.textContent).toContain(`Text ${paragraphs - 1}.`);
      highlighter.destroy();
    }
    expect(perMove).toEqual([0, 0]);
  });

  it('finds the blocks afresh when the body is re-rendered, even before the observer has run', () => {
    const el = body(5);
    const highlighter = new Highlighter(el);
    expect(highlighter.block(2)?.textContent).toContain('Text 2.');
    // Re-render synchronously and look up in the same task.
    el.replaceChildren(...body(3, 'New').children);
    expect(highlighter.block(2)?.textContent).toContain('New 2.');
    expect(highlighter.block(4)).toBeNull();
    expect(highlighter.blockOf(el.children[1]!.firstChild!)).toBe(1);
    highlighter.destroy();
  });

  it('refresh() forgets the blocks', () => {
    const el = body(3);
    const highlighter = new Highlighter(el);
    highlighter.block(0);
    expect(queriesDuring(() => highlighter.block(1))).toBe(0);
    highlighter.refresh();
    expect(queriesDuring(() => highlighter.block(1))).toBeGreaterThan(0);
    highlighter.destroy();
  });
});
