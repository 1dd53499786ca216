/**
 * Firefox smoke test of read-aloud: firefox-esr (puppeteer-core over WebDriver BiDi) with a private
 * speech-dispatcher (Firefox talks to it natively; no flag needed), the popup reads the Arabic sample to the end,
 * and the reader's Voice select is usable with espeak-ng's hundreds of variants.
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
  const attr = (name: string) =>
    popup.evaluate(
      `document.querySelector('#listening [role="progressbar"]')?.getAttribute('${name}') ?? ''`,
    ) as Promise<string>;
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
  await popup.evaluate(
    `[...document.querySelectorAll('#listening button')].find((b) => b.textContent === 'Read aloud').click()`,
  );
  await expect.poll(async () => Number(await attr('aria-valuemax')), LONG).toBeGreaterThan(5);
  await expect.poll(async () => (await attr('aria-valuenow')) === (await attr('aria-valuemax')), LONG).toBe(true);
  const lines = (await popup.evaluate('window.__lines')) as string[];
  const voices = [...new Set(lines.map((l) => /^Reading sentence \d+ of \d+ with (.+)$/.exec(l)?.[1]).filter(Boolean))];
  expect(voices.some((v) => / — ar(-|$)/.test(v!))).toBe(true);
  expect(voices.every((v) => / — (ar|en)(-|$)/.test(v!))).toBe(true);
});

it('Firefox: the reader\'s Voice select puts main voices first, variants under "More voices", the chosen name whole', async () => {
  const page = await env.qari.openPage(env.server.page('en-plain'));
  const popup = await env.qari.openPopup(page);
  const toggle = await popup.waitForSelector('::-p-aria([name="Reader view"][role="button"])');
  await toggle!.click();
  await popup.waitForSelector('#reader-toggle[aria-pressed="true"]');
  await popup.close();
  // Speech is loaded on first use: the reader's Read aloud button brings in the speech room and its Voice select.
  await page.evaluate(() =>
    document.getElementById('qari-root')?.shadowRoot?.querySelector<HTMLButtonElement>('.speech-slot button')?.click(),
  );
  const menu = () =>
    page.evaluate(() => {
      const select = document
        .getElementById('qari-root')
        ?.shadowRoot?.querySelector<HTMLSelectElement>('.qari-speech select');
      if (!select) return null;
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(select).font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = select.selectedOptions[0]?.textContent ?? '';
      select.getRootNode().appendChild(probe);
      const text = probe.getBoundingClientRect().width;
      probe.remove();
      return {
        main: [...select.children].filter((c) => c.tagName === 'OPTION').map((o) => o.textContent ?? ''),
        groups: [...select.querySelectorAll('optgroup')].map((g) => [g.label, g.children.length] as const),
        text,
        width: select.clientWidth,
      };
    });
  await expect.poll(async () => (await menu())?.main.length ?? 0, LONG).toBeGreaterThan(1);
  const found = (await menu())!;
  console.log(
    `[measure] Firefox voice select: ${found.main.length} main voices, groups ${JSON.stringify(found.groups)}; chosen ${found.text.toFixed(0)}px in ${found.width}px`,
  );
  expect(found.main.some((label: string) => label.includes('+'))).toBe(false);
  expect(found.main[0]).toMatch(/\bGreat Britain\b|en-GB/);
  expect(found.width).toBeGreaterThan(found.text + 16);
  await page.evaluate(() =>
    document.getElementById('qari-root')?.shadowRoot?.querySelector<HTMLButtonElement>('.qari-speech .stop')?.click(),
  );
  await page.close();
});
