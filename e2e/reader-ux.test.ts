/**
 * The reader's everyday use in real Chromium (issue #14): the keyboard reaches the toolbar first, the toolbar
 * keeps its height when reading starts and says "Paused", the Voice select is usable with espeak-ng's hundreds
 * of variants and shows the chosen voice whole, an honest message when the browser reports no voice at all
 * (Chromium on Linux without --enable-speech-dispatcher), isolated text-size glyphs and arrows that point
 * where their buttons are under an Arabic UI, script fonts with a matching Latin companion, Nastaliq headings
 * with room, the page's own <header> left unstyled, and failed images hidden.
 * Measurements are printed (`[measure] …`) for the report.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchQari, type QariBrowser } from './chromium';
import { startServer, type PageServer } from './server';
import { speechDispatcher, type SpeechDispatcher } from './speech-dispatcher';

let server: PageServer;
let qari: QariBrowser;
let speechd: SpeechDispatcher;

beforeAll(async () => {
  mkdirSync('out', { recursive: true });
  speechd = speechDispatcher();
  server = await startServer();
  qari = await launchQari({ args: speechd.args, env: speechd.env });
});

afterAll(async () => {
  await qari?.close();
  await server?.close();
  speechd?.cleanup();
});

const LONG = { timeout: 60_000, intervals: [100, 250, 500] };
let opened = 0;

/** Open `name` in `browser` and its reader view from the popup (by the button's accessible name). */
async function openReader(
  browser: QariBrowser,
  name: string,
  readerView = 'Reader view',
  before?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await browser.context.newPage();
  await before?.(page);
  opened += 1;
  await page.goto(`${server.page(name)}?ux=${opened}`);
  const popup = await browser.openPopup(page);
  await popup.getByRole('button', { name: readerView }).click();
  await page.locator('#qari-root article').waitFor();
  await popup.close();
  await page.bringToFront();
  return page;
}

/** What has focus inside the reader: tag, class and accessible text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.getElementById('qari-root')?.shadowRoot?.activeElement as HTMLElement | null;
    if (!active) return `page:${document.activeElement?.tagName ?? ''}`;
    return `${active.tagName.toLowerCase()}.${active.className}:${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 40)}`;
  });
}

const toolbarHeight = (page: Page) =>
  page.evaluate(
    () => document.getElementById('qari-root')!.shadowRoot!.querySelector('.toolbar')!.getBoundingClientRect().height,
  );
const articleTop = (page: Page) =>
  page.evaluate(
    () => document.getElementById('qari-root')!.shadowRoot!.querySelector('article')!.getBoundingClientRect().top,
  );

describe('keyboard', () => {
  it('reaches Read aloud in a few Tabs, the article one Shift+Tab away, and Escape closes and returns focus', async () => {
    const page = await openReader(qari, 'en-plain', 'Reader view', async (p) => {
      // A link-rich article (as on Wikipedia): 3 links in each paragraph; the page's first link has focus.
      await p.addInitScript(() =>
        addEventListener('DOMContentLoaded', () => {
          let n = 0;
          for (const paragraph of document.querySelectorAll('article p')) {
            for (let i = 0; i < 3; i += 1)
              paragraph.append(
                ' ',
                Object.assign(document.createElement('a'), {
                  href: `/wiki/term-${(n += 1)}`,
                  textContent: `term ${n}`,
                }),
              );
          }
          document.querySelector<HTMLElement>('a')?.focus();
        }),
      );
    });
    const root = page.locator('#qari-root');
    await root.getByRole('button', { name: 'Read aloud' }).waitFor();
    let tabs = 0;
    while (!(await focused(page)).includes('Read aloud') && tabs < 200) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    console.log(`[measure] Tab presses from opening to Read aloud: ${tabs}`);
    expect(tabs).toBeLessThanOrEqual(6);
    // The article is one stop before the toolbar: Shift+Tab from the first control lands on it, and it scrolls.
    await root.locator('.toolbar button').first().focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatch(/^main\.scroller/);
    await page.keyboard.press('PageDown');
    await expect
      .poll(() =>
        page.evaluate(() => document.getElementById('qari-root')!.shadowRoot!.querySelector('.scroller')!.scrollTop),
      )
      .toBeGreaterThan(0);
    // Tab from the last toolbar control walks into the article's links, then wraps round to the article.
    const order: string[] = [];
    await root.getByRole('button', { name: 'Close reader view' }).focus();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
      if (order.at(-1)!.startsWith('main.scroller')) break;
    }
    expect(order[0]).toMatch(/^a\./);
    expect(order.at(-1)).toMatch(/^main\.scroller/);
    await page.keyboard.press('Escape');
    await expect.poll(() => root.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.close();
  });
});

/**
 * Speech is a second script, loaded the first time it is asked for: press the reader's Read aloud placeholder,
 * wait for the room's controls (its Stop button), and stop, so the test starts from idle full controls.
 */
async function loadSpeech(page: Page): Promise<void> {
  const slot = page.locator('#qari-root .speech-slot');
  await slot.locator('button.play').click();
  await slot.locator('button.stop').waitFor({ timeout: 30_000 });
  await slot.locator('button.stop').click();
}

describe('read-aloud toolbar', () => {
  it('keeps its height and the article in place when speech loads and reading starts, and says Paused when paused', async () => {
    const page = await openReader(qari, 'en-plain');
    // Before speech is loaded: the placeholder, which must already take the full controls' room.
    const placeholder = { height: await toolbarHeight(page), top: await articleTop(page) };
    await loadSpeech(page);
    const controls = page.locator('#qari-root').getByRole('group', { name: 'Read aloud controls' });
    await expect.poll(() => controls.locator('select option').count()).toBeGreaterThan(1);
    const before = { height: await toolbarHeight(page), top: await articleTop(page) };
    await controls.getByRole('button', { name: 'Read aloud' }).click();
    await expect.poll(() => controls.getByRole('status').textContent(), LONG).toMatch(/^Reading sentence \d+ of/);
    const reading = { height: await toolbarHeight(page), top: await articleTop(page) };
    await page.screenshot({ path: 'out/reader-ux-reading.png', clip: { x: 0, y: 0, width: 1100, height: 200 } });
    console.log(
      `[measure] toolbar height placeholder ${placeholder.height}px, idle ${before.height}px, reading ${reading.height}px; ` +
        `article top ${placeholder.top} → ${before.top} → ${reading.top}`,
    );
    expect(Math.abs(before.height - placeholder.height)).toBeLessThanOrEqual(1);
    expect(Math.abs(before.top - placeholder.top)).toBeLessThanOrEqual(1);
    expect(Math.abs(reading.height - before.height)).toBeLessThanOrEqual(1);
    expect(Math.abs(reading.top - before.top)).toBeLessThanOrEqual(1);
    await controls.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => controls.getByRole('status').textContent()).toMatch(/^Paused/);
    expect(Math.abs((await toolbarHeight(page)) - before.height)).toBeLessThanOrEqual(1);
    await controls.getByRole('button', { name: 'Stop' }).click();
    await page.close();
  });

  it('lists the main voices of the article\'s language first, variants under "More voices", and shows the chosen name whole', async () => {
    const page = await openReader(qari, 'en-plain');
    await loadSpeech(page);
    const select = page.locator('#qari-root .qari-speech select');
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(10);
    const list = await select.evaluate((el: HTMLSelectElement) => ({
      top: [...el.children].filter((c) => c.tagName === 'OPTION').map((o) => o.textContent ?? ''),
      groups: [...el.querySelectorAll('optgroup')].map((g) => ({
        label: g.label,
        count: g.children.length,
        first: g.children[0]?.textContent ?? '',
      })),
      chosen: el.selectedOptions[0]?.textContent ?? '',
    }));
    console.log(
      `[measure] voice select: ${list.top.length} main voices, groups ${JSON.stringify(list.groups.map((g) => [g.label, g.count]))}; chosen "${list.chosen}"`,
    );
    // Main (plain) voices first: no espeak-ng "+variant" among them; the variants in one "More voices" group.
    expect(list.top.length).toBeGreaterThan(0);
    expect(list.top.length).toBeLessThan(30);
    expect(list.top.some((label) => label.includes('+'))).toBe(false);
    // The article is en-GB: the British voice first, chosen.
    expect(list.top[0]).toMatch(/^English \(Great Britain\) espeak-ng/);
    expect(list.chosen).toBe(list.top[0]);
    expect(list.groups.map((g) => g.label)).toEqual(['More voices']);
    expect(list.groups[0]!.count).toBeGreaterThan(100);
    // The chosen voice's name is not cut: the select is at least as wide as its text.
    const fits = await select.evaluate((el: HTMLSelectElement) => {
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(el).font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = el.selectedOptions[0]?.textContent ?? '';
      el.getRootNode().appendChild(probe);
      const text = probe.getBoundingClientRect().width;
      probe.remove();
      return { text, select: el.clientWidth };
    });
    console.log(`[measure] chosen voice text ${fits.text.toFixed(0)}px in a select of ${fits.select}px`);
    expect(fits.select).toBeGreaterThan(fits.text + 16);
    await page.close();
  });
});

describe('no voice at all (Chromium without --enable-speech-dispatcher)', () => {
  it('never shows Pause or a countdown, and names the flag instead of advising to install what is installed', async () => {
    const mute = await launchQari();
    try {
      const page = await openReader(mute, 'en-plain');
      const controls = page.locator('#qari-root').getByRole('group', { name: 'Read aloud controls' });
      expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
      await controls.getByRole('button', { name: 'Read aloud' }).click();
      const seen = new Set<string>();
      const started = Date.now();
      let message = '';
      while (Date.now() - started < 40_000) {
        const play = (await controls.locator('button.play').textContent()) ?? '';
        const left = (await controls.locator('.left').textContent()) ?? '';
        seen.add(`play=${play} left=${left}`);
        message = (await controls.getByRole('status').textContent()) ?? '';
        if (/enable-speech-dispatcher/.test(message)) break;
        await page.waitForTimeout(250);
      }
      console.log(`[measure] no-voice states: ${[...seen].join(' | ')}; final: ${message}`);
      expect([...seen].some((s) => s.includes('play=Pause'))).toBe(false);
      expect([...seen].some((s) => /left=\S/.test(s))).toBe(false);
      expect(message).toMatch(/no voices/i);
      expect(message).toContain('--enable-speech-dispatcher');
      expect(message).not.toMatch(/No English voice is installed/);
      await page.close();
    } finally {
      await mute.close();
    }
  });
});

describe('Arabic browser UI', () => {
  let arabic: QariBrowser;
  beforeAll(async () => {
    arabic = await launchQari({
      args: speechd.args,
      env: { ...speechd.env, LANGUAGE: 'ar' },
    });
  });
  afterAll(async () => {
    await arabic?.close();
  });

  /** x of the first occurrence of each character of `chars` inside `node`'s text. */
  const charX = (button: Locator, chars: string[]) =>
    button.evaluate((node, wanted) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      const at: Record<string, number> = {};
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const ch of wanted) {
          const i = text.textContent!.indexOf(ch);
          if (i < 0 || ch in at) continue;
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + ch.length);
          at[ch] = range.getBoundingClientRect().x;
        }
      }
      return at;
    }, chars);

  it('shows the text-size buttons as "A−" and "A+", and points each sentence arrow where its button is', async () => {
    for (const name of ['en-plain', 'seed-ar']) {
      const page = await openReader(arabic, name, 'عرض القراءة');
      const root = page.locator('#qari-root');
      for (const cls of ['qari-smaller', 'qari-larger']) {
        const glyph = cls === 'qari-smaller' ? '−' : '+';
        const at = await charX(root.locator(`button.${cls}`), ['A', glyph]);
        expect(at.A, `${name} ${cls}`).toBeLessThan(at[glyph]!);
      }
      await loadSpeech(page);
      await root.locator('.qari-speech button.previous').waitFor();
      const prev = (await root.locator('.qari-speech button.previous').boundingBox())!;
      const next = (await root.locator('.qari-speech button.next').boundingBox())!;
      const prevText = await root.locator('.qari-speech button.previous').textContent();
      const nextText = await root.locator('.qari-speech button.next').textContent();
      // In the Arabic UI, Previous sits to the right of Next: its arrow points right, Next's left.
      expect(prev.x, name).toBeGreaterThan(next.x);
      expect([prevText, nextText], name).toEqual(['→', '←']);
      await page.screenshot({
        path: `out/reader-ux-ar-ui-${name}.png`,
        clip: { x: 0, y: 0, width: 1100, height: 160 },
      });
      await page.close();
    }
  });
});

/** The families the browser really used for the text directly inside `selector` (Chrome DevTools protocol). */
async function usedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const handle = await cdp.send('Runtime.evaluate', {
    expression: `document.getElementById('qari-root').shadowRoot.querySelector(${JSON.stringify(selector)})`,
  });
  const { nodeId } = await cdp.send('DOM.requestNode', { objectId: handle.result.objectId! });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

/** Put a Latin phrase inside the article's first paragraph (as a name or a brand often is). */
const addLatin = (page: Page) =>
  page.evaluate(() => {
    const p = document.getElementById('qari-root')!.shadowRoot!.querySelector('article .body p')!;
    const span = document.createElement('span');
    span.id = 'latin-probe';
    span.textContent = 'Reuters Kinneret Authority';
    p.append(' ', span, ' ');
  });

describe('typography', () => {
  it("sets Latin words in Arabic and Hebrew text in the script font's Latin companion", async () => {
    for (const [name, companion] of [
      ['seed-ar', 'Noto Serif'],
      ['he', 'Noto Sans'],
    ] as const) {
      const page = await openReader(qari, name);
      await addLatin(page);
      const fonts = await usedFonts(page, '#latin-probe');
      console.log(`[measure] ${name}: Latin words set in ${fonts.join(', ')}`);
      // (Spaces may come from the script font; every letter from the companion, none from another fallback.)
      expect(
        fonts.filter((f) => !/^Noto (Naskh Arabic|Sans Hebrew|Serif Hebrew)$/.test(f)),
        name,
      ).toEqual([companion]);
      await page.close();
    }
  });

  it('gives Nastaliq headings their own line height', async () => {
    const page = await openReader(qari, 'ur');
    const h1 = await page.evaluate(() => {
      const el = document.getElementById('qari-root')!.shadowRoot!.querySelector('article h1')!;
      const style = getComputedStyle(el);
      return { lineHeight: parseFloat(style.lineHeight), fontSize: parseFloat(style.fontSize) };
    });
    console.log(`[measure] Urdu h1 line height ${(h1.lineHeight / h1.fontSize).toFixed(2)}`);
    expect(h1.lineHeight / h1.fontSize).toBeGreaterThanOrEqual(1.8);
    await page.close();
  });

  it("styles only Qari's own header: a <header> inside the page's article body gets no rule or band", async () => {
    const page = await openReader(qari, 'he', 'Reader view', async (p) => {
      // The page's article has a header of its own inside its text (as many Hebrew news sites do).
      await p.addInitScript(() =>
        addEventListener('DOMContentLoaded', () => {
          const paragraph = document.querySelector('article p:nth-of-type(2)') ?? document.querySelectorAll('p')[3];
          const header = document.createElement('header');
          header.innerHTML = '<p>כותרת ביניים של הכתבה עצמה, בתוך גוף הטקסט, שנשארת חלק מהכתבה</p>';
          paragraph?.after(header);
        }),
      );
    });
    const styles = await page.evaluate(() => {
      const root = document.getElementById('qari-root')!.shadowRoot!;
      return [...root.querySelectorAll('article header')].map((h) => ({
        own: !h.closest('.body'),
        border: getComputedStyle(h).borderBottomWidth,
        pad: getComputedStyle(h).paddingBottom,
      }));
    });
    expect(styles.filter((s) => s.own).map((s) => s.border)).toEqual(['1px']);
    const inner = styles.filter((s) => !s.own);
    expect(inner.length).toBeGreaterThan(0);
    for (const s of inner) expect([s.border, s.pad]).toEqual(['0px', '0px']);
    await page.close();
  });
});

describe('broken media', () => {
  it('hides images that fail to load, shows a meaningful alt in their place, and leaves no empty space over a caption', async () => {
    const page = await openReader(qari, 'en-plain', 'Reader view', async (p) => {
      // Two figures whose images are missing: one with a meaningful alt, one without (decorative).
      await p.addInitScript(() =>
        addEventListener('DOMContentLoaded', () => {
          const first = document.querySelector('.article-text p:nth-of-type(2)');
          const figure = (src: string, alt: string, caption: string) => {
            const fig = document.createElement('figure');
            const img = Object.assign(document.createElement('img'), { src, alt, width: 640, height: 360 });
            fig.append(img, Object.assign(document.createElement('figcaption'), { textContent: caption }));
            return fig;
          };
          first?.after(
            figure(
              '/missing/harbour.png',
              'Map of the harbour and the lighthouse',
              'The harbour in 1890, before the breakwater was built.',
            ),
            figure(
              '/missing/texture.png',
              '',
              'Volunteers at work in the lantern room during the second winter of the restoration.',
            ),
          );
        }),
      );
    });
    const figures = () =>
      page.evaluate(() =>
        [...document.getElementById('qari-root')!.shadowRoot!.querySelectorAll('article figure')]
          .filter((fig) => fig.querySelector('img[src*="/missing/"]'))
          .map((fig) => {
            const img = fig.querySelector('img')!;
            const shown = fig.querySelector('.qari-alt');
            return {
              img:
                getComputedStyle(img).display === 'none'
                  ? 'hidden'
                  : `${img.getBoundingClientRect().width}x${img.getBoundingClientRect().height}`,
              alt: shown
                ? `${getComputedStyle(shown, '::before').content} ${shown.getAttribute('role')}:${shown.getAttribute('aria-label')}`
                : null,
              gap: Math.round(
                fig.querySelector('figcaption')!.getBoundingClientRect().top -
                  fig.getBoundingClientRect().top -
                  (shown?.getBoundingClientRect().height ?? 0),
              ),
            };
          }),
      );
    // Images are lazy: one below the fold of the reader's scroller is fetched (and fails) once scrolled to.
    await page.evaluate(async () => {
      for (const img of document
        .getElementById('qari-root')!
        .shadowRoot!.querySelectorAll<HTMLElement>('article img[src*="/missing/"]')) {
        img.closest('figure')!.scrollIntoView();
        await new Promise((done) => setTimeout(done, 300));
      }
    });
    // Both are hidden once they fail (Chromium shows a broken-image icon and the alt inline for the first, and an
    // empty line over the caption for the second).
    await expect.poll(async () => (await figures()).map((f) => f.img)).toEqual(['hidden', 'hidden']);
    const [withAlt, without] = await figures();
    console.log(`[measure] broken images: ${JSON.stringify(await figures())}`);
    // The alt is generated text (the body's own text, which sentence highlights count in, stays the page's).
    expect(withAlt!.alt).toBe('"Map of the harbour and the lighthouse" img:Map of the harbour and the lighthouse');
    expect(without!.alt).toBeNull();
    // No empty space over either caption (beyond the alt line's own margins).
    expect(withAlt!.gap).toBeLessThan(24);
    expect(without!.gap).toBeLessThan(4);
    await page.locator('#qari-root article').screenshot({ path: 'out/reader-ux-broken-images.png' });
    await page.close();
  });
});
