/**
 * Launch Debian's firefox-esr with the Firefox test build of Qari (dist/firefox-test: the Firefox build plus
 * host access to 127.0.0.1, because `activeTab` cannot be granted under automation), driven by puppeteer-core
 * over WebDriver BiDi. The add-on is installed as a temporary add-on (BiDi `webExtension.install`); its
 * internal UUID is chosen up front through the `extensions.webextensions.uuids` pref, so its pages live at
 * `moz-extension://<uuid>/…`. Firefox grants an MV3 add-on's declared host permissions at install.
 *
 * Two Firefox quirks handled here:
 * - BiDi refuses to navigate a tab to a `moz-extension:` URL unless Firefox runs with
 *   `--remote-allow-system-access`, and even then puppeteer's `goto` never sees the navigation complete
 *   (the tab switches process), so extension pages are opened with a bare BiDi `browsingContext.navigate`.
 * - `page.evaluate(fn)` serialises `fn`; tsx adds `__name(…)` calls inside functions it compiles, which do
 *   not exist in the page. Pass code that defines inner functions as a string (see `evaluateIn`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_TEST_BUILD = resolve(import.meta.dirname, '../dist/firefox-test');
export const GECKO_ID = 'qari@qari.example';
/** Qari's internal UUID in the test profile (any UUID works; fixed so URLs are predictable). */
export const QARI_UUID = '6b1c5a3e-0f0e-4c1a-9a57-5a1f0c0ffee1';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found)
    throw new Error('No Firefox found: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.');
  return found;
}

export interface QariFirefox {
  browser: Browser;
  /** `moz-extension://<uuid>` */
  origin: string;
  /** A new tab showing `url`. */
  openPage(url: string): Promise<Page>;
  /** The browser's tab id of a page (by its URL), asked through the extension's `tabs.query`. */
  tabId(page: Page): Promise<number>;
  /** Open Qari's popup in a new tab, targeting the tab that shows `page`. */
  openPopup(page: Page): Promise<Page>;
  /** Navigate a tab to one of Qari's own pages (path relative to the extension root). */
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  extensionPath?: string;
  /** Extra prefs, e.g. `intl.locale.requested` for the UI language. */
  prefs?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

/** puppeteer's BiDi frame keeps its browsing context; not public API, but the only way to skip `goto`'s wait. */
type BidiFrame = {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
};

export async function launchQariFirefox(options: FirefoxLaunchOptions = {}): Promise<QariFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: QARI_UUID }),
      // Speech and pages from the fixture server only: nothing else reaches the network.
      'browser.shell.checkDefaultBrowser': false,
      ...(options.prefs ?? {}),
    },
    env: { ...process.env, ...(options.env ?? {}) } as Record<string, string>,
  });
  try {
    const installed = await browser.installExtension(options.extensionPath ?? FIREFOX_TEST_BUILD);
    if (installed !== GECKO_ID) throw new Error(`Installed ${installed}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${QARI_UUID}`;

  const gotoExtensionPage = async (page: Page, path: string) => {
    await (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(
      `${origin}/${path.replace(/^\//, '')}`,
      'complete',
    );
  };
  const openPage = async (url: string) => {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
  const tabId = async (page: Page) => {
    const probe = await browser.newPage();
    try {
      await gotoExtensionPage(probe, 'src/popup/index.html');
      const target = page.url();
      const id = (await probe.evaluate(
        `browser.tabs.query({}).then((tabs) => (tabs.find((tab) => tab.url === ${JSON.stringify(target)}) || { id: -1 }).id)`,
      )) as number;
      if (id < 0) throw new Error(`No tab for ${target}`);
      return id;
    } finally {
      await probe.close();
    }
  };

  return {
    browser,
    origin,
    openPage,
    tabId,
    gotoExtensionPage,
    async openPopup(page) {
      const id = await tabId(page);
      const popup = await browser.newPage();
      await gotoExtensionPage(popup, `src/popup/index.html?tabId=${id}`);
      return popup;
    },
    close: () => browser.close(),
  };
}
