/**
 * The whole extraction pipeline, the same in the content script and in node (cli/extract.ts with jsdom):
 * prepare (live page → marked clone) → extract (Readability on the clone) → clean (marked nodes, captions,
 * source line, repeated title/byline) → sanitize (DOMPurify, on nodes) → annotate (direction and language
 * per block). Sentences for speech are built later, when speech is first used (see utterances.ts).
 */
import { readingTime } from '../text/reading-time';
import type { Dir } from '../text/direction';
import { annotate } from './annotate';
import { clean, type CleanStep } from './clean';
import type { RemovalTrace } from './boilerplate';
import { parseInert } from '../dom/dom';
import { extract, type RawArticle } from './extract';
import { plainText } from './plain-text';
import { prepare } from './prepare';
import type { StyleOf } from './style-probe';
import { sanitize } from './sanitize';
import type { AnnotateHints } from './annotate';

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: Dir;
  excerpt: string | null;
  /** The "Source: …" line lifted out of the body (the agency or outlet), shown under the article. */
  source: string | null;
  /** The page's lead image (og:image), an absolute http(s) URL. */
  leadImage: string | null;
  /** The sanitized, annotated article body, exactly as the reader view renders it. */
  html: string;
  /** The plain text of `html`, one line per block, figure captions included (speech leaves them out). */
  text: string;
  wordCount: number;
  readingMinutes: number;
}

/**
 * What the pipeline gives: the article, and the sanitized, annotated body its `html` was written from (an element
 * of an inert document: the reader adopts these nodes instead of parsing `html` again).
 */
export type PipelineResult =
  { kind: 'article'; article: Article; body: HTMLElement } | { kind: 'no-article'; reason: string };

/** Guess the language of a text (e.g. `browser.i18n.detectLanguage`); null when unsure. */
export type DetectLanguage = (text: string) => Promise<string | null>;

/** The pipeline's steps, in order, as reported to `PipelineTrace.step` when each one ends. */
export type PipelineStage = 'prepare' | 'extract' | 'parse' | 'clean' | 'sanitize' | 'annotate' | 'reading-time';

/**
 * What a caller may watch (the benchmark's stage timings and `bench/attribute.ts`): `step` as each step ends —
 * the pipeline's own stages and, inside `clean`, each of its steps (see `CleanStep`) — and `removed` for every
 * block a boilerplate rule removes. `body` is the article body those steps work on, for a caller that reads it.
 */
export interface PipelineTrace {
  step?(stage: PipelineStage | CleanStep, body: HTMLElement | null): void;
  removed?: RemovalTrace;
}

export interface PipelineOptions {
  /** Extract even when the page does not look like an article (the user insisted). */
  force?: boolean;
  /** How to read an element's computed style (default: the window's `getComputedStyle`; node passes a light cascade). */
  styleOf?: StyleOf;
  /** How to clone the page (default: `document.cloneNode(true)`; node passes one that survives jsdom's limits). */
  cloneDocument?: (doc: Document) => Document;
  trace?: PipelineTrace;
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
    while (landmark.firstChild) div.append(landmark.firstChild); // one by one: spreading childNodes is quadratic in jsdom
    landmark.replaceWith(div);
  }
}

interface Extracted {
  raw: RawArticle;
  source: string | null;
  /** The sanitized article body (a `<body>` in an inert document), before annotation. */
  body: HTMLElement;
  hints: AnnotateHints;
}

/**
 * The pipeline's second half, on what Readability returned: parse its HTML once into an inert document (nothing
 * runs or loads), then clean and sanitize those nodes. Exported for `bench/attribute.ts`, which caches the slow
 * first half (prepare + Readability) and re-runs this one while rules are being tuned.
 */
export function cleanExtracted(
  raw: Pick<RawArticle, 'content' | 'title' | 'byline'> & Partial<Pick<RawArticle, 'publishedTime'>>,
  pageUrl: string,
  win: Window,
  trace: PipelineTrace = {},
): { body: HTMLElement; source: string | null; dateline: string | null } {
  const inert = parseInert(raw.content, win);
  // Before sanitizing: DOMPurify leaves every node of its copy with a cached child list, which jsdom refreshes on
  // each child moved out of a landmark (quadratic on long articles); here no list is cached yet.
  flattenLandmarks(inert);
  trace.step?.('parse', inert);
  const { source, dateline } = clean(
    inert,
    { title: raw.title, byline: raw.byline, url: pageUrl, publishedTime: raw.publishedTime },
    {
      step: (name) => trace.step?.(name, inert),
      removed: trace.removed,
    },
  );
  trace.step?.('clean', inert);
  const body = sanitize(inert, win);
  trace.step?.('sanitize', body);
  return { body, source, dateline };
}

function extractArticle(
  doc: Document,
  win: Window,
  options: PipelineOptions,
): Extracted | { kind: 'no-article'; reason: string } {
  const trace = options.trace ?? {};
  const prepared = prepare(doc, win, { styleOf: options.styleOf, cloneDocument: options.cloneDocument });
  trace.step?.('prepare', null);
  const extraction = extract(prepared.clone, win, options);
  trace.step?.('extract', null);
  if (extraction.kind === 'no-article') return extraction;
  const { body, source, dateline } = cleanExtracted(extraction.raw, doc.URL, win, trace);
  // A dateline taken from the body is the article's date when the page's structured data gave none.
  const raw = dateline ? { ...extraction.raw, publishedTime: dateline } : extraction.raw;
  const rawDir = raw.dir === 'rtl' || raw.dir === 'ltr' ? raw.dir : null;
  return {
    raw,
    source,
    body,
    hints: { declaredDir: rawDir ?? prepared.hints.declaredDir, declaredLang: prepared.hints.declaredLang ?? raw.lang },
  };
}

function buildArticle({ raw, source, body, hints }: Extracted, trace: PipelineTrace = {}): Article {
  const text = plainText(body);
  const annotation = annotate(body, text, hints);
  trace.step?.('annotate', body);
  const { words, minutes } = readingTime(text, annotation.lang);
  trace.step?.('reading-time', body);
  const article: Article = {
    title: raw.title,
    byline: raw.byline,
    siteName: raw.siteName,
    publishedTime: raw.publishedTime,
    lang: annotation.lang,
    dir: annotation.dir,
    excerpt: raw.excerpt,
    source,
    leadImage: raw.leadImage,
    html: body.innerHTML,
    text,
    wordCount: words,
    readingMinutes: minutes,
  };
  return article;
}

export function runPipeline(doc: Document, win: Window, options: PipelineOptions = {}): PipelineResult {
  const extracted = extractArticle(doc, win, options);
  if ('kind' in extracted) return extracted;
  return { kind: 'article', article: buildArticle(extracted, options.trace), body: extracted.body };
}

/**
 * The pipeline plus a language detector (the browser's `i18n.detectLanguage`), asked only when neither the
 * page nor the script of its text tells the language (e.g. a Latin-script page without `lang`).
 */
export async function runPipelineDetecting(
  doc: Document,
  win: Window,
  detect: DetectLanguage,
  options: PipelineOptions = {},
): Promise<PipelineResult> {
  const extracted = extractArticle(doc, win, options);
  if ('kind' in extracted) return extracted;
  const { body } = extracted;
  const article = buildArticle(extracted, options.trace);
  if (article.lang) return { kind: 'article', article, body };
  const detected = await detect(article.text).catch(() => null);
  if (!detected) return { kind: 'article', article, body };
  return {
    kind: 'article',
    article: buildArticle({ ...extracted, hints: { ...extracted.hints, declaredLang: detected } }),
    body,
  };
}
