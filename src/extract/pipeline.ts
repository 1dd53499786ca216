/**
 * The whole extraction pipeline, the same in the content script and in node (cli/extract.ts with jsdom):
 * prepare (live page → marked clone) → extract (Readability on the clone) → clean (marked nodes, captions,
 * source line, repeated title/byline) → sanitize (DOMPurify, on nodes) → annotate (direction and language
 * per block) → utterances (sentences for speech).
 */
import { readingTime } from '../text/reading-time';
import { toUtterances, type Utterance } from '../text/sentences';
import type { Dir } from '../text/direction';
import { annotate } from './annotate';
import { clean } from './clean';
import { extract, type RawArticle } from './extract';
import { plainText } from './plain-text';
import { prepare } from './prepare';
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
  /** The plain text of `html`, one line per block, figure captions included (`utterances` leave them out). */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** What read-aloud speaks: the reading blocks' sentences (figure captions are shown, not read). */
  utterances: Utterance[];
}

export type PipelineResult = { kind: 'article'; article: Article } | { kind: 'no-article'; reason: string };

/** Guess the language of a text (e.g. `browser.i18n.detectLanguage`); null when unsure. */
export type DetectLanguage = (text: string) => Promise<string | null>;

/** The pipeline's steps, in order, as reported to `PipelineOptions.mark` when each one ends. */
export type PipelineStage = 'prepare' | 'extract' | 'clean' | 'sanitize' | 'annotate' | 'utterances' | 'reading-time';

export interface PipelineOptions {
  /** Extract even when the page does not look like an article (the user insisted). */
  force?: boolean;
  /** Called as each step ends (used by the benchmark to see where the time goes). */
  mark?: (stage: PipelineStage) => void;
}

/**
 * Parse HTML into an inert document (DOMParser's: scripts never run, nothing loads) and return its body. A new
 * document per parse costs a little (~0.3 ms in Chromium), but no HTML is ever assigned to `innerHTML` in Qari's
 * own code — reused documents would need that, and store reviewers rightly flag it.
 */
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

/** The annotated body each article was serialized from, for the reader view to adopt instead of parsing `html`. */
const bodies = new WeakMap<Article, HTMLElement>();

/** The sanitized, annotated nodes `article.html` was written from (null for an article that did not come from here). */
export function articleBody(article: Article): HTMLElement | null {
  return bodies.get(article) ?? null;
}

function extractArticle(doc: Document, win: Window, options: PipelineOptions): Extracted | { kind: 'no-article'; reason: string } {
  const mark = options.mark ?? (() => {});
  const prepared = prepare(doc, win);
  mark('prepare');
  const extraction = extract(prepared.clone, win, options);
  mark('extract');
  if (extraction.kind === 'no-article') return extraction;
  const { raw } = extraction;
  // Parsed once, into an inert DOMParser document (nothing runs or loads); cleaned and sanitized as nodes from
  // here on, and written out as HTML only at the end.
  const inert = parseInert(raw.content, win);
  // Before sanitizing: DOMPurify leaves every node of its copy with a cached child list, which jsdom refreshes on
  // each child moved out of a landmark (quadratic on long articles); here no list is cached yet.
  flattenLandmarks(inert);
  const { source } = clean(inert, { title: raw.title, byline: raw.byline, url: doc.URL });
  mark('clean');
  const rawDir = raw.dir === 'rtl' || raw.dir === 'ltr' ? raw.dir : null;
  const body = sanitize(inert, win);
  mark('sanitize');
  return {
    raw,
    source,
    body,
    hints: { declaredDir: rawDir ?? prepared.hints.declaredDir, declaredLang: prepared.hints.declaredLang ?? raw.lang },
  };
}

function buildArticle({ raw, source, body, hints }: Extracted, mark: PipelineOptions['mark'] = () => {}): Article {
  const text = plainText(body);
  const annotation = annotate(body, text, hints);
  mark('annotate');
  const utterances = toUtterances(annotation.blocks.map(({ text: t, lang }) => ({ text: t, lang })));
  mark('utterances');
  const { words, minutes } = readingTime(text, annotation.lang);
  mark('reading-time');
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
    utterances,
  };
  bodies.set(article, body);
  return article;
}

export function runPipeline(doc: Document, win: Window, options: PipelineOptions = {}): PipelineResult {
  const extracted = extractArticle(doc, win, options);
  if ('kind' in extracted) return extracted;
  return { kind: 'article', article: buildArticle(extracted, options.mark) };
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
  const article = buildArticle(extracted);
  if (article.lang) return { kind: 'article', article };
  const detected = await detect(article.text).catch(() => null);
  if (!detected) return { kind: 'article', article };
  return { kind: 'article', article: buildArticle({ ...extracted, hints: { ...extracted.hints, declaredLang: detected } }) };
}
