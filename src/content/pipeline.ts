/**
 * The whole extraction pipeline, the same in the content script and in node (cli/extract.ts with jsdom):
 * prepare (live page) → extract (Readability on a clone) → sanitize (DOMPurify, to a string)
 * → annotate (direction and language per block) → utterances (sentences for speech).
 */
import { readingMinutes, wordCount } from '../text/reading-time';
import { toUtterances, type Utterance } from '../text/sentences';
import type { Dir } from '../text/direction';
import { annotate } from './annotate';
import { extract } from './extract';
import { prepare } from './prepare';
import { sanitize } from './sanitize';

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: Dir;
  excerpt: string | null;
  /** The sanitized, annotated article body, exactly as the reader view renders it. */
  html: string;
  /** Its plain text. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  utterances: Utterance[];
}

export type PipelineResult = { kind: 'article'; article: Article } | { kind: 'no-article'; reason: string };

export interface PipelineOptions {
  /** Extract even when the page does not look like an article (the user insisted). */
  force?: boolean;
}

/** Parse sanitized HTML into an inert document (scripts never run, nothing loads) and return its body. */
export function parseInert(html: string, win: Window): HTMLElement {
  const parser = new (win as unknown as typeof globalThis).DOMParser();
  return parser.parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

/** Landmarks inside the article body would nest inside the reader's own `article`/`main`: make them plain divs. */
const LANDMARKS = 'article, main';

function flattenLandmarks(body: HTMLElement): void {
  for (const landmark of [...body.querySelectorAll(LANDMARKS)]) {
    const div = body.ownerDocument.createElement('div');
    for (const name of ['dir', 'lang']) {
      const value = landmark.getAttribute(name);
      if (value) div.setAttribute(name, value);
    }
    div.append(...landmark.childNodes);
    landmark.replaceWith(div);
  }
}

export function runPipeline(doc: Document, win: Window, options: PipelineOptions = {}): PipelineResult {
  const hints = prepare(doc, win);
  const extraction = extract(doc, options);
  if (extraction.kind === 'no-article') return extraction;
  const { raw } = extraction;
  const body = parseInert(sanitize(raw.content, win), win);
  flattenLandmarks(body);
  const text = (body.textContent ?? '').replace(/\s+/g, ' ').trim();
  const rawDir = raw.dir === 'rtl' || raw.dir === 'ltr' ? raw.dir : null;
  const annotation = annotate(body, text, {
    declaredDir: hints.declaredDir ?? rawDir,
    declaredLang: hints.declaredLang ?? raw.lang,
  });
  const utterances = toUtterances(annotation.blocks.map(({ text: t, lang }) => ({ text: t, lang })));
  return {
    kind: 'article',
    article: {
      title: raw.title,
      byline: raw.byline,
      siteName: raw.siteName,
      publishedTime: raw.publishedTime,
      lang: annotation.lang,
      dir: annotation.dir,
      excerpt: raw.excerpt,
      html: body.innerHTML,
      text,
      wordCount: wordCount(text, annotation.lang),
      readingMinutes: readingMinutes(text, annotation.lang),
      utterances,
    },
  };
}
