/**
 * The speech engine interface the controller drives, and its real implementation over the Web Speech API
 * (`speechSynthesis` + `SpeechSynthesisUtterance`). Tests pass a fake engine driven by events instead.
 */
import type { VoiceLike } from '../../text/voices';

export interface UtteranceRequest {
  text: string;
  /** BCP 47 tag of the text, or null when unknown. */
  lang: string | null;
  /** The voice to use (by voiceURI), or null for the platform's choice. */
  voice: VoiceLike | null;
  rate: number;
}

/** Events of one utterance. The engine calls each at most once, except `boundary`. */
export interface UtteranceEvents {
  start(): void;
  end(): void;
  /** A SpeechSynthesisErrorEvent code ('interrupted', 'synthesis-failed', 'language-unavailable', …). */
  error(code: string): void;
  /** A word boundary: offset (and length, when known) in the utterance's text. */
  boundary(charIndex: number, charLength: number | null): void;
}

export interface SpeechEngine {
  voices(): VoiceLike[];
  /** Call `listener` when the voice list changes (voices often arrive late). Returns an unsubscribe. */
  onVoicesChanged(listener: () => void): () => void;
  speak(request: UtteranceRequest, events: UtteranceEvents): void;
  /** Drop the current and queued utterances. */
  cancel(): void;
}

type SpeechWindow = Window & typeof globalThis;

/** The Web Speech API of `win`, or null when the browser has none. */
export function webSpeechEngine(win: Window): SpeechEngine | null {
  const w = win as SpeechWindow;
  const synth = w.speechSynthesis;
  if (!synth || typeof w.SpeechSynthesisUtterance !== 'function') return null;
  // Chrome garbage-collects an utterance nobody references and then never fires its events: keep it.
  let current: SpeechSynthesisUtterance | null = null;
  return {
    voices: () => synth.getVoices(),
    onVoicesChanged(listener) {
      synth.addEventListener('voiceschanged', listener);
      return () => synth.removeEventListener('voiceschanged', listener);
    },
    speak(request, events) {
      const utterance = new w.SpeechSynthesisUtterance(request.text);
      const voice = request.voice && synth.getVoices().find((v) => v.voiceURI === request.voice!.voiceURI);
      if (voice) utterance.voice = voice;
      if (request.lang) utterance.lang = voice?.lang ?? request.lang;
      utterance.rate = request.rate;
      utterance.onstart = () => events.start();
      utterance.onend = () => events.end();
      utterance.onerror = (event) => events.error((event as SpeechSynthesisErrorEvent).error ?? 'synthesis-failed');
      utterance.onboundary = (event) => {
        if (event.name === undefined || event.name === 'word')
          events.boundary(event.charIndex, event.charLength || null);
      };
      current = utterance;
      synth.speak(current);
    },
    cancel() {
      current = null;
      synth.cancel();
    },
  };
}
