/**
 * The popup: shows the target tab's real state at once (asked from the content script when present; opening
 * the popup never injects anything) and sends the user's commands. Loadable as a tab with `?tabId=N` (tests).
 * Sections, in order of need: the sentence for the page's state, reader toggle + article facts, #listening
 * (read-aloud controls and their feedback), #reading (reading settings, a remembered disclosure), keyboard
 * shortcuts. Each feature mounts into its own section below.
 */
import { localize, t, uiLocale } from '../shared/i18n';
import { listen, type PageProtocol, type TabStatus } from '../shared/messages';
import { settingsStore } from '../shared/storage';
import { command, peekStatus } from '../shared/tab-client';
import { mountListening } from './listening';
import { pageLanguage } from './page-language';
import { mountReading, rememberOpen } from './reading-section';
import { selectedText } from './selection';
import { listShortcuts, openShortcutSettings, renderShortcuts } from './shortcuts';
import { initialStatus, targetTab, whenLoaded } from './target-tab';
import { PopupView } from './view';

async function main(): Promise<void> {
  // The popup's one settings feed: loading while the tab's status is asked for.
  const settings = settingsStore.feed();
  const ui = uiLocale();
  document.documentElement.lang = ui.lang;
  document.documentElement.dir = ui.dir;
  localize(document);
  rememberOpen(document.getElementById('reading') as HTMLDetailsElement);
  const view = new PopupView(document, ui.lang);
  view.changeShortcuts.addEventListener('click', () => void openShortcutSettings().catch(() => undefined));
  void listShortcuts().then(
    (list) => renderShortcuts(view.shortcutList, list),
    () => undefined,
  );

  const tab = await targetTab();
  let lang: string | null = null;
  const [status] = await Promise.all([
    initialStatus(tab),
    tab ? pageLanguage(tab.id).then((l) => void (lang = l)) : null,
  ]);
  // Sections mount here, before the first render, and render the tab's status through view.onRender.
  if (tab) {
    view.onRender(mountReading(document.getElementById('reading')!, settings, () => lang));
    view.onRender(mountListening(document.getElementById('listening')!, tab.id, settings));
  }
  view.render(status);
  if (!tab) return;
  const refresh = async () => {
    lang = await pageLanguage(tab.id);
    view.render(await initialStatus({ ...tab, loading: false }));
  };
  // Only a page Qari waits for (not a restricted one that happens to be loading) is announced when it is ready.
  if (status.problem?.code === 'loading')
    whenLoaded(tab.id, () => void refresh().then(() => view.announce(t('pageLoaded'))));

  listen<PageProtocol>({
    'status.changed': (status, sender) => {
      if (sender.tab?.id === tab.id) view.render(status);
    },
  });

  /** Send a command to the tab; a failure becomes the page-error sentence. */
  const act = async (run: () => Promise<TabStatus>, announce: (s: TabStatus) => string | null) => {
    try {
      const status = await run();
      view.render(status);
      const message = announce(status);
      if (message) view.announce(message);
    } catch (error) {
      const status = (await peekStatus(tab.id)) ?? (await initialStatus(tab));
      view.render({ ...status, problem: { code: 'page-error', message: PopupView.error(error) } });
    }
  };

  view.toggle.addEventListener('click', () => {
    // A new problem is announced by the render; the same answer again ("no article") is announced again here, so
    // a second press is never silent.
    const before = view.problemMessage;
    void view.busy(view.toggle, () =>
      act(
        () => command(tab.id, 'reader.toggle'),
        (s) =>
          s.problem
            ? s.problem.message === before
              ? before
              : null
            : t(s.reader === 'open' ? 'readerOpened' : 'readerClosed'),
      ),
    );
  });

  view.readSelection.addEventListener(
    'click',
    () =>
      void view.busy(view.readSelection, async () => {
        const text = await selectedText(tab.id).catch(() => '');
        if (!text) return view.hint(t('noSelection'));
        await act(
          () => command(tab.id, 'speech.selection', { text }),
          (s) => (s.problem ? null : t('readingSelection')),
        );
      }),
  );
}

void main();
