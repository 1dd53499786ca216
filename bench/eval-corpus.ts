/**
 * The shared extraction corpora (see ../shared/corpus/README.md): the Article Extraction Benchmark (AEB),
 * Mozilla Readability's own test pages, and the three corpora in the common format (magic-html, fundus,
 * newspaper4k: `html/<id>.html.gz` + `ground-truth.json` with `url`, `lang`, `text`, `title?`). Each page is
 * loaded at its ground truth's URL and scored for plain Readability 0.6.0 (`parse().textContent` / `.title`) and
 * for Qari's pipeline (`article.text` / `article.title`), both in jsdom, in the same run.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { loadDom, readPage } from '../cli/load';
import { runPipelineInNode } from '../cli/node-pipeline';
import { scorePage, type PageScore } from './score';

export { corpusDir } from './corpus';

/** Every corpus with ground truth, in report order. `readability` is the folder `readability-test-pages`. */
export const CORPORA = ['aeb', 'readability', 'magic-html', 'fundus', 'newspaper4k'] as const;
export type CorpusName = (typeof CORPORA)[number];
/** The corpora in the common format (truth `text`, `lang`, `title?`). */
export const COMMON_CORPORA = ['magic-html', 'fundus', 'newspaper4k'] as const;

/** A corpus name as a user may type it (the folder name works too); null when unknown. */
export function corpusName(name: string): CorpusName | null {
  if (name === 'readability-test-pages') return 'readability';
  return (CORPORA as readonly string[]).includes(name) ? (name as CorpusName) : null;
}

export interface CorpusPage {
  corpus: CorpusName;
  id: string;
  url: string;
  /** The page's language (ISO 639-1), where the ground truth gives it. */
  lang?: string;
  /** The true title, where the ground truth has one. */
  title?: string;
  /** Loads the page HTML (lazily: the corpora are large). The corpora are stored as UTF-8 (their README). */
  html(): string;
  truth(): string;
}

export function aebPages(dir: string): CorpusPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'aeb', 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, { articleBody, url }]) => ({
      corpus: 'aeb' as const,
      id,
      url,
      html: () => readPage(join(dir, 'aeb', 'html', `${id}.html.gz`), 'utf-8'),
      truth: () => articleBody,
    }));
}

/** Readability's harness parses its test pages at this URL. */
export const FAKEHOST = 'http://fakehost/test/page.html';

export function readabilityPages(dir: string): CorpusPage[] {
  const root = join(dir, 'readability-test-pages');
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'expected.html')))
    .sort()
    .map((name) => ({
      corpus: 'readability' as const,
      id: name,
      url: FAKEHOST,
      html: () => readPage(join(root, name, 'source.html'), 'utf-8'),
      truth: () => {
        const dom = loadDom(readPage(join(root, name, 'expected.html'), 'utf-8'), FAKEHOST);
        try {
          return dom.window.document.body.textContent ?? '';
        } finally {
          dom.window.close();
        }
      },
    }));
}

interface CommonTruth {
  url: string;
  lang: string;
  text: string;
  title?: string | null;
}

/** A corpus in the common format (magic-html, fundus, newspaper4k). */
export function commonPages(dir: string, corpus: (typeof COMMON_CORPORA)[number]): CorpusPage[] {
  const root = join(dir, corpus);
  const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<string, CommonTruth>;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => ({
      corpus,
      id,
      url: t.url,
      lang: t.lang,
      ...(t.title ? { title: t.title } : {}),
      html: () => readPage(join(root, 'html', `${id}.html.gz`), 'utf-8'),
      truth: () => t.text,
    }));
}

/** The pages of one corpus; an empty list when the corpus is not on this machine. */
export function corpusPages(dir: string, corpus: CorpusName): CorpusPage[] {
  const folder = corpus === 'readability' ? 'readability-test-pages' : corpus;
  if (!existsSync(join(dir, folder))) return [];
  if (corpus === 'aeb') return aebPages(dir);
  if (corpus === 'readability') return readabilityPages(dir);
  return commonPages(dir, corpus);
}

/** What one system made of one page. */
export interface Extraction {
  /** False when the system found no article (its text then scores as empty). */
  found: boolean;
  text: string;
  title: string;
}

/** Plain Readability 0.6.0, default options, on the page as jsdom parses it. */
export function plainExtract(html: string, url: string): Extraction {
  const dom = loadDom(html, url);
  try {
    const parsed = new Readability(dom.window.document).parse();
    return parsed
      ? { found: true, text: parsed.textContent ?? '', title: parsed.title ?? '' }
      : { found: false, text: '', title: '' };
  } finally {
    dom.window.close();
  }
}

export function plainText(html: string, url: string): string {
  return plainExtract(html, url).text;
}

/**
 * Qari's pipeline; a page it finds no article in scores as empty text. `force` extracts whatever Readability
 * finds, as when the user insists: Readability's own test pages run that way (its harness never asks whether a
 * page is an article, and a few of them hold only a word or two).
 */
export function qariExtract(html: string, url: string, force = false): Extraction {
  const dom = loadDom(html, url);
  try {
    const result = runPipelineInNode(dom.window.document, dom.window as unknown as Window, { force });
    return result.kind === 'article'
      ? { found: true, text: result.article.text, title: result.article.title }
      : { found: false, text: '', title: '' };
  } finally {
    dom.window.close();
  }
}

export function qariText(html: string, url: string, force = false): string {
  return qariExtract(html, url, force).text;
}

export interface PageResult {
  corpus: CorpusName;
  id: string;
  url: string;
  lang?: string;
  plain: PageScore;
  qari: PageScore;
  /** Whether each system found an article. */
  found: { plain: boolean; qari: boolean };
  /** The true title (where the corpus has one) and each system's. */
  titles: { truth?: string; plain: string; qari: string };
  error?: string;
  /** The texts, for inspection (out/eval-texts.json). */
  texts: { plain: string; qari: string };
}

const ZERO: PageScore = { tp: 0, fp: 0, fn: 1, exact: false };

function safely(run: () => Extraction): Extraction & { error?: string } {
  try {
    return run();
  } catch (error) {
    return {
      found: false,
      text: '',
      title: '',
      error: error instanceof Error ? error.message.split('\n')[0] : String(error),
    };
  }
}

/**
 * Plain Readability's results keyed by page HTML + URL: they depend only on those and on the Readability and jsdom
 * versions (part of the key), not on Qari's code, so a re-run after a rule change need not recompute them.
 */
export type PlainCache = Map<string, Extraction>;

/** The versions plain Readability's output depends on (part of the cache key). */
export function plainVersions(): string {
  const version = (pkg: string): string =>
    (
      JSON.parse(readFileSync(join(import.meta.dirname, '../node_modules', pkg, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  return `@mozilla/readability@${version('@mozilla/readability')} jsdom@${version('jsdom')}`;
}

export function plainCacheKey(html: string, url: string, versions: string): string {
  return createHash('sha256')
    .update(versions)
    .update('\0')
    .update(url)
    .update('\0')
    .update(html)
    .digest('hex')
    .slice(0, 32);
}

export interface ScoreOptions {
  plainCache?: PlainCache;
  /** Part of the cache key: the versions plain Readability's output depends on. */
  versions?: string;
  /** Told whether plain Readability's result came from the cache. */
  cached?: (hit: boolean) => void;
}

export function scoreBoth(page: CorpusPage, options: ScoreOptions = {}): PageResult {
  const html = page.html();
  const truth = page.truth();
  const key = options.plainCache ? plainCacheKey(html, page.url, options.versions ?? '') : '';
  const hit = options.plainCache?.get(key);
  options.cached?.(!!hit);
  const plain = hit ?? safely(() => plainExtract(html, page.url));
  if (options.plainCache && !hit && !('error' in plain && plain.error))
    options.plainCache.set(key, { found: plain.found, text: plain.text, title: plain.title });
  const qari = safely(() => qariExtract(html, page.url, page.corpus === 'readability'));
  const plainError = 'error' in plain ? plain.error : undefined;
  const error = [plainError && `plain: ${plainError}`, qari.error && `qari: ${qari.error}`].filter(Boolean).join('; ');
  return {
    corpus: page.corpus,
    id: page.id,
    url: page.url,
    ...(page.lang ? { lang: page.lang } : {}),
    plain: plainError ? ZERO : scorePage(truth, plain.text),
    qari: qari.error ? ZERO : scorePage(truth, qari.text),
    found: { plain: plain.found, qari: qari.found },
    titles: { ...(page.title !== undefined ? { truth: page.title } : {}), plain: plain.title, qari: qari.title },
    ...(error ? { error } : {}),
    texts: { plain: plain.text, qari: qari.text },
  };
}
