/**
 * The only import of webextension-polyfill: every context reaches the extension APIs through here,
 * so the promise-based `browser` namespace is the same in Chrome and Firefox.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Menus } from 'webextension-polyfill';
export { browser };
