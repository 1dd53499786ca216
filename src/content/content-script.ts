/**
 * Content script entry (injected on demand, one bundle). Wiring only: one guarded instance per page, one
 * settings feed for the whole script (loading from the moment it is injected, so the settings are known by the
 * time the article is), one message listener dispatching to the tab controller.
 */
import { listen, type TabProtocol } from '../shared/messages';
import { settingsStore } from '../shared/storage';
import { TabController } from './tab-controller';

const INSTANCE = Symbol.for('qari.content');
type QariGlobal = typeof globalThis & { [INSTANCE]?: TabController };
const scope = globalThis as QariGlobal;

if (!scope[INSTANCE]) {
  const controller = new TabController(document, settingsStore.feed());
  scope[INSTANCE] = controller;
  listen<TabProtocol>({
    'tab.status': () => controller.status(),
    'reader.open': () => controller.open(),
    'reader.close': () => controller.close(),
    'reader.toggle': () => controller.toggle(),
    'speech.play': (args) => controller.play(args?.from),
    'speech.toggle': () => controller.toggleSpeech(),
    'speech.pause': () => controller.speechCommand('pause'),
    'speech.resume': () => controller.speechCommand('resume'),
    'speech.stop': () => controller.speechCommand('stop'),
    'speech.next': () => controller.speechCommand('next'),
    'speech.previous': () => controller.speechCommand('previous'),
    'speech.selection': ({ text }) => controller.speakSelection(text),
  });
}
