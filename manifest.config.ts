/**
 * One manifest source for the three builds:
 *  - chrome:  the shipped Chrome build (service worker background)
 *  - firefox: the shipped Firefox build (event-page background, gecko settings)
 *  - test:    the Chrome build plus host access to the local fixture server, because `activeTab`
 *             cannot be granted under automation. Never shipped.
 *  - firefox-test: the Firefox build plus the same host access, for the Firefox browser tests. Never shipped.
 */
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox' | 'test' | 'firefox-test';
export const TARGETS: readonly Target[] = ['chrome', 'firefox', 'test', 'firefox-test'];

/** The targets that run Firefox's flavour of the manifest (event page, gecko settings). */
export const isFirefox = (target: Target): boolean => target === 'firefox' || target === 'firefox-test';
/** Test builds: local fixture server access, never shipped. */
export const isTestBuild = (target: Target): boolean => target === 'test' || target === 'firefox-test';
export const TEST_HOSTS = ['http://127.0.0.1/*'];

/** Every permission a shipped build may request, and why (kept in sync with the README). */
export const SHIPPED_PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus'] as const;

export const FIREFOX_SETTINGS = {
  gecko: {
    id: 'qari@qari.example',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

const icons = { 16: 'icons/qari-16.png', 32: 'icons/qari-32.png', 48: 'icons/qari-48.png', 128: 'icons/qari-128.png' };

export function manifestFor(target: Target) {
  const firefox = isFirefox(target);
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Qari',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons,
    action: { default_title: '__MSG_actionTitle__', default_popup: 'src/popup/index.html', default_icon: icons },
    background: firefox
      ? { scripts: ['src/background/index.ts'], type: 'module' }
      : { service_worker: 'src/background/index.ts', type: 'module' },
    permissions: [...SHIPPED_PERMISSIONS],
    ...(isTestBuild(target) ? { host_permissions: TEST_HOSTS } : {}),
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
      'toggle-speech': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandToggleSpeech__',
      },
    },
    ...(firefox ? { browser_specific_settings: FIREFOX_SETTINGS } : { minimum_chrome_version: '116' }),
  } as Parameters<typeof defineManifest>[0]);
}
