/**
 * An in-memory stand-in for the `browser` namespace, for jsdom and node tests. test/support/setup-browser.ts
 * (a setup file of the `unit` and `dom` projects) puts it behind `src/platform/browser` for every test file: a
 * fresh `fakeBrowser()` per file unless the file installs its own with `installBrowser`. i18n answers from the
 * real merged catalogue (English by default), storage behaves like `storage.local` (with change events), and
 * messaging records what was sent.
 */
import { catalogue, type Catalogue } from '../../scripts/locales';
import type { Dir } from '../../src/text/direction';

type Listener = (...args: unknown[]) => unknown;

function event() {
  const listeners = new Set<Listener>();
  return {
    listeners,
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
    hasListener: (l: Listener) => listeners.has(l),
    emit: (...args: unknown[]) => [...listeners].map((l) => l(...args)),
  };
}

/** Chrome's getMessage: named placeholders, then $1…$9 substitutions. */
export function formatMessage(messages: Catalogue, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : whole;
  });
}

export function fakeBrowser(options: { locale?: string; dir?: Dir; storage?: Record<string, unknown> } = {}) {
  const locale = options.locale ?? 'en';
  const messages = catalogue(locale);
  const data = new Map<string, unknown>(Object.entries(structuredClone(options.storage ?? {})));
  const onChanged = event();
  const onMessage = event();
  const sent: unknown[] = [];
  const changes = (keys: string[], next: (k: string) => unknown) =>
    onChanged.emit(Object.fromEntries(keys.map((k) => [k, { newValue: next(k) }])), 'local');
  return {
    sent,
    i18n: {
      getMessage(key: string, substitutions?: string | string[]) {
        if (key === '@@bidi_dir') return options.dir ?? (['ar', 'he', 'fa', 'ur'].includes(locale) ? 'rtl' : 'ltr');
        if (key === '@@ui_locale') return locale;
        return formatMessage(messages, key, substitutions);
      },
      getUILanguage: () => locale,
      detectLanguage: async () => ({ isReliable: false, languages: [] }),
    },
    storage: {
      local: {
        async get(keys?: null | string | string[]) {
          const wanted = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
          return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
        },
        async set(items: Record<string, unknown>) {
          for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
          changes(Object.keys(items), (k) => items[k]);
        },
        async remove(keys: string | string[]) {
          const list = Array.isArray(keys) ? keys : [keys];
          for (const k of list) data.delete(k);
          changes(list, () => undefined);
        },
      },
      onChanged,
    },
    runtime: {
      id: 'qari-test',
      onMessage,
      async sendMessage(message: unknown) {
        sent.push(message);
      },
      getURL: (path: string) => `chrome-extension://qari-test/${path.replace(/^\//, '')}`,
    },
    tabs: {
      async sendMessage() {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    },
  };
}

/** Where the installed fake lives: on the global, so it outlives `vi.resetModules()` (the popup tests reload main.ts). */
const SLOT = Symbol.for('qari.test.browser');
type Slot = { [SLOT]?: object };

/**
 * Make `fake` the `browser` that Qari's code sees through `src/platform/browser`, from now until the end of the
 * test file (or the next call). Code reads it at each property access, so install before importing a module
 * that registers listeners at load (the background script), and at any time otherwise. Returns `fake`.
 */
export function installBrowser<T extends object>(fake: T): T {
  (globalThis as Slot)[SLOT] = fake;
  return fake;
}

/** The installed fake: the one `installBrowser` was given, else a default `fakeBrowser()` made on first use. */
export function installedBrowser(): object {
  return ((globalThis as Slot)[SLOT] ??= fakeBrowser());
}

/** Forget the installed fake (the setup file calls this before each test file). */
export function resetBrowser(): void {
  delete (globalThis as Slot)[SLOT];
}

/** What `src/platform/browser` exports as `browser` in tests: every property read goes to the installed fake. */
export const browserProxy: object = new Proxy(
  {},
  {
    get: (_, key) => Reflect.get(installedBrowser(), key),
    has: (_, key) => Reflect.has(installedBrowser(), key),
  },
);
