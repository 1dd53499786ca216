/**
 * Speech never outlives its page: reading a long article aloud (real Chromium, speech-dispatcher + espeak-ng),
 * then closing the tab — or navigating it elsewhere — leaves nothing speaking anywhere in the browser, and
 * nothing starts again afterwards. "Speaking" is asked of the browser itself (e2e/tts-probe.ts): a page's own
 * `speechSynthesis.speaking` does not see another tab's speech.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { speechDispatcher, type SpeechDispatcher } from './speech-dispatcher';
import { ttsProbe, type TtsProbe } from './tts-probe';
import { useQari } from './use-qari';

let speechd: SpeechDispatcher | undefined;
let probe: TtsProbe;
const env = useQari({
  before: () => {
    speechd = speechDispatcher();
    probe = ttsProbe();
    return { args: speechd.args, env: speechd.env, extraExtensions: [probe.path] };
  },
  after: () => {
    speechd?.cleanup();
    probe?.cleanup();
  },
});

const LONG = { timeout: 90_000, intervals: [100, 250, 500] };
const speaking = () => probe.isSpeaking(env.qari.context);
let opened = 0;

/** A tab reading a long article aloud (the English fixture's article twenty times over), well under way. */
async function readingAloud(): Promise<Page> {
  const page = await env.qari.context.newPage();
  await page.goto(`${env.server.page('en-plain')}?speech=${++opened}`);
  await page.evaluate(() => {
    const article = document.querySelector('article') ?? document.body;
    const paragraphs = [...article.querySelectorAll('p')];
    for (let i = 0; i < 20; i++) for (const p of paragraphs) article.append(p.cloneNode(true));
  });
  const popup = await env.qari.openPopup(page);
  await popup.getByRole('button', { name: 'Read aloud' }).click();
  // The third sentence being read: speech is under way, moving from one sentence to the next.
  const status = popup.locator('#listening [role="status"]');
  await expect
    .poll(
      async () => Number(/^Reading sentence (\d+) of (\d+)/.exec((await status.textContent()) ?? '')?.[1] ?? 0),
      LONG,
    )
    .toBeGreaterThanOrEqual(3);
  const total = Number(/ of (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(300);
  await popup.close();
  // Still speaking with the popup gone: the tab reads on its own.
  await expect.poll(speaking, LONG).toBe(true);
  return page;
}

/**
 * Nothing is speaking, and nothing starts again: another page's short utterance goes through the browser's
 * speech queue from start to end (a still-running reader would hold the queue or queue its next sentence,
 * and its `cancel()` before each sentence would interrupt this one), and after it the browser is silent.
 */
async function expectSilence(other: Page): Promise<void> {
  await expect.poll(speaking, LONG).toBe(false);
  await other.evaluate(() => {
    const w = window as unknown as { probeEvents: string[]; probeUtterance: SpeechSynthesisUtterance };
    w.probeEvents = [];
    const u = new SpeechSynthesisUtterance('One more sentence.');
    u.onstart = () => w.probeEvents.push('start');
    u.onend = () => w.probeEvents.push('end');
    u.onerror = (event) => w.probeEvents.push(`error:${event.error}`);
    w.probeUtterance = u; // Chrome drops the events of an utterance nobody references.
    speechSynthesis.speak(u);
  });
  await expect
    .poll(() => other.evaluate(() => (window as unknown as { probeEvents: string[] }).probeEvents.join(' ')), LONG)
    .toBe('start end');
  expect(await other.evaluate(() => speechSynthesis.speaking)).toBe(false);
  expect(await speaking()).toBe(false);
}

describe('speech and the page lifetime', () => {
  it('closing a tab mid-speech leaves nothing speaking', async () => {
    const other = await env.qari.context.newPage();
    await other.goto(env.server.page('he'));
    const page = await readingAloud();
    await page.close();
    await expectSilence(other);
    await other.close();
  });

  it('navigating a tab elsewhere mid-speech leaves nothing speaking', async () => {
    const other = await env.qari.context.newPage();
    await other.goto(env.server.page('he'));
    const page = await readingAloud();
    await page.goto(env.server.page('ur'));
    await expectSilence(other);
    await page.close();
    await other.close();
  });
});
