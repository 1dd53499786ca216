/**
 * A speech engine for tests, driven by hand: it records what it was asked to speak and lets the test fire
 * each utterance's events (start, end, error, boundary) — including late events of a cancelled utterance.
 */
import type { SpeechEngine, UtteranceEvents, UtteranceRequest } from '../../src/content/speech/speech-engine';
import type { VoiceLike } from '../../src/text/voices';

export const voice = (
  voiceURI: string,
  name: string,
  lang: string,
  localService = true,
  isDefault = false,
): VoiceLike => ({
  voiceURI,
  name,
  lang,
  localService,
  default: isDefault,
});

export const AR_ZAC = voice('Arabic+Zac espeak-ng', 'Arabic+Zac espeak-ng', 'ar');
export const AR_MAJED = voice('com.apple.majed', 'Majed', 'ar-001', true, true);
export const EN_SAMANTHA = voice('samantha', 'Samantha', 'en-US', true, true);
export const HE_CARMIT = voice('carmit', 'Carmit', 'he-IL');

export interface Spoken {
  request: UtteranceRequest;
  events: UtteranceEvents;
}

export class FakeSpeechEngine implements SpeechEngine {
  spoken: Spoken[] = [];
  /** Every call, in order: 'cancel' or the text spoken. */
  log: string[] = [];
  private listeners = new Set<() => void>();

  constructor(public list: VoiceLike[] = [AR_ZAC, AR_MAJED, EN_SAMANTHA]) {}

  voices(): VoiceLike[] {
    return this.list;
  }

  onVoicesChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  speak(request: UtteranceRequest, events: UtteranceEvents): void {
    this.spoken.push({ request, events });
    this.log.push(request.text);
  }

  cancel(): void {
    this.log.push('cancel');
  }

  /** Voices arrive (late). */
  setVoices(list: VoiceLike[]): void {
    this.list = list;
    for (const l of this.listeners) l();
  }

  get current(): Spoken {
    const last = this.spoken.at(-1);
    if (!last) throw new Error('nothing spoken');
    return last;
  }

  /** Start and end the current utterance, as a well-behaved engine would. */
  finish(): void {
    const { events } = this.current;
    events.start();
    events.end();
  }

  /** Finish utterances until nothing new is spoken (at most `max`). */
  finishAll(max = 1000): void {
    for (let i = 0; i < max; i++) {
      const before = this.spoken.length;
      this.finish();
      if (this.spoken.length === before) return;
    }
  }
}
