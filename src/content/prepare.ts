/**
 * Read what only the LIVE page knows, before Readability sees a clone: the direction and language the page
 * declares (including CSS `direction`, which Readability cannot see).
 */
import type { Dir } from '../text/direction';
import { normalizeLangTag } from '../text/language';
import type { AnnotateHints } from './annotate';

function attrDir(el: Element | null): Dir | null {
  const dir = el?.getAttribute('dir')?.trim().toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

function computedDir(el: Element | null, win: Window): Dir | null {
  if (!el) return null;
  try {
    const dir = win.getComputedStyle(el).direction;
    return dir === 'rtl' ? 'rtl' : null;
  } catch {
    return null;
  }
}

/** The page's declared language: `<html lang>`, then og:locale, then content-language. */
export function declaredLanguage(doc: Document): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.split(',')[0],
    doc.body?.getAttribute('lang'),
  ];
  for (const candidate of candidates) {
    const tag = normalizeLangTag(candidate ?? null);
    if (tag) return tag;
  }
  return null;
}

/** The page's declared direction: dir attributes on html/body, then their computed CSS direction. */
export function declaredDirection(doc: Document, win: Window): Dir | null {
  return (
    attrDir(doc.documentElement) ??
    attrDir(doc.body) ??
    computedDir(doc.body, win) ??
    computedDir(doc.documentElement, win)
  );
}

export function prepare(doc: Document, win: Window): AnnotateHints {
  return { declaredDir: declaredDirection(doc, win), declaredLang: declaredLanguage(doc) };
}
