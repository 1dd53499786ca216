/**
 * UI strings. Every visible string goes through `_locales/<lang>/messages.json`; the UI direction comes from
 * the UI locale (`@@bidi_dir`), never from the article.
 */
import { browser } from '../platform/browser';
import type { Dir } from '../text/direction';
import type core from '../_locales/en/core.json';
import type extraction from '../_locales/en/extraction.json';
import type menus from '../_locales/en/menus.json';
import type popup from '../_locales/en/popup.json';
import type reader from '../_locales/en/reader.json';
import type speech from '../_locales/en/speech.json';

/** A key of the English catalogue (the reference locale): a misspelt key fails the typecheck. */
export type MessageKey =
  | keyof typeof core
  | keyof typeof extraction
  | keyof typeof menus
  | keyof typeof popup
  | keyof typeof reader
  | keyof typeof speech
  | '@@bidi_dir'
  | '@@ui_locale';

/** A translated string; the key itself when the catalogue lacks it (visible in development, never blank). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** The UI's direction and language, from the browser's UI locale. */
export function uiLocale(): { dir: Dir; lang: string } {
  const dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  const lang = t('@@ui_locale').replace(/_/g, '-');
  return { dir, lang: lang === '@@ui_locale' ? 'en' : lang };
}

/**
 * Fill elements under `root` that carry `data-i18n` (text), `data-i18n-label` (aria-label) or
 * `data-i18n-title` (title) with their translations, and set the UI direction on `<html>` when asked.
 */
export function localize(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    el.setAttribute('aria-label', t(el.dataset.i18nLabel as MessageKey));
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]'))
    el.title = t(el.dataset.i18nTitle as MessageKey);
}
