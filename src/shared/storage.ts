/** The settings store bound to the browser's extension storage (`storage.local`). */
import { browser } from '../platform/browser';
import { SettingsStore, type ChangeEventLike, type StorageAreaLike } from './settings-store';

export const settingsStore = new SettingsStore(
  browser.storage.local as unknown as StorageAreaLike,
  browser.storage.onChanged as unknown as ChangeEventLike,
);
