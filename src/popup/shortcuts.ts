/**
 * Qari's keyboard shortcuts as the user has actually bound them (`commands.getAll`), and a way to change them.
 */
import { browser } from '../platform/browser';
import { t, type MessageKey } from '../shared/i18n';

/** Our own names for the commands (the manifest's descriptions may come back untranslated). */
const DESCRIPTIONS: Record<string, MessageKey> = {
  'toggle-reader': 'commandToggleReader',
  'toggle-speech': 'commandToggleSpeech',
};

export interface Shortcut {
  name: string;
  description: string;
  /** The key combination, or '' when the user removed it. */
  shortcut: string;
}

export async function listShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands
    .filter((c) => c.name && !c.name.startsWith('_'))
    .map((c) => ({
      name: c.name!,
      description: DESCRIPTIONS[c.name!] ? t(DESCRIPTIONS[c.name!]!) : (c.description ?? c.name!),
      shortcut: c.shortcut ?? '',
    }));
}

/** Fill a `<dl>`: each command's description, then its keys (each key in a `<kbd>`) or "Not set". */
export function renderShortcuts(list: HTMLElement, shortcuts: Shortcut[]): void {
  const doc = list.ownerDocument;
  list.replaceChildren();
  for (const item of shortcuts) {
    const term = doc.createElement('dt');
    term.textContent = item.description;
    const keys = doc.createElement('dd');
    if (item.shortcut) {
      // The whole combination is one `<kbd>` of `<kbd>`s, so a screen reader reads "Alt+Shift+R".
      const combo = doc.createElement('kbd');
      combo.dir = 'ltr';
      item.shortcut.split('+').forEach((key, i) => {
        if (i > 0) combo.append('+');
        const k = doc.createElement('kbd');
        k.textContent = key;
        combo.append(k);
      });
      keys.append(combo);
    } else {
      keys.textContent = t('shortcutNotSet');
    }
    list.append(term, keys);
  }
}

/** Firefox (137+) opens its shortcut manager; Chromium browsers have a page for it. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
