/**
 * Firefox (firefox-esr + puppeteer-core over WebDriver BiDi): the popup opens reader view on the Arabic sample
 * right-to-left in Arabic, and on a page whose CSP forbids inline styles — which Firefox, unlike Chromium,
 * also applies to styles an extension injects — the reader still renders with Qari's stylesheet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launchQariFirefox, type QariFirefox } from '../e2e/firefox';
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

/** What a user sees of the reader, read from the page (the shadow root is open). */
function readerState(page: Page) {
  return page.evaluate(() => {
    const host = document.getElementById('qari-root');
    const shadow = host?.shadowRoot;
    const article = shadow?.querySelector('article');
    const dialog = shadow?.querySelector('[role="dialog"]');
    return {
      open: Boolean(article),
      dir: article?.getAttribute('dir') ?? null,
      lang: article?.getAttribute('lang') ?? null,
      title: shadow?.querySelector('h1')?.textContent ?? null,
      dialogName: dialog?.getAttribute('aria-label') ?? null,
      hostPosition: host ? getComputedStyle(host).position : null,
      dialogDisplay: dialog ? getComputedStyle(dialog).display : null,
      articleDirection: article ? getComputedStyle(article).direction : null,
      buttons: [...(shadow?.querySelectorAll('button') ?? [])].map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? ''),
    };
  });
}

async function openReaderThroughPopup(name: string): Promise<{ page: Page; popup: Page }> {
  const page = await qari.openPage(server.page(name));
  const popup = await qari.openPopup(page);
  const toggle = await popup.waitForSelector('::-p-aria([name="Reader view"][role="button"])');
  expect(await toggle!.evaluate((b) => b.getAttribute('aria-pressed'))).toBe('false');
  await toggle!.click();
  await popup.waitForSelector('#reader-toggle[aria-pressed="true"]');
  return { page, popup };
}

describe('Firefox: reader view through the popup', () => {
  it('opens the Arabic sample right-to-left, in Arabic, with the facts in the popup', async () => {
    const { page, popup } = await openReaderThroughPopup('seed-ar');
    await expect.poll(async () => (await readerState(page)).open).toBe(true);
    const state = await readerState(page);
    expect(state.dir).toBe('rtl');
    expect(state.lang).toMatch(/^ar\b/);
    expect(state.articleDirection).toBe('rtl');
    expect(state.title).toContain('واشنطن تقول إنها لن تتعاون');
    expect(state.dialogName).toBe('Reader view');
    expect(await popup.$eval('#facts', (p) => p.textContent)).toMatch(/^Language Arabic · right-to-left · \d+ min read$/);
    // Firefox assigns the suggested shortcuts; the popup shows the bindings the browser reports.
    expect(await popup.$$eval('#shortcut-list dd', (dds) => dds.map((dd) => dd.textContent))).toEqual(['Alt+Shift+R', 'Alt+Shift+P']);
    expect(state.buttons).toContain('Close reader view');
    // The text-size buttons are there (pressing them is checked in Chromium; see the report).
    expect(state.buttons.length).toBeGreaterThan(1);
    await page.bringToFront();
    await page.screenshot({ path: 'out/firefox-reader-seed-ar.png' });

    // Closing from the popup gives the page back.
    await popup.click('#reader-toggle');
    await popup.waitForSelector('#reader-toggle[aria-pressed="false"]');
    await expect.poll(async () => (await readerState(page)).open).toBe(false);
    await popup.close();
    await page.close();
  });

  it('renders styled on a page whose CSP forbids inline styles', async () => {
    const { page, popup } = await openReaderThroughPopup('strict-csp');
    await expect.poll(async () => (await readerState(page)).open).toBe(true);
    const state = await readerState(page);
    // Both values come only from Qari's stylesheet (`:host { position: fixed }`, `.dialog { display: flex }`).
    expect(state.hostPosition).toBe('fixed');
    expect(state.dialogDisplay).toBe('flex');
    await page.bringToFront();
    await page.screenshot({ path: 'out/firefox-reader-strict-csp.png' });
    await popup.close();
    await page.close();
  });
});
