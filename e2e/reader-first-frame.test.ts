/**
 * The first frame is the final look, in real Chromium: with a saved non-default text size (for the site) and
 * theme, the first animation frame after the reader enters the page has the same computed font family, size,
 * line height and background on the title and the body as the reader once settled, right-to-left and
 * left-to-right, on the first open and on a reopen. (Speed is the bench's business: nothing here is timed.)
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_LOOK, LOOK, SETTLE_MS, WATCH_FIRST_FRAME, type ReaderLook } from './first-frame';
import { clearStorage, openFixture, setStorage } from './reader-helpers';
import { useQari } from './use-qari';

const env = useQari();

beforeEach(async () => {
  await clearStorage(env.qari);
});

/** Toggle the reader from the popup with the article's tab in front (a background tab gets no frames). */
async function toggle(page: Page, popup: Page, pressed: 'true' | 'false'): Promise<void> {
  await page.bringToFront();
  await popup.evaluate(() => document.getElementById('reader-toggle')!.click());
  await popup.waitForFunction(
    (want) => document.getElementById('reader-toggle')?.getAttribute('aria-pressed') === want,
    pressed,
  );
}

/** Open the reader; the look in its first frame and once settled. */
async function openAndLook(page: Page, popup: Page): Promise<{ first: ReaderLook; settled: ReaderLook }> {
  await page.evaluate(WATCH_FIRST_FRAME);
  await toggle(page, popup, 'true');
  await page.waitForFunction(FIRST_LOOK);
  const first = (await page.evaluate(FIRST_LOOK)) as ReaderLook;
  await page.waitForTimeout(SETTLE_MS);
  const settled = (await page.evaluate(LOOK)) as ReaderLook;
  return { first, settled };
}

describe.each([
  ['right-to-left', 'seed-ar', /^"Noto Naskh Arabic"/],
  ['left-to-right', 'en-plain', /^Charter/],
])('first frame = final look, %s', (_, fixture, font) => {
  it('with a saved site size and theme, on the first open and on a reopen', async () => {
    const page = await openFixture(env.qari, env.server, fixture);
    const host = new URL(page.url()).host;
    await setStorage(env.qari, { 'pref:theme': 'sepia', [`site:sizeStep:${host}`]: 3 });
    const popup = await env.qari.openPopup(page);
    await popup.locator('#reader-toggle').waitFor();

    for (const round of ['open', 'reopen']) {
      const { first, settled } = await openAndLook(page, popup);
      // The settled reader really shows the saved settings (else the comparison would prove nothing).
      expect(settled.body?.background, round).toBe('rgb(246, 239, 223)');
      expect(settled.body?.fontFamily, round).toMatch(font);
      expect(parseFloat(settled.body?.fontSize ?? '0'), round).toBeGreaterThan(fixture === 'seed-ar' ? 22 : 20);
      expect(first, round).toEqual(settled);
      await toggle(page, popup, 'false');
      await page.waitForFunction(() => !document.getElementById('qari-root'));
    }
    await popup.close();
    await page.close();
  });
});
