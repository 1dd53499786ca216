/**
 * Storage in the real extension: corrupted, missing and future-version settings, written straight into
 * `storage.local` through the service worker, never stop the reader from opening. (Field-by-field repair
 * itself is unit-tested in test/unit/shared.)
 */
import { describe, expect, it } from 'vitest';
import { toggleReader } from './reliability-probe';
import { useQari } from './use-qari';

const env = useQari();

type Store = Record<string, unknown>;
type StorageApi = {
  storage: { local: { clear(): Promise<void>; set(items: Store): Promise<void>; get(keys: null): Promise<Store> } };
};

async function writeStorage(items: Store | null): Promise<void> {
  await env.qari.worker.evaluate(async (values: Store | null) => {
    const api = (globalThis as unknown as { chrome: StorageApi }).chrome;
    await api.storage.local.clear();
    if (values) await api.storage.local.set(values);
  }, items);
}

const CORRUPT: Store = {
  schemaVersion: 'one',
  'pref:sizeStep': 'huge',
  'pref:theme': 42,
  'pref:rate': Number.MAX_VALUE,
  'pref:lineHeight': null,
  'pref:width': 'wide',
  'site:sizeStep:127.0.0.1': { nested: true },
  'voice:ar': ['not', 'a', 'uri'],
  settings: '{"truncated json',
};

describe('settings in real storage', () => {
  for (const [name, items] of [
    ['corrupted', CORRUPT],
    ['missing (cleared)', null],
    [
      'from a future version',
      { schemaVersion: 99, 'pref:sizeStep': 3, 'pref:hologram': true, 'pref:theme': 'ultraviolet' },
    ],
  ] as const) {
    it(`${name} settings: the reader still opens and closes`, async () => {
      await writeStorage(items);
      const page = await env.qari.context.newPage();
      await page.goto(env.server.page('css-rtl-ar'));
      const popup = await env.qari.openPopup(page);
      await toggleReader(popup, true);
      expect(await page.locator('#qari-root article').getAttribute('dir')).toBe('rtl');
      expect(await popup.locator('#problem').isHidden()).toBe(true);
      await toggleReader(popup, false);
      await popup.close();
      await page.close();
    });
  }
});
