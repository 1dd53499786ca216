/** The walking skeleton, in a real browser: the popup opens reader view on the Arabic sample and closes it. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useQari } from './use-qari';

const env = useQari();

async function openArticle(name: string): Promise<Page> {
  const page = await env.qari.context.newPage();
  await page.goto(env.server.page(name));
  return page;
}

describe('reader view from the popup', () => {
  it('opens on the Arabic sample right-to-left, without clutter, and restores the page on close', async () => {
    const page = await openArticle('seed-ar');
    await page.fill('#q', 'بحث تجريبي');
    await page.evaluate(() => window.scrollTo(0, 400));
    const scrollBefore = await page.evaluate(() => window.scrollY);
    expect(scrollBefore).toBeGreaterThan(0);

    const popup = await env.qari.openPopup(page);
    const toggle = popup.getByRole('button', { name: 'Reader view' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');

    const article = page.locator('#qari-root article');
    await article.waitFor();
    expect(await article.getAttribute('dir')).toBe('rtl');
    expect(await article.getAttribute('lang')).toMatch(/^ar\b/);
    await expect.poll(() => page.locator('#qari-root h1').textContent()).toContain('واشنطن تقول إنها لن تتعاون');
    const text = (await article.textContent()) ?? '';
    expect(text).toContain('أكدت الولايات المتحدة إنها لن تتعاون عسكريا');
    for (const clutter of ['Accessibility links', 'Skip to main content', 'الرئيسية', 'ابحث في راديو سوا']) {
      expect(text).not.toContain(clutter);
    }
    const dialog = page.getByRole('dialog', { name: 'Reader view' });
    expect(await dialog.count()).toBe(1);
    await page.bringToFront();
    await page.screenshot({ path: 'out/reader-seed-ar.png' });

    await page.locator('#qari-root').getByRole('button', { name: 'Close reader view' }).click();
    await expect.poll(() => page.locator('#qari-root').count()).toBe(0);
    expect(await page.inputValue('#q')).toBe('بحث تجريبي');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(await page.evaluate(() => document.querySelectorAll('[inert]').length)).toBe(0);
    await popup.close();
    await page.close();
  });
});
