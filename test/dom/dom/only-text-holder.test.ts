/** `onlyTextHolder` / `hasText` answer exactly what comparing squashed `textContent`s answers, without reading it all. */
import { describe, expect, it } from 'vitest';
import { hasText, onlyTextHolder, outermostWrapper, squash } from '../../../src/dom/dom';
import { fixtures } from '../fixture-pages';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

describe('onlyTextHolder', () => {
  it('equals the squashed-text comparison for every element of every fixture page', () => {
    let compared = 0;
    for (const fixture of fixtures()) {
      const doc = new DOMParser().parseFromString(fixture.html, 'text/html');
      for (const el of doc.body.querySelectorAll('*')) {
        const parent = el.parentElement!;
        expect(onlyTextHolder(parent, el)).toBe(squash(parent.textContent) === squash(el.textContent));
        expect(hasText(el)).toBe(squash(el.textContent) !== '');
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('ignores white space of any kind, comments and empty elements; counts any other character', () => {
    const root = body('<div id="w"> \u00a0<!-- note --><p id="p"> Most  read </p><span>\n</span><img></div>');
    const p = root.querySelector('#p')!;
    expect(onlyTextHolder(root.querySelector('#w')!, p)).toBe(true);
    expect(outermostWrapper(p, root)).toBe(root.querySelector('#w'));
    const other = body('<div id="w"><p id="p">Most read</p><span>·</span></div>');
    expect(onlyTextHolder(other.querySelector('#w')!, other.querySelector('#p')!)).toBe(false);
    expect(outermostWrapper(other.querySelector('#p')!, other)).toBe(other.querySelector('#p'));
  });
});
