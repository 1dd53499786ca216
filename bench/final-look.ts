/**
 * Time to the reader's final look, the headline measure of issue #13:
 *
 * - Chromium (test build, e2e/chromium.ts): from the click on the popup's "Reader view" button to the end of the
 *   first frame from which the reader's look (computed font family, size, line height and background of the
 *   title and the first body paragraph, e2e/first-frame.ts `LOOK`) no longer changes, cold (first open on a
 *   freshly loaded page: injection included) and warm (reopen).
 * - Firefox (firefox-esr, Firefox test build, e2e/firefox.ts), side by side with Firefox's own Reader View in the
 *   same browser, interleaved per round (the order alternates): Firefox from the navigation to
 *   `about:reader?url=<page>` to its `AboutReaderContentReady` event (`performance.now()` in that document, whose
 *   time origin is the navigation); Qari from the click in its popup to its final look, cold (page freshly loaded).
 *
 * Pages are served from memory by a local server under a `default-src 'none'; style-src 'unsafe-inline'` policy:
 * no page script runs and nothing reaches the network, in both browsers and for both readers. The look is read
 * in every frame for SETTLE_MS after the mount; the final look is the last one read.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchQari } from '../e2e/chromium';
import { launchQariFirefox } from '../e2e/firefox';
import { LOOK } from '../e2e/first-frame';
import type { BenchPage } from './corpus';

/** How long after the mount the look is followed, frame by frame (Firefox restyled up to 336 ms late before #13). */
const SETTLE_MS = 700;
const TIMEOUT_MS = 20_000;
/** The pause between a page's load and the click, on both browsers (polling never affects the times: both ends are stamped in the pages). */
const LOADED_PAUSE_MS = 300;

export interface FinalLookTiming {
  /** Click → end of the first frame showing the final look, ms. */
  ms: number;
  /** Click → end of the first frame after the mount, ms. */
  firstFrameMs: number;
  /** The first frame already showed the final look. */
  firstIsFinal: boolean;
}

export interface ChromiumFinalLookRow {
  name: string;
  bytes: number;
  cold: FinalLookTiming | null;
  warm: FinalLookTiming | null;
  error?: string;
}

export interface FirefoxVsReaderRow {
  name: string;
  bytes: number;
  /** Per round; null where that side did not show the article (not readerable, no article, timeout). */
  firefox: (number | null)[];
  qari: (FinalLookTiming | null)[];
}

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
};

/** Serve each page at `/c/<i>/` (the order of `pages`); everything else is a 404. */
async function serveFromMemory(
  pages: readonly BenchPage[],
): Promise<{ url(i: number): string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const match = /^\/c\/(\d+)\/$/.exec(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const page = match ? pages[Number(match[1])] : undefined;
    if (!page) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, PAGE_HEADERS).end(page.html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: (i) => `http://127.0.0.1:${port}/c/${i}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** Page-world statement: follow the reader's look frame by frame from its mount (result in `__qariLooks`). */
const WATCH_FINAL_LOOK = `(() => {
  window.__qariLooks = undefined;
  const frames = [];
  const now = () => performance.timeOrigin + performance.now();
  const observer = new MutationObserver(() => {
    if (!document.getElementById('qari-root')) return;
    observer.disconnect();
    const mounted = now();
    const tick = () => requestAnimationFrame(() => {
      const look = JSON.stringify(${LOOK});
      setTimeout(() => {
        frames.push({ at: now(), look });
        if (now() - mounted < ${SETTLE_MS} || frames.length < 3) tick();
        else window.__qariLooks = { mounted, frames };
      });
    });
    tick();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return true;
})()`;

interface Looks {
  mounted: number;
  frames: { at: number; look: string }[];
}

/** From the frames after a click at `clicked`: when the final look was first shown. */
export function finalLook(clicked: number, looks: Looks): FinalLookTiming {
  const frames = looks.frames;
  const last = frames[frames.length - 1]!.look;
  let k = frames.length - 1;
  while (k > 0 && frames[k - 1]!.look === last) k -= 1;
  return { ms: frames[k]!.at - clicked, firstFrameMs: frames[0]!.at - clicked, firstIsFinal: k === 0 };
}

const CLICK = `(() => { const at = performance.timeOrigin + performance.now(); document.getElementById('reader-toggle').click(); return at; })()`;
const PRESSED = (value: 'true' | 'false') =>
  `document.getElementById('reader-toggle')?.getAttribute('aria-pressed') === '${value}'`;
/** The popup shows a problem (no article, page error): the reader will not open. */
const PROBLEM = `!!document.querySelector('#problem:not([hidden])')?.textContent`;
/** How long a "no article" answer is given to turn into a mount after all (the popup renders before the reader). */
const PROBLEM_GRACE_MS = 1500;
const LOOKS = `window.__qariLooks ?? null`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll for the looks; give up at the timeout, or soon after the popup reports a problem (no article). */
async function waitForLooks(
  looks: () => Promise<Looks | null>,
  problem: () => Promise<boolean>,
): Promise<Looks | null> {
  const end = Date.now() + TIMEOUT_MS;
  let problemSeen = 0;
  while (Date.now() < end) {
    const found = await looks().catch(() => null);
    if (found) return found;
    if (!problemSeen && (await problem().catch(() => false))) problemSeen = Date.now();
    if (problemSeen && Date.now() - problemSeen > PROBLEM_GRACE_MS) return null;
    await sleep(100);
  }
  return null;
}

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

/** Chromium: cold and warm time to the final look on each page. */
export async function measureChromiumFinalLook(
  pages: readonly BenchPage[],
  log: (line: string) => void,
): Promise<ChromiumFinalLookRow[]> {
  const server = await serveFromMemory(pages);
  const qari = await launchQari();
  const rows: ChromiumFinalLookRow[] = [];
  try {
    for (const [i, bench] of pages.entries()) {
      const row: ChromiumFinalLookRow = { name: bench.name, bytes: bench.bytes, cold: null, warm: null };
      const page = await qari.context.newPage();
      let popup: PlaywrightPage | null = null;
      try {
        await page.goto(server.url(i), { waitUntil: 'load', timeout: 60_000 });
        await sleep(LOADED_PAUSE_MS);
        popup = await qari.openPopup(page);
        await popup.locator('#reader-toggle').waitFor();
        const open = async (): Promise<FinalLookTiming | null> => {
          await page.evaluate(WATCH_FINAL_LOOK);
          // The article's tab in front: a background tab gets its frames late.
          await page.bringToFront();
          const clicked = (await popup!.evaluate(CLICK)) as number;
          const looks = await waitForLooks(
            () => page.evaluate(LOOKS) as Promise<Looks | null>,
            () => popup!.evaluate(PROBLEM) as Promise<boolean>,
          );
          if (!looks) return null;
          await popup!.waitForFunction(PRESSED('true'));
          return finalLook(clicked, looks);
        };
        const close = async () => {
          await popup!.evaluate(`document.getElementById('reader-toggle').click()`);
          await page.waitForFunction(() => !document.getElementById('qari-root'));
          await popup!.waitForFunction(PRESSED('false'));
        };
        row.cold = await open();
        if (row.cold) {
          await close();
          row.warm = await open();
          await close();
        } else row.error = (await popup.evaluate(PROBLEM)) ? 'no article' : 'timeout';
      } catch (error) {
        row.error = message(error);
      }
      rows.push(row);
      const f = (t: FinalLookTiming | null) =>
        t
          ? `${t.ms.toFixed(0)} ms${t.firstIsFinal ? '' : ` (first frame ${t.firstFrameMs.toFixed(0)} ms was not final)`}`
          : '—';
      log(
        `  final look, Chromium: ${bench.name}: cold ${f(row.cold)}, warm ${f(row.warm)}${row.error ? ` [${row.error}]` : ''}`,
      );
      await popup?.close();
      await page.close();
    }
  } finally {
    await qari.close();
    await server.close();
  }
  return rows;
}

/** Poll a page-world expression until it is truthy or `timeout` passes; its value, or null. */
async function until<T>(page: PuppeteerPage, expression: string, timeout: number): Promise<T | null> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const value = (await page.evaluate(expression).catch(() => null)) as T | null;
    if (value) return value;
    await sleep(100);
  }
  return null;
}

/** Firefox: Firefox's Reader View and Qari on the same pages in one firefox-esr, `rounds` interleaved rounds. */
export async function measureFirefoxVsReader(
  pages: readonly BenchPage[],
  rounds: number,
  log: (line: string) => void,
): Promise<FirefoxVsReaderRow[]> {
  const server = await serveFromMemory(pages);
  const qari = await launchQariFirefox();
  const rows: FirefoxVsReaderRow[] = [];
  try {
    // Firefox's reader: its document's time origin is the navigation; the event is heard from the document's start.
    const readerTab = await qari.browser.newPage();
    await readerTab.evaluateOnNewDocument(
      `document.addEventListener('AboutReaderContentReady', () => { window.__readerReady = performance.now(); }, true);`,
    );
    const pageTab = await qari.browser.newPage();
    for (const [i, bench] of pages.entries()) {
      const url = server.url(i);
      const row: FirefoxVsReaderRow = { name: bench.name, bytes: bench.bytes, firefox: [], qari: [] };
      const firefoxReader = async (): Promise<number | null> => {
        // From a blank document, so a value from the previous round's reader cannot be read by mistake.
        await readerTab.goto('about:blank');
        await readerTab.bringToFront();
        await readerTab
          .goto(`about:reader?url=${encodeURIComponent(url)}`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS })
          .catch(() => undefined);
        return until<number>(
          readerTab,
          `location.href.startsWith('about:reader') ? window.__readerReady ?? null : null`,
          TIMEOUT_MS,
        );
      };
      let popup: PuppeteerPage | null = null;
      const qariReader = async (): Promise<FinalLookTiming | null> => {
        // A fresh page each round: Qari is injected and extracts from scratch, as Firefox's reader parses.
        await pageTab.goto(url, { waitUntil: 'load', timeout: 60_000 });
        // As a user would click: after the load, and after Firefox's own work on it (its reader-mode check).
        await sleep(LOADED_PAUSE_MS);
        if (!popup) {
          popup = await qari.openPopup(pageTab);
          await popup.waitForSelector('#reader-toggle');
        }
        await pageTab.evaluate(WATCH_FINAL_LOOK);
        await pageTab.bringToFront();
        const shown = popup;
        const clicked = (await shown.evaluate(CLICK)) as number;
        const looks = await waitForLooks(
          () => pageTab.evaluate(LOOKS) as Promise<Looks | null>,
          () => shown.evaluate(PROBLEM) as Promise<boolean>,
        );
        if (!looks) return null;
        await until(popup, PRESSED('true'), TIMEOUT_MS);
        await popup.evaluate(`document.getElementById('reader-toggle').click()`);
        await until(popup, PRESSED('false'), TIMEOUT_MS);
        return finalLook(clicked, looks);
      };
      for (let round = 0; round < rounds; round++) {
        const run = async <T>(fn: () => Promise<T | null>) =>
          fn().catch((error: unknown) => (log(`    ${bench.name}: ${message(error)}`), null));
        if (round % 2 === 0) {
          row.firefox.push(await run(firefoxReader));
          row.qari.push(await run(qariReader));
        } else {
          row.qari.push(await run(qariReader));
          row.firefox.push(await run(firefoxReader));
        }
      }
      await (popup as PuppeteerPage | null)?.close();
      rows.push(row);
      const show = (v: (number | null)[]) => v.map((t) => (t === null ? '—' : t.toFixed(0))).join('/');
      log(
        `  Firefox vs Qari: ${bench.name}: Reader View ${show(row.firefox)} ms, Qari ${show(row.qari.map((t) => t?.ms ?? null))} ms`,
      );
    }
  } finally {
    await qari.close();
    await server.close();
  }
  return rows;
}

export interface LongTasks {
  paragraphs: number;
  bytes: number;
  /** Durations (ms) of the page's long tasks (≥ 50 ms, PerformanceObserver 'longtask') from the click to the final look. */
  tasks: number[];
  /** Plain Readability's parse of the same page (clone included), fastest of 2, ms. */
  plain: number;
}

/**
 * The long tasks of a real cold open in Chromium on the synthetic `paragraphs`-paragraph page: everything the
 * page's main thread ran in tasks of 50 ms or more from the click to the final look (injection, extraction,
 * mount, style and layout of the article), and plain Readability's parse of the same page for comparison.
 */
export async function measureLongTasks(
  html: string,
  paragraphs: number,
  bundle: string,
  log: (line: string) => void,
): Promise<LongTasks | null> {
  const page_: BenchPage = { name: `synthetic/${paragraphs}`, url: '', html, bytes: Buffer.byteLength(html) };
  const server = await serveFromMemory([page_]);
  const qari = await launchQari();
  try {
    const page = await qari.context.newPage();
    await page.goto(server.url(0), { waitUntil: 'load', timeout: 120_000 });
    await sleep(LOADED_PAUSE_MS);
    const popup = await qari.openPopup(page);
    await popup.locator('#reader-toggle').waitFor();
    await page.evaluate(`(() => {
      window.__qariLongTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__qariLongTasks.push([e.startTime + performance.timeOrigin, e.duration]); }).observe({ type: 'longtask' });
    })()`);
    await page.evaluate(WATCH_FINAL_LOOK);
    await page.bringToFront();
    const clicked = (await popup.evaluate(CLICK)) as number;
    const looks = await waitForLooks(
      () => page.evaluate(LOOKS) as Promise<Looks | null>,
      () => popup.evaluate(PROBLEM) as Promise<boolean>,
    );
    if (!looks) return null;
    const final = finalLook(clicked, looks);
    await sleep(200); // let the observer deliver the last entries
    const entries = (await page.evaluate(`window.__qariLongTasks`)) as [number, number][];
    const tasks = entries
      .filter(([start]) => start >= clicked - 1 && start <= clicked + final.ms)
      .map(([, duration]) => duration);
    // Plain Readability on the same page, in the page's world (the bench bundle).
    await popup.evaluate(`document.getElementById('reader-toggle').click()`);
    await page.waitForFunction(() => !document.getElementById('qari-root'));
    await page.evaluate(bundle);
    const plain = (await page.evaluate(`__qariBench.plain(2)`)) as number;
    log(
      `  long tasks, ${paragraphs} paragraphs: ${tasks.map((t) => t.toFixed(0)).join(', ')} ms (final look at ${final.ms.toFixed(0)} ms); plain parse ${plain.toFixed(0)} ms`,
    );
    return { paragraphs, bytes: page_.bytes, tasks, plain };
  } finally {
    await qari.close();
    await server.close();
  }
}
