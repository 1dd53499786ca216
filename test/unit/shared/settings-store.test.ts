import { describe, expect, it } from 'vitest';
import { SettingsStore, type ChangeListener } from '../../../src/shared/settings-store';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

/** An in-memory storage area with change events, like `storage.local`. */
function fakeArea(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(structuredClone(initial)));
  const listeners = new Set<ChangeListener>();
  const emit = (changes: Record<string, unknown>) => listeners.forEach((l) => l(changes, 'local'));
  return {
    data,
    area: {
      async get(keys?: null | string | string[]) {
        const wanted = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
        return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
      },
      async set(items: Record<string, unknown>) {
        for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
        emit(Object.fromEntries(Object.keys(items).map((k) => [k, { newValue: items[k] }])));
      },
      async remove(keys: string | string[]) {
        for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
        emit(Object.fromEntries((Array.isArray(keys) ? keys : [keys]).map((k) => [k, {}])));
      },
    },
    changes: {
      addListener: (l: ChangeListener) => listeners.add(l),
      removeListener: (l: ChangeListener) => listeners.delete(l),
    },
  };
}

describe('SettingsStore', () => {
  it('loads defaults from empty storage', async () => {
    const { area, changes } = fakeArea();
    expect(await new SettingsStore(area, changes).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs corrupted storage field by field and removes what cannot be repaired', async () => {
    const { area, changes, data } = fakeArea({
      'pref:theme': 'dark',
      'pref:rate': 'NaN',
      'site:sizeStep:bad host': 1,
      'site:sizeStep:ok.org': 'big',
      'voice:ar': 'v',
    });
    const settings = await new SettingsStore(area, changes).repair();
    expect(settings.theme).toBe('dark');
    expect(settings.rate).toBe(1);
    expect(data.get('pref:rate')).toBe(1);
    expect(data.has('site:sizeStep:bad host')).toBe(false);
    expect(data.has('site:sizeStep:ok.org')).toBe(false);
    expect(data.get('voice:ar')).toBe('v');
  });

  it('leaves a newer schema alone on repair', async () => {
    const { area, changes, data } = fakeArea({ schemaVersion: 7, 'pref:future': { a: 1 } });
    await new SettingsStore(area, changes).repair();
    expect(data.get('schemaVersion')).toBe(7);
    expect(data.get('pref:future')).toEqual({ a: 1 });
  });

  it('two views changing different settings at once both win', async () => {
    const { area, changes } = fakeArea();
    const a = new SettingsStore(area, changes);
    const b = new SettingsStore(area, changes);
    await Promise.all([
      a.setPref('theme', 'sepia'),
      b.setPref('sizeStep', 3),
      a.setSite('x.org', { sizeStep: 2 }),
      b.setSite('x.org', { dir: 'rtl' }),
    ]);
    const s = await a.load();
    expect(s.theme).toBe('sepia');
    expect(s.sizeStep).toBe(3);
    expect(s.sites['x.org']).toEqual({ sizeStep: 2, dir: 'rtl' });
  });

  it('notifies subscribers with fresh settings', async () => {
    const { area, changes } = fakeArea();
    const store = new SettingsStore(area, changes);
    const seen = new Promise((resolve) => store.subscribe(resolve));
    await store.setPref('theme', 'dark');
    expect(await seen).toMatchObject({ theme: 'dark' });
  });

  it('follows changes in order: a slow first load that finishes after a newer one is dropped', async () => {
    const { area, changes } = fakeArea({ 'pref:sizeStep': 0 });
    // The first read is held back until released (a busy browser), later reads answer at once.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    const slowFirst = {
      ...area,
      get: async (keys?: null | string | string[]) => {
        const snapshot = await area.get(keys);
        if (reads++ === 0) await held;
        return snapshot;
      },
    };
    const store = new SettingsStore(slowFirst, changes);
    const seen: number[] = [];
    const following = store.follow((s) => seen.push(s.sizeStep));
    const changed = new Promise((resolve) => store.subscribe(resolve));
    await store.setPref('sizeStep', 1);
    await changed;
    await expect.poll(() => seen).toEqual([1]);
    release();
    await following.ready;
    expect(seen).toEqual([1]);
    following.stop();
  });

  it('stores repaired values, never invalid ones', async () => {
    const { area, changes, data } = fakeArea();
    const store = new SettingsStore(area, changes);
    expect(await store.setPref('rate', 7)).toBe(2);
    expect(data.get('pref:rate')).toBe(2);
    await store.setSite('x.org', { dir: 'auto' });
    expect([...data.keys()].some((k) => k.includes('x.org'))).toBe(false);
  });
});
