/**
 * Firefox smoke test of read-aloud: firefox-esr (puppeteer-core over WebDriver BiDi) with a private
 * speech-dispatcher (Firefox talks to it natively; no flag needed), the popup reads the Arabic sample to the end.
 */
import { expect, it } from 'vitest';
import { speechDispatcher, type SpeechDispatcher } from '../e2e/speech-dispatcher';
import { useQari } from './use-qari';

let speechd: SpeechDispatcher | undefined;
const env = useQari({
  before: () => {
    speechd = speechDispatcher();
    return { env: speechd.env };
  },
  after: () => speechd?.cleanup(),
});

const LONG = { timeout: 100_000, intervals: [250, 500, 1000] };

it('Firefox reads the Arabic sample to the end with an Arabic voice, from the popup', async () => {
  const page = await env.qari.openPage(env.server.page('seed-ar'));
  const popup = await env.qari.openPopup(page);
  const attr = (name: string) => popup.evaluate(`document.querySelector('#listening [role="progressbar"]')?.getAttribute('${name}') ?? ''`) as Promise<string>;
  // The listening controls mount once the popup knows the tab's state.
  await expect.poll(() => popup.evaluate(`Boolean(document.querySelector('#listening [role="status"]'))`)).toBe(true);
  await popup.evaluate(`(() => {
    const line = document.querySelector('#listening [role="status"]');
    window.__lines = [];
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) window.__lines.push(n.textContent);
    }).observe(line, { childList: true, subtree: true });
    const slider = document.querySelector('#listening input[type="range"]');
    slider.value = '2';
    slider.dispatchEvent(new Event('change', { bubbles: true }));
  })()`);
  await popup.evaluate(`[...document.querySelectorAll('#listening button')].find((b) => b.textContent === 'Read aloud').click()`);
  await expect.poll(async () => Number(await attr('aria-valuemax')), LONG).toBeGreaterThan(5);
  await expect.poll(async () => (await attr('aria-valuenow')) === (await attr('aria-valuemax')), LONG).toBe(true);
  const lines = (await popup.evaluate('window.__lines')) as string[];
  const voices = [...new Set(lines.map((l) => /^Reading sentence \d+ of \d+ with (.+)$/.exec(l)?.[1]).filter(Boolean))];
  expect(voices.some((v) => / — ar(-|$)/.test(v!))).toBe(true);
  expect(voices.every((v) => / — (ar|en)(-|$)/.test(v!))).toBe(true);
});
