/**
 * Sanitize Readability's output (untrusted HTML) with DOMPurify, to a STRING: DOM nodes that DOMPurify hands
 * back in a Chrome content script can still fire the page's handlers once inserted.
 * No scripts, handlers, forms or their controls, frames, objects, embeds, styles, SVG/MathML, or
 * `javascript:`/`data:` navigation; links open in a new tab without an opener or referrer.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'noscript', 'template', 'slot',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'fieldset', 'legend',
  'dialog', 'audio', 'video', 'source', 'track', 'canvas', 'map', 'area',
];
const FORBID_ATTR = ['style', 'class', 'id', 'srcset', 'sizes', 'background', 'ping', 'formaction', 'action', 'xlink:href', 'tabindex', 'contenteditable', 'autofocus'];

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  RETURN_DOM: false,
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
  purifiers.set(win, purifier);
  return purifier;
}

/** Sanitize an HTML string for the reader view; returns a string. */
export function sanitize(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, CONFIG) as unknown as string;
}
