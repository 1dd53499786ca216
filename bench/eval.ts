/**
 * `npm run eval`: score Qari's pipeline and plain Readability 0.6.0 side by side on every shared corpus with ground
 * truth (aeb, readability, magic-html, fundus, newspaper4k), each page loaded at its ground truth's URL, and write
 * bench/results/extraction.md (per-page figures to out/eval-pages.json, texts to out/eval-texts.json).
 *   npm run eval [-- --corpus NAME]... [--every N] [--ids ID,...] [--limit N] [--jobs N] [--fresh]
 *   --corpus NAME  run only this corpus (repeatable; `readability-test-pages` = `readability`)
 *   --every N      keep every N-th page of each corpus (a quick sample; the report then goes to out/ only)
 *   --ids A,B      only pages whose id starts with these
 *   --jobs N       run N batches at once (default 1: the machine is shared)
 *   --fresh        empty out/eval-plain-cache.json first, so plain Readability is recomputed (its results depend only
 *                  on the page, its URL and the Readability/jsdom versions, which key the cache, so this is rarely needed)
 * Pages run in batches of 40 in child processes (bench/eval-worker.ts): jsdom keeps memory of every page it loaded.
 *   --report       assemble the report from the last full run of each corpus (out/eval-results-<corpus>.json),
 *                  e.g. after `npm run eval -- --corpus aeb & npm run eval -- --corpus fundus & …`
 * Exits 0 whatever the scores (the GUARD list is a report); 1 only when it cannot measure (no corpus, bad option).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CORPORA,
  corpusDir,
  corpusName,
  corpusPages,
  type CorpusName,
  type Extraction,
  type PageResult,
} from './eval-corpus';
import type { WorkerInput, WorkerOutput } from './eval-worker';
import { corpusSection, guardList, guardSection, overviewTable, summarizeCorpus } from './eval-report';

const args = process.argv.slice(2);
const values = (name: string): string[] =>
  args.flatMap((a, i) => (a === `--${name}` && args[i + 1] !== undefined ? [args[i + 1]!] : []));
const option = (name: string): string | undefined => values(name).at(-1);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const KNOWN = new Set(['--corpus', '--every', '--ids', '--limit', '--jobs', '--fresh', '--report']);
for (const [i, a] of args.entries()) {
  if (a.startsWith('--') && !KNOWN.has(a)) fail(`Unknown option ${a}. Options: ${[...KNOWN].join(' ')}`);
  if (
    ['--corpus', '--every', '--ids', '--limit', '--jobs'].includes(a) &&
    (args[i + 1] === undefined || args[i + 1]!.startsWith('--'))
  )
    fail(`${a} needs a value`);
}

const dir = corpusDir() ?? fail('No corpus found: set QARI_CORPUS or put it at ../shared/corpus.');
const chosen = values('corpus').map(
  (name) => corpusName(name) ?? fail(`Unknown corpus ${name}; one of ${CORPORA.join(', ')}`),
);
const corpora: CorpusName[] = chosen.length ? CORPORA.filter((c) => chosen.includes(c)) : [...CORPORA];
const every = Number(option('every') ?? 1);
const jobs = Number(option('jobs') ?? 1);
if (!Number.isInteger(jobs) || jobs < 1) fail('--jobs needs a whole number ≥ 1');
const limit = Number(option('limit') ?? Infinity);
if (!Number.isInteger(every) || every < 1) fail('--every needs a whole number ≥ 1');
if (!(limit > 0)) fail('--limit needs a number > 0');
const ids = option('ids')?.split(',');
const sampled = every > 1 || limit !== Infinity || !!ids;
const reportOnly = args.includes('--report');

mkdirSync('out', { recursive: true });
const resultsFile = (corpus: CorpusName): string => resolve('out', `eval-results-${corpus}.json`);

// Plain Readability's results, reused across runs (see --fresh).
const cacheFile = resolve('out', 'eval-plain-cache.json');
const plainCache = new Map<string, Extraction>(
  !args.includes('--fresh') && existsSync(cacheFile)
    ? Object.entries(JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, Extraction>)
    : [],
);
// --fresh starts the cache anew (the workers read it from the file).
if (args.includes('--fresh')) writeFileSync(cacheFile, '{}');
/** One batch in a child process (bench/eval-worker.ts). */
function runWorker(input: WorkerInput): Promise<WorkerOutput> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, resolve(import.meta.dirname, 'eval-worker.ts')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`exit ${code}`));
      try {
        done(JSON.parse(Buffer.concat(chunks).toString('utf8')) as WorkerOutput);
      } catch (error) {
        reject(error as Error);
      }
    });
    child.stdin.end(JSON.stringify(input));
  });
}

/** Pages per worker process (see eval-worker.ts: jsdom keeps memory of every page it loaded). */
const BATCH = 40;
let cacheHits = 0;
let cacheMisses = 0;

/** A corpus's last full run, kept in out/ for `--report`. */
interface SavedRun {
  seconds: number;
  plainReused: number;
  results: PageResult[];
}

const results = new Map<CorpusName, PageResult[]>();
const seconds = new Map<CorpusName, number>();
const started = Date.now();
for (const corpus of corpora) {
  if (reportOnly) {
    if (existsSync(resultsFile(corpus))) {
      const saved = JSON.parse(readFileSync(resultsFile(corpus), 'utf8')) as SavedRun;
      results.set(corpus, saved.results);
      seconds.set(corpus, saved.seconds);
      cacheHits += saved.plainReused;
      cacheMisses += saved.results.length - saved.plainReused;
    } else if (chosen.length)
      fail(`No full run of ${corpus} in out/: run \`npm run eval -- --corpus ${corpus}\` first`);
    continue;
  }
  const pages = corpusPages(dir, corpus)
    .filter((p) => !ids || ids.some((id) => p.id.startsWith(id)))
    .filter((_, i) => i % every === 0)
    .slice(0, limit);
  if (pages.length === 0) {
    if (chosen.includes(corpus) && !ids) fail(`Corpus ${corpus} has no pages in ${dir}`);
    continue;
  }
  const t0 = Date.now();
  const hitsBefore = cacheHits;
  const mine: PageResult[] = [];
  const batches: string[][] = [];
  for (let from = 0; from < pages.length; from += BATCH) batches.push(pages.slice(from, from + BATCH).map((p) => p.id));
  const outputs: WorkerOutput[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const index = next++;
      const input: WorkerInput = { corpus, ids: batches[index]!, cacheFile };
      const output = await runWorker(input).catch((error: Error) =>
        fail(`${corpus}: the batch from page ${index * BATCH + 1} failed (${error.message})`),
      );
      outputs[index] = output;
      cacheHits += output.hits;
      cacheMisses += output.misses;
      for (const [key, value] of Object.entries(output.plainNew)) plainCache.set(key, value);
      writeFileSync(cacheFile, JSON.stringify(Object.fromEntries(plainCache)));
      console.error(
        `${corpus}: ${outputs.filter(Boolean).reduce((n, o) => n + o.results.length, 0)}/${pages.length} (${Math.round((Date.now() - t0) / 1000)} s)`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, batches.length) }, worker));
  for (const output of outputs) mine.push(...output.results);
  seconds.set(corpus, (Date.now() - t0) / 1000);
  results.set(corpus, mine);
  if (!sampled)
    writeFileSync(
      resultsFile(corpus),
      JSON.stringify({
        seconds: seconds.get(corpus)!,
        plainReused: cacheHits - hitsBefore,
        results: mine,
      } satisfies SavedRun),
    );
}
if (results.size === 0) fail(ids ? `No page id starts with ${ids.join(', ')}` : 'Nothing to measure');
const totalSeconds = reportOnly ? [...seconds.values()].reduce((a, b) => a + b, 0) : (Date.now() - started) / 1000;

const git = (...argv: string[]): string => {
  try {
    return execFileSync('git', argv, {
      cwd: resolve(import.meta.dirname, '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '?';
  }
};
const head = git('rev-parse', '--short', 'HEAD');
const srcCommit = git('log', '-1', '--format=%h', '--', 'src');
const srcDirty = git('status', '--porcelain', '--', 'src') !== '';

const measured = [...results.keys()];
const all = measured.flatMap((c) => results.get(c)!);
const summaries = measured.map((c) => summarizeCorpus(c, results.get(c)!));
const minutes = (s: number): string => (s >= 90 ? `${(s / 60).toFixed(1)} min` : `${Math.round(s)} s`);
const timing = `${reportOnly ? "Assembled with `--report` from each corpus's last full run: " : ''}${minutes(totalSeconds)} for ${all.length} pages (${measured.map((c) => `${c} ${minutes(seconds.get(c)!)}`).join(', ')}); plain Readability computed for ${cacheMisses} pages, reused from out/eval-plain-cache.json for ${cacheHits}`;

const report =
  `# Extraction quality: Qari vs plain Readability\n\n` +
  `Written by \`npm run eval\` (bench/eval.ts) on ${new Date().toISOString().slice(0, 10)}, at commit ${head}: **Qari's code (src/) as of ` +
  `${srcCommit}${srcDirty ? ', with uncommitted changes' : ''}**. ${timing}.\n\n` +
  `Every page is loaded in jsdom at its ground truth's URL (Readability's test pages at its harness's ` +
  `\`http://fakehost/test/page.html\`), decoded as UTF-8 as the corpora are stored, once for plain Readability 0.6.0 ` +
  `(\`parse().textContent\`, \`parse().title\`) and once for Qari's pipeline (\`article.text\`, \`article.title\`). ` +
  `Scoring follows the Article Extraction Benchmark: tokens are \`\\w+\` matches, word 4-gram shingles, per-page ` +
  `precision/recall averaged over pages, F1 of the averages, accuracy = share of pages with identical token lists; ± ` +
  `are bootstrap standard deviations over pages (1000 rounds); Qari − plain has a paired bootstrap 95% interval ` +
  `(2000 rounds, the same pages resampled for both). A page where a system finds no article scores as empty ` +
  `(recall 0). Titles, where the ground truth has one: exact = equal after NFC, whitespace collapsed, trimmed; loose = ` +
  `equal after NFKC, case folding, dropping quote marks, soft hyphens and bidi marks, and unifying dashes. ` +
  `Readability's test pages are regression fixtures (its own output), run forced for Qari as Readability's harness ` +
  `extracts every page; \`mathjax\` and \`title-en-dash\` test behaviour newer than 0.6.0. fundus and newspaper4k ` +
  `truths are those tools' own outputs; magic-html's and AEB's are human annotation. Qari's \`article.text\` ` +
  `includes figure captions.\n\n` +
  `${overviewTable(summaries)}\n\n` +
  measured.map((c, i) => corpusSection(summaries[i]!, results.get(c)!)).join('\n\n') +
  `\n\n${guardSection(all, measured)}\n`;

console.log(report);
const complete = CORPORA.every((c) => results.has(c)) && !sampled;
const out = complete ? resolve(import.meta.dirname, 'results/extraction.md') : resolve('out', 'eval-report.md');
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, report);
console.error(
  `Wrote ${out}${complete ? '' : ' (not every corpus in full: bench/results/extraction.md left as it is)'}; guard: ${guardList(all).length} pages`,
);
if (!reportOnly) {
  writeFileSync(
    'out/eval-pages.json',
    JSON.stringify(
      all.map(({ texts: _, ...r }) => r),
      null,
      1,
    ),
  );
  writeFileSync(
    'out/eval-texts.json',
    JSON.stringify(Object.fromEntries(all.map((r) => [`${r.corpus}/${r.id}`, r.texts]))),
  );
}
