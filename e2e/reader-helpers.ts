/** Shared steps of the reader-view browser tests: open a fixture, open reader view from the popup, set settings. */
import type { Locator, Page } from 'playwright-core';
import type { QariBrowser } from './chromium';
import type { PageServer } from './server';

let opened = 0;

/** Open a fixture in a new tab; a unique query keeps tabs apart (the popup finds its tab by URL). */
export async function openFixture(qari: QariBrowser, server: PageServer, name: string): Promise<Page> {
  const page = await qari.context.newPage();
  opened += 1;
  await page.goto(`${server.page(name)}?tab=${opened}`);
  return page;
}

/** Open reader view on `page` by pressing the popup's "Reader view" button; returns the article locator. */
export async function openReader(qari: QariBrowser, page: Page): Promise<Locator> {
  const popup = await qari.openPopup(page);
  const toggle = popup.getByRole('button', { name: 'Reader view' });
  await toggle.waitFor();
  await toggle.click();
  const article = page.locator('#qari-root article');
  await article.waitFor();
  await popup.close();
  await page.bringToFront();
  return article;
}

/** Open the popup's reading settings (a disclosure, collapsed unless the user left it open). */
export async function showReadingSettings(popup: Page): Promise<void> {
  await popup.locator('#reading').evaluate((details) => void ((details as HTMLDetailsElement).open = true));
  await popup.locator('#reading select').first().waitFor();
}

/** Write Qari's storage directly (as another view would): keys like `pref:theme`. */
export async function setStorage(qari: QariBrowser, items: Record<string, unknown>): Promise<void> {
  await qari.worker.evaluate(async (values: Record<string, unknown>) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(values);
  }, items);
}

export async function clearStorage(qari: QariBrowser): Promise<void> {
  await qari.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome;
    await api.storage.local.clear();
  });
}

/** A computed style property of the first element matching `selector` inside the reader's shadow root. */
export function computed(page: Page, selector: string, property: string): Promise<string> {
  return page.evaluate(
    ([sel, prop]) => {
      const node = document.getElementById('qari-root')?.shadowRoot?.querySelector(sel!);
      return node ? getComputedStyle(node).getPropertyValue(prop!) : '';
    },
    [selector, property] as const,
  );
}
