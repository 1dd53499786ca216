/**
 * Content script entry (injected on demand: extraction and the reader; speech comes as a second script on first
 * use). Wiring only: one guarded instance per page, one settings feed for the whole script (loading from the
 * moment it is injected, so the settings are known by the time the article is), one message listener
 * dispatching to the tab controller.
 */
import {
  listen,
  SPEECH_COMMANDS,
  speechMessage,
  type Handlers,
  type SpeechMessage,
  type TabProtocol,
} from '../shared/messages';
import { settingsStore } from '../shared/storage';
import { TabController } from './tab-controller';

const INSTANCE = Symbol.for('qari.content');
type QariGlobal = typeof globalThis & { [INSTANCE]?: TabController };
const scope = globalThis as QariGlobal;

if (!scope[INSTANCE]) {
  const controller = new TabController(document, settingsStore.feed());
  scope[INSTANCE] = controller;
  const speechCommands = Object.fromEntries(
    SPEECH_COMMANDS.map((verb) => [speechMessage(verb), () => controller.speechCommand(verb)]),
  ) as unknown as Pick<Handlers<TabProtocol>, SpeechMessage>; // one per verb, by construction
  listen<TabProtocol>({
    'tab.status': () => controller.status(),
    'reader.open': () => controller.open(),
    'reader.close': () => controller.close(),
    'reader.toggle': () => controller.toggle(),
    'speech.play': (args) => controller.play(args?.from),
    'speech.selection': ({ text }) => controller.speakSelection(text),
    ...speechCommands,
  });
}
