/**
 * Extraction in the real browser: the hostile page executes nothing when the reader opens, and the reader view
 * renders exactly the `html` that `npm run extract` prints for the same page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractFile } from '../cli/main';
import { PAGES_DIR } from './server';
import { useQari } from './use-qari';

const env = useQari();

async function openReader(page: Page): Promise<void> {
  const popup = await env.qari.openPopup(page);
  const toggle = popup.getByRole('button', { name: 'Reader view' });
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
  await page.locator('#qari-root article .body').waitFor();
  await popup.close();
}

describe('hostile page', () => {
  it('executes nothing and loads no tracker when the reader opens', async () => {
    const page = await env.qari.context.newPage();
    await page.goto(env.server.page('hostile'));
    // The page's own script clears the flag its load-time hostile markup set, then marks itself ready.
    await page.locator('html[data-fixture-ready="1"]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => (window as unknown as { __qariPwned?: number }).__qariPwned)).toBeUndefined();
    const requestsBefore = env.server.requests.length;

    await openReader(page);
    const body = page.locator('#qari-root article .body');
    await expect.poll(() => body.textContent()).toContain('The old Eastgate tram depot');
    // Let anything the reader's markup could trigger (image errors, autofocus, toggle events) fire first.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

    expect(await page.evaluate(() => (window as unknown as { __qariPwned?: number }).__qariPwned)).toBeUndefined();
    const after = env.server.requests.slice(requestsBefore);
    expect(after.filter((path) => path.startsWith('/track'))).toEqual([]);
    const html = await body.innerHTML();
    expect(html).not.toMatch(/javascript:|\son\w+=|<script|<iframe|<object|<embed|<form|<input/i);
    await page.close();
  });
});

describe('reader view vs npm run extract', () => {
  for (const name of ['seed-ar', 'css-rtl-ar', 'en-quote-ar']) {
    it(`renders exactly the CLI's html for ${name}`, async () => {
      const url = env.server.page(name);
      const cli = extractFile(`${PAGES_DIR}/${name}/source.html`, url) as { html: string; dir: string; lang: string };
      const page = await env.qari.context.newPage();
      await page.goto(url);
      await openReader(page);
      const rendered = await page.locator('#qari-root article .body').evaluate((body, html) => {
        const expected = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body
          .innerHTML;
        return { actual: body.innerHTML, expected };
      }, cli.html);
      expect(rendered.actual).toBe(rendered.expected);
      const article = page.locator('#qari-root article');
      expect(await article.getAttribute('dir')).toBe(cli.dir);
      expect(await article.getAttribute('lang')).toBe(cli.lang);
      await page.close();
    });
  }
});
