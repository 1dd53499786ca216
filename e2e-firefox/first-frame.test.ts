/**
 * The first frame is the final look, in Firefox (firefox-esr over WebDriver BiDi): with a saved non-default text
 * size (for the site) and theme, the first animation frame after the reader enters the page has the same
 * computed font family, size, line height and background on the title and the body as the reader once
 * settled, right-to-left and left-to-right, on the first open and on a reopen. Nothing here is timed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launchQariFirefox, type QariFirefox } from '../e2e/firefox';
import { FIRST_LOOK, LOOK, SETTLE_MS, WATCH_FIRST_FRAME, type ReaderLook } from '../e2e/first-frame';
import { startServer, type PageServer } from '../e2e/server';

let server: PageServer;
let qari: QariFirefox;

beforeAll(async () => {
  mkdirSync('out', { recursive: true });
  server = await startServer();
  qari = await launchQariFirefox();
});

afterAll(async () => {
  await qari?.close();
  await server?.close();
});

/** Replace Qari's storage (through one of its own pages, as another view would write it). */
async function resetStorage(items: Record<string, unknown>): Promise<void> {
  const probe = await qari.browser.newPage();
  try {
    await qari.gotoExtensionPage(probe, 'src/popup/index.html');
    await probe.evaluate(
      `browser.storage.local.clear().then(() => browser.storage.local.set(${JSON.stringify(items)}))`,
    );
  } finally {
    await probe.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Toggle the reader from the popup with the article's tab in front (a background tab gets no frames). */
async function toggle(page: Page, popup: Page, pressed: 'true' | 'false'): Promise<void> {
  await page.bringToFront();
  await popup.evaluate(`document.getElementById('reader-toggle').click()`);
  await popup.waitForSelector(`#reader-toggle[aria-pressed="${pressed}"]`);
}

async function openAndLook(page: Page, popup: Page): Promise<{ first: ReaderLook; settled: ReaderLook }> {
  await page.evaluate(WATCH_FIRST_FRAME);
  await toggle(page, popup, 'true');
  await page.waitForFunction(FIRST_LOOK);
  const first = (await page.evaluate(FIRST_LOOK)) as ReaderLook;
  await sleep(SETTLE_MS);
  const settled = (await page.evaluate(LOOK)) as ReaderLook;
  return { first, settled };
}

describe.each([
  ['right-to-left', 'seed-ar', /^"Noto Naskh Arabic"/],
  ['left-to-right', 'en-plain', /^Charter/],
])('Firefox: first frame = final look, %s', (_, fixture, font) => {
  it('with a saved site size and theme, on the first open and on a reopen', async () => {
    const url = `${server.page(fixture)}?first-frame`;
    await resetStorage({ 'pref:theme': 'sepia', [`site:sizeStep:${new URL(url).host}`]: 3 });
    const page = await qari.openPage(url);
    const popup = await qari.openPopup(page);
    await popup.waitForSelector('#reader-toggle');

    for (const round of ['open', 'reopen']) {
      const { first, settled } = await openAndLook(page, popup);
      expect(settled.body?.background, round).toBe('rgb(246, 239, 223)');
      expect(settled.body?.fontFamily, round).toMatch(font);
      expect(parseFloat(settled.body?.fontSize ?? '0'), round).toBeGreaterThan(fixture === 'seed-ar' ? 22 : 20);
      expect(first, round).toEqual(settled);
      await toggle(page, popup, 'false');
      await page.waitForFunction(`!document.getElementById('qari-root')`);
    }
    await popup.close();
    await page.close();
  });
});
