/**
 * The style reader for node (jsdom). jsdom's `getComputedStyle` re-resolves every rule and every inherited
 * property from scratch for each element, which takes seconds on a real page; this light cascade matches only
 * the top-level rules that could hide an element or set its direction (one `querySelectorAll` each; source order;
 * overrides by other rules and media queries are not seen), then reads the element's inline style.
 */
import { CSS_NAMES, PROPS, type StyleFacts, type StyleOf } from '../src/extract/style-probe';

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

export function lightCascade(doc: Document): StyleOf {
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

