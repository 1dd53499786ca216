/**
 * The few computed style facts `prepare` needs (is it hidden? which direction?), per element.
 *
 * In a browser this is `getComputedStyle`. In jsdom (the CLI and tests) `getComputedStyle` re-resolves every rule
 * and every inherited property from scratch for each element, which takes seconds on a real page; there, a light
 * cascade applies each top-level `<style>` rule once with `querySelectorAll` (source order, no specificity, no
 * media queries), then the element's inline style.
 */

export interface StyleFacts {
  display: string;
  visibility: string;
  position: string;
  width: string;
  height: string;
  overflow: string;
  clip: string;
  clipPath: string;
  left: string;
  top: string;
  textIndent: string;
  /** Declared or computed `direction`; empty when not declared (light cascade). */
  direction: string;
}

export type StyleOf = (el: Element) => Partial<StyleFacts> | null;

const PROPS: (keyof StyleFacts)[] = [
  'display', 'visibility', 'position', 'width', 'height', 'overflow', 'clip', 'clipPath', 'left', 'top', 'textIndent', 'direction',
];
const CSS_NAMES: Record<keyof StyleFacts, string> = {
  display: 'display', visibility: 'visibility', position: 'position', width: 'width', height: 'height',
  overflow: 'overflow', clip: 'clip', clipPath: 'clip-path', left: 'left', top: 'top', textIndent: 'text-indent',
  direction: 'direction',
};

export function isJsdom(win: Window): boolean {
  return /\bjsdom\b/i.test(win.navigator?.userAgent ?? '');
}

function read(style: CSSStyleDeclaration, into: Partial<StyleFacts>): void {
  for (const prop of PROPS) {
    const value = style.getPropertyValue(CSS_NAMES[prop]);
    if (value) into[prop] = value.trim().toLowerCase();
  }
}

function lightCascade(doc: Document): StyleOf {
  const declared = new Map<Element, Partial<StyleFacts>>();
  const apply = (rule: CSSRule): void => {
    const style = (rule as CSSStyleRule).style;
    const selector = (rule as CSSStyleRule).selectorText;
    if (!style || !selector) return;
    if (!PROPS.some((p) => style.getPropertyValue(CSS_NAMES[p]))) return;
    let matches: Element[];
    try {
      matches = [...doc.querySelectorAll(selector)];
    } catch {
      return; // a selector jsdom cannot match (pseudo-classes, new syntax)
    }
    for (const el of matches) {
      const facts = declared.get(el) ?? {};
      read(style, facts);
      declared.set(el, facts);
    }
  };
  for (const sheet of [...doc.styleSheets]) {
    let rules: CSSRule[];
    try {
      rules = [...sheet.cssRules];
    } catch {
      continue;
    }
    for (const rule of rules) apply(rule);
  }
  return (el) => {
    const facts = { ...(declared.get(el) ?? {}) };
    try {
      const inline = (el as HTMLElement).style;
      if (inline) read(inline, facts);
    } catch {
      // an inline style the CSS parser rejects
    }
    return facts;
  };
}

/** The style reader for this window: real computed styles in a browser, the light cascade in jsdom. */
export function styleReader(doc: Document, win: Window): StyleOf {
  if (isJsdom(win)) {
    try {
      return lightCascade(doc);
    } catch {
      return () => null;
    }
  }
  return (el) => {
    try {
      return win.getComputedStyle(el);
    } catch {
      return null;
    }
  };
}
