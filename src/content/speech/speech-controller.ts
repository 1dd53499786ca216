/**
 * Read-aloud as a state machine over an injectable engine: one sentence per utterance, each in a voice of
 * its own language; `cancel()` before every `speak()`; a watchdog (injected clock) that moves on when an
 * utterance never starts or never ends (Chrome cuts utterances after ~15 s without an event); voices that
 * arrive late are picked up; every error becomes a translated status sentence.
 *
 * Pause is sentence-grained (cancel, then speak the sentence again on resume): engines' own pause is
 * unreliable (Chrome drops a paused utterance, some Linux voices ignore pause).
 */
import { t, type MessageKey } from '../../shared/i18n';
import type { SpeechState, SpeechStatus } from '../../shared/messages';
import { languageName, noVoiceMessage, noVoicesMessage, type Platform } from '../../shared/speech-help';
import { primaryLanguage } from '../../text/language';
import type { Utterance } from '../../text/sentences';
import { chooseVoice, voiceLabel, type VoiceLike } from '../../text/voices';
import type { SpeechEngine } from './speech-engine';
import { CHARS_PER_SECOND, endTimeoutMs, START_TIMEOUT_MS, VOICES_TIMEOUT_MS, Watchdog, type Clock } from './watchdog';

export interface SpeechOptions {
  engine: SpeechEngine | null;
  /** Current rate (0.5–2) and saved voice per primary language: read at each sentence. */
  settings(): { rate: number; voices: Record<string, string> };
  platform: Platform;
  clock?: Clock;
  /** Called on every change of the state (status line, progress, voice). */
  onChange?(state: SpeechState): void;
  /** Called when the sentence being read changes (null: none), and on each plausible word boundary. */
  onSentence?(utterance: Utterance | null): void;
  onWord?(utterance: Utterance, start: number, end: number): void;
}

const FATAL: Record<string, MessageKey> = {
  'synthesis-failed': 'speechFailed',
  'synthesis-unavailable': 'speechFailed',
  'audio-busy': 'speechAudioBusy',
  'audio-hardware': 'speechAudioBusy',
  network: 'speechFailed',
  'not-allowed': 'speechNotAllowed',
  interrupted: 'speechInterrupted',
  canceled: 'speechInterrupted',
};

export class SpeechController {
  private utterances: Utterance[] = [];
  private articleLang: string | null = null;
  private status: SpeechStatus = 'idle';
  private index = 0;
  private done = 0;
  private voice: VoiceLike | null = null;
  private message: string | null = null;
  /** Bumped on every speak/cancel: events of an older utterance are ignored (we caused them). */
  private token = 0;
  private retried = false;
  private lastWord = -1;
  private waitingForVoices = false;
  private readonly watchdog: Watchdog;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: SpeechOptions) {
    this.watchdog = new Watchdog(options.clock);
    this.unsubscribe = options.engine?.onVoicesChanged(() => this.voicesChanged()) ?? (() => {});
  }

  /** The sentences to read (replaces the previous article and stops). */
  load(utterances: Utterance[], articleLang: string | null): void {
    this.halt();
    this.utterances = utterances;
    this.articleLang = articleLang;
    this.index = 0;
    this.done = 0;
    this.message = null;
    this.emit();
  }

  get loaded(): boolean {
    return this.utterances.length > 0;
  }

  state(): SpeechState {
    const rate = this.options.settings().rate;
    const left = this.utterances.slice(this.index).reduce((n, u) => n + u.text.length, 0);
    return {
      status: this.status,
      index: this.index,
      total: this.utterances.length,
      done: this.done,
      voice: this.voice ? voiceLabel(this.voice) : null,
      lang: this.voice?.lang ?? this.utterances[this.index]?.lang ?? this.articleLang,
      secondsLeft:
        this.status === 'idle' && this.index >= this.utterances.length
          ? 0
          : Math.round(left / (CHARS_PER_SECOND * rate)),
      message: this.message,
    };
  }

  /** Start reading at `from` (default: where it stopped, or the beginning after the end). */
  play(from?: number): void {
    const { engine } = this.options;
    if (!engine) return this.fail(t('speechNoEngine'));
    if (!this.utterances.length) return this.fail(t('speechNothing'));
    let start = from ?? (this.status === 'paused' ? this.index : this.index >= this.utterances.length ? 0 : this.index);
    start = Math.min(Math.max(0, Math.floor(start)), this.utterances.length - 1);
    this.message = null;
    if (engine.voices().length === 0) return this.awaitVoices(start);
    // No voice for the article's own language: stop and say so (a quote in another language is skipped later).
    const main = this.articleLang ?? this.utterances[start]!.lang;
    if (main && !chooseVoice(engine.voices(), main, this.saved(main))) {
      this.index = start;
      return this.fail(noVoiceMessage(main, this.options.platform));
    }
    this.status = 'speaking';
    this.speakAt(start);
  }

  pause(): void {
    if (this.status !== 'speaking') return;
    this.halt();
    this.status = 'paused';
    this.emit();
  }

  resume(): void {
    if (this.status === 'paused') this.play(this.index);
  }

  toggle(): void {
    if (this.status === 'speaking') this.pause();
    else if (this.status === 'paused') this.resume();
    else this.play();
  }

  stop(): void {
    const wasActive = this.status !== 'idle' || this.waitingForVoices;
    if (this.waitingForVoices) this.message = null;
    this.halt();
    this.status = 'idle';
    if (this.index < this.utterances.length) {
      this.index = 0;
      this.done = 0;
    }
    this.options.onSentence?.(null);
    if (wasActive) this.emit();
  }

  next(): void {
    this.jump(this.index + 1);
  }

  previous(): void {
    this.jump(this.index - 1);
  }

  /** Stop for good: speech ends with the page or the content script. */
  dispose(): void {
    this.stop();
    this.unsubscribe();
  }

  private jump(to: number): void {
    if (!this.utterances.length) return;
    const target = Math.min(Math.max(0, to), this.utterances.length - 1);
    if (this.status === 'speaking') return this.speakAt(target);
    this.index = target;
    this.done = target;
    this.options.onSentence?.(this.utterances[target] ?? null);
    this.emit();
  }

  private saved(lang: string | null): string | null {
    const primary = primaryLanguage(lang);
    return primary ? (this.options.settings().voices[primary] ?? null) : null;
  }

  private voiceFor(u: Utterance): VoiceLike | null {
    const lang = u.lang ?? this.articleLang;
    return chooseVoice(this.options.engine?.voices() ?? [], lang, this.saved(lang));
  }

  private speakAt(index: number): void {
    const engine = this.options.engine!;
    this.halt();
    if (index >= this.utterances.length) return this.finish();
    const u = this.utterances[index]!;
    this.index = index;
    this.done = index;
    const lang = u.lang ?? this.articleLang;
    const voice = this.voiceFor(u);
    if (!voice && lang) {
      // Never read a language with another language's voice: say so and move on.
      this.message = noVoiceMessage(lang, this.options.platform);
      return this.speakAt(index + 1);
    }
    this.voice = voice;
    const token = ++this.token;
    const rate = this.options.settings().rate;
    const mine = (fn: () => void) => () => {
      if (token === this.token) fn();
    };
    this.watchdog.arm(
      START_TIMEOUT_MS,
      mine(() => this.stalled(index)),
    );
    this.options.onSentence?.(u);
    this.emit();
    engine.speak(
      { text: u.text, lang, voice, rate },
      {
        start: mine(() => {
          this.retried = false;
          this.watchdog.arm(
            endTimeoutMs(u.text, rate),
            mine(() => this.speakAt(index + 1)),
          );
        }),
        end: mine(() => this.speakAt(index + 1)),
        error: (code) => mine(() => this.error(code, index, lang))(),
        boundary: (at, length) => mine(() => this.boundary(u, at, length))(),
      },
    );
  }

  private boundary(u: Utterance, at: number, length: number | null): void {
    // Plausible: inside the text and moving forward; anything else switches word highlighting off.
    if (!Number.isInteger(at) || at < this.lastWord || at >= u.text.length) return;
    this.lastWord = at;
    const word = /^[\p{L}\p{M}\p{N}'’-]+/u.exec(u.text.slice(at))?.[0].length ?? 0;
    const len = length && length > 0 ? Math.min(length, u.text.length - at) : word;
    if (len > 0) this.options.onWord?.(u, u.start + at, u.start + at + len);
  }

  private error(code: string, index: number, lang: string | null): void {
    if (code === 'language-unavailable' || code === 'voice-unavailable') {
      this.message = t('speechLanguageUnavailable', languageName(lang));
      return this.speakAt(index + 1);
    }
    if (code === 'text-too-long' || code === 'invalid-argument') return this.speakAt(index + 1);
    this.fail(t(FATAL[code] ?? 'speechFailed'));
  }

  /** The utterance never started: try it once more, then give up with a message. */
  private stalled(index: number): void {
    if (!this.retried) {
      this.retried = true;
      return this.speakAt(index);
    }
    this.retried = false;
    this.fail(t('speechStalled'));
  }

  private finish(): void {
    this.status = 'idle';
    this.message ??= t('speechFinished');
    this.index = this.utterances.length;
    this.done = this.utterances.length;
    this.voice = null;
    this.options.onSentence?.(null);
    this.emit();
  }

  private fail(message: string): void {
    this.halt();
    this.status = 'idle';
    this.message = message;
    this.options.onSentence?.(null);
    this.emit();
  }

  /**
   * No voice listed yet: wait for them (a speech server may take seconds), saying so. Nothing is speaking, so
   * the status stays idle (Read aloud, no time left); if none arrive, say that the browser has no voice at all.
   */
  private awaitVoices(start: number): void {
    this.halt();
    this.index = start;
    this.waitingForVoices = true;
    this.status = 'idle';
    this.message = t('speechLoadingVoices');
    this.watchdog.arm(VOICES_TIMEOUT_MS, () => {
      this.waitingForVoices = false;
      this.fail(noVoicesMessage(this.options.platform));
    });
    this.emit();
  }

  private voicesChanged(): void {
    if (!this.waitingForVoices || !this.options.engine?.voices().length) return;
    this.waitingForVoices = false;
    this.status = 'idle';
    this.play(this.index);
  }

  /** Cancel what is being spoken and the watchdog; later events of that utterance are ignored. */
  private halt(): void {
    this.token += 1;
    this.lastWord = -1;
    this.waitingForVoices = false;
    this.watchdog.disarm();
    this.options.engine?.cancel();
  }

  private emit(): void {
    this.options.onChange?.(this.state());
  }
}
