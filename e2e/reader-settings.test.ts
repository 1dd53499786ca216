/**
 * Settings in real Chromium: the popup's controls change the open reader live, the per-site direction override
 * flips the article, and Urdu and Hebrew articles get their own fonts (Urdu with more line height).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { clearStorage, computed, openFixture, openReader, setStorage, showReadingSettings } from './reader-helpers';
import { useQari } from './use-qari';

const env = useQari();

beforeEach(async () => {
  await clearStorage(env.qari);
});

describe('settings reach every open view', () => {
  it("the popup's Larger text and theme change the open reader live", async () => {
    const page = await openFixture(env.qari, env.server, 'en-plain');
    await openReader(env.qari, page);
    const size = async () => parseFloat(await computed(page, 'article .body p', 'font-size'));
    expect(await size()).toBe(20);
    const popup = await env.qari.openPopup(page);
    await showReadingSettings(popup);
    await popup.locator('#reading output').filter({ hasText: '20 px' }).waitFor();
    await popup.getByRole('button', { name: 'Larger text' }).click();
    await expect.poll(size).toBe(22);
    await expect.poll(() => page.locator('#qari-root output').textContent()).toBe('22 px');
    await popup.getByLabel('Theme').selectOption('sepia');
    await expect.poll(() => computed(page, '.dialog', 'background-color')).toBe('rgb(246, 239, 223)');
    await popup.close();
    await page.close();
  });

  it('the per-site direction override flips the article, and Automatic restores it', async () => {
    const page = await openFixture(env.qari, env.server, 'css-rtl-ar');
    await openReader(env.qari, page);
    expect(await computed(page, 'article', 'direction')).toBe('rtl');
    const host = new URL(page.url()).host;
    await setStorage(env.qari, { [`site:dir:${host}`]: 'ltr' });
    await expect.poll(() => computed(page, 'article', 'direction')).toBe('ltr');
    await page.locator('#qari-root').getByRole('button', { name: 'Reading settings' }).click();
    await page.locator('#qari-root').getByLabel('Text direction on this site').selectOption('auto');
    await expect.poll(() => computed(page, 'article', 'direction')).toBe('rtl');
    await page.close();
  });
});

describe('fonts per script', () => {
  it('sets Urdu in Nastaliq with more line height than Arabic, and Hebrew in Noto Sans Hebrew', async () => {
    const lineHeight = async (name: string) => {
      const page = await openFixture(env.qari, env.server, name);
      await openReader(env.qari, page);
      const font = await computed(page, 'article .body p', 'font-family');
      const ratio =
        parseFloat(await computed(page, 'article .body p', 'line-height')) /
        parseFloat(await computed(page, 'article .body p', 'font-size'));
      await page.close();
      return { font, ratio };
    };
    const ur = await lineHeight('ur');
    const ar = await lineHeight('seed-ar');
    const he = await lineHeight('he');
    expect(ur.font).toMatch(/^"Noto Nastaliq Urdu"/);
    expect(ar.font).toMatch(/^"Noto Naskh Arabic"/);
    expect(he.font).toMatch(/^"Noto Sans Hebrew"/);
    expect(ur.ratio).toBeGreaterThan(ar.ratio);
    expect(ar.ratio).toBeGreaterThan(he.ratio);
  });
});
