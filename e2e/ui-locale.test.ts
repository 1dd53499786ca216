/**
 * Qari in an Arabic browser UI (real Chromium): the popup and the reader's own controls are mirrored and
 * translated, independent of the article's direction (an English article stays left-to-right), and axe-core
 * finds no WCAG 2.2 A/AA violation in either; the Hebrew and Persian UIs get the popup checks. Chromium on Linux takes its UI language from LANGUAGE/LANG (not
 * `--lang`) and needs Debian's chromium-l10n for Arabic.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchQari } from './chromium';
import { useQari } from './use-qari';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const env = useQari({ env: { LANGUAGE: 'ar', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8' } });

/** axe-core violations (id: targets) in `page`, within `selector` (its open shadow tree included). */
async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, include }) => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run(
              context: unknown,
              options: unknown,
            ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
      });
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    },
    { tags: WCAG, include: selector ?? null },
  );
  return violations;
}

/**
 * The reader toolbar at a desktop (1100px) and a phone (400px) width: Close sits at the inline end (left in an
 * RTL UI, right in an LTR one) and never alone on a row; screenshots of the toolbar go to out/.
 */
async function checkToolbar(page: Page, rtl: boolean, name: string): Promise<void> {
  const toolbar = page.locator('#qari-root .toolbar');
  await expect.poll(() => toolbar.locator('.speech-slot [role="group"]').count()).toBe(1);
  for (const width of [1100, 400]) {
    await page.setViewportSize({ width, height: 800 });
    const box = async (sel: string) => (await page.locator(`#qari-root .toolbar${sel}`).boundingBox())!;
    const [bar, size, settings, close] = [
      await box(''),
      await box(' > .qari-size'),
      await box(' > .settings-toggle'),
      await box(' > .close'),
    ];
    const where = `${name} at ${width}px`;
    // Close at the inline end: within the toolbar's padding of that edge, past the size controls.
    if (rtl) {
      expect(close.x - bar.x, where).toBeLessThan(24);
      expect(close.x, where).toBeLessThan(size.x);
    } else {
      expect(bar.x + bar.width - (close.x + close.width), where).toBeLessThan(24);
      expect(close.x + close.width, where).toBeGreaterThan(size.x + size.width);
    }
    // …and never alone on a row: the settings button shares it.
    expect(Math.abs(close.y + close.height / 2 - (settings.y + settings.height / 2)), where).toBeLessThan(
      close.height / 2,
    );
    // (Headless Chromium captures an RTL page that overflows sideways from its document origin, so over such a
    // page the narrow picture is shifted; hit-testing shows the toolbar where the boxes above say.)
    await page.screenshot({
      path: `out/reader-toolbar-${name}-${width}.png`,
      clip: { x: 0, y: 0, width, height: bar.height },
    });
  }
  await page.setViewportSize({ width: 1100, height: 800 });
}

describe('Arabic browser UI', () => {
  it('runs Chromium in Arabic (needs chromium-l10n)', async () => {
    const ui = await env.qari.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
    );
    expect(ui, "Chromium did not start in Arabic: install Debian's chromium-l10n (see .ci/run)").toMatch(/^ar\b/);
  });

  it('mirrors and translates the popup and the reader, keeps the English article LTR, and passes axe', async () => {
    const page = await env.qari.context.newPage();
    await page.goto(env.server.page('en-plain'));
    const popup = await env.qari.openPopup(page);

    const html = popup.locator('html');
    await expect.poll(() => html.getAttribute('dir')).toBe('rtl');
    expect(await html.getAttribute('lang')).toMatch(/^ar\b/);
    expect(await popup.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    const toggle = popup.getByRole('button', { name: 'عرض القراءة' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await popup.getByRole('heading', { name: 'اختصارات لوحة المفاتيح' }).count()).toBe(1);
    // Mirrored: the brand (first in the header) sits at the right edge.
    const brand = await popup.locator('.brand img').boundingBox();
    const width = await popup.evaluate(() => document.documentElement.clientWidth);
    expect(brand!.x).toBeGreaterThan(width / 2);

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => popup.locator('#facts').textContent())
      .toMatch(/^اللغة: الإنجليزية.* · من اليسار إلى اليمين · /);
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.screenshot({ path: 'out/popup-ar.png', fullPage: true });
    expect(await axeViolations(popup)).toEqual([]);

    const dialog = page.getByRole('dialog', { name: 'عرض القراءة' });
    await dialog.waitFor();
    expect(await page.locator('#qari-root [role="dialog"]').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#qari-root article').getAttribute('dir')).toBe('ltr');
    const close = page.locator('#qari-root').getByRole('button', { name: 'إغلاق عرض القراءة' });
    expect(await close.count()).toBe(1);
    await page.bringToFront();
    // Mirrored toolbar: "close" sits at the inline end, which in an RTL UI is the left edge.
    await checkToolbar(page, true, 'ar-ui');
    await page.screenshot({ path: 'out/reader-en-plain-ar-ui.png' });
    expect(await axeViolations(page, '#qari-root')).toEqual([]);

    await popup.close();
    await page.close();
  });

  it('says in Arabic when there is no article, offers to read the selection, and passes axe', async () => {
    const page = await env.qari.context.newPage();
    await page.goto(env.server.page('no-article'));
    const popup = await env.qari.openPopup(page);
    const toggle = popup.getByRole('button', { name: 'عرض القراءة' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => popup.locator('#problem-text').textContent()).toBe('لم يجد Qari مقالًا في هذه الصفحة.');
    await expect.poll(() => popup.locator('#status').textContent()).toBe('لم يجد Qari مقالًا في هذه الصفحة.');
    const readSelection = popup.getByRole('button', { name: 'قراءة النص المحدد بصوت عالٍ' });
    expect(await readSelection.isVisible()).toBe(true);
    await readSelection.click();
    await expect.poll(() => popup.locator('#hint').textContent()).toBe('حدّد نصًا في الصفحة أولًا.');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe.each([
  {
    lang: 'he',
    env: { LANGUAGE: 'he', LANG: 'he_IL.UTF-8', LC_ALL: 'he_IL.UTF-8' },
    readerView: 'תצוגת קריאה',
    language: 'ערבית',
  },
  {
    lang: 'fa',
    env: { LANGUAGE: 'fa', LANG: 'fa_IR.UTF-8', LC_ALL: 'fa_IR.UTF-8' },
    readerView: 'نمای خواندن',
    language: 'عربی',
  },
])('$lang browser UI', ({ lang, env: localeEnv, readerView, language }) => {
  it('shows the popup mirrored and translated, with the article language named in it, and passes axe', async () => {
    const browser = await launchQari({ env: localeEnv });
    try {
      const ui = await browser.worker.evaluate(() =>
        (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
      );
      expect(ui, `Chromium did not start in ${lang}: install Debian's chromium-l10n`).toMatch(
        new RegExp(`^${lang}\\b`),
      );
      const page = await browser.context.newPage();
      await page.goto(env.server.page('seed-ar'));
      const popup = await browser.openPopup(page);
      await expect.poll(() => popup.locator('html').getAttribute('dir')).toBe('rtl');
      const toggle = popup.getByRole('button', { name: readerView });
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => popup.locator('#facts').textContent()).toContain(language);
      expect(await axeViolations(popup)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('English browser UI', () => {
  it("puts the reader toolbar's Close at the right edge, even over an Arabic article", async () => {
    const english = await launchQari();
    try {
      const page = await english.context.newPage();
      await page.goto(env.server.page('seed-ar'));
      const popup = await english.openPopup(page);
      const toggle = popup.getByRole('button', { name: 'Reader view' });
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.click();
      await page.locator('#qari-root article').waitFor();
      expect(await page.locator('#qari-root [role="dialog"]').getAttribute('dir')).toBe('ltr');
      expect(await page.locator('#qari-root article').getAttribute('dir')).toBe('rtl');
      await page.bringToFront();
      await checkToolbar(page, false, 'en-ui');
    } finally {
      await english.close();
    }
  });
});
