/**
 * Which step and rule costs or buys what, per corpus: `npx tsx bench/attribute.ts [--corpus NAME]...` (every corpus
 * with ground truth by default: aeb, readability, magic-html, fundus, newspaper4k).
 *   --cache        (re)run the slow part (prepare + Readability) into out/attr-<corpus>.json; without it the cached
 *                  extraction is reused, so editing clean rules and re-running takes seconds. Plain Readability's
 *                  text comes from `npm run eval`'s cache (out/eval-plain-cache.json) when it has the page.
 *   --ids A,B      only pages whose id starts with these
 *   --top N        pages listed per rule and per step (default 8)
 *   --show         print, per page, the text each step (or rule) removed (+ in the ground truth, - not)
 *   --pages        print each page whose F1 a stage lowers by more than 0.005
 * Prints, per corpus: F1 / precision / recall after each stage (plain Readability; `extract` = prepare + Qari's
 * Readability; each clean step; sanitize, whose text is `article.text`); per rule — prepare's marks (`prepare:<reason>`,
 * nodes dropped before Readability) and the boilerplate rules — how many words it removed that the ground truth has
 * (recall lost) and does not have (precision gained); the pages each rule and step costs most, with their URLs; and
 * the pages Qari finds no article in. The whole output is also written to out/attribute.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { loadDom } from '../cli/load';
import { extract } from '../src/extract/extract';
import { cleanExtracted } from '../src/extract/pipeline';
import { nodeOptions } from '../cli/node-pipeline';
import { plainText } from '../src/extract/plain-text';
import { DROP, prepare } from '../src/extract/prepare';
import {
  CORPORA,
  corpusDir,
  corpusName,
  corpusPages,
  plainCacheKey,
  plainText as plainReadability,
  plainVersions,
  type CorpusName,
  type Extraction,
} from './eval-corpus';
import { pageF1, pageRecall, scorePage, shingles, summarize, tokens, type PageScore } from './score';

const args = process.argv.slice(2);
const values = (name: string): string[] =>
  args.flatMap((a, i) => (a === `--${name}` && args[i + 1] !== undefined ? [args[i + 1]!] : []));
const option = (name: string): string | undefined => values(name).at(-1);
const named = [...values('corpus'), ...values('only')].map((name) => {
  const corpus = corpusName(name);
  if (!corpus) {
    console.error(`Unknown corpus ${name}; one of ${CORPORA.join(', ')}`);
    process.exit(1);
  }
  return corpus;
});
const corpora: CorpusName[] = named.length ? CORPORA.filter((c) => named.includes(c)) : [...CORPORA];
const ids = option('ids')?.split(',');
const top = Number(option('top') ?? 8);
const show = args.includes('--show');
const listPages = args.includes('--pages');
const STEPS = [
  'extract',
  'tracking-pixels',
  'source-line',
  'captions',
  'title',
  'byline',
  'boilerplate',
  'furniture',
  'labels',
  'empty',
  'sanitize',
];

interface Cached {
  id: string;
  url: string;
  truth: string;
  plain: string;
  /** What prepare marked for dropping before Readability ran: reason and text. */
  marks?: { reason: string; text: string }[];
  raw: { content: string; title: string; byline: string | null; publishedTime?: string | null } | null;
  /** Why Qari found no article (when `raw` is null). */
  noArticle?: string;
}

const dir = corpusDir();
if (!dir) {
  console.error('No corpus found: set QARI_CORPUS or put it at ../shared/corpus.');
  process.exit(1);
}
mkdirSync('out', { recursive: true });
const evalCacheFile = resolve('out', 'eval-plain-cache.json');
const evalCache = existsSync(evalCacheFile)
  ? (JSON.parse(readFileSync(evalCacheFile, 'utf8')) as Record<string, Extraction>)
  : {};
const versions = plainVersions();

/** Pages per child process when building the cache (jsdom keeps memory of every page it loaded; see eval-worker.ts). */
const BATCH = 40;

/** Build the cache in batches, each in a child process running `attribute.ts --batch CORPUS --to FILE` with the page ids on stdin. */
function buildCache(corpus: CorpusName): Cached[] {
  const pages = corpusPages(dir!, corpus).filter((p) => !ids || ids.some((id) => p.id.startsWith(id)));
  const built: Cached[] = [];
  for (let from = 0; from < pages.length; from += BATCH) {
    const to = resolve('out', `attr-batch-${process.pid}.json`);
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, import.meta.filename, '--batch', corpus, '--to', to],
      {
        input: JSON.stringify(pages.slice(from, from + BATCH).map((p) => p.id)),
        stdio: ['pipe', 'inherit', 'inherit'],
      },
    );
    if (run.status !== 0)
      throw new Error(
        `${corpus}: the batch from page ${from + 1} failed (${run.error?.message ?? `exit ${run.status}`})`,
      );
    built.push(...(JSON.parse(readFileSync(to, 'utf8')) as Cached[]));
    rmSync(to);
    console.error(`${corpus}: ${built.length}/${pages.length}`);
  }
  return built;
}

function buildBatch(corpus: CorpusName, wanted: Set<string>): Cached[] {
  const pages = corpusPages(dir!, corpus).filter((p) => wanted.has(p.id));
  return pages.map((page) => {
    const html = page.html();
    const dom = loadDom(html, page.url);
    let raw: Cached['raw'] = null;
    let noArticle: string | undefined;
    const marks: NonNullable<Cached['marks']> = [];
    try {
      const win = dom.window as unknown as Window;
      const prepared = prepare(dom.window.document, win, nodeOptions(dom.window.document, win));
      for (const el of prepared.clone.querySelectorAll(`[${DROP}]`))
        marks.push({ reason: el.getAttribute(DROP) ?? '?', text: el.textContent ?? '' });
      const extraction = extract(prepared.clone, win, { force: corpus === 'readability' });
      if (extraction.kind === 'article')
        raw = {
          content: extraction.raw.content,
          title: extraction.raw.title,
          byline: extraction.raw.byline,
          publishedTime: extraction.raw.publishedTime,
        };
      else noArticle = extraction.reason;
    } catch (error) {
      noArticle = `error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    } finally {
      dom.window.close();
    }
    const plain = ((): string => {
      const hit = evalCache[plainCacheKey(html, page.url, versions)];
      if (hit) return hit.text;
      try {
        return plainReadability(html, page.url);
      } catch {
        return '';
      }
    })();
    return { id: page.id, url: page.url, truth: page.truth(), plain, marks, raw, ...(noArticle ? { noArticle } : {}) };
  });
}

/** How many of `fragment`'s words the truth has: short fragments as a whole phrase, long ones by 4-gram shingles. */
function truthWords(fragment: string, truth: { joined: string; shingles: Map<string, number> }): number {
  const words = tokens(fragment);
  if (words.length === 0) return 0;
  if (words.length <= 8) return truth.joined.includes(` ${words.join(' ')} `) ? words.length : 0;
  const own = shingles(words);
  let hit = 0;
  let all = 0;
  for (const [key, count] of own) {
    all += count;
    if (truth.shingles.has(key)) hit += count;
  }
  return Math.round((words.length * hit) / all);
}

const lines = (text: string): string[] => text.split('\n');
function removedLines(before: string, after: string): string[] {
  const left = new Map<string, number>();
  for (const line of lines(after)) left.set(line, (left.get(line) ?? 0) + 1);
  return lines(before).filter((line) => {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    return n === 0 && line.trim() !== '';
  });
}

const batch = option('batch');
if (batch) {
  const corpus = corpusName(batch);
  if (!corpus) process.exit(1);
  writeFileSync(
    option('to')!,
    JSON.stringify(buildBatch(corpus, new Set(JSON.parse(readFileSync(0, 'utf8')) as string[]))),
  );
  process.exit(0);
}

const report: string[] = [];
const print = (line: string): void => {
  console.log(line);
  report.push(line);
};
const win = new JSDOM('').window as unknown as Window;
const fmt = (x: number): string => x.toFixed(4);

interface RuleTotals {
  truth: number;
  noise: number;
  blocks: number;
  /** Truth words removed per page. */
  pages: Map<string, number>;
}

function attribute(corpus: CorpusName): void {
  // A run on some pages (--ids) keeps its own cache, so the whole corpus's is never replaced by a part.
  const cacheFile = resolve(
    'out',
    ids
      ? `attr-${corpus}-${ids
          .join('+')
          .replace(/[^\w.+-]/g, '_')
          .slice(0, 60)}.json`
      : `attr-${corpus}.json`,
  );
  if (args.includes('--cache') || !existsSync(cacheFile)) writeFileSync(cacheFile, JSON.stringify(buildCache(corpus)));
  const cached = (JSON.parse(readFileSync(cacheFile, 'utf8')) as Cached[]).filter(
    (p) => !ids || ids.some((id) => p.id.startsWith(id)),
  );
  if (cached.length === 0) return;
  const urls = new Map(cached.map((p) => [p.id, p.url]));
  const stages = new Map<string, PageScore[]>();
  const record = (stage: string, score: PageScore): void =>
    void stages.set(stage, [...(stages.get(stage) ?? []), score]);
  const rules = new Map<string, RuleTotals>();
  /** Recall each stage costs each page (recall before − after, when > 0). */
  const stageLoss = new Map<string, Map<string, number>>();
  const addRule = (
    rule: string,
    page: string,
    text: string,
    truth: { joined: string; shingles: Map<string, number> },
  ): number => {
    const t = truthWords(text, truth);
    const entry = rules.get(rule) ?? { truth: 0, noise: 0, blocks: 0, pages: new Map<string, number>() };
    entry.truth += t;
    entry.noise += tokens(text).length - t;
    entry.blocks++;
    if (t > 0) entry.pages.set(page, (entry.pages.get(page) ?? 0) + t);
    rules.set(rule, entry);
    return t;
  };
  const noArticle: Cached[] = [];

  for (const page of cached) {
    const truthTokens = tokens(page.truth);
    const truth = { joined: ` ${truthTokens.join(' ')} `, shingles: shingles(truthTokens) };
    const mark = (text: string): string => (truthWords(text, truth) > tokens(text).length / 2 ? '+' : '-');
    const out: string[] = [];
    for (const { reason, text } of page.marks ?? []) {
      addRule(`prepare:${reason}`, page.id, text, truth);
      if (show)
        out.push(`  ${`prepare:${reason}`.padEnd(16)} ${mark(text)} ${text.replace(/\s+/g, ' ').trim().slice(0, 150)}`);
    }
    let previous = page.plain;
    let previousScore = scorePage(page.truth, page.plain);
    const snapshot = (stage: string, text: string): void => {
      const score = scorePage(page.truth, text);
      record(stage, score);
      const lost = pageRecall(previousScore) - pageRecall(score);
      if (lost > 0.0005) stageLoss.set(stage, (stageLoss.get(stage) ?? new Map<string, number>()).set(page.id, lost));
      if (listPages && pageF1(score) < pageF1(previousScore) - 0.005) {
        print(
          `${page.id.padEnd(40)} ${stage.padEnd(16)} ${pageF1(previousScore).toFixed(3)} → ${pageF1(score).toFixed(3)}  ${page.url}`,
        );
      }
      previousScore = score;
      if (show && stage !== 'extract' && stage !== 'boilerplate')
        for (const line of removedLines(previous, text))
          out.push(`  ${stage.padEnd(16)} ${mark(line)} ${line.slice(0, 150)}`);
      previous = text;
    };
    record('plain', previousScore);
    if (!page.raw) {
      noArticle.push(page);
      for (const stage of STEPS) snapshot(stage, '');
      if (show || listPages) print(`${page.id}: no article (${page.noArticle ?? '?'})  ${page.url}`);
      continue;
    }
    // The pipeline's own second half (parse, clean, sanitize), traced: the same code the reader runs.
    cleanExtracted(page.raw, page.url, win, {
      step: (name, body) => {
        if (name === 'parse') snapshot('extract', plainText(body!));
        else if (name !== 'clean') snapshot(name, plainText(body!));
      },
      removed: (rule, el) => {
        const text = el.textContent ?? '';
        addRule(rule, page.id, text, truth);
        const where = `<${el.localName}${el.parentElement ? ` in ${el.parentElement.localName}` : ''}>`;
        if (show)
          out.push(
            `  ${rule.padEnd(16)} ${mark(text)} ${where.padEnd(14)} ${text.replace(/\s+/g, ' ').trim().slice(0, 150)}`,
          );
      },
    });
    if (show && out.length) print(`${page.id}  ${page.url}\n${out.join('\n')}`);
  }

  const worst = (losses: Map<string, number>, unit: (x: number) => string): string =>
    [...losses]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([id, x]) => `\`${id}\` ${unit(x)} (${urls.get(id)})`)
      .join('; ');
  print(
    `\n## ${corpus}: ${cached.length} pages\n\n| stage | F1 | precision | recall | pages losing recall |\n|---|---|---|---|---|`,
  );
  for (const [stage, scores] of stages) {
    const s = summarize(scores);
    print(`| ${stage} | ${fmt(s.f1)} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${stageLoss.get(stage)?.size ?? 0} |`);
  }
  print(
    `\n| rule | blocks | pages losing truth | words in truth (recall lost) | words not in truth (precision gained) |\n|---|---|---|---|---|`,
  );
  for (const [rule, r] of [...rules].sort((a, b) => b[1].truth - a[1].truth))
    print(`| ${rule} | ${r.blocks} | ${r.pages.size} | ${r.truth} | ${r.noise} |`);
  print(`\nPages each rule costs most (truth words removed):`);
  for (const [rule, r] of [...rules].sort((a, b) => b[1].truth - a[1].truth)) {
    if (r.pages.size) print(`- ${rule}: ${worst(r.pages, (x) => `${x} words`)}`);
  }
  print(`\nPages each stage costs most recall (recall before → after the stage, drop):`);
  for (const [stage, losses] of stageLoss) print(`- ${stage}: ${worst(losses, (x) => `−${x.toFixed(3)}`)}`);
  if (noArticle.length)
    print(`\nNo article (Qari): ${noArticle.map((p) => `\`${p.id}\` (${p.noArticle ?? '?'}; ${p.url})`).join('; ')}`);
}

for (const corpus of corpora) attribute(corpus);
writeFileSync(resolve('out', 'attribute.md'), `${report.join('\n')}\n`);
