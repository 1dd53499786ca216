/**
 * Give the sanitized article its direction and language: the article's from the page (dir attributes, the
 * computed direction stamped by `prepare`, then script statistics), and each block's own where it differs,
 * decided by counting strong characters (not `dir=auto`'s first-strong guess).
 */
import { textDirection, type Dir } from '../text/direction';
import { primaryLanguage, resolveBlockLanguage } from '../text/language';
import { markLineBreaks } from './text-lines';

/**
 * Elements whose text is one unit of reading (a paragraph, a heading, a list item…). Figure captions are shown
 * but are not part of the running text: they are not read aloud (`Article.utterances`), though `Article.text` has them.
 */
export const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd, td, th, caption';

/** What the running text leaves out. */
export const NOT_READ = 'figcaption';

export interface Block {
  element: Element;
  text: string;
  lang: string | null;
  dir: Dir;
}

export interface Annotation {
  dir: Dir;
  lang: string | null;
  blocks: Block[];
}

/** Leaf-most blocks: a blockquote holding paragraphs is not itself a block (its paragraphs are). */
export function readingBlocks(root: ParentNode): Element[] {
  return [...root.querySelectorAll(BLOCK_SELECTOR)].filter(
    (el) => !el.querySelector(BLOCK_SELECTOR) && !el.closest(NOT_READ) && (el.textContent ?? '').trim().length > 0,
  );
}

export interface AnnotateHints {
  /** Direction the page declares (dir attribute or computed CSS direction), if any. */
  declaredDir: Dir | null;
  /** Language the page declares (`<html lang>`, og:locale, content-language), if any. */
  declaredLang: string | null;
}

/** Annotate `root` (the article body) in place and return its direction, language and reading blocks. */
export function annotate(root: Element, text: string, hints: AnnotateHints): Annotation {
  const measured = textDirection(text);
  // Script statistics outvote a declaration only when the declaration contradicts the text outright.
  const dir: Dir =
    measured && hints.declaredDir && measured !== hints.declaredDir
      ? measured
      : (hints.declaredDir ?? measured ?? 'ltr');
  const lang = resolveBlockLanguage(text, hints.declaredLang) ?? hints.declaredLang;
  const blocks: Block[] = [];
  markLineBreaks(root);
  for (const element of readingBlocks(root)) {
    const blockText = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const blockDir = textDirection(blockText) ?? dir;
    const blockLang = resolveBlockLanguage(blockText, lang) ?? lang;
    if (blockDir !== dir) element.setAttribute('dir', blockDir);
    else element.removeAttribute('dir');
    if (blockLang && primaryLanguage(blockLang) !== primaryLanguage(lang)) element.setAttribute('lang', blockLang);
    else element.removeAttribute('lang');
    blocks.push({ element, text: element.textContent ?? '', lang: blockLang, dir: blockDir });
  }
  return { dir, lang, blocks };
}
