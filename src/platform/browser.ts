/**
 * Every context reaches the extension APIs through here. MV3 gives both browsers promise-returning APIs:
 * Firefox as `browser`, Chrome as `chrome` (webextension-polyfill's only remaining work, promise-returning
 * `onMessage` listeners, is done by `listen()` in shared/messages.ts with `sendResponse`, which both support).
 * The types are webextension-polyfill's; no polyfill code ships.
 */
import type { Browser } from 'webextension-polyfill';

export type { Runtime, Tabs, Menus } from 'webextension-polyfill';

const scope = globalThis as { browser?: Browser; chrome?: Browser };
// `runtime.id` tells the real namespace from a page element named "browser" (window's named properties).
export const browser: Browser = scope.browser?.runtime?.id ? scope.browser : scope.chrome!;
