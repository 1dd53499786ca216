/**
 * The speech room's public face: the one API the rest of the content script sees, and how the room arrives.
 *
 * Read-aloud is a second script (`speech-script.ts`), injected the first time speech is asked for — by the reader's
 * Read aloud button or keys, the popup's listening controls, the shortcut or the context menu — so a reader that
 * is only read costs no speech code. The content script asks the background to inject it (the same
 * `scripting.executeScript` that injected the content script; the user's click on Qari granted the tab), and the
 * script hands its factory over on a global of the extension's isolated world. This file imports only types, so
 * nothing of the room is bundled into the content script.
 */
import type { Article } from '../../extract/pipeline';
import type { SpeechCommand, SpeechState } from '../../shared/messages';
import type { SettingsFeed } from '../../shared/settings-store';

/** What the reader lends speech: where its controls go, the article body it highlights, and what hears keys. */
export interface SpeechSurface {
  /** The toolbar's speech slot (its placeholder button is replaced by the controls). */
  slot: HTMLElement;
  /** The reader's copy of the article body: reading blocks are numbered inside it. */
  body: HTMLElement;
  /** The element whose keydown events speech listens to (Space/K, arrows). */
  keyTarget: HTMLElement;
  /** The reader's shadow root, for the controls' and highlights' styles. */
  shadow: ShadowRoot;
}

/** An article to read: its facts and the pipeline's annotated body, which its sentences come from. */
export interface Readable {
  article: Article;
  body: ParentNode;
}

/** What the room needs from its tab. */
export interface SpeechHost {
  doc: Document;
  settings: SettingsFeed;
  /** Speech state changed (the tab pushes its status to an open popup). */
  onChange(): void;
}

export interface SpeechRoom {
  state(): SpeechState;
  /**
   * Read `readable` from sentence `from` (or where it stopped, when it is the same text). Speaking starts once the
   * user's settings (speed, voices) are known; the promise resolves then.
   */
  play(readable: Readable, from?: number): Promise<void>;
  /** Read `readable` from the first sentence of reading block `block` (a paragraph the user clicked). */
  playFromBlock(readable: Readable, block: number): Promise<void>;
  /** A command without arguments; `toggle` when nothing was loaded does nothing. */
  command(verb: SpeechCommand): void;
  /** Read a selection in the voice of its own language. */
  speakSelection(text: string, pageLang: string | null): Promise<void>;
  /** Put the controls in an open reader, reading `readable`. */
  attach(surface: SpeechSurface, readable: Readable): void;
  /** Take the controls out of the reader (it is closing). */
  detach(): void;
}

export type SpeechRoomFactory = (host: SpeechHost) => SpeechRoom;

/** Where the speech script leaves its factory (a global of the extension's isolated world, shared by both scripts). */
export const SPEECH_ROOM = Symbol.for('qari.speech-room');
type RoomGlobal = typeof globalThis & { [SPEECH_ROOM]?: SpeechRoomFactory };

/** Hand the room's factory to the content script (called by the speech script when it runs). */
export function provideSpeechRoom(factory: SpeechRoomFactory): void {
  (globalThis as RoomGlobal)[SPEECH_ROOM] ??= factory;
}

/**
 * The room, injecting the speech script first when it is not in the page yet (`inject` asks the background).
 * Throws when the script cannot be injected.
 */
export async function loadSpeechRoom(host: SpeechHost, inject: () => Promise<void>): Promise<SpeechRoom> {
  const scope = globalThis as RoomGlobal;
  if (!scope[SPEECH_ROOM]) await inject();
  const factory = scope[SPEECH_ROOM];
  if (!factory) throw new Error('The speech script did not load.');
  return factory(host);
}
