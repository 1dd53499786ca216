/**
 * The page's right-click menu: "Open in reader view" and "Read selection aloud". Menus are rebuilt on install
 * and on browser start (removeAll first, so a rebuild never collides with surviving entries).
 */
import { browser, type Menus, type Tabs } from '../platform/browser';
import { t } from '../shared/i18n';
import { command, isRestrictedUrl } from '../shared/tab-client';

const PAGES = ['http://*/*', 'https://*/*', 'file:///*'];

export const MENU_OPEN_READER = 'qari-open-reader';
export const MENU_READ_SELECTION = 'qari-read-selection';

export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_OPEN_READER,
    title: t('menuOpenReader'),
    contexts: ['page', 'selection'],
    documentUrlPatterns: PAGES,
  });
  browser.contextMenus.create({
    id: MENU_READ_SELECTION,
    title: t('menuReadSelection'),
    contexts: ['selection'],
    documentUrlPatterns: PAGES,
  });
}

/** What a menu click does; exported for tests. */
export async function onMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined || isRestrictedUrl(tab.url)) return;
  if (info.menuItemId === MENU_OPEN_READER) {
    await command(tab.id, 'reader.open');
  } else if (info.menuItemId === MENU_READ_SELECTION) {
    const text = (info.selectionText ?? '').replace(/\s+/g, ' ').trim();
    if (text) await command(tab.id, 'speech.selection', { text });
  }
}
