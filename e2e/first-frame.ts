/**
 * The reader's look in its first animation frame, read in the page's own world (Chromium and Firefox alike:
 * the code is passed as strings, see e2e/firefox.ts on tsx's `__name`). `WATCH_FIRST_FRAME` installs a
 * MutationObserver that, when `#qari-root` enters the page, takes `LOOK` in the first `requestAnimationFrame`
 * after it (the styles that frame paints) into `window.__qariFirstLook`; `LOOK` is the same reading at any time.
 */

export interface ElementLook {
  fontFamily: string;
  fontSize: string;
  lineHeight: string;
  /** The background the element is seen on: its own, else its nearest ancestor's (across the shadow root). */
  background: string;
}

export interface ReaderLook {
  title: ElementLook | null;
  body: ElementLook | null;
}

/** An expression: the reader's current look (title `h1`, first body paragraph). */
export const LOOK = `(() => {
  const shadow = document.getElementById('qari-root')?.shadowRoot;
  const look = (node) => {
    if (!node) return null;
    const style = getComputedStyle(node);
    let background = 'rgba(0, 0, 0, 0)';
    for (let at = node; at; at = at.parentElement || (at.parentNode && at.parentNode.host) || null) {
      const bg = getComputedStyle(at).backgroundColor;
      if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') { background = bg; break; }
    }
    return { fontFamily: style.fontFamily, fontSize: style.fontSize, lineHeight: style.lineHeight, background };
  };
  return { title: look(shadow?.querySelector('article h1')), body: look(shadow?.querySelector('article .body p')) };
})()`;

/** A statement: watch for the reader to enter the page and keep its look in the first frame after. */
export const WATCH_FIRST_FRAME = `(() => {
  window.__qariFirstLook = undefined;
  const observer = new MutationObserver(() => {
    if (!document.getElementById('qari-root')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__qariFirstLook = ${LOOK}; });
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return true;
})()`;

/** An expression: the look taken in the first frame, or null while it has not been taken. */
export const FIRST_LOOK = `window.__qariFirstLook ?? null`;

/** How long the reader is left to settle before its "final" look is read (not a speed measure). */
export const SETTLE_MS = 1500;
