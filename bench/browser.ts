/**
 * The bench in real Chromium: the page-side bundle (browser-entry.ts) built once as an IIFE, and each corpus
 * page loaded at its own URL from memory (every other request is refused, so nothing reaches the network and
 * the page's own scripts are blocked by a `script-src 'none'` policy, so both sides see the same static DOM;
 * the bench's own code arrives through the debugger protocol, which the policy does not govern).
 */
import { build, type Rollup } from 'vite';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../e2e/browser-path';
import { REPO_ROOT, type BenchPage } from './corpus';
import { articlePage } from './generate';
import type { PairTiming } from './measure';
import type { PageTiming } from './node-extraction';
import type { StageTimes } from './stages';

export interface BenchBundle {
  code: string;
}

/** Build browser-entry.ts into one self-contained IIFE (no files written). */
export async function buildBenchBundle(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: join(REPO_ROOT, 'bench/browser-entry.ts'), formats: ['iife'], name: 'qariBenchBundle' },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const output = (Array.isArray(out) ? out[0]! : out).output;
  const chunk = output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('the bench bundle was not built');
  return chunk.code;
}

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

const PAGE_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" };

type BenchGlobal = {
  __qariBench: { pair(rounds: number): PairTiming; stages(): StageTimes | null; plain(rounds: number): number };
};

export interface BrowserPageTiming extends PageTiming {
  stages: StageTimes | null;
}

export async function measureBrowser(
  pages: readonly BenchPage[],
  bundle: string,
  rounds: number,
  log: (line: string) => void,
): Promise<BrowserPageTiming[]> {
  const browser = await launchBenchBrowser();
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const rows: BrowserPageTiming[] = [];
  try {
    for (const [i, bench] of pages.entries()) {
      const page = await context.newPage();
      await page.route('**/*', (route) =>
        route.request().url() === bench.url && route.request().isNavigationRequest()
          ? route.fulfill({ status: 200, headers: PAGE_HEADERS, body: bench.html })
          : route.abort(),
      );
      try {
        await page.goto(bench.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
        await page.evaluate(bundle);
        const timing = await page.evaluate((r) => (globalThis as unknown as BenchGlobal).__qariBench.pair(r), rounds);
        const stages = await page.evaluate(() => (globalThis as unknown as BenchGlobal).__qariBench.stages());
        rows.push({ name: bench.name, bytes: bench.bytes, ...timing, stages });
      } catch (error) {
        log(
          `  browser: ${bench.name} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        );
      }
      await page.close();
      if ((i + 1) % 20 === 0 || i + 1 === pages.length) log(`  browser: ${i + 1}/${pages.length} pages`);
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** The scaling curve in Chromium: synthetic article pages of growing size (see generate.ts). */
export async function measureBrowserScaling(
  sizes: readonly number[],
  bundle: string,
  log: (line: string) => void,
): Promise<{ paragraphs: number; bytes: number; qari: number; prePaint?: number; plain: number; chars: number }[]> {
  const browser = await launchBenchBrowser();
  const rows = [];
  try {
    for (const paragraphs of sizes) {
      const page = await browser.newPage();
      const html = articlePage(paragraphs);
      const url = 'https://example.com/long';
      await page.route('**/*', (route) =>
        route.request().isNavigationRequest()
          ? route.fulfill({ status: 200, headers: PAGE_HEADERS, body: html })
          : route.abort(),
      );
      await page.goto(url, { timeout: 120_000 });
      await page.evaluate(bundle);
      const t = await page.evaluate(
        (r) => (globalThis as unknown as BenchGlobal).__qariBench.pair(r),
        paragraphs >= 5000 ? 2 : 4,
      );
      rows.push({
        paragraphs,
        bytes: Buffer.byteLength(html),
        qari: t.qari,
        prePaint: t.prePaint,
        plain: t.plain,
        chars: t.chars,
      });
      log(`  browser scaling: ${paragraphs} paragraphs: qari ${t.qari.toFixed(0)} ms, plain ${t.plain.toFixed(0)} ms`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}
