/**
 * State under stress: 50 open/close cycles give the page back byte for byte (DOM, form values, scroll, focus);
 * opening while the page is still loading works once it has loaded; after an SPA navigation (pushState + the
 * DOM replaced) the reader shows the new article. (Closing or navigating a tab mid-speech: reliability-speech.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageState, toggleReader } from './reliability-probe';
import { useQari } from './use-qari';
import { PAGES_DIR } from './server';

const env = useQari();

describe('page state', () => {
  it('50 open/close cycles leave the DOM, form values, scroll and focus identical', async () => {
    const page = await env.qari.context.newPage();
    await page.goto(env.server.page('seed-ar'));
    await page.fill('#q', 'بحث تجريبي ٥٠');
    await page.evaluate(() => window.scrollTo(0, 600));
    const before = await pageState(page);
    expect(before.scroll[1]).toBeGreaterThan(0);
    const popup = await env.qari.openPopup(page);
    for (let i = 0; i < 50; i++) {
      await toggleReader(popup, true);
      await toggleReader(popup, false);
    }
    const after = await pageState(page);
    expect(after.values).toEqual(before.values);
    expect(after.scroll).toEqual(before.scroll);
    expect(after.focus).toBe(before.focus);
    expect(after.html.length).toBe(before.html.length);
    expect(after.html === before.html, 'outerHTML byte-identical').toBe(true);
    await popup.close();
    await page.close();
  });

  it('while the page is still loading the popup says so, then opens the reader on the whole article', async () => {
    const page = await env.qari.context.newPage();
    await page.goto(env.server.slowPage('en-plain'), { waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => document.readyState)).toBe('loading');
    const popup = await env.qari.openPopup(page);
    await expect.poll(() => popup.locator('#problem').textContent()).toContain('still loading');
    expect(await popup.locator('#reader-toggle').isVisible()).toBe(false);
    env.server.release();
    await popup.locator('#reader-toggle').click();
    await popup.waitForFunction(
      () => document.getElementById('reader-toggle')?.getAttribute('aria-pressed') === 'true',
      null,
      { timeout: 60_000 },
    );
    const expected = JSON.parse(readFileSync(join(PAGES_DIR, 'en-plain', 'expected.json'), 'utf8')) as {
      mustContain: string[];
    };
    const text = (await page.locator('#qari-root article').textContent()) ?? '';
    for (const line of expected.mustContain) expect(text).toContain(line);
    await toggleReader(popup, false);
    await popup.close();
    await page.close();
  });

  it('after an SPA navigation (pushState + new DOM) the reader shows the new article', async () => {
    const page = await env.qari.context.newPage();
    await page.goto(env.server.page('en-plain'));
    const popup = await env.qari.openPopup(page);
    await toggleReader(popup, true);
    const first = await page.locator('#qari-root h1').textContent();
    await toggleReader(popup, false);

    const next = readFileSync(join(PAGES_DIR, 'he', 'source.html'), 'utf8');
    await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', '/pages/en-plain/next-story');
      document.title = doc.title;
      document.documentElement.lang = doc.documentElement.lang;
      document.documentElement.dir = doc.documentElement.dir;
      document.body.replaceWith(document.adoptNode(doc.body));
    }, next);
    await toggleReader(popup, true);
    const expected = JSON.parse(readFileSync(join(PAGES_DIR, 'he', 'expected.json'), 'utf8')) as {
      mustContain: string[];
      title: string;
    };
    const text = (await page.locator('#qari-root article .body').textContent()) ?? '';
    for (const line of expected.mustContain) expect(text).toContain(line);
    expect(text).not.toContain('Bempton');
    expect(await page.locator('#qari-root article').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#qari-root article').getAttribute('lang')).toMatch(/^he\b/);
    // This SPA, like many, left the old article's <head> metadata (og:title, author, published time) in place:
    // the title and byline come from the page as it is now, not from there (src/extract/stale-head.ts).
    expect(await page.locator('#qari-root h1').textContent()).not.toBe(first);
    expect(await page.locator('#qari-root h1').textContent()).toBe(expected.title);
    expect((await page.locator('#qari-root article').textContent()) ?? '').not.toContain('Daniel Whitcombe');
    await toggleReader(popup, false);
    await popup.close();
    await page.close();
  });
});
