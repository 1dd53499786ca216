/**
 * The few computed style facts `prepare` needs (is it hidden? which direction?), per element.
 *
 * In a browser this is `getComputedStyle`. In jsdom (the CLI and tests) `getComputedStyle` re-resolves every rule
 * and every inherited property from scratch for each element, which takes seconds on a real page; there, a light
 * cascade matches only the top-level rules that could hide an element or set its direction (one
 * `querySelectorAll` each; source order; overrides by other rules and media queries are not seen), then
 * reads the element's inline style.
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

/**
 * The facts of a rule that may hide an element or set its direction, judged on the rule alone (an sr-only
 * rule declares its position, size and clip together); null for every other rule.
 */
function ruleFacts(style: CSSStyleDeclaration): Partial<StyleFacts> | null {
  const facts: Partial<StyleFacts> = {};
  read(style, facts);
  const hides =
    facts.display === 'none' ||
    facts.visibility === 'hidden' ||
    facts.visibility === 'collapse' ||
    ((facts.position === 'absolute' || facts.position === 'fixed') &&
      (!!facts.clip || !!facts.clipPath || !!facts.width || !!facts.left || !!facts.top)) ||
    parseFloat(facts.textIndent ?? '') <= -999;
  if (hides) return facts;
  return facts.direction ? { direction: facts.direction } : null;
}

function lightCascade(doc: Document): StyleOf {
  const declared = new Map<Element, Partial<StyleFacts>>();
  const visit = (rule: CSSRule): void => {
    const style = (rule as CSSStyleRule).style;
    const selector = (rule as CSSStyleRule).selectorText;
    const facts = style && selector ? ruleFacts(style) : null;
    if (!facts) return;
    let matches: Iterable<Element>;
    try {
      matches = doc.querySelectorAll(selector);
    } catch {
      return; // a selector jsdom cannot match (pseudo-classes, new syntax)
    }
    for (const el of matches) declared.set(el, { ...declared.get(el), ...facts });
  };
  for (const sheet of [...doc.styleSheets]) {
    let rules: CSSRule[];
    try {
      rules = [...sheet.cssRules];
    } catch {
      continue;
    }
    for (const rule of rules) visit(rule);
  }
  return (el) => {
    const facts: Partial<StyleFacts> = { ...declared.get(el) };
    try {
      const inline = (el as HTMLElement).style;
      if (inline?.length) read(inline, facts);
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
