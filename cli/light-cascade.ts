/**
 * The style reader for node (jsdom). jsdom's `getComputedStyle` re-resolves every rule and every inherited
 * property from scratch for each element, which takes seconds on a real page; this light cascade matches only
 * the top-level rules that could hide an element or set its direction (one `querySelectorAll` each; source order;
 * a later rule showing a hidden element again counts, specificity and media queries are not seen; sheets inside
 * `<noscript>` are skipped, as a browser running scripts ignores them), then reads the element's inline style.
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

/**
 * What a rule that hides nothing says about display and visibility ("display: block", "visibility: visible"):
 * a later rule showing an element an earlier one hid (`.slide {display:none} .slide.active {display:block}`).
 */
function shownFacts(style: CSSStyleDeclaration): Partial<StyleFacts> | null {
  const display = style.getPropertyValue('display').trim().toLowerCase();
  const visibility = style.getPropertyValue('visibility').trim().toLowerCase();
  if (!display && !visibility) return null;
  return { ...(display ? { display } : {}), ...(visibility ? { visibility } : {}) };
}

/** A style sheet inside `<noscript>`: it applies only without scripts (jsdom parses it; a browser with scripts does not). */
function inNoscript(sheet: CSSStyleSheet): boolean {
  const owner = sheet.ownerNode as Element | null;
  return !!owner?.closest?.('noscript');
}

export function lightCascade(doc: Document): StyleOf {
  const declared = new Map<Element, Partial<StyleFacts>>();
  // Only elements an earlier rule hid can be shown again, and only by a selector naming one of their classes or
  // their id last: test those few, not the page.
  const named = new Map<string, Element[]>();
  const showAgain = (selector: string, shown: Partial<StyleFacts>): void => {
    const keys = new Set<string>();
    for (const part of selector.split(',')) {
      const key = /([.#][\w-]+)[^\s>+~.#[:]*(?:\[[^\]]*\]|:[\w-]+)*\s*$/.exec(part.trim())?.[1];
      if (!key) return; // ends in a tag or a pseudo-class with arguments: not a slide or tab being shown
      keys.add(key);
    }
    for (const key of keys) {
      for (const el of named.get(key) ?? []) {
        try {
          if (el.matches(selector)) declared.set(el, { ...declared.get(el), ...shown });
        } catch {
          return;
        }
      }
    }
  };
  const remember = (el: Element): void => {
    if (declared.has(el)) return;
    const keys = [...el.classList].map((name) => `.${name}`);
    if (el.id) keys.push(`#${el.id}`);
    for (const key of keys) named.set(key, [...(named.get(key) ?? []), el]);
  };
  const visit = (rule: CSSRule): void => {
    const style = (rule as CSSStyleRule).style;
    const selector = (rule as CSSStyleRule).selectorText;
    const facts = style && selector ? ruleFacts(style) : null;
    if (!facts) {
      const shown = style && selector && declared.size ? shownFacts(style) : null;
      if (shown) showAgain(selector, shown);
      return;
    }
    let matches: Iterable<Element>;
    try {
      matches = doc.querySelectorAll(selector);
    } catch {
      return; // a selector jsdom cannot match (pseudo-classes, new syntax)
    }
    for (const el of matches) {
      remember(el);
      declared.set(el, { ...declared.get(el), ...facts });
    }
  };
  for (const sheet of [...doc.styleSheets]) {
    if (inNoscript(sheet)) continue;
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
