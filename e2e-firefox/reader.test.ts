/**
 * Firefox (firefox-esr + puppeteer-core over WebDriver BiDi): the popup opens reader view on the Arabic sample
 * right-to-left in Arabic with working text-size buttons, and on a page whose CSP forbids inline styles — which Firefox, unlike Chromium,
 * also applies to styles an extension injects — the reader still renders with Qari's stylesheet.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useQari } from './use-qari';

const env = useQari();

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
      buttons: [...(shadow?.querySelectorAll('button') ?? [])].map(
        (b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '',
      ),
    };
  });
}

/** Once the reader has applied the stored settings (typography.ts marks the article's script). */
const settingsApplied = (page: Page) =>
  page.evaluate(
    () =>
      document.getElementById('qari-root')?.shadowRoot?.querySelector('article')?.hasAttribute('data-script') ?? false,
  );

/** The article paragraphs' computed font size, in px. */
const paragraphSize = (page: Page) =>
  page.evaluate(() =>
    parseFloat(
      getComputedStyle(document.getElementById('qari-root')!.shadowRoot!.querySelector('article .body p')!).fontSize,
    ),
  );

/** Press the reader toolbar's size button with this accessible name (its visually hidden label). */
async function pressSize(page: Page, name: 'Larger text' | 'Smaller text'): Promise<void> {
  const found = await page.evaluate((label) => {
    const buttons = [
      ...document.getElementById('qari-root')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button'),
    ];
    const button = buttons.find((b) => b.querySelector('.qari-visually-hidden')?.textContent === label);
    button?.click();
    return Boolean(button);
  }, name);
  expect(found, `reader button "${name}"`).toBe(true);
}

async function openReaderThroughPopup(name: string): Promise<{ page: Page; popup: Page }> {
  const page = await env.qari.openPage(env.server.page(name));
  const popup = await env.qari.openPopup(page);
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
    expect(await popup.$eval('#facts', (p) => p.textContent)).toMatch(
      /^Language Arabic · right-to-left · \d+ min read$/,
    );
    // Firefox assigns the suggested shortcuts; the popup shows the bindings the browser reports.
    expect(await popup.$$eval('#shortcut-list dd', (dds) => dds.map((dd) => dd.textContent))).toEqual([
      'Alt+Shift+R',
      'Alt+Shift+P',
    ]);
    expect(state.buttons).toContain('Close reader view');
    // Text size: "Larger text" then "Smaller text" change the article's computed size and come back.
    await expect.poll(() => settingsApplied(page)).toBe(true);
    const start = await paragraphSize(page);
    await pressSize(page, 'Larger text');
    await expect.poll(() => paragraphSize(page)).toBeGreaterThan(start);
    await pressSize(page, 'Smaller text');
    await expect.poll(() => paragraphSize(page)).toBe(start);
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
    await expect.poll(() => settingsApplied(page)).toBe(true);
    const start = await paragraphSize(page);
    await pressSize(page, 'Larger text');
    await expect.poll(() => paragraphSize(page)).toBeGreaterThan(start);
    await page.bringToFront();
    await page.screenshot({ path: 'out/firefox-reader-strict-csp.png' });
    await popup.close();
    await page.close();
  });
});
