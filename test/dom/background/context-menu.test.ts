/** The context menu: two translated entries on web pages; clicks become tab commands (injecting on demand). */
import { beforeEach, describe, expect, it } from 'vitest';
import { IDLE_SPEECH } from '../../../src/shared/messages';
import { installBrowser } from '../../support/fake-browser';
import { popupBrowser, type PopupBrowser } from '../../support/popup-harness';

const { createMenus, onMenuClick, MENU_OPEN_READER, MENU_READ_SELECTION } =
  await import('../../../src/background/context-menu');

const TAB = {
  id: 4,
  url: 'https://example.com/news/1',
  index: 0,
  highlighted: true,
  active: true,
  pinned: false,
  incognito: false,
};
const status = {
  reader: 'open' as const,
  article: null,
  problem: null,
  speech: { ...IDLE_SPEECH },
  host: 'example.com',
};
let fake: PopupBrowser;
let menus: { created: Record<string, unknown>[]; removed: number };

beforeEach(() => {
  fake = popupBrowser({ tab: TAB, answers: { 'reader.open': () => status, 'speech.selection': () => status } });
  menus = { created: [], removed: 0 };
  installBrowser({
    ...fake,
    contextMenus: {
      removeAll: async () => void (menus.removed += 1),
      create: (props: Record<string, unknown>) => void menus.created.push(props),
    },
  });
});

describe('context menu', () => {
  it('offers "Open in reader view" on pages and "Read selection aloud" on selections, on web pages only', async () => {
    await createMenus();
    await createMenus();
    expect(menus.removed).toBe(2);
    expect(menus.created.slice(2).map((m) => [m.id, m.title, m.contexts])).toEqual([
      [MENU_OPEN_READER, 'Open in reader view', ['page', 'selection']],
      [MENU_READ_SELECTION, 'Read selection aloud', ['selection']],
    ]);
    expect(menus.created[0]!.documentUrlPatterns).toEqual(['http://*/*', 'https://*/*', 'file:///*']);
  });

  it('opens reader view in the clicked tab', async () => {
    await onMenuClick({ menuItemId: MENU_OPEN_READER, editable: false, modifiers: [] }, TAB);
    expect(fake.injected).toEqual([['/src/content/content-script.js']]);
    expect(fake.tabMessages.at(-1)).toMatchObject({ tabId: 4, type: 'reader.open' });
  });

  it('sends the selected text, tidied, to be read aloud', async () => {
    await onMenuClick(
      { menuItemId: MENU_READ_SELECTION, editable: false, modifiers: [], selectionText: ' שלום\n עולם ' },
      TAB,
    );
    expect(fake.tabMessages.at(-1)).toEqual({ tabId: 4, type: 'speech.selection', args: { text: 'שלום עולם' } });
  });

  it('does nothing on a restricted page or without a selection', async () => {
    await onMenuClick(
      { menuItemId: MENU_OPEN_READER, editable: false, modifiers: [] },
      { ...TAB, url: 'view-source:https://example.com/' },
    );
    await onMenuClick({ menuItemId: MENU_READ_SELECTION, editable: false, modifiers: [], selectionText: '  ' }, TAB);
    expect(fake.tabMessages).toEqual([]);
    expect(fake.injected).toEqual([]);
  });
});
