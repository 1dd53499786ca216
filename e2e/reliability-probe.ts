/**
 * Is Qari present in a tab? Observed from outside, the way a page or the browser would see it: the page's DOM
 * (no `#qari-root`, nothing made `inert`), and the extension's side (a `tab.status` message finds no receiver,
 * no content script is registered). Used by the zero-cost e2e test and by `npm run bench`.
 */
import type { Page } from 'playwright-core';
import type { QariBrowser } from './chromium';

export interface Presence {
  /** `#qari-root` is in the page. */
  root: boolean;
  /** Elements carrying `inert` (the reader marks the page's top-level elements). */
  inert: number;
  /** A `tab.status` message got an answer (a content script of Qari's is listening). */
  answered: boolean;
  /** The error the message got instead, e.g. "Receiving end does not exist". */
  error: string | null;
  /** Content scripts registered with `scripting.registerContentScripts`. */
  registered: number;
}

export async function presence(qari: QariBrowser, page: Page): Promise<Presence> {
  const dom = await page.evaluate(() => ({
    root: document.getElementById('qari-root') !== null,
    inert: document.querySelectorAll('[inert]').length,
  }));
  const tabId = await qari.tabId(page);
  const side = await qari.worker.evaluate(async (id: number) => {
    type Api = {
      tabs: { sendMessage(id: number, message: unknown, options: object): Promise<unknown> };
      scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
    };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const registered = (await api.scripting.getRegisteredContentScripts()).length;
    try {
      const reply = await api.tabs.sendMessage(id, { qari: 1, type: 'tab.status' }, { frameId: 0 });
      return { answered: reply !== undefined, error: null, registered };
    } catch (error) {
      return { answered: false, error: error instanceof Error ? error.message : String(error), registered };
    }
  }, tabId);
  return { ...dom, ...side };
}

export const untouched = (p: Presence): boolean => !p.root && p.inert === 0 && !p.answered && p.registered === 0;

/** Press the popup's Reader view button and wait until the popup shows `pressed` (the tab's answer). */
export async function toggleReader(popup: Page, pressed: boolean): Promise<void> {
  const toggle = popup.locator('#reader-toggle');
  await toggle.click();
  await popup.waitForFunction(
    (want) => document.getElementById('reader-toggle')?.getAttribute('aria-pressed') === String(want),
    pressed,
    { timeout: 60_000 },
  );
}

/** The page's state a reader must give back exactly: serialized DOM, form values, scroll, focus. */
export async function pageState(
  page: Page,
): Promise<{ html: string; values: string[]; scroll: [number, number]; focus: string }> {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    values: [...document.querySelectorAll<HTMLInputElement>('input, textarea, select')].map(
      (el) => `${el.name || el.id}=${el.value}`,
    ),
    scroll: [window.scrollX, window.scrollY] as [number, number],
    focus: document.activeElement?.outerHTML.slice(0, 80) ?? '',
  }));
}
