/**
 * Sanitize Readability's output (untrusted nodes) with DOMPurify. DOMPurify copies them into its own inert
 * document (DOMParser's: nothing there runs or loads) and cleans the copy, which is returned — no HTML string is
 * written and parsed again on the way, and the reader view adopts exactly these nodes.
 * No scripts, handlers, forms or their controls, frames, objects, embeds, styles, SVG/MathML, or
 * `javascript:`/`data:` navigation; links open in a new tab without an opener or referrer.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

const FORBID_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'noscript',
  'template',
  'slot',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'fieldset',
  'legend',
  'dialog',
  'audio',
  'video',
  'source',
  'track',
  'canvas',
  'map',
  'area',
];
const FORBID_ATTR = [
  'style',
  'class',
  'id',
  'srcset',
  'sizes',
  'background',
  'ping',
  'formaction',
  'action',
  'xlink:href',
  'tabindex',
  'contenteditable',
  'autofocus',
];

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  RETURN_DOM: true,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
  SANITIZE_NAMED_PROPS: true,
};

const SAFE_IMAGE = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif|svg\+xml)[;,])/i;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (purifier) return purifier;
  purifier = DOMPurify(win as unknown as Window & typeof globalThis);
  // DOMPurify drops an element carrying `is=` (a customized built-in) with all its content; some themes put it on
  // the article's container. The attribute only names a script's behaviour: drop it, keep the element.
  purifier.addHook('beforeSanitizeElements', (node) => {
    if (node.nodeType === 1 && (node as Element).hasAttribute('is')) (node as Element).removeAttribute('is');
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.tagName === 'A') {
      const href = el.getAttribute('href');
      if (href && !href.startsWith('#')) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
        el.setAttribute('referrerpolicy', 'no-referrer');
      }
    } else if (el.tagName === 'IMG') {
      const src = el.getAttribute('src') ?? '';
      if (!SAFE_IMAGE.test(src)) el.removeAttribute('src');
      el.setAttribute('referrerpolicy', 'no-referrer');
      el.setAttribute('loading', 'lazy');
      el.setAttribute('decoding', 'async');
    }
  });
  purifier.setConfig(CONFIG); // parsed once, not on every call
  purifiers.set(win, purifier);
  return purifier;
}

/**
 * Sanitize `body` (a `<body>` element holding the article, in any document; left as it was) for the reader
 * view: a sanitized copy, a `<body>` in an inert document.
 */
export function sanitize(body: HTMLElement, win: Window): HTMLElement {
  return purifierFor(win).sanitize(body) as unknown as HTMLElement; // RETURN_DOM is in the set config
}
