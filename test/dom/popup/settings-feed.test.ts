/** The popup's sections read the popup's one settings feed: once it has loaded, a section shows the saved settings as it mounts. */
import { describe, expect, it, vi } from 'vitest';
import type { TabStatus } from '../../../src/shared/messages';

vi.mock('../../../src/platform/browser', async () => ({
  browser: (await import('../../support/fake-browser')).fakeBrowser({
    storage: { 'pref:rate': 1.5, 'pref:theme': 'sepia', 'site:sizeStep:news.test': 3 },
  }),
}));

const { mountListening } = await import('../../../src/popup/listening');
const { mountReading } = await import('../../../src/popup/reading-section');
const { IDLE_SPEECH } = await import('../../../src/shared/messages');
const { settingsStore } = await import('../../../src/shared/storage');

const status: TabStatus = {
  reader: 'closed',
  article: null,
  problem: null,
  speech: { ...IDLE_SPEECH },
  host: 'news.test',
};

describe('popup sections and the settings feed', () => {
  it('show the saved speed, theme and site size at once, with no load of their own', async () => {
    const feed = settingsStore.feed();
    await feed.ready;
    document.body.innerHTML = '<section id="reading"></section><section id="listening"></section>';
    mountReading(document.getElementById('reading')!, feed, () => 'en')(status);
    mountListening(document.getElementById('listening')!, 1, feed)(status);
    // Synchronously: nothing waits for storage.
    expect(document.querySelector<HTMLInputElement>('#listening input[type="range"]')!.value).toBe('1.5');
    expect(document.querySelector<HTMLSelectElement>('#reading-theme')!.value).toBe('sepia');
    expect(document.querySelector('#reading output')!.textContent).toBe('27 px');
    feed.stop();
  });
});
