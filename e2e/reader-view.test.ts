/**
 * The reader view in real Chromium: direction from CSS-only pages and per block, text size buttons and their
 * bounds, the size remembered per site, styles under a strict page CSP, and screenshots in light and dark.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearStorage, computed, openFixture, openReader, setStorage } from './reader-helpers';
import { useQari } from './use-qari';

const env = useQari();

beforeEach(async () => {
  await clearStorage(env.qari);
});

/** Open reader view on a fixture page. */
async function reader(name: string): Promise<Page> {
  const page = await openFixture(env.qari, env.server, name);
  await openReader(env.qari, page);
  return page;
}

describe('reader view direction', () => {
  it('renders the CSS-only right-to-left article right-to-left', async () => {
    const page = await reader('css-rtl-ar');
    expect(await computed(page, 'article', 'direction')).toBe('rtl');
    expect(await computed(page, 'article p', 'direction')).toBe('rtl');
    expect(await computed(page, 'article', 'letter-spacing')).toMatch(/^(normal|0px)$/);
    expect(await computed(page, 'article', 'font-family')).toMatch(/^"Noto Naskh Arabic"/);
    // The toolbar follows the UI (English here), not the article.
    expect(await computed(page, '.toolbar', 'direction')).toBe('ltr');
    await page.close();
  });

  it('reads the Arabic quote in an English article right-to-left, in an Arabic font, without letter spacing', async () => {
    await setStorage(env.qari, { 'pref:letterSpacing': 0.05 });
    const page = await reader('en-quote-ar');
    expect(await computed(page, 'article', 'direction')).toBe('ltr');
    const quote = await page.evaluate(() => {
      const root = document.getElementById('qari-root')!.shadowRoot!;
      const block = [...root.querySelectorAll<HTMLElement>('article p')].find((el) =>
        el.textContent?.includes('الشعر هو البيت الذي نعود إليه'),
      );
      const english = [...root.querySelectorAll<HTMLElement>('article p')].find((el) =>
        el.textContent?.includes('Ticket sales rose'),
      );
      if (!block || !english) return null;
      const style = getComputedStyle(block);
      return {
        dir: style.direction,
        letterSpacing: style.letterSpacing,
        font: style.fontFamily,
        english: getComputedStyle(english).letterSpacing,
      };
    });
    expect(quote).not.toBeNull();
    expect(quote!.dir).toBe('rtl');
    expect(quote!.letterSpacing).toMatch(/^(normal|0px)$/);
    expect(quote!.font).toMatch(/^"Noto Naskh Arabic"/);
    expect(parseFloat(quote!.english)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('text size', () => {
  const fontSize = async (page: Page) => parseFloat(await computed(page, 'article .body p', 'font-size'));

  it('grows and shrinks the article text with the buttons, which disable at the bounds', async () => {
    const page = await reader('en-plain');
    const root = page.locator('#qari-root');
    const larger = root.getByRole('button', { name: 'Larger text' });
    const smaller = root.getByRole('button', { name: 'Smaller text' });
    const start = await fontSize(page);
    expect(start).toBe(20);
    await larger.click();
    await expect.poll(() => fontSize(page)).toBeGreaterThan(start);
    let last = await fontSize(page);
    let presses = 0;
    while (await larger.isEnabled()) {
      await larger.click();
      presses += 1;
      await expect.poll(() => fontSize(page)).toBeGreaterThan(last);
      last = await fontSize(page);
      expect(presses).toBeLessThan(40);
    }
    expect(last).toBeGreaterThanOrEqual(64);
    expect(await root.locator('output').textContent()).toBe(`${last} px`);
    while (await smaller.isEnabled()) {
      await smaller.click();
      await expect.poll(() => fontSize(page)).toBeLessThan(last);
      last = await fontSize(page);
    }
    expect(last).toBeLessThanOrEqual(12);
    expect(await larger.isEnabled()).toBe(true);
    await page.close();
  });

  it('changes size with Ctrl+= and Ctrl+- inside the reader, closes on Escape, and remembers the size for the site after a reload', async () => {
    const page = await reader('en-plain');
    const start = await fontSize(page);
    await page.keyboard.press('Control+Equal');
    await page.keyboard.press('Control+Equal');
    await expect.poll(() => fontSize(page)).toBeGreaterThan(start);
    await page.keyboard.press('Control+Minus');
    await expect.poll(() => fontSize(page)).toBe(22);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#qari-root').count()).toBe(0);

    await page.reload();
    await openReader(env.qari, page);
    await expect.poll(() => fontSize(page)).toBe(22);
    await page.close();
  });
});

describe('strict page CSP', () => {
  it('renders styled on a page whose CSP forbids inline styles', async () => {
    const page = await reader('strict-csp');
    expect(await computed(page, '.dialog', 'position')).toBe('absolute');
    expect(await computed(page, '.dialog', 'background-color')).toBe('rgb(253, 253, 251)');
    expect(await computed(page, '.dialog', 'font-size')).toBe('16px');
    expect(await computed(page, 'article .body p', 'font-size')).toBe('20px');
    expect(await computed(page, 'article', 'max-inline-size')).toBe('720px');
    // Styled by a constructed stylesheet, not an inline <style> (which this CSP would block).
    const sheets = await page.evaluate(() => {
      const shadow = document.getElementById('qari-root')!.shadowRoot!;
      return {
        mode: shadow.querySelector<HTMLElement>('.dialog')!.dataset.styles,
        adopted: shadow.adoptedStyleSheets.length,
        styles: shadow.querySelectorAll('style').length,
      };
    });
    expect(sheets.mode).toBe('adopted');
    expect(sheets.adopted).toBeGreaterThanOrEqual(1);
    expect(sheets.styles).toBe(0);
    await page.close();
  });
});

describe('screenshots', () => {
  for (const name of ['en-plain', 'seed-ar']) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${name} in ${scheme}`, async () => {
        const page = await openFixture(env.qari, env.server, name);
        await page.emulateMedia({ colorScheme: scheme });
        await openReader(env.qari, page);
        const bg = await computed(page, '.dialog', 'background-color');
        expect(bg).toBe(scheme === 'light' ? 'rgb(253, 253, 251)' : 'rgb(28, 27, 25)');
        await page.screenshot({ path: `out/reader-${name}-${scheme}.png` });
        await page.close();
      });
    }
  }
});
