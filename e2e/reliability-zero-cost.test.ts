/**
 * Zero cost until asked: with Qari installed, loading pages runs none of Qari's code in them and injects
 * nothing — not even when the popup is opened on the tab (it only asks). The first click injects.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presence, toggleReader, untouched } from './reliability-probe';
import { useQari } from './use-qari';
import { PAGES_DIR } from './server';

const env = useQari();

describe('zero cost until asked', () => {
  it('no fixture page gets anything of Qari on load', async () => {
    for (const name of readdirSync(PAGES_DIR)) {
      const page = await env.qari.context.newPage();
      await page.goto(env.server.page(name));
      const seen = await presence(env.qari, page);
      expect(seen.error, name).toMatch(/Receiving end does not exist|Could not establish connection/);
      expect(untouched(seen), `${name}: ${JSON.stringify(seen)}`).toBe(true);
      await page.close();
    }
  });

  it('opening the popup only asks; the first click injects, and then Qari answers', async () => {
    const page = await env.qari.context.newPage();
    await page.goto(env.server.page('en-plain'));
    const popup = await env.qari.openPopup(page);
    await expect.poll(() => popup.locator('#reader-toggle').getAttribute('aria-pressed')).toBe('false');
    expect(untouched(await presence(env.qari, page))).toBe(true);

    await toggleReader(popup, true);
    const after = await presence(env.qari, page);
    expect(after.root).toBe(true);
    expect(after.answered).toBe(true);
    await toggleReader(popup, false);
    expect((await presence(env.qari, page)).root).toBe(false);
    await popup.close();
    await page.close();
  });
});
