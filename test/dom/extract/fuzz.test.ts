/**
 * Fuzzing the whole pipeline (jsdom): about two thousand generated and mutated pages through `runPipeline`. It must
 * never throw, must finish every page, and must return either an article or the typed "no article" result —
 * and an article's HTML must carry no script, handler or `javascript:` URL. Seeded: set FUZZ_SEED to replay a
 * run, FUZZ_PAGES to scale the run (default 200: ~2 000 pages, 5–9 min of CPU; 60 gives ~600 for a quick check); a
 * failure names the seed and page to replay.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type PipelineResult } from '../../../src/extract/pipeline';
import { runPipelineInNode } from '../../../cli/node-pipeline';
import { generate, KINDS, mutate, pagesOf, Rand, type FuzzPage } from '../../support/fuzz-pages';
import { articleUtterances } from '../../../src/extract/utterances';

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const SCALE = Number(process.env.FUZZ_PAGES ?? 200);
const PAGES_DIR = join(import.meta.dirname, '../../fixtures/pages');
const FIXTURES = readdirSync(PAGES_DIR).map((name) => readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8'));
console.log(`fuzz: seed ${SEED}, scale ${SCALE} (FUZZ_SEED=${SEED} FUZZ_PAGES=${SCALE} to replay)`);

/** Page `index` of a stream: its own PRNG, so one page can be regenerated alone. */
const rand = (stream: number, index: number) => new Rand(SEED * 7919 + stream * 1_000_003 + index);

const parse = (page: FuzzPage): Document => new DOMParser().parseFromString(page.html, page.type);

/** What no article from any page may contain once parsed. */
function unsafeBits(html: string): string[] {
  const body = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
  const bad: string[] = [];
  for (const el of body.querySelectorAll('*')) {
    if (['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'FORM', 'STYLE'].includes(el.tagName.toUpperCase())) bad.push(el.tagName);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) bad.push(`${el.tagName}[${attr.name}]`);
      if (/^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value) && ['href', 'src', 'action', 'xlink:href'].includes(attr.name)) bad.push(`${el.tagName}[${attr.name}=${attr.value.slice(0, 20)}]`);
    }
  }
  return bad;
}

function check(result: PipelineResult, where: string): void {
  if (result.kind === 'no-article') {
    expect(typeof result.reason, where).toBe('string');
    expect(result.reason.length, where).toBeGreaterThan(0);
    return;
  }
  expect(result.kind, where).toBe('article');
  const a = result.article;
  expect(typeof a.html, where).toBe('string');
  expect(['rtl', 'ltr'], where).toContain(a.dir);
  expect(Number.isFinite(a.wordCount) && Number.isFinite(a.readingMinutes), where).toBe(true);
  for (const u of articleUtterances(result.body, a.lang)) expect(u.text.trim().length, where).toBeGreaterThan(0);
  expect(unsafeBits(a.html), where).toEqual([]);
}

/**
 * jsdom cannot clone some documents a browser clones fine (a doctype named ":", as in `<!DOCTYPE: …>`, fails
 * its QName check in `cloneNode`); `prepare` falls back to copying the element tree. Such pages are counted
 * (to show the fuzzer reaches them) and checked like every other page.
 */
export const jsdomUnclonable: string[] = [];
/**
 * jsdom's tree operations recurse (clone, insert, remove), so a deep enough tree overflows node's stack in
 * jsdom or in Readability's removals there — never in a browser. Counted, and allowed only for "deep" pages.
 */
export const jsdomTooDeep: string[] = [];

function cloneFails(doc: Document): boolean {
  try {
    doc.cloneNode(true);
    return false;
  } catch (error) {
    return !(error instanceof RangeError);
  }
}

function runOne(page: FuzzPage, where: string): PipelineResult | null {
  const doc = parse(page);
  if (cloneFails(doc)) jsdomUnclonable.push(where);
  let result: PipelineResult | undefined;
  let error: unknown;
  try {
    result = runPipelineInNode(doc, window);
  } catch (e) {
    error = e;
  }
  if (page.kind === 'deep' && error instanceof RangeError && /call stack/i.test(error.message)) {
    jsdomTooDeep.push(where);
    return null;
  }
  expect(error, `${where} threw: ${error instanceof Error ? error.stack : String(error)}`).toBeUndefined();
  check(result!, where);
  expect((window as unknown as { __fuzzPwned?: number }).__fuzzPwned, where).toBeUndefined();
  return result!;
}

describe('fuzz: generated pages through the pipeline', () => {
  KINDS.forEach((kind, stream) => {
    const count = pagesOf(kind, SCALE);
    it(`${count} "${kind}" pages: no throw, article or typed no-article, nothing unsafe`, () => {
      const kinds = { article: 0, 'no-article': 0, 'too-deep-for-jsdom': 0 };
      for (let i = 0; i < count; i++) {
        const page = generate(rand(stream, i), kind);
        kinds[runOne(page, `seed ${SEED}, kind ${kind}, page ${i}`)?.kind ?? 'too-deep-for-jsdom'] += 1;
      }
      expect(kinds.article + kinds['no-article'] + kinds['too-deep-for-jsdom']).toBe(count);
    }, 900_000);
  });
});

describe('fuzz: mutated fixture pages through the pipeline', () => {
  it(`${SCALE} mutations of the fixture pages`, () => {
    const stream = KINDS.length;
    for (let i = 0; i < SCALE; i++) {
      const r = rand(stream, i);
      const html = mutate(r, FIXTURES[i % FIXTURES.length]!);
      runOne({ kind: 'article', html, type: 'text/html' }, `seed ${SEED}, mutation ${i} of fixture #${i % FIXTURES.length}`);
    }
  }, 900_000);

  it('pages jsdom cannot clone (a doctype named ":") extract like any other', () => {
    if (jsdomUnclonable.length) console.log(`fuzz: ${jsdomUnclonable.length} page(s) jsdom could not clone, all checked: ${jsdomUnclonable.slice(0, 5).join('; ')}`);
    const page: FuzzPage = { kind: 'article', html: `<!DOCTYPE: x>${FIXTURES[0]!.replace(/^\s*<!doctype[^>]*>/i, '')}`, type: 'text/html' };
    const doc = parse(page);
    expect(doc.doctype!.name).toBe(':');
    expect(() => doc.cloneNode(true)).toThrow(/QName/);
    expect(runOne(page, 'a fixture with a bad doctype')?.kind).toBe('article');
    if (jsdomTooDeep.length) console.log(`fuzz: ${jsdomTooDeep.length} "deep" page(s) too deep for jsdom's recursion: ${jsdomTooDeep.join('; ')}`);
  });

  it('the same seed gives the same pages (failures replay)', () => {
    const a = generate(rand(0, 5), 'article').html;
    expect(generate(rand(0, 5), 'article').html).toBe(a);
    expect(generate(rand(0, 6), 'article').html).not.toBe(a);
  });
});
