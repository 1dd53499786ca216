/**
 * Which tab the popup is about, and its state as of now — asked from Qari's content script when it is there,
 * otherwise derived from the tab itself (restricted page, still loading, not opened yet). Never injects.
 * `?tabId=N` targets a given tab (tests open the popup as a tab).
 */
import { browser } from '../platform/browser';
import { t } from '../shared/i18n';
import type { TabStatus } from '../shared/messages';
import { closedStatus, isRestrictedUrl, peekStatus, restrictedStatus } from '../shared/tab-client';

export interface TargetTab {
  id: number;
  /**
   * The tab's address; undefined when the browser does not show it to Qari. Qari sees the address of every page
   * it may script (host access, or `activeTab` once the user clicks Qari's button), so a hidden address is a page
   * Qari cannot read: it gets the restricted sentence at once, never a button that cannot work.
   */
  url: string | undefined;
  loading: boolean;
}

export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tabId');
  const tab =
    param && /^\d+$/.test(param)
      ? await browser.tabs.get(Number(param)).catch(() => null)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url, loading: tab.status === 'loading' } : null;
}

export function loadingStatus(url?: string): TabStatus {
  return { ...closedStatus(url), problem: { code: 'loading', message: t('problemLoading') } };
}

/** The tab's state for the popup's first paint. */
export async function initialStatus(tab: TargetTab | null): Promise<TabStatus> {
  if (!tab || tab.url === undefined || isRestrictedUrl(tab.url)) return restrictedStatus(tab?.url);
  const status = await peekStatus(tab.id);
  if (status) return status;
  return tab.loading ? loadingStatus(tab.url) : closedStatus(tab.url);
}

/**
 * Call `ready` once when the tab finishes loading. Returns an unsubscribe function. `tabs.onUpdated` alone is not
 * enough: its 'complete' can be missed (it may fire between reading the tab and registering the listener, and
 * Chromium does not always report it to an extension without the `tabs` permission), so the tab is also re-read
 * every half second while the popup waits.
 */
export function whenLoaded(tabId: number, ready: () => void, everyMs = 500): () => void {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    stop();
    ready();
  };
  const listener = (id: number, change: { status?: string }) => {
    if (id === tabId && change.status === 'complete') finish();
  };
  const timer = setInterval(() => {
    browser.tabs.get(tabId).then(
      (tab) => tab.status === 'complete' && finish(),
      () => undefined,
    );
  }, everyMs);
  const stop = () => {
    clearInterval(timer);
    browser.tabs.onUpdated.removeListener(listener);
  };
  browser.tabs.onUpdated.addListener(listener);
  return stop;
}
