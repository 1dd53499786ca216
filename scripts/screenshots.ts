/**
 * `npm run screenshots`: README's pictures (docs/*.png), taken from the test build in headless Chromium with real
 * speech (speech-dispatcher + espeak-ng): the reader on the Arabic seed page, the popup while reading an English
 * page and that reader in the dark theme, and the popup in an Arabic browser UI, at Chrome's popup size.
 */
import { mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { launchQari, type QariBrowser } from '../e2e/chromium';
import { setStorage } from '../e2e/reader-helpers';
import { startServer } from '../e2e/server';
import { speechDispatcher } from '../e2e/speech-dispatcher';

const POPUP = { width: 360, height: 600 };

const build = spawnSync('npx', ['tsx', 'scripts/build.ts', '--test'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
mkdirSync('docs', { recursive: true });
const server = await startServer();
const speechd = speechDispatcher();

async function withBrowser(env: Record<string, string>, run: (qari: QariBrowser) => Promise<void>): Promise<void> {
  const qari = await launchQari({ args: speechd.args, env: { ...speechd.env, ...env } });
  try {
    await run(qari);
  } finally {
    await qari.close();
  }
}

async function popupFor(qari: QariBrowser, page: Page): Promise<Page> {
  const popup = await qari.context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${qari.extensionId}/src/popup/index.html?tabId=${await qari.tabId(page)}`);
  await popup.locator('#status').waitFor({ state: 'attached' });
  return popup;
}

/** The browser lists its voices once speech-dispatcher answers: seconds on a busy machine. */
async function voicesListed(popup: Page): Promise<void> {
  await popup.waitForFunction(() => speechSynthesis.getVoices().length > 0, undefined, { timeout: 60_000 });
}

/** The popup as the browser shows it: its own height, never more than Chrome's 600 px. */
async function shootPopup(popup: Page, path: string): Promise<void> {
  await popup.evaluate(() => document.fonts.ready);
  const height = await popup.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await popup.screenshot({ path, clip: { x: 0, y: 0, width: POPUP.width, height: Math.min(height, POPUP.height) } });
  console.log(`wrote ${path} (${POPUP.width}×${Math.min(height, POPUP.height)})`);
}

async function openWithReader(qari: QariBrowser, name: string, readerView: string): Promise<[Page, Page]> {
  const page = await qari.context.newPage();
  await page.goto(server.page(name));
  const popup = await popupFor(qari, page);
  await popup.getByRole('button', { name: readerView, exact: true }).click();
  await page.locator('#qari-root article').waitFor();
  await popup.locator('#facts').waitFor();
  return [page, popup];
}

try {
  await withBrowser({}, async (qari) => {
    const [page, popup] = await openWithReader(qari, 'seed-ar', 'Reader view');
    await page.bringToFront();
    await page.screenshot({ path: 'docs/reader-rtl-light.png' });
    console.log('wrote docs/reader-rtl-light.png');
    await page.close();
    await popup.close();

    const [en, enPopup] = await openWithReader(qari, 'en-plain', 'Reader view');
    await voicesListed(enPopup);
    await enPopup.getByRole('button', { name: 'Read aloud', exact: true }).click();
    await enPopup
      .locator('#listening [role="status"]')
      .filter({ hasText: /Reading sentence 2 / })
      .waitFor({ timeout: 60_000 })
      .catch(async (error: unknown) => {
        const status = await enPopup.locator('#listening [role="status"]').textContent();
        throw new Error(`Reading did not reach sentence 2 (status: "${status}")`, { cause: error });
      });
    await enPopup.getByRole('button', { name: 'Pause' }).click();
    await shootPopup(enPopup, 'docs/popup-reading.png');
    await en.bringToFront();
    await setStorage(qari, { 'pref:theme': 'dark' });
    await en.locator('#qari-root .dialog[data-theme="dark"]').waitFor();
    await en.screenshot({ path: 'docs/reader-ltr-dark.png' });
    console.log('wrote docs/reader-ltr-dark.png');
  });
  // LANGUAGE alone sets Chromium's UI locale (an LC_ALL this machine lacks would also keep speech-dispatcher out).
  await withBrowser({ LANGUAGE: 'ar' }, async (qari) => {
    const [, popup] = await openWithReader(qari, 'seed-ar', 'عرض القراءة');
    await voicesListed(popup);
    await shootPopup(popup, 'docs/popup-ar.png');
  });
} finally {
  await server.close();
  speechd.cleanup();
}
