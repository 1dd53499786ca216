/**
 * Launch the system Chromium with the test build of Qari (dist/test: the Chrome build plus host access to
 * 127.0.0.1, because `activeTab` cannot be granted under automation) and open Qari's popup as a tab that
 * targets a given page (`popup/index.html?tabId=N`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './browser-path';

export const TEST_BUILD = resolve(import.meta.dirname, '../dist/test');

export interface QariBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Open the popup in a new tab, targeting the tab that shows `page`. */
  openPopup(page: Page): Promise<Page>;
  /** The browser's tab id for a page (by its URL). */
  tabId(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra Chromium flags (e.g. `--enable-speech-dispatcher`). */
  args?: string[];
  /** Extra environment (e.g. LANGUAGE for the UI locale). */
  env?: Record<string, string>;
  extensionPath?: string;
  /** More unpacked extensions to load next to Qari (e.g. e2e/tts-probe.ts). */
  extraExtensions?: string[];
}

export async function launchQari(options: LaunchOptions = {}): Promise<QariBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'qari-chromium-'));
  const extension = [options.extensionPath ?? TEST_BUILD, ...(options.extraExtensions ?? [])].join(',');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      ...(options.args ?? []),
    ],
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    env: { ...process.env, ...(options.env ?? {}) } as Record<string, string>,
    viewport: { width: 1100, height: 800 },
  });
  // Qari's worker, not another loaded extension's.
  const isQari = (w: Worker) => w.url().endsWith('/service-worker-loader.js');
  const worker =
    context.serviceWorkers().find(isQari) ??
    (await context.waitForEvent('serviceworker', { predicate: isQari, timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;

  const tabId = async (page: Page): Promise<number> => {
    const url = page.url();
    const id = await worker.evaluate(async (target: string) => {
      const api = (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
      ).chrome;
      const tabs = await api.tabs.query({});
      return tabs.find((tab) => tab.url === target)?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`No tab for ${url}`);
    return id;
  };

  return {
    context,
    extensionId,
    worker,
    tabId,
    async openPopup(page) {
      const id = await tabId(page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${id}`);
      return popup;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
