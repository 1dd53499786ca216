/**
 * The pages the bench measures: the shared corpus (`../shared/corpus` from the repo root, else /work/shared/corpus,
 * or `QARI_CORPUS`) — the Article Extraction Benchmark's 181 pages and Readability's 130 test pages — plus
 * Qari's own fixtures (test/fixtures/pages). Missing corpora are skipped, not fatal.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const FIXTURES_DIR = join(REPO_ROOT, 'test/fixtures/pages');

export interface BenchPage {
  /** `aeb/<id8>`, `rtp/<name>` or `fixture/<name>`. */
  name: string;
  url: string;
  html: string;
  bytes: number;
}

/** The shared corpus directory, or null when it is not on this machine. */
export function corpusDir(): string | null {
  const candidates = [process.env.QARI_CORPUS, resolve(REPO_ROOT, '../shared/corpus'), '/work/shared/corpus'];
  return candidates.find((dir): dir is string => !!dir && existsSync(dir)) ?? null;
}

function page(name: string, url: string, html: string): BenchPage {
  return { name, url, html, bytes: Buffer.byteLength(html) };
}

function aebPages(dir: string): BenchPage[] {
  const root = join(dir, 'aeb');
  if (!existsSync(join(root, 'html'))) return [];
  const truth = existsSync(join(root, 'ground-truth.json'))
    ? (JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>)
    : {};
  return readdirSync(join(root, 'html'))
    .filter((file) => file.endsWith('.html.gz'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.html\.gz$/, '');
      const html = gunzipSync(readFileSync(join(root, 'html', file))).toString('utf8');
      return page(`aeb/${id.slice(0, 8)}`, truth[id]?.url ?? `https://example.com/${id}`, html);
    });
}

function folderPages(root: string, prefix: string, url: (name: string) => string): BenchPage[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'source.html')))
    .sort()
    .map((name) => page(`${prefix}/${name}`, url(name), readFileSync(join(root, name, 'source.html'), 'utf8')));
}

export interface CorpusOptions {
  /** Keep every n-th corpus page (fixtures are always kept). */
  every?: number;
}

export function loadPages({ every = 1 }: CorpusOptions = {}): BenchPage[] {
  const dir = corpusDir();
  const corpus = dir
    ? [
        ...aebPages(dir),
        ...folderPages(join(dir, 'readability-test-pages'), 'rtp', () => 'http://fakehost/test/page.html'),
      ]
    : [];
  const fixtures = folderPages(FIXTURES_DIR, 'fixture', (name) => `http://127.0.0.1/pages/${name}/`);
  return [...corpus.filter((_, i) => i % every === 0), ...fixtures];
}
