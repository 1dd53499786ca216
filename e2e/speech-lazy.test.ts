/**
 * Speech is a room of its own, loaded on first use: opening the reader injects the content script only; the
 * speech script arrives when the user first asks for read-aloud (here the reader's own Read aloud button),
 * and then the reader's controls are the real ones. Observed with the DevTools protocol's `scriptParsed`
 * events, which list every script that runs in the page, the extension's isolated world included.
 */
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { openFixture, openReader } from './reader-helpers';
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

/** Every script URL parsed in `page` from now on. */
async function scriptsOf(page: Page): Promise<{ urls: string[]; session: CDPSession }> {
  const session = await env.qari.context.newCDPSession(page);
  const urls: string[] = [];
  session.on('Debugger.scriptParsed', (event: { url: string }) => void (event.url && urls.push(event.url)));
  await session.send('Debugger.enable');
  return { urls, session };
}

const isContent = (url: string): boolean => /\/content-script\.js$/.test(url);
const isSpeech = (url: string): boolean => /\/speech-script\.js$/.test(url);

describe('speech loaded on first use', () => {
  it('opens the reader without any speech code, and loads it when Read aloud is pressed', async () => {
    const page = await openFixture(env.qari, env.server, 'seed-ar');
    const { urls } = await scriptsOf(page);
    await openReader(env.qari, page);
    await expect.poll(() => urls.some(isContent)).toBe(true);
    expect(urls.filter(isSpeech)).toEqual([]);

    const root = page.locator('#qari-root');
    // Until then the speech controls are plain markup: one Read aloud button, no speed or voice (the stand-ins that
    // keep their room are hidden, inert and aria-hidden: not in the accessibility tree).
    const slot = root.locator('.speech-slot');
    await expect.poll(() => slot.getByRole('button').count()).toBe(1);
    expect(await slot.getByRole('combobox').count()).toBe(0);
    expect(await slot.getByRole('slider').count()).toBe(0);

    await root.getByRole('button', { name: 'Read aloud' }).click();
    await expect.poll(() => urls.some(isSpeech), { timeout: 30_000 }).toBe(true);
    // The room's controls replaced the placeholder and speech runs: the button now pauses.
    await expect.poll(() => root.getByRole('button', { name: 'Pause' }).count(), { timeout: 30_000 }).toBe(1);
    expect(await root.locator('.speech-slot input[type="range"]').count()).toBe(1);
    await root.getByRole('button', { name: 'Stop' }).click();

    // Closing and reopening the reader keeps the one speech room: it is not injected twice.
    await root.getByRole('button', { name: 'Close reader view' }).click();
    await expect.poll(() => page.locator('#qari-root').count()).toBe(0);
    await openReader(env.qari, page);
    await expect.poll(() => root.locator('.speech-slot input[type="range"]').count()).toBe(1);
    expect(urls.filter(isSpeech)).toHaveLength(1);
    await page.close();
  });
});
