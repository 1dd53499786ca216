/**
 * The one message protocol. Each message name maps to its argument and result types; every context
 * registers ONE non-async listener that dispatches to a map of handlers and checks the sender.
 * Settings never travel in messages: they live in storage and every view reacts to storage changes.
 */
import { browser, type Runtime } from '../platform/browser';
import { t } from './i18n';
import type { Dir } from '../text/direction';

/** Facts about the extracted article, shown in the popup. */
export interface ArticleFacts {
  title: string;
  lang: string | null;
  dir: Dir;
  siteName: string | null;
  wordCount: number;
  readingMinutes: number;
}

/** Why the page cannot be shown as an article; each maps to a translated sentence. */
export type ProblemCode = 'no-article' | 'restricted' | 'loading' | 'no-voice' | 'page-error';
export interface Problem {
  code: ProblemCode;
  /** Human sentence already translated, for display (and `aria-live` announcement). */
  message: string;
}

export type SpeechStatus = 'idle' | 'speaking' | 'paused';
export interface SpeechState {
  status: SpeechStatus;
  /** Index of the current utterance (0-based); equals `total` after the last one. */
  index: number;
  total: number;
  /** Sentences finished, for the progress bar. */
  done: number;
  /** The voice speaking now, as "name — lang". */
  voice: string | null;
  lang: string | null;
  /** Estimated seconds of reading left. */
  secondsLeft: number;
  /** A translated sentence for the status line (why speech stopped, a missing voice…), or null. */
  message: string | null;
}

/** What a tab reports about itself; the popup renders exactly this. */
export interface TabStatus {
  reader: 'open' | 'closed';
  article: ArticleFacts | null;
  problem: Problem | null;
  speech: SpeechState;
  /** The page's host, the key of per-site settings. */
  host: string;
}

export const IDLE_SPEECH: Readonly<SpeechState> = Object.freeze({
  status: 'idle',
  index: 0,
  total: 0,
  done: 0,
  voice: null,
  lang: null,
  secondsLeft: 0,
  message: null,
});

/**
 * The speech commands without arguments, declared once: the protocol's `speech.<verb>` messages, the content
 * script's handlers, the popup's and the reader's controls and the speech room's `command(verb)` all come from it.
 */
export const SPEECH_COMMANDS = ['pause', 'resume', 'stop', 'next', 'previous', 'toggle'] as const;
export type SpeechCommand = (typeof SPEECH_COMMANDS)[number];
export type SpeechMessage = `speech.${SpeechCommand}`;
export const speechMessage = (verb: SpeechCommand): SpeechMessage => `speech.${verb}`;

/** Messages the content script answers (sent by the popup and the background to a tab). */
export type TabProtocol = {
  'tab.status': { args: void; result: TabStatus };
  'reader.open': { args: void; result: TabStatus };
  'reader.close': { args: void; result: TabStatus };
  'reader.toggle': { args: void; result: TabStatus };
  'speech.play': { args: { from?: number } | void; result: TabStatus };
  'speech.selection': { args: { text: string }; result: TabStatus };
} & { [K in SpeechMessage]: { args: void; result: TabStatus } };

/** Messages the background answers (sent by a content script about its own tab). */
export type BackgroundProtocol = {
  /** Inject the speech room into the sender's tab (the first time speech is asked for there). */
  'speech.inject': { args: void; result: void };
};

/** Messages extension pages (popup) listen to: pushed by content scripts when their state changes. */
export type PageProtocol = {
  'status.changed': { args: TabStatus; result: void };
};

type AnyProtocol = Record<string, { args: unknown; result: unknown }>;
export type Name<P extends AnyProtocol> = keyof P & string;
export type Args<P extends AnyProtocol, K extends Name<P>> = P[K]['args'];
export type Result<P extends AnyProtocol, K extends Name<P>> = P[K]['result'];

interface Envelope {
  qari: 1;
  type: string;
  args: unknown;
}
type Reply = { ok: true; result: unknown } | { ok: false; error: string };

/** An error that crossed a message boundary, carrying a plain message (never a stack). */
export class MessageError extends Error {
  override name = 'MessageError';
}

/** A context's handlers: one for EVERY message of its protocol (a missing one fails the typecheck). */
export type Handlers<P extends AnyProtocol> = {
  [K in Name<P>]: (args: Args<P, K>, sender: Runtime.MessageSender) => Result<P, K> | Promise<Result<P, K>>;
};

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).qari === 1 &&
    typeof (message as Envelope).type === 'string'
  );
}

/** Only Qari's own contexts may talk to Qari. */
export function isOwnSender(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * Register the context's one listener. It answers through `sendResponse` (returning `true` keeps the channel
 * open), the one way both browsers support, and returns `undefined` for messages it does not handle, so other
 * listeners (and the browser) may answer those. Returns an unsubscribe function.
 */
export function listen<P extends AnyProtocol>(handlers: Handlers<P>): () => void {
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (reply: Reply) => void,
  ): true | undefined => {
    if (!isEnvelope(message) || !isOwnSender(sender)) return undefined;
    const handler = handlers[message.type as Name<P>];
    if (!handler) return undefined;
    void Promise.resolve()
      .then(() => handler(message.args as never, sender))
      .then(
        (result): Reply => ({ ok: true, result }),
        (error: unknown): Reply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      )
      .then(sendResponse);
    return true;
  };
  // The polyfill's types know only `=> true` for the sendResponse form; `undefined` (not ours) is valid too.
  const registered = listener as Runtime.OnMessageListenerCallback;
  browser.runtime.onMessage.addListener(registered);
  return () => browser.runtime.onMessage.removeListener(registered);
}

function unwrap(reply: unknown): unknown {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new MessageError(t('problemNoAnswer'));
  const r = reply as Reply;
  if (!r.ok) throw new MessageError(r.error);
  return r.result;
}

/** Send a message to the content script of a tab. Rejects with MessageError when nobody answers. */
export async function sendToTab<K extends Name<TabProtocol>>(
  tabId: number,
  type: K,
  ...args: Args<TabProtocol, K> extends void ? [] : [Args<TabProtocol, K>]
): Promise<Result<TabProtocol, K>> {
  const envelope: Envelope = { qari: 1, type, args: args[0] };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as Result<TabProtocol, K>;
}

/** Send a message to the background. Rejects with MessageError when it does not answer. */
export async function sendToBackground<K extends Name<BackgroundProtocol>>(
  type: K,
  args: Args<BackgroundProtocol, K>,
): Promise<Result<BackgroundProtocol, K>> {
  const envelope: Envelope = { qari: 1, type, args };
  return unwrap(await browser.runtime.sendMessage(envelope)) as Result<BackgroundProtocol, K>;
}

/** Broadcast to extension pages (popup); silently nobody-listening when none is open. */
export async function sendToPages<K extends Name<PageProtocol>>(type: K, args: Args<PageProtocol, K>): Promise<void> {
  const envelope: Envelope = { qari: 1, type, args };
  try {
    await browser.runtime.sendMessage(envelope);
  } catch {
    // No popup open: nothing to update.
  }
}
