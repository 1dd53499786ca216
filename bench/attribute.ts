/**
 * Which cleanup step costs or buys what, per corpus: `npx tsx bench/attribute.ts --only readability|aeb`.
 *   --cache        (re)run the slow part (prepare + Readability, and plain Readability) into out/attr-<corpus>.json;
 *                  without it the cached extraction is reused, so editing clean rules and re-running takes seconds
 *   --ids A,B      only pages whose id starts with these
 *   --show         print, per page, the text each step (or boilerplate rule) removed (+ in the ground truth, - not)
 *   --pages        print each page whose F1 a stage lowers by more than 0.005
 * Prints the corpus F1 / precision / recall after each stage (plain Readability, Qari's extraction before
 * cleaning, each clean step, and sanitize, whose text is `article.text`) and, per boilerplate rule, how many words it
 * removed that the ground truth has (recall lost) and does not have (precision gained).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { loadDom } from '../cli/load';
import { clean } from '../src/extract/clean';
import { extract } from '../src/extract/extract';
import { parseInert } from '../src/dom/dom';
import { plainText } from '../src/extract/plain-text';
import { prepare } from '../src/extract/prepare';
import { sanitize } from '../src/extract/sanitize';
import { aebPages, corpusDir, plainText as plainReadability, readabilityPages } from './eval-corpus';
import { scorePage, shingles, summarize, tokens, type PageScore } from './score';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const corpus = option('only') === 'aeb' ? 'aeb' : 'readability';
const ids = option('ids')?.split(',');
const show = args.includes('--show');
const listPages = args.includes('--pages');
const pageF1 = ({ tp, fp, fn }: PageScore): number => (2 * tp) / (2 * tp + fp + fn || 1);

interface Cached {
  id: string;
  url: string;
  truth: string;
  plain: string;
  raw: { content: string; title: string; byline: string | null } | null;
}

const cacheFile = resolve('out', `attr-${corpus}.json`);
function buildCache(): Cached[] {
  const dir = corpusDir();
  if (!dir) throw new Error('No corpus found: set QARI_CORPUS or put it at ../shared/corpus.');
  const pages = (corpus === 'aeb' ? aebPages(dir) : readabilityPages(dir)).filter((p) => !ids || ids.some((id) => p.id.startsWith(id)));
  return pages.map((page, i) => {
    if ((i + 1) % 20 === 0) console.error(`${corpus}: ${i + 1}/${pages.length}`);
    const html = page.html();
    const dom = loadDom(html, page.url);
    let raw: Cached['raw'] = null;
    try {
      const win = dom.window as unknown as Window;
      const extraction = extract(prepare(dom.window.document, win).clone, win, { force: corpus === 'readability' });
      if (extraction.kind === 'article') raw = { content: extraction.raw.content, title: extraction.raw.title, byline: extraction.raw.byline };
    } catch {
      raw = null;
    } finally {
      dom.window.close();
    }
    const plain = ((): string => {
      try {
        return plainReadability(html, page.url);
      } catch {
        return '';
      }
    })();
    return { id: page.id, url: page.url, truth: page.truth(), plain, raw };
  });
}

mkdirSync('out', { recursive: true });
if (args.includes('--cache') || !existsSync(cacheFile)) writeFileSync(cacheFile, JSON.stringify(buildCache()));
const cached = (JSON.parse(readFileSync(cacheFile, 'utf8')) as Cached[]).filter((p) => !ids || ids.some((id) => p.id.startsWith(id)));

const dir = corpusDir();
const urls = new Map(dir ? (corpus === 'aeb' ? aebPages(dir) : readabilityPages(dir)).map((p) => [p.id, p.url]) : []);
const win = new JSDOM('').window as unknown as Window;
const stages = new Map<string, PageScore[]>();
const record = (stage: string, score: PageScore): void => void stages.set(stage, [...(stages.get(stage) ?? []), score]);
const rules = new Map<string, { truth: number; noise: number; blocks: number }>();

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

for (const page of cached) {
  const truthTokens = tokens(page.truth);
  const truth = { joined: ` ${truthTokens.join(' ')} `, shingles: shingles(truthTokens) };
  const mark = (text: string): string => (truthWords(text, truth) > tokens(text).length / 2 ? '+' : '-');
  const out: string[] = [];
  let previous = page.plain;
  let previousScore = scorePage(page.truth, page.plain);
  const snapshot = (stage: string, text: string): void => {
    const score = scorePage(page.truth, text);
    record(stage, score);
    if (listPages && pageF1(score) < pageF1(previousScore) - 0.005) {
      console.log(`${page.id.padEnd(40)} ${stage.padEnd(16)} ${pageF1(previousScore).toFixed(3)} → ${pageF1(score).toFixed(3)}`);
    }
    previousScore = score;
    if (show && stage !== 'extract' && stage !== 'boilerplate') for (const line of removedLines(previous, text)) out.push(`  ${stage.padEnd(16)} ${mark(line)} ${line.slice(0, 150)}`);
    previous = text;
  };
  record('plain', scorePage(page.truth, page.plain));
  if (!page.raw) {
    for (const stage of ['extract', 'tracking-pixels', 'source-line', 'captions', 'title', 'byline', 'boilerplate', 'empty', 'sanitize']) {
      record(stage, scorePage(page.truth, ''));
    }
    if (show || listPages) console.log(`${page.id}: no article`);
    continue;
  }
  const body = parseInert(page.raw.content, win);
  snapshot('extract', plainText(body));
  clean(body, { title: page.raw.title, byline: page.raw.byline, url: page.url ?? urls.get(page.id) }, {
    step: (name) => snapshot(name, plainText(body)),
    removed: (rule, el) => {
      const text = el.textContent ?? '';
      const t = truthWords(text, truth);
      const entry = rules.get(rule) ?? { truth: 0, noise: 0, blocks: 0 };
      entry.truth += t;
      entry.noise += tokens(text).length - t;
      entry.blocks++;
      rules.set(rule, entry);
      const where = `<${el.localName}${el.parentElement ? ` in ${el.parentElement.localName}` : ''}>`;
      if (show) out.push(`  ${rule.padEnd(16)} ${mark(text)} ${where.padEnd(14)} ${text.replace(/\s+/g, ' ').trim().slice(0, 150)}`);
    },
  });
  const sanitized = sanitize(body, win);
  snapshot('sanitize', plainText(sanitized));
  if (show && out.length) console.log(`${page.id}\n${out.join('\n')}`);
}

const fmt = (x: number): string => x.toFixed(4);
console.log(`\n${corpus}: ${cached.length} pages\n\n| stage | F1 | precision | recall |\n|---|---|---|---|`);
for (const [stage, scores] of stages) {
  const s = summarize(scores);
  console.log(`| ${stage} | ${fmt(s.f1)} | ${fmt(s.precision)} | ${fmt(s.recall)} |`);
}
console.log(`\n| boilerplate rule | blocks | words in truth (recall lost) | words not in truth (precision gained) |\n|---|---|---|---|`);
for (const [rule, r] of rules) console.log(`| ${rule} | ${r.blocks} | ${r.truth} | ${r.noise} |`);
