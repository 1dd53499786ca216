/**
 * The `npm run extract` command, as a function of its arguments (so tests call it in-process):
 *   extract FILE [--url URL]     one JSON object on stdout; exit 2 when the page has no article, 1 when unreadable
 *   extract --jsonl FILE...      one JSON line per file ({ file, ... } or { file, error }); exit 0
 * Messages are single lines; never a stack trace.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Article } from '../src/extract/pipeline';
import { runPipelineInNode } from './node-pipeline';
import { articleUtterances } from '../src/extract/utterances';
import { loadDom, readPage } from './load';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = 'Usage: npm run --silent extract -- FILE [--url URL] | --jsonl FILE...';

/** What the CLI prints for an article: the fields of the reader view, utterances as { text, lang }. */
export function articleJson(article: Article, body: ParentNode): Record<string, unknown> {
  return {
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    dir: article.dir,
    excerpt: article.excerpt,
    source: article.source,
    leadImage: article.leadImage,
    text: article.text,
    html: article.html,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    utterances: articleUtterances(body, article.lang).map(({ text, lang }) => ({ text, lang })),
  };
}

export class NoArticle extends Error {
  override name = 'NoArticle';
}

const oneLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();

/** Run the pipeline on one file. Throws a one-line Error when unreadable, NoArticle when there is no article. */
export function extractFile(file: string, url?: string): Record<string, unknown> {
  const html = readPage(file);
  const pageUrl = url ?? pathToFileURL(resolve(file)).href;
  const dom = loadDom(html, pageUrl);
  try {
    const result = runPipelineInNode(dom.window.document, dom.window as unknown as Window);
    if (result.kind === 'no-article') throw new NoArticle(`No article found in ${file}: ${result.reason}`);
    return articleJson(result.article, result.body);
  } finally {
    dom.window.close();
  }
}

export function main(argv: readonly string[], io: Io): number {
  const args = [...argv];
  const jsonl = args[0] === '--jsonl';
  if (jsonl) {
    const files = args.slice(1);
    if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
      io.err(USAGE);
      return 1;
    }
    for (const file of files) {
      try {
        io.out(JSON.stringify({ file, ...extractFile(file) }));
      } catch (error) {
        io.out(JSON.stringify({ file, error: oneLine(error) }));
      }
    }
    return 0;
  }
  let url: string | undefined;
  const urlAt = args.indexOf('--url');
  if (urlAt >= 0) {
    url = args[urlAt + 1];
    args.splice(urlAt, 2);
    if (!url || !URL.canParse(url)) {
      io.err(`Not a URL: ${url ?? '(missing)'}. ${USAGE}`);
      return 1;
    }
  }
  if (args.length !== 1 || args[0]!.startsWith('--')) {
    io.err(USAGE);
    return 1;
  }
  try {
    io.out(JSON.stringify(extractFile(args[0]!, url), null, 2));
    return 0;
  } catch (error) {
    io.err(oneLine(error));
    return error instanceof NoArticle ? 2 : 1;
  }
}
