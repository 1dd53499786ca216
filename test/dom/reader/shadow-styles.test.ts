import { describe, expect, it } from 'vitest';
import { attachStyles } from '../../../src/shared/ui/shadow-styles';

const CSS = '.x { color: red; }';

/** A stand-in for a constructable stylesheet (jsdom has none). */
class FakeSheet {
  text = '';
  replaceSync(css: string) {
    this.text = css;
  }
}

function shadowRoot(): ShadowRoot {
  return document.createElement('div').attachShadow({ mode: 'open' });
}

describe('attachStyles', () => {
  it('adopts a constructed sheet where the browser allows it (Chromium)', () => {
    const shadow = shadowRoot();
    let adopted: unknown[] = [];
    Object.defineProperty(shadow, 'adoptedStyleSheets', { get: () => adopted, set: (v: unknown[]) => (adopted = v) });
    const win = { CSSStyleSheet: FakeSheet, document } as unknown as Window;
    expect(attachStyles(shadow, CSS, win)).toBe('adopted');
    expect((adopted[0] as FakeSheet).text).toBe(CSS);
    expect(shadow.querySelector('style')).toBeNull();
  });

  it('builds the sheet and its array in the page realm when the content script may not (Firefox Xrays)', () => {
    const shadow = shadowRoot();
    Object.defineProperty(shadow, 'adoptedStyleSheets', {
      get: () => [],
      set: () => {
        throw new TypeError('Accessing from Xray wrapper is not supported.');
      },
    });
    const pageShadow = { adoptedStyleSheets: [] as unknown[] };
    Object.assign(shadow, { wrappedJSObject: pageShadow });
    class PageArray extends Array {}
    const page = { CSSStyleSheet: FakeSheet, Array: PageArray };
    const win = { CSSStyleSheet: FakeSheet, document, wrappedJSObject: page } as unknown as Window;
    expect(attachStyles(shadow, CSS, win)).toBe('adopted-page-realm');
    expect(pageShadow.adoptedStyleSheets).toBeInstanceOf(PageArray);
    expect((pageShadow.adoptedStyleSheets[0] as FakeSheet).text).toBe(CSS);
  });

  it('falls back to a <style> element when nothing else works', () => {
    const shadow = shadowRoot();
    const win = { CSSStyleSheet: undefined, document } as unknown as Window;
    expect(attachStyles(shadow, CSS, win)).toBe('style-element');
    expect(shadow.querySelector('style')!.textContent).toBe(CSS);
  });
});
