/**
 * The `npm run extract` command, as a function of its arguments (so tests call it in-process):
 *   extract FILE [--url URL]         one JSON object on stdout; exit 2 when the page has no article, 1 when unreadable
 *   extract --jsonl FILE...          one JSON line per file ({ file, ... } or { file, error }); exit 0
 *   extract --jsonl --pages LIST     the same for the pages LIST names, one a line: `FILE` or `FILE<TAB>URL`
 *                                    (`FILE URL` with spaces also works when the URL is the line's last word);
 *                                    `--pages -` reads the list from stdin. Lines with a URL print `url` too.
 * `--encoding LABEL` (any mode) decodes the files with that encoding instead of sniffing BOM / `<meta charset>`.
 * A page without a URL is loaded at its own file:// URL. Messages are single lines; never a stack trace.
 * `--jsonl` yields to the event loop after every page: jsdom's WeakRefs keep each closed window alive until the
 * current job ends, so a loop that never yields holds every page it loaded (~12 MB each) and runs out of heap
 * after ~300 pages. A page that throws, however, only fails its own line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Article } from '../src/extract/pipeline';
import { runPipelineInNode } from './node-pipeline';
import { articleUtterances } from '../src/extract/utterances';
import { encodingFor, loadDom, readPage } from './load';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** The whole of stdin (for `--pages -`); defaults to reading file descriptor 0. */
  stdin?(): string;
}

export const USAGE =
  'Usage: npm run --silent extract -- [--encoding LABEL] FILE [--url URL] | --jsonl FILE... | --jsonl --pages LIST|-';

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

const oneLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();

/** Run the pipeline on one file. Throws a one-line Error when unreadable, NoArticle when there is no article. */
export function extractFile(file: string, url?: string, encoding?: string): Record<string, unknown> {
  const html = readPage(file, encoding);
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

/** One page of a `--pages` list. */
export interface ListedPage {
  file: string;
  url?: string;
}

/**
 * Parse a `--pages` list: one page a line, `FILE`, `FILE<TAB>URL` or `FILE URL` (the last space-separated word, when
 * it is an absolute URL); blank lines and `#` comments are skipped. A tab-separated URL that does not parse is kept,
 * so that page reports "Not a URL" in its own line.
 */
export function parsePageList(text: string): ListedPage[] {
  const pages: ListedPage[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const tab = line.lastIndexOf('\t');
    if (tab >= 0) {
      pages.push({ file: line.slice(0, tab).trim(), url: line.slice(tab + 1).trim() });
      continue;
    }
    const space = line.search(/\s+\S+$/);
    const last = space >= 0 ? line.slice(space).trim() : '';
    if (space >= 0 && /^[a-z][a-z0-9+.-]*:/i.test(last) && URL.canParse(last))
      pages.push({ file: line.slice(0, space).trim(), url: last });
    else pages.push({ file: line });
  }
  return pages;
}

/** Take `--name VALUE` out of `args`; undefined when absent, '' when the value is missing. */
function takeOption(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value === undefined || value.startsWith('--') ? '' : value;
}

function jsonlLine({ file, url }: ListedPage, encoding: string | undefined): string {
  try {
    if (url !== undefined && !URL.canParse(url)) throw new Error(`Not a URL: ${url}`);
    return JSON.stringify({ file, ...(url !== undefined ? { url } : {}), ...extractFile(file, url, encoding) });
  } catch (error) {
    return JSON.stringify({ file, ...(url !== undefined ? { url } : {}), error: oneLine(error) });
  }
}

/** One turn of the event loop: lets V8 drop what jsdom's WeakRefs kept alive during the page just extracted. */
const nextTurn = (): Promise<void> => new Promise((done) => setImmediate(done));

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const args = [...argv];
  const encoding = takeOption(args, '--encoding');
  if (encoding === '' || (encoding !== undefined && !encodingFor(encoding))) {
    io.err(`Unknown encoding: ${encoding || '(missing)'}. ${USAGE}`);
    return 1;
  }
  const jsonl = args[0] === '--jsonl';
  if (jsonl) {
    args.shift();
    const list = takeOption(args, '--pages');
    if (
      list === '' ||
      (list !== undefined && args.length > 0) ||
      (list === undefined && args.length === 0) ||
      args.some((f) => f.startsWith('--'))
    ) {
      io.err(USAGE);
      return 1;
    }
    let pages: ListedPage[] = args.map((file) => ({ file }));
    if (list !== undefined) {
      try {
        pages = parsePageList(
          list === '-' ? (io.stdin ?? (() => readFileSync(0, 'utf8')))() : readFileSync(list, 'utf8'),
        );
      } catch (error) {
        io.err(`Cannot read the page list ${list}: ${oneLine(error)}`);
        return 1;
      }
    }
    for (const page of pages) {
      io.out(jsonlLine(page, encoding));
      await nextTurn();
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
    io.out(JSON.stringify(extractFile(args[0]!, url, encoding), null, 2));
    return 0;
  } catch (error) {
    io.err(oneLine(error));
    return error instanceof NoArticle ? 2 : 1;
  }
}
