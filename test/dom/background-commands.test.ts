/** The toggle-reader shortcut: the background turns the `commands` event into a `reader.toggle` for the tab. */
import { describe, expect, it, vi } from 'vitest';
import { manifestFor } from '../../manifest.config';
import { fakeBrowser, installBrowser } from '../support/fake-browser';

type Listener = (...args: unknown[]) => unknown;
const event = () => {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: () => undefined,
    emit: (...a: unknown[]) => listeners.forEach((l) => l(...a)),
  };
};
const events = { onCommand: event(), onInstalled: event(), onStartup: event(), onClicked: event() };
const activeTab = { id: 42, url: 'https://news.test/story' };

const base = fakeBrowser();
installBrowser({
  ...base,
  runtime: { ...base.runtime, onInstalled: events.onInstalled, onStartup: events.onStartup },
  commands: { onCommand: events.onCommand },
  contextMenus: { onClicked: events.onClicked, create: () => undefined, removeAll: async () => undefined },
  tabs: { ...base.tabs, query: async () => [activeTab] },
});
const command = vi.fn(async (_id: number, _type: string) => ({}));
vi.mock('../../src/shared/tab-client', () => ({
  command: (id: number, type: string) => command(id, type),
  isRestrictedUrl: (url?: string) => !url || /^(chrome|about):/.test(url),
}));

await import('../../src/background/index');

describe('toggle-reader shortcut', () => {
  it('is declared with a suggested key in every build', () => {
    for (const target of ['chrome', 'firefox', 'test'] as const) {
      const commands = (manifestFor(target) as { commands: Record<string, { suggested_key: { default: string } }> })
        .commands;
      expect(commands['toggle-reader']!.suggested_key.default).toBe('Alt+Shift+R');
    }
  });

  it('toggles reader view in the tab it was pressed on, or the active tab', async () => {
    events.onCommand.emit('toggle-reader', { id: 7, url: 'https://example.test/a' });
    await expect.poll(() => command.mock.calls).toContainEqual([7, 'reader.toggle']);
    events.onCommand.emit('toggle-reader', undefined);
    await expect.poll(() => command.mock.calls).toContainEqual([42, 'reader.toggle']);
  });

  it('does nothing on pages no extension may touch', async () => {
    command.mockClear();
    events.onCommand.emit('toggle-reader', { id: 9, url: 'chrome://settings' });
    events.onCommand.emit('toggle-reader', { id: 10, url: 'https://ok.test/' });
    await expect.poll(() => command.mock.calls).toContainEqual([10, 'reader.toggle']);
    expect(command.mock.calls.some(([id]) => id === 9)).toBe(false);
  });
});
