/**
 * Background (service worker in Chrome, event page in Firefox). Holds no state — it can be evicted at any
 * time; storage is the truth. It repairs settings on install/update, builds the context menu, and turns
 * shortcuts and menu clicks into tab commands.
 */
import { browser } from '../platform/browser';
import { settingsStore } from '../shared/storage';
import { command, injectSpeech, isRestrictedUrl } from '../shared/tab-client';
import { listen, MessageError, type BackgroundProtocol, type TabProtocol } from '../shared/messages';
import { createMenus, onMenuClick } from './context-menu';

const rebuildMenus = () =>
  void createMenus().catch((error: unknown) => console.warn('Qari: context menu failed', error));

browser.runtime.onInstalled.addListener(() => {
  void settingsStore.repair().catch((error: unknown) => console.warn('Qari: settings repair failed', error));
  rebuildMenus();
});
browser.runtime.onStartup.addListener(rebuildMenus);

browser.contextMenus.onClicked.addListener((info, tab) => {
  void onMenuClick(info, tab).catch((error: unknown) => console.warn('Qari: menu action failed', error));
});

const COMMANDS: Record<string, keyof TabProtocol> = {
  'toggle-reader': 'reader.toggle',
  'toggle-speech': 'speech.toggle',
};

browser.commands.onCommand.addListener((name, tab) => {
  const type = COMMANDS[name];
  if (!type) return;
  void (async () => {
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id === undefined || isRestrictedUrl(target.url)) return;
    await command(target.id, type as 'reader.toggle');
  })().catch((error: unknown) => console.warn('Qari: shortcut failed', error));
});

// The background's one listener: a content script asks for the speech room the first time speech is used.
listen<BackgroundProtocol>({
  'speech.inject': async (_args, sender) => {
    if (sender.tab?.id === undefined) throw new MessageError('No tab to inject read-aloud into.');
    await injectSpeech(sender.tab.id, sender.frameId ?? 0);
  },
});
