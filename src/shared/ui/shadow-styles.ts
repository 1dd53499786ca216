/**
 * Style a shadow root so that it renders even on a page whose CSP forbids inline styles
 * (`default-src 'none'`). A constructed stylesheet is not an inline style, so CSP does not apply to it.
 *
 * 1. Chromium: a sheet constructed in the content script's world, adopted directly. Content-script styles are
 *    exempt from the page's CSP there anyway.
 * 2. Firefox: a content script sees the page through Xray wrappers, and assigning its own array of its own
 *    sheets to `adoptedStyleSheets` throws (the observable array belongs to the page's realm; Mozilla bugs
 *    1751346, 1770592, 1928865). So the sheet AND the array are constructed from the page's realm
 *    (`window.wrappedJSObject`) and assigned through the shadow root's unwrapped view. The page could in
 *    theory have replaced `CSSStyleSheet` before we run: we check that the sheet really took effect.
 * 3. Last resort: a <style> element (applies where the page's CSP allows inline styles).
 *
 * Measured in Firefox ESR 153 on the strict-CSP fixture: step 1 already works there, and steps 2 and 3 (each
 * forced in turn) render styled too. The chain stays for the older Firefox versions the bugs above describe.
 * The mode used is exposed as `data-styles` on the reader dialog.
 */

export type StyleMode = 'adopted' | 'adopted-page-realm' | 'style-element';

type Realm = typeof globalThis;
interface Unwrappable {
  wrappedJSObject?: unknown;
}

function construct(realm: Realm, css: string): CSSStyleSheet {
  const sheet = new realm.CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

function adopted(shadow: ShadowRoot): number {
  try {
    return shadow.adoptedStyleSheets.length;
  } catch {
    return 0;
  }
}

/** Attach `css` to `shadow`; returns the way it was attached (for tests and diagnostics). */
export function attachStyles(shadow: ShadowRoot, css: string, win: Window): StyleMode {
  const realm = win as unknown as Realm & Unwrappable;
  try {
    shadow.adoptedStyleSheets = [construct(realm, css)];
    if (adopted(shadow) === 1) return 'adopted';
  } catch {
    // Firefox content script: fall through to the page-realm sheet.
  }
  try {
    const page = realm.wrappedJSObject as Realm | undefined;
    const pageShadow = (shadow as unknown as Unwrappable).wrappedJSObject as ShadowRoot | undefined;
    if (page && pageShadow) {
      const list = new page.Array() as CSSStyleSheet[];
      list.push(construct(page, css));
      pageShadow.adoptedStyleSheets = list;
      if (adopted(pageShadow) === 1) return 'adopted-page-realm';
    }
  } catch {
    // Not Firefox, or the page tampered with its globals: use a <style> element.
  }
  const style = win.document.createElement('style');
  style.textContent = css;
  shadow.prepend(style);
  return 'style-element';
}
