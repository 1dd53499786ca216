/**
 * A thin adapter between settings (pure, settings.ts) and an extension storage area. The area is injected,
 * so tests drive it with an in-memory fake; `storage.ts` binds it to `browser.storage.local`.
 */
import {
  DEFAULT_PREFS,
  fromRecord,
  normalizePrefs,
  normalizeSite,
  PREF_PREFIX,
  SCHEMA_VERSION,
  SITE_PREFIX,
  siteKey,
  toRecord,
  VERSION_KEY,
  VOICE_PREFIX,
  type Prefs,
  type Settings,
  type SiteSettings,
  type StoredRecord,
} from './settings';

export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<StoredRecord>;
  set(items: StoredRecord): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type ChangeListener = (changes: Record<string, unknown>, areaName: string) => void;
export interface ChangeEventLike {
  addListener(listener: ChangeListener): void;
  removeListener(listener: ChangeListener): void;
}

const OWN_KEY = (key: string) =>
  key === VERSION_KEY || key === 'settings' || [PREF_PREFIX, SITE_PREFIX, VOICE_PREFIX].some((p) => key.startsWith(p));

/** Settings as one context sees them: the latest value, the first load, and every change after it. */
export interface SettingsFeed {
  /** The store behind the feed, for writing (`setPref`, `setSite`, `setVoice`). */
  readonly store: SettingsStore;
  /** Resolves with the first settings loaded. */
  readonly ready: Promise<Settings>;
  /** The latest settings; null only before the first load has landed. */
  current(): Settings | null;
  /** Hear every settings change from now on. Returns an unsubscribe. */
  onChange(listener: (settings: Settings) => void): () => void;
  /** Stop following storage (the context is going away). */
  stop(): void;
}

export class SettingsStore {
  constructor(
    private readonly area: StorageAreaLike,
    private readonly changes: ChangeEventLike,
    private readonly areaName = 'local',
  ) {}

  /** Current settings; a storage failure yields the defaults rather than an error. */
  async load(): Promise<Settings> {
    try {
      return fromRecord(await this.area.get(null));
    } catch {
      return fromRecord({});
    }
  }

  /**
   * Rewrite storage in the current schema: migrate, repair every field, drop what cannot be repaired.
   * Keys of a newer schema than ours are left alone (a downgrade must not destroy a later version's data).
   */
  async repair(): Promise<Settings> {
    const stored = await this.area.get(null);
    const settings = fromRecord(stored);
    const version = typeof stored[VERSION_KEY] === 'number' ? (stored[VERSION_KEY] as number) : 0;
    if (version > SCHEMA_VERSION) return settings;
    const record = toRecord(settings);
    const stale = Object.keys(stored).filter((key) => OWN_KEY(key) && !(key in record));
    await this.area.set(record);
    if (stale.length) await this.area.remove(stale);
    return settings;
  }

  async setPref<K extends keyof Prefs>(key: K, value: Prefs[K]): Promise<Prefs[K]> {
    const repaired = normalizePrefs({ ...DEFAULT_PREFS, [key]: value })[key];
    await this.area.set({ [PREF_PREFIX + key]: repaired });
    return repaired;
  }

  /**
   * Set fields of one site's overrides; a field that is `undefined` or its default ('auto' direction) is
   * removed. Each field is its own key, so concurrent changes to one site never lose each other.
   */
  async setSite(host: string, patch: Partial<SiteSettings>): Promise<void> {
    const repaired = normalizeSite(patch) ?? {};
    const set: StoredRecord = {};
    const remove: string[] = [];
    for (const field of Object.keys(patch) as (keyof SiteSettings)[]) {
      if (repaired[field] !== undefined) set[siteKey(host, field)] = repaired[field];
      else remove.push(siteKey(host, field));
    }
    if (Object.keys(set).length) await this.area.set(set);
    if (remove.length) await this.area.remove(remove);
  }

  async setVoice(lang: string, voiceURI: string | null): Promise<void> {
    const key = VOICE_PREFIX + lang;
    if (voiceURI) await this.area.set({ [key]: voiceURI });
    else await this.area.remove(key);
  }

  /**
   * Load the settings now AND follow their changes, in order: each load is numbered, and one that finishes
   * after a later one is dropped, so a slow initial load can never overwrite a change made meanwhile (a press
   * on "Larger text" before the view's first load resolved). `ready` resolves once the first settings are shown.
   */
  follow(listener: (settings: Settings) => void): { ready: Promise<void>; stop(): void } {
    let issued = 0;
    let shown = 0;
    const refresh = () => {
      const n = ++issued;
      return this.load().then((settings) => {
        if (n < shown) return;
        shown = n;
        listener(settings);
      });
    };
    const stop = this.onOwnChange(() => void refresh());
    return { ready: refresh(), stop };
  }

  /**
   * The one way a context reads settings: a feed made once at the context's entry and passed down. It follows
   * storage from the moment it is made (one ordered stream, see `follow`); `current()` is null only until the
   * first load lands, `ready` resolves with those first settings, and `onChange` listeners hear every later set.
   */
  feed(): SettingsFeed {
    let latest: Settings | null = null;
    const listeners = new Set<(settings: Settings) => void>();
    let resolveReady!: (settings: Settings) => void;
    const ready = new Promise<Settings>((resolve) => (resolveReady = resolve));
    const following = this.follow((settings) => {
      const first = latest === null;
      latest = settings;
      if (first) resolveReady(settings);
      for (const listener of listeners) listener(settings);
    });
    return {
      store: this,
      ready,
      current: () => latest,
      onChange(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      stop: () => following.stop(),
    };
  }

  /** Call `listener` with fresh settings whenever any of Qari's keys change. Returns an unsubscribe. */
  subscribe(listener: (settings: Settings) => void): () => void {
    return this.onOwnChange(() => void this.load().then(listener));
  }

  /** Call `callback` whenever any of Qari's keys change in this area. Returns an unsubscribe. */
  private onOwnChange(callback: () => void): () => void {
    const onChanged: ChangeListener = (changes, areaName) => {
      if (areaName === this.areaName && Object.keys(changes).some(OWN_KEY)) callback();
    };
    this.changes.addListener(onChanged);
    return () => this.changes.removeListener(onChanged);
  }
}
