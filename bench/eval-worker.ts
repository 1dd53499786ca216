/**
 * One batch of `npm run eval` in its own process (bench/eval.ts runs the pages in batches of this worker). It lets
 * the event loop turn after every page: jsdom's WeakRefs keep a closed window alive until the current job ends, so
 * a loop that never yields keeps ~12 MB of every page it loaded (the same fix as `extract --jsonl`, cli/main.ts).
 * Reads { corpus, ids, cacheFile } as JSON on stdin, writes { results, plainNew, hits, misses } as JSON on stdout.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  corpusDir,
  corpusPages,
  plainVersions,
  scoreBoth,
  type CorpusName,
  type Extraction,
  type PageResult,
} from './eval-corpus';

export interface WorkerInput {
  corpus: CorpusName;
  ids: string[];
  /** Plain Readability's cache to read (null: compute every page). */
  cacheFile: string | null;
}

export interface WorkerOutput {
  results: PageResult[];
  /** Plain Readability's results computed here, for the cache. */
  plainNew: Record<string, Extraction>;
  hits: number;
  misses: number;
}

const input = JSON.parse(readFileSync(0, 'utf8')) as WorkerInput;
const dir = corpusDir();
if (!dir) throw new Error('No corpus found');
const wanted = new Set(input.ids);
const pages = corpusPages(dir, input.corpus).filter((p) => wanted.has(p.id));
const known =
  input.cacheFile && existsSync(input.cacheFile)
    ? (JSON.parse(readFileSync(input.cacheFile, 'utf8')) as Record<string, Extraction>)
    : {};
const plainCache = new Map(Object.entries(known));
const output: WorkerOutput = { results: [], plainNew: {}, hits: 0, misses: 0 };
for (const page of pages) {
  const result = scoreBoth(page, {
    plainCache,
    versions: plainVersions(),
    cached: (hit) => (hit ? output.hits++ : output.misses++),
  });
  if (result.error) process.stderr.write(`${input.corpus} ${page.id}: ${result.error}\n`);
  output.results.push(result);
  await new Promise((done) => setImmediate(done));
}
for (const [key, value] of plainCache) if (!(key in known)) output.plainNew[key] = value;
process.stdout.write(JSON.stringify(output));
