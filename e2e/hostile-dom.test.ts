/**
 * Hostile pages in the real browser. A page may sabotage its own DOM prototypes (content scripts run in an
 * isolated world, so this must not reach Qari — tested anyway), remove or replace `#qari-root`, or call
 * `speechSynthesis.cancel()` in a loop. Qari must not crash: the reader opens, the popup shows the tab's real
 * state, and reopening works.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toggleReader } from './reliability-probe';
import { useQari } from './use-qari';

const env = useQari();

async function open(name: string): Promise<Page> {
  const page = await env.qari.context.newPage();
  await page.goto(env.server.page(name));
  return page;
}

const readerTitle = (page: Page) => page.locator('#qari-root h1').textContent();
const pressed = (popup: Page) => popup.locator('#reader-toggle').getAttribute('aria-pressed');

describe('hostile pages', () => {
  it('a page that sabotages DOM prototypes in its own world does not break the reader', async () => {
    const page = await open('en-plain');
    await page.evaluate(() => {
      const boom = () => {
        throw new Error('sabotaged by the page');
      };
      Object.defineProperty(Element.prototype, 'attachShadow', { value: null, configurable: true, writable: true });
      Node.prototype.appendChild = boom as never;
      Node.prototype.insertBefore = boom as never;
      Element.prototype.append = boom as never;
      Element.prototype.setAttribute = boom as never;
      Document.prototype.createElement = boom as never;
      Array.prototype.map = function () {
        return [];
      } as never;
      Array.from = boom as never;
      JSON.parse = boom as never;
      window.getComputedStyle = boom as never;
      (window as unknown as { DOMParser: unknown }).DOMParser = boom;
      Object.defineProperty(window, 'scrollTo', { value: boom });
    });
    const popup = await env.qari.openPopup(page);
    await toggleReader(popup, true);
    await expect.poll(async () => ((await readerTitle(page)) ?? '').trim().length).toBeGreaterThan(10);
    expect(((await page.locator('#qari-root article').textContent()) ?? '').length).toBeGreaterThan(200);
    await toggleReader(popup, false);
    await expect.poll(() => page.locator('#qari-root').count()).toBe(0);
    await toggleReader(popup, true);
    await toggleReader(popup, false);
    await popup.close();
    await page.close();
  });

  it('a page that removes #qari-root: the popup tells the truth, and reopening works', async () => {
    const page = await open('en-plain');
    await page.evaluate(() => {
      const observer = new MutationObserver(() => document.getElementById('qari-root')?.remove());
      observer.observe(document.body, { childList: true });
      (window as unknown as { stopHostility: () => void }).stopHostility = () => observer.disconnect();
    });
    const popup = await env.qari.openPopup(page);
    await popup.locator('#reader-toggle').click();
    await expect.poll(() => page.locator('#qari-root').count()).toBe(0);
    // A fresh popup asks the tab: the reader is not open.
    const again = await env.qari.openPopup(page);
    await expect.poll(() => pressed(again)).toBe('false');
    await page.evaluate(() => (window as unknown as { stopHostility: () => void }).stopHostility());
    await toggleReader(again, true);
    expect(await page.locator('#qari-root').count()).toBe(1);
    await toggleReader(again, false);
    expect(await page.evaluate(() => document.querySelectorAll('[inert]').length)).toBe(0);
    await popup.close();
    await again.close();
    await page.close();
  });

  it('a page that replaces #qari-root with its own element: reopening replaces it back', async () => {
    const page = await open('he');
    const popup = await env.qari.openPopup(page);
    await toggleReader(popup, true);
    await page.evaluate(() => {
      const fake = document.createElement('div');
      fake.id = 'qari-root';
      fake.textContent = 'fake';
      document.getElementById('qari-root')!.replaceWith(fake);
    });
    const again = await env.qari.openPopup(page);
    await expect.poll(() => pressed(again)).toBe('false');
    await toggleReader(again, true);
    expect(await page.locator('#qari-root').count()).toBe(1);
    expect(await page.evaluate(() => document.getElementById('qari-root')!.shadowRoot !== null)).toBe(true);
    await toggleReader(again, false);
    await expect.poll(() => page.locator('#qari-root').count()).toBe(0);
    await popup.close();
    await again.close();
    await page.close();
  });

  it('a page that calls speechSynthesis.cancel() in a loop does not stop the reader', async () => {
    const page = await open('seed-ar');
    await page.evaluate(() => {
      setInterval(() => speechSynthesis.cancel(), 1);
    });
    const popup = await env.qari.openPopup(page);
    await toggleReader(popup, true);
    expect(await page.locator('#qari-root article').getAttribute('dir')).toBe('rtl');
    await toggleReader(popup, false);
    await toggleReader(popup, true);
    await toggleReader(popup, false);
    await popup.close();
    await page.close();
  });
});
