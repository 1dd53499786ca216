/**
 * How the popup and the background reach a tab: ask first (never inject just to look), inject the content
 * script on demand when the user acts, and turn every failure into a plain, translated sentence.
 */
// The two content bundles, as crxjs builds them (`?script&iife`: their output paths). Importing them here is
// how the extension pages learn those paths; no content code is bundled into this one (see eslint.config.js).
import contentScript from '../content/content-script.ts?script&iife';
import speechScript from '../content/speech/speech-script.ts?script&iife';
import { browser } from '../platform/browser';
import { t } from './i18n';
import { IDLE_SPEECH, MessageError, sendToTab, type Name, type TabProtocol, type TabStatus } from './messages';

const RESTRICTED_SCHEMES =
  /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|jar|data|blob|javascript):/i;
const STORE_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com/webstore',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com/addons',
];

/** True for pages no extension may script: browser pages, extension stores, PDF viewers, view-source. */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  if (RESTRICTED_SCHEMES.test(url)) return true;
  const bare = url.replace(/^https?:\/\//i, '');
  if (STORE_HOSTS.some((host) => bare.startsWith(host))) return true;
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}

/** A status for a tab where Qari has not run yet (nothing injected). */
export function closedStatus(url?: string): TabStatus {
  let host: string;
  try {
    host = url ? new URL(url).host : '';
  } catch {
    host = '';
  }
  return { reader: 'closed', article: null, problem: null, speech: { ...IDLE_SPEECH }, host };
}

export function restrictedStatus(url?: string): TabStatus {
  return { ...closedStatus(url), problem: { code: 'restricted', message: t('problemRestricted') } };
}

/** Ask the tab's content script for its state without injecting anything; null when Qari is not there. */
export async function peekStatus(tabId: number): Promise<TabStatus | null> {
  try {
    return await sendToTab(tabId, 'tab.status');
  } catch {
    return null;
  }
}

/** Root-relative: Firefox resolves a relative path against the calling page (src/popup/), Chrome against the root. */
const rootRelative = (path: string): string => '/' + path.replace(/^\//, '');
const CONTENT_SCRIPT = rootRelative(contentScript);
const SPEECH_SCRIPT = rootRelative(speechScript);

/** Inject the content script once (it guards itself against a second run). */
export async function ensureInjected(tabId: number): Promise<void> {
  if (await peekStatus(tabId)) return;
  let results: { error?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
  } catch {
    throw new MessageError(t('problemRestricted'));
  }
  // Firefox reports a script that failed to load or threw as an `error` in the result, not as a rejection.
  if (results.some((r) => r.error !== undefined)) throw new MessageError(t('problemPageError'));
}

/**
 * Inject the speech room into a tab whose content script asked for it (the first time speech is used there).
 * The user's click on Qari granted this tab; the script runs in the same isolated world as the content script.
 */
export async function injectSpeech(tabId: number, frameId = 0): Promise<void> {
  let results: { error?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [SPEECH_SCRIPT] });
  } catch {
    throw new MessageError(t('problemRestricted'));
  }
  if (results.some((r) => r.error !== undefined)) throw new MessageError(t('problemPageError'));
}

/** Inject if needed, then send a command to the tab. */
export async function command<K extends Name<TabProtocol>>(
  tabId: number,
  type: K,
  ...args: TabProtocol[K]['args'] extends void ? [] : [TabProtocol[K]['args']]
): Promise<TabProtocol[K]['result']> {
  await ensureInjected(tabId);
  return sendToTab(tabId, type, ...args);
}
