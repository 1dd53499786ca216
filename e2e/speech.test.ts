/**
 * Read-aloud in real Chromium with speech-dispatcher + espeak-ng (a private server per run, audio to ALSA's
 * null device): the Arabic sample is spoken to the end by an Arabic voice, Pause/Resume/Stop work in the
 * reader, and an English article's Arabic quote gets an Arabic voice. What was spoken is observed through
 * the status line the popup shows ("Reading sentence i of n with <voice>").
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { speechDispatcher, type SpeechDispatcher } from './speech-dispatcher';
import { useQari } from './use-qari';

let speechd: SpeechDispatcher | undefined;
const env = useQari({
  before: () => {
    speechd = speechDispatcher();
    return { args: speechd.args, env: speechd.env };
  },
  after: () => speechd?.cleanup(),
});

const LONG = { timeout: 90_000, intervals: [100, 250, 500] };

async function openArticle(name: string): Promise<Page> {
  const page = await env.qari.context.newPage();
  await page.goto(env.server.page(name));
  return page;
}

/** Record every text the popup's speech status line shows, from now on. */
async function recordStatusLine(popup: Page): Promise<() => Promise<string[]>> {
  await popup.locator('#listening [role="status"]').waitFor({ state: 'attached' });
  await popup.evaluate(`(() => {
    const line = document.querySelector('#listening [role="status"]');
    window.__lines = [];
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) window.__lines.push(n.textContent);
    }).observe(line, { childList: true, characterData: true, subtree: true });
  })()`);
  return () => popup.evaluate('window.__lines') as Promise<string[]>;
}

/** Voices named in "Reading sentence i of n with <voice>" lines. */
function voicesOf(lines: string[]): string[] {
  return [
    ...new Set(
      lines.map((l) => /^Reading sentence \d+ of \d+ with (.+)$/.exec(l)?.[1]).filter((v): v is string => !!v),
    ),
  ];
}

async function setSpeed(popup: Page, rate: number): Promise<void> {
  const slider = popup.getByRole('slider', { name: 'Speed' });
  await slider.evaluate((el, value) => {
    (el as HTMLInputElement).value = String(value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, rate);
  await expect.poll(() => slider.inputValue()).toBe(String(rate));
}

async function progressOf(bar: Locator): Promise<{ now: number; max: number }> {
  return { now: Number(await bar.getAttribute('aria-valuenow')), max: Number(await bar.getAttribute('aria-valuemax')) };
}

/** Open a fixture, press "Read aloud" in the popup at 2× and wait until the progress bar is full. */
async function readToTheEnd(name: string): Promise<{ page: Page; popup: Page; bar: Locator; voices: string[] }> {
  const page = await openArticle(name);
  const popup = await env.qari.openPopup(page);
  await setSpeed(popup, 2);
  const lines = await recordStatusLine(popup);
  await popup.getByRole('button', { name: 'Read aloud' }).click();
  const bar = popup.getByRole('progressbar', { name: 'Reading progress' });
  await expect.poll(async () => (await progressOf(bar)).max, LONG).toBeGreaterThan(5);
  await expect
    .poll(async () => {
      const p = await progressOf(bar);
      return p.now === p.max;
    }, LONG)
    .toBe(true);
  await expect.poll(() => popup.getByRole('button', { name: 'Read aloud' }).count()).toBe(1);
  return { page, popup, bar, voices: voicesOf(await lines()) };
}

describe('read aloud', () => {
  it('speaks every sentence of the Arabic sample to the end with an Arabic voice (from the popup, no reader)', async () => {
    const { page, popup, bar, voices } = await readToTheEnd('seed-ar');
    // Arabic sentences in an Arabic voice; the sample's few Latin-script leftovers ("XS SM MD LG") in English.
    expect(voices.some((v) => / — ar(-|$)/.test(v))).toBe(true);
    expect(voices.every((v) => / — (ar|en)(-|$)/.test(v))).toBe(true);
    expect(await page.locator('#qari-root').count()).toBe(0);
    // The bar stays full after the last sentence.
    const done = await progressOf(bar);
    expect(done.now).toBe(done.max);
    await popup.setViewportSize({ width: 420, height: 520 });
    await popup.screenshot({ path: 'out/speech-popup.png' });
    await popup.close();
    await page.close();
  });

  it('pauses, resumes and stops in the reader view, highlighting the sentence being read', async () => {
    const page = await openArticle('seed-ar');
    const popup = await env.qari.openPopup(page);
    await popup.getByRole('button', { name: 'Reader view' }).click();
    const reader = page.locator('#qari-root');
    await reader.locator('article').waitFor();
    await page.bringToFront();
    const controls = reader.getByRole('group', { name: 'Read aloud controls' });
    const bar = controls.getByRole('progressbar', { name: 'Reading progress' });

    // Start, then pause as soon as a sentence is being read.
    await controls.getByRole('button', { name: 'Read aloud' }).click();
    await expect.poll(() => controls.getByRole('status').textContent(), LONG).toMatch(/^Reading sentence \d+ of/);
    await controls.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => controls.getByRole('button', { name: 'Resume' }).count()).toBe(1);
    const paused = await progressOf(bar);
    expect(paused.now).toBeLessThan(paused.max);
    expect(await page.evaluate('CSS.highlights.has("qari-sentence")')).toBe(true);
    await page.screenshot({ path: 'out/speech-reader-paused.png' });

    await controls.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => controls.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await controls.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => controls.getByRole('button', { name: 'Read aloud' }).count()).toBe(1);
    expect((await progressOf(bar)).now).toBe(0);
    expect(await page.evaluate('CSS.highlights.has("qari-sentence")')).toBe(false);

    // Closing the reader stops speech (a stop rewinds to 0; reaching the end would leave the bar full).
    await controls.getByRole('button', { name: 'Read aloud' }).click();
    await controls.getByRole('button', { name: 'Pause' }).waitFor();
    await reader.getByRole('button', { name: 'Close reader view' }).click();
    const popupBar = popup.getByRole('progressbar', { name: 'Reading progress' });
    await expect.poll(() => popup.getByRole('button', { name: 'Read aloud' }).count()).toBe(1);
    expect((await progressOf(popupBar)).now).toBe(0);
    await popup.close();
    await page.close();
  });

  it('reads the Arabic quote of an English article with an Arabic voice, the rest with an English one', async () => {
    const { page, popup, voices } = await readToTheEnd('en-quote-ar');
    expect(voices.some((v) => / — ar(-|$)/.test(v))).toBe(true);
    expect(voices.some((v) => / — en(-|$)/.test(v))).toBe(true);
    expect(voices.every((v) => / — (ar|en)(-|$)/.test(v))).toBe(true);
    await popup.close();
    await page.close();
  });
});
