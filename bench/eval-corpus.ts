/**
 * The shared extraction corpora (`corpusDir()`: $QARI_CORPUS or ../shared/corpus): the Article Extraction
 * Benchmark (AEB: `aeb/html/<id>.html.gz` pages, `aeb/ground-truth.json` mapping each id to its `articleBody`
 * and `url`) and Mozilla Readability's own test pages (`readability-test-pages/<name>/source.html`, with
 * Readability's output `expected.html` as the truth, parsed at Readability's harness URL `FAKEHOST`). Each page
 * is scored for plain Readability 0.6.0 (`parse().textContent`) and for Qari's pipeline (`article.text`), both
 * in jsdom, in the same run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { loadDom, readPage } from '../cli/load';
import { runPipeline } from '../src/extract/pipeline';
import { scorePage, type PageScore } from './score';

export { corpusDir } from './corpus';

export interface CorpusPage {
  corpus: 'aeb' | 'readability';
  id: string;
  url: string;
  /** Loads the page HTML (lazily: the corpora are large). */
  html(): string;
  truth(): string;
}

export function aebPages(dir: string): CorpusPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'aeb', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, { articleBody, url }]) => ({
      corpus: 'aeb' as const,
      id,
      url,
      html: () => readPage(join(dir, 'aeb', 'html', `${id}.html.gz`)),
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
      html: () => readPage(join(root, name, 'source.html')),
      truth: () => loadDom(readPage(join(root, name, 'expected.html')), FAKEHOST).window.document.body.textContent ?? '',
    }));
}

/** Plain Readability 0.6.0, default options, on the page as jsdom parses it. */
export function plainText(html: string, url: string): string {
  const dom = loadDom(html, url);
  try {
    return new Readability(dom.window.document).parse()?.textContent ?? '';
  } finally {
    dom.window.close();
  }
}

/**
 * Qari's pipeline; a page it finds no article in scores as empty text. `force` extracts whatever Readability
 * finds, as when the user insists: Readability's own test pages run that way (its harness never asks whether a
 * page is an article, and a few of them hold only a word or two).
 */
export function qariText(html: string, url: string, force = false): string {
  const dom = loadDom(html, url);
  try {
    const result = runPipeline(dom.window.document, dom.window as unknown as Window, { force });
    return result.kind === 'article' ? result.article.text : '';
  } finally {
    dom.window.close();
  }
}

export interface PageResult {
  corpus: CorpusPage['corpus'];
  id: string;
  plain: PageScore;
  qari: PageScore;
  error?: string;
  /** The texts, for inspection (out/eval-texts.json). */
  texts: { plain: string; qari: string };
}

const ZERO: PageScore = { tp: 0, fp: 0, fn: 1, exact: false };

function safely(run: () => string): { text: string; error?: string } {
  try {
    return { text: run() };
  } catch (error) {
    return { text: '', error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

export function scoreBoth(page: CorpusPage): PageResult {
  const html = page.html();
  const truth = page.truth();
  const plain = safely(() => plainText(html, page.url));
  const qari = safely(() => qariText(html, page.url, page.corpus === 'readability'));
  const error = [plain.error && `plain: ${plain.error}`, qari.error && `qari: ${qari.error}`].filter(Boolean).join('; ');
  return {
    corpus: page.corpus,
    id: page.id,
    plain: plain.error ? ZERO : scorePage(truth, plain.text),
    qari: qari.error ? ZERO : scorePage(truth, qari.text),
    ...(error ? { error } : {}),
    texts: { plain: plain.text, qari: qari.text },
  };
}
