/**
 * Firefox smoke test of read-aloud: firefox-esr (puppeteer-core over WebDriver BiDi) with a private
 * speech-dispatcher (Firefox talks to it natively; no flag needed), the popup reads the Arabic sample to the end.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchQariFirefox, type QariFirefox } from '../e2e/firefox';
import { startServer, type PageServer } from '../e2e/server';
import { speechDispatcher, type SpeechDispatcher } from '../e2e/speech-dispatcher';

let server: PageServer;
let fx: QariFirefox;
let speechd: SpeechDispatcher;

beforeAll(async () => {
  speechd = speechDispatcher();
  server = await startServer();
  fx = await launchQariFirefox({ env: speechd.env });
});

afterAll(async () => {
  await fx?.close();
  await server?.close();
  speechd?.cleanup();
});

const LONG = { timeout: 100_000, intervals: [250, 500, 1000] };

it('Firefox reads the Arabic sample to the end with an Arabic voice, from the popup', async () => {
  const page = await fx.openPage(server.page('seed-ar'));
  const popup = await fx.openPopup(page);
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
