/**
 * The popup in real Chromium, at its own width (opened as a tab sized like the popup, targeting a page the way
 * the other tests do):
 * - it fits: ≤ 600px tall (Chrome's cap) in every state — article, reader open, reading, no article (also while
 *   reading the selection), restricted, loading — in the English, Arabic, Hebrew and Persian UIs, with Reader view,
 *   Read aloud and their feedback (the sentence, the speech status line) inside the first 600px; one width in
 *   every state; no select narrower than its longest choice; the reading settings behind a disclosure that
 *   remembers whether it was open;
 * - no dead buttons: without an article the sentence, Reader view (same answer again) and the reading settings,
 *   and the selection offer instead of an article read-aloud; on a restricted page (view-source:, browser pages)
 *   the sentence at once and no button;
 * - the same number before and after: the popup shows the text size the reader will use for the page's script,
 *   or the size step when it cannot know the script yet.
 * Heights are written to out/popup-fit.json, pictures to out/popup-fit-*.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchQari, type QariBrowser } from './chromium';
import { startServer, type PageServer } from './server';
import { speechDispatcher, type SpeechDispatcher } from './speech-dispatcher';

/** The popup's width (src/popup/popup.css: body inline-size 22.5rem) and Chrome's cap on a popup's height. */
const POPUP_WIDTH = 360;
const MAX_HEIGHT = 600;
const LONG = { timeout: 30_000 };

let server: PageServer;
let speechd: SpeechDispatcher;
const heights: Record<string, number> = {};

beforeAll(async () => {
  mkdirSync('out', { recursive: true });
  speechd = speechDispatcher();
  server = await startServer();
});

afterAll(async () => {
  writeFileSync('out/popup-fit.json', JSON.stringify(heights, null, 2) + '\n');
  await server?.close();
  speechd?.cleanup();
});

// LANGUAGE alone sets Chromium's UI locale. An LC_ALL/LANG the machine has not generated (ar_EG.UTF-8 here) also
// keeps Chromium from listing speech-dispatcher's voices, which made the "while reading" step flaky.
const UIS: { lang: string; env: Record<string, string>; readerView: string; readAloud: string }[] = [
  { lang: 'en', env: {}, readerView: 'Reader view', readAloud: 'Read aloud' },
  {
    lang: 'ar',
    env: { LANGUAGE: 'ar' },
    readerView: 'عرض القراءة',
    readAloud: 'اقرأ بصوت عالٍ',
  },
  {
    lang: 'he',
    env: { LANGUAGE: 'he' },
    readerView: 'תצוגת קריאה',
    readAloud: 'הקראה',
  },
  {
    lang: 'fa',
    env: { LANGUAGE: 'fa' },
    readerView: 'نمای خواندن',
    readAloud: 'بلندخوانی',
  },
];

async function launch(env: Record<string, string>): Promise<QariBrowser> {
  return launchQari({ args: speechd.args, env: { ...speechd.env, ...env } });
}

let opened = 0;
async function openPage(qari: QariBrowser, url: string): Promise<Page> {
  const page = await qari.context.newPage();
  opened += 1;
  await page.goto(`${url}?fit=${opened}`, { waitUntil: 'commit' });
  return page;
}

/** The popup for the tab `tabId`, in a tab as wide as the popup and as tall as Chrome lets a popup be. */
async function popupFor(qari: QariBrowser, tabId: number): Promise<Page> {
  const popup = await qari.context.newPage();
  await popup.setViewportSize({ width: POPUP_WIDTH, height: MAX_HEIGHT });
  await popup.goto(`chrome-extension://${qari.extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.locator('#status').waitFor({ state: 'attached' });
  return popup;
}

/** A tab the browser opens itself (view-source:, chrome://): its id, from Qari's worker. */
async function browserTab(qari: QariBrowser, url: string): Promise<number> {
  return qari.worker.evaluate(async (target: string) => {
    const api = (globalThis as unknown as { chrome: { tabs: { create(p: object): Promise<{ id: number }> } } }).chrome;
    return (await api.tabs.create({ url: target, active: false })).id;
  }, url);
}

interface Fit {
  /** document.documentElement.scrollHeight in a 600px-tall viewport (600 when the content is shorter). */
  scrollHeight: number;
  /** The popup's own content height (what Chrome sizes the popup to). */
  content: number;
  width: number;
  scrollWidth: number;
  /** Bottom edge (document coordinates) of each part that must be seen without scrolling, when shown. */
  bottoms: Record<string, number | null>;
}

/** Measure the popup in its current state; record and check it. */
async function checkFit(popup: Page, label: string): Promise<Fit> {
  await popup.evaluate(() => document.fonts.ready);
  const fit = await popup.evaluate(() => {
    const bottom = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el || !(el as HTMLElement).checkVisibility()) return null;
      return Math.ceil(el.getBoundingClientRect().bottom + scrollY);
    };
    return {
      scrollHeight: document.documentElement.scrollHeight,
      content: Math.ceil(document.body.getBoundingClientRect().height),
      width: Math.round(document.body.getBoundingClientRect().width),
      scrollWidth: document.documentElement.scrollWidth,
      bottoms: {
        sentence: bottom('#problem'),
        readerView: bottom('#reader-toggle'),
        readAloud: bottom('#listening .qari-speech .play'),
        speechStatus: bottom('#listening .qari-speech [role="status"]'),
        progress: bottom('#listening .qari-speech .progress'),
        readSelection: bottom('#read-selection'),
      },
    };
  });
  heights[label] = fit.content;
  await popup.screenshot({ path: `out/popup-fit-${label}.png`, fullPage: true });
  expect(fit.scrollHeight, `${label}: popup height`).toBeLessThanOrEqual(MAX_HEIGHT);
  expect(fit.content, `${label}: popup content height`).toBeLessThanOrEqual(MAX_HEIGHT);
  expect(fit.width, `${label}: popup width`).toBe(POPUP_WIDTH);
  expect(fit.scrollWidth, `${label}: nothing wider than the popup`).toBeLessThanOrEqual(POPUP_WIDTH);
  expect(await selectsCut(popup), `${label}: selects cut short`).toEqual([]);
  for (const [part, bottom] of Object.entries(fit.bottoms)) {
    if (bottom !== null)
      expect(bottom, `${label}: ${part} within the first ${MAX_HEIGHT}px`).toBeLessThanOrEqual(MAX_HEIGHT);
  }
  return fit;
}

/**
 * No shown select cuts its text short (no "Same as syst"): a reading setting is at least as wide as its longest
 * choice; the voice select (whose choices are the system's voices) as wide as the voice it shows, unless that
 * name is longer than the popup is wide.
 */
async function selectsCut(popup: Page): Promise<string[]> {
  return popup.evaluate(() => {
    const cut: string[] = [];
    for (const select of document.querySelectorAll('select')) {
      if (!select.checkVisibility()) continue;
      // The same select at its natural width (as wide as its longest option), under the same styles.
      const twin = select.cloneNode(true) as HTMLSelectElement;
      if (!select.closest('#reading'))
        twin.replaceChildren(...[...twin.options].filter((o) => o.value === select.value).slice(0, 1));
      twin.style.cssText =
        'position: absolute; inline-size: auto; min-inline-size: 0; max-inline-size: none; flex: none;';
      select.after(twin);
      const natural = twin.getBoundingClientRect().width;
      twin.remove();
      const width = select.getBoundingClientRect().width;
      // A voice's name comes from the system: one longer than the whole row is cut, nothing shorter.
      const row = select.closest('#reading')
        ? Infinity
        : (select.parentElement?.getBoundingClientRect().width ?? Infinity);
      if (width + 0.5 < Math.min(natural, row))
        cut.push(
          `${select.id || select.name || select.parentElement?.textContent}: ${width.toFixed(0)}px < ${natural.toFixed(0)}px`,
        );
    }
    return cut;
  });
}

/** Every button a user can see is usable (no dead, disabled-without-a-word button). */
async function deadButtons(popup: Page): Promise<string[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('button')]
      .filter((b) => b.checkVisibility() && b.disabled && !b.closest('.qari-speech, .qari-size'))
      .map((b) => b.textContent ?? b.id),
  );
}

const settingsSummary = (popup: Page) => popup.locator('#reading > summary');
const sizeValue = (popup: Page) => popup.locator('#reading output').textContent();

describe.each(UIS)('the popup fits ($lang UI)', ({ lang, env, readerView, readAloud }) => {
  let qari: QariBrowser;
  beforeAll(async () => {
    qari = await launch(env);
    const ui = await qari.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
    );
    expect(ui, `Chromium did not start in ${lang}: install Debian's chromium-l10n`).toMatch(new RegExp(`^${lang}\\b`));
  });
  afterAll(async () => {
    await qari?.close();
  });

  it('on an article: before and with the reader open, while reading, with the settings collapsed', async () => {
    for (const name of ['seed-ar', 'en-plain']) {
      const page = await openPage(qari, server.page(name));
      await page.waitForLoadState('load');
      const popup = await popupFor(qari, await qari.tabId(page));
      const toggle = popup.getByRole('button', { name: readerView, exact: true });
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
      await popup.locator('#reading output').waitFor({ state: 'attached' });
      // Collapsed by default: the summary is shown, the settings are not.
      expect(await popup.locator('#reading').getAttribute('open')).toBeNull();
      expect(await settingsSummary(popup).isVisible()).toBe(true);
      expect(await popup.locator('#reading select').first().isVisible()).toBe(false);
      await checkFit(popup, `${lang}-${name}-article`);

      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => popup.locator('#facts').isVisible()).toBe(true);
      await checkFit(popup, `${lang}-${name}-reader-open`);

      await popup.getByRole('button', { name: readAloud, exact: true }).click();
      await expect.poll(() => popup.locator('#listening .play').getAttribute('aria-pressed'), LONG).toBe('true');
      await expect.poll(() => popup.locator('#listening [role="status"]').textContent(), LONG).not.toBe('');
      await checkFit(popup, `${lang}-${name}-reading`);
      await popup.locator('#listening .stop').click();
      await expect.poll(() => popup.locator('#listening .play').getAttribute('aria-pressed')).toBe('false');
      await popup.close();
      await page.close();
    }
  });

  it('without an article: the sentence, Reader view again, the settings, and reading the selection', async () => {
    const page = await openPage(qari, server.page('no-article'));
    await page.waitForLoadState('load');
    const popup = await popupFor(qari, await qari.tabId(page));
    const toggle = popup.getByRole('button', { name: readerView, exact: true });
    await toggle.click();
    await expect.poll(() => popup.locator('#selection-offer').isVisible()).toBe(true);
    const sentence = await popup.locator('#problem-text').textContent();
    expect(sentence).not.toBe('');
    // What can help stays: Reader view (full width) and every reading setting; read-aloud of an article cannot.
    expect(await toggle.isVisible()).toBe(true);
    const [button, main] = [await toggle.boundingBox(), await popup.locator('#controls').boundingBox()];
    expect(button!.width).toBeCloseTo(main!.width, 0);
    expect(await settingsSummary(popup).isVisible()).toBe(true);
    expect(await popup.locator('#listening').isVisible()).toBe(false);
    expect(await deadButtons(popup)).toEqual([]);
    await checkFit(popup, `${lang}-no-article`);

    // Pressing Reader view again gives the same answer, announced again.
    await popup.evaluate(() => (document.getElementById('status')!.textContent = ''));
    await toggle.click();
    await expect.poll(() => popup.locator('#status').textContent()).toBe(sentence);
    expect(await popup.locator('#problem-text').textContent()).toBe(sentence);
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.isEnabled()).toBe(true);

    // Reading the selection: its Pause, progress and status line appear within the first 600px.
    await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('h1')!));
    await popup.locator('#read-selection').click();
    await expect.poll(() => popup.locator('#listening').isVisible(), LONG).toBe(true);
    await expect.poll(() => popup.locator('#listening [role="status"]').textContent(), LONG).not.toBe('');
    await checkFit(popup, `${lang}-no-article-reading-selection`);
    await popup.close();
    await page.close();
  });

  it('on a restricted page: the sentence at once, and no button that cannot work', async () => {
    for (const [name, url] of [
      ['view-source', `view-source:${server.page('en-plain')}`],
      ['browser-page', 'chrome://version/'],
    ] as const) {
      const tabId = await browserTab(qari, url);
      const popup = await popupFor(qari, tabId);
      await expect.poll(() => popup.locator('#problem-text').textContent()).not.toBe('');
      expect(await popup.locator('#status').textContent()).toBe(await popup.locator('#problem-text').textContent());
      expect(await popup.getByRole('button', { name: readerView, exact: true }).isVisible()).toBe(false);
      expect(await popup.locator('#listening').isVisible()).toBe(false);
      expect(await popup.locator('#reading').isVisible()).toBe(false);
      expect(await deadButtons(popup)).toEqual([]);
      await checkFit(popup, `${lang}-restricted-${name}`);
      await popup.close();
    }
  });

  it('on a loading page', async () => {
    const page = await qari.context.newPage();
    await page.goto(server.slowPage('en-plain'), { waitUntil: 'commit' });
    // Just committed: the browser may not list the tab under its new address yet.
    let tabId = -1;
    await expect.poll(async () => (tabId = await qari.tabId(page).catch(() => -1))).toBeGreaterThan(-1);
    const popup = await popupFor(qari, tabId);
    await expect.poll(() => popup.locator('#problem').isVisible()).toBe(true);
    expect(await popup.locator('#reader-toggle').isVisible()).toBe(false);
    await checkFit(popup, `${lang}-loading`);
    server.release();
    await expect.poll(() => popup.locator('#reader-toggle').isVisible(), LONG).toBe(true);
    await popup.close();
    await page.close();
  });

  it('keeps the actions in view with the settings open, with no select cut short, and remembers the disclosure', async () => {
    const page = await openPage(qari, server.page('seed-ar'));
    await page.waitForLoadState('load');
    const tabId = await qari.tabId(page);
    let popup = await popupFor(qari, tabId);
    await settingsSummary(popup).click();
    await popup.locator('#reading select').first().waitFor();
    expect(await selectsCut(popup)).toEqual([]);
    const fit = await popup.evaluate(() => ({
      readerView: document.getElementById('reader-toggle')!.getBoundingClientRect().bottom,
      readAloud: document.querySelector('#listening .play')!.getBoundingClientRect().bottom,
      width: document.body.getBoundingClientRect().width,
    }));
    expect(fit.readerView).toBeLessThanOrEqual(MAX_HEIGHT);
    expect(fit.readAloud).toBeLessThanOrEqual(MAX_HEIGHT);
    expect(fit.width).toBe(POPUP_WIDTH);
    await popup.screenshot({ path: `out/popup-fit-${lang}-settings-open.png`, fullPage: true });
    await popup.close();

    // Opened again: still open; closed, then opened again: closed.
    popup = await popupFor(qari, tabId);
    await expect.poll(() => popup.locator('#reading select').first().isVisible()).toBe(true);
    await settingsSummary(popup).click();
    await expect.poll(() => popup.locator('#reading select').first().isVisible()).toBe(false);
    await popup.close();
    popup = await popupFor(qari, tabId);
    await popup.locator('#reading output').waitFor({ state: 'attached' });
    expect(await popup.locator('#reading').getAttribute('open')).toBeNull();
    await popup.close();
    await page.close();
  });
});

describe('the same text size before and after the reader opens', () => {
  let qari: QariBrowser;
  beforeAll(async () => {
    qari = await launch({});
  });
  afterAll(async () => {
    await qari?.close();
  });

  /** The popup's size before the reader opens, the reader's own, the reader's font size, and the popup's after. */
  async function sizes(name: string) {
    const page = await openPage(qari, server.page(name));
    await page.waitForLoadState('load');
    const popup = await popupFor(qari, await qari.tabId(page));
    await popup.locator('#reading output').waitFor({ state: 'attached' });
    await expect.poll(() => sizeValue(popup)).not.toBe('');
    const before = await sizeValue(popup);
    await popup.locator('#reader-toggle').click();
    await page.locator('#qari-root article').waitFor();
    await expect.poll(() => popup.locator('#reader-toggle').getAttribute('aria-pressed')).toBe('true');
    const reader = await page.locator('#qari-root output').textContent();
    const fontPx = await page.evaluate(() => {
      const p = document.getElementById('qari-root')!.shadowRoot!.querySelector('article .body p')!;
      return `${parseFloat(getComputedStyle(p).fontSize)} px`;
    });
    await expect.poll(() => sizeValue(popup)).toBe(reader);
    const after = await sizeValue(popup);
    await popup.close();
    await page.close();
    return { before, reader, fontPx, after };
  }

  it('an Arabic page (declared lang): 22 px in the popup, as in the reader', async () => {
    const s = await sizes('seed-ar');
    expect(s).toEqual({ before: '22 px', reader: '22 px', fontPx: '22 px', after: '22 px' });
  });

  it('an English page: 20 px before and after', async () => {
    const s = await sizes('en-plain');
    expect(s).toEqual({ before: '20 px', reader: '20 px', fontPx: '20 px', after: '20 px' });
  });

  it('a page that does not declare its language: the size step until Qari has read it, never a wrong number', async () => {
    const s = await sizes('css-rtl-ar');
    expect(s.before).toBe('Default');
    expect(s.after).toBe(s.reader);
    expect(s.fontPx).toBe(s.reader);
  });
});
