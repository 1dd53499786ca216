/** The read-aloud state machine, driven by a fake engine's events; the watchdog runs on vitest's fake timers. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { SpeechState } from '../../../src/shared/messages';
import { SpeechController } from '../../../src/content/speech/speech-controller';
import { endTimeoutMs, START_TIMEOUT_MS, VOICES_TIMEOUT_MS } from '../../../src/content/speech/watchdog';
import { toUtterances, type Utterance } from '../../../src/text/sentences';
import { AR_MAJED, AR_ZAC, EN_SAMANTHA, FakeSpeechEngine } from '../../support/fake-speech-engine';

const ARTICLE = toUtterances([
  { text: 'واشنطن تقول إنها لن تتعاون. وقال المتحدث إن القرار نهائي.', lang: 'ar' },
  { text: 'The White House said so on Thursday.', lang: 'en' },
  { text: 'ولن تتبادل معها المعلومات.', lang: 'ar' },
]);

function setup(
  options: {
    engine?: FakeSpeechEngine | null;
    utterances?: Utterance[];
    lang?: string | null;
    voices?: Record<string, string>;
    rate?: number;
  } = {},
) {
  const engine = options.engine === undefined ? new FakeSpeechEngine() : options.engine;
  const states: SpeechState[] = [];
  const sentences: (Utterance | null)[] = [];
  const words: [number, number][] = [];
  const settings = { rate: options.rate ?? 1, voices: options.voices ?? {} };
  const controller = new SpeechController({
    engine,
    settings: () => settings,
    platform: 'linux',
    onChange: (s) => states.push(s),
    onSentence: (u) => sentences.push(u),
    onWord: (_u, start, end) => words.push([start, end]),
  });
  controller.load(options.utterances ?? ARTICLE, options.lang === undefined ? 'ar' : options.lang);
  return { engine: engine!, controller, states, sentences, words, settings, last: () => states.at(-1)! };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('SpeechController: reading', () => {
  it('speaks one sentence per utterance, in order, each in a voice of its own language, cancelling before each speak', () => {
    const { engine, controller, last, sentences } = setup();
    controller.play();
    expect(last().status).toBe('speaking');
    engine.finishAll();
    expect(engine.spoken.map((s) => s.request.text)).toEqual(ARTICLE.map((u) => u.text));
    expect(engine.spoken.map((s) => s.request.voice?.voiceURI)).toEqual([
      'com.apple.majed',
      'com.apple.majed',
      'samantha',
      'com.apple.majed',
    ]);
    expect(engine.spoken.map((s) => s.request.lang)).toEqual(['ar', 'ar', 'en', 'ar']);
    // cancel() comes right before every speak().
    engine.log.forEach((entry, i) => entry !== 'cancel' && expect(engine.log[i - 1]).toBe('cancel'));
    expect(last()).toMatchObject({
      status: 'idle',
      index: 4,
      total: 4,
      done: 4,
      secondsLeft: 0,
      message: 'Finished reading.',
    });
    expect(sentences.at(-1)).toBeNull();
  });

  it('counts finished sentences and time left as it goes, and reports the voice', () => {
    const { engine, controller, last } = setup();
    controller.play();
    expect(last()).toMatchObject({ index: 0, done: 0, voice: 'Majed — ar-001', lang: 'ar-001' });
    const before = last().secondsLeft;
    engine.finish();
    expect(last()).toMatchObject({ index: 1, done: 1 });
    expect(last().secondsLeft).toBeLessThan(before);
    engine.finish();
    expect(last()).toMatchObject({ index: 2, done: 2, voice: 'Samantha — en-US' });
  });

  it('uses the voice saved for the language, and the rate from settings', () => {
    const { engine, controller } = setup({ voices: { ar: AR_ZAC.voiceURI }, rate: 1.5 });
    controller.play();
    expect(engine.current.request).toMatchObject({ voice: AR_ZAC, rate: 1.5 });
  });

  it('starts from a given sentence, and restarts from the beginning after the end', () => {
    const { engine, controller } = setup();
    controller.play(2);
    expect(engine.current.request.text).toBe(ARTICLE[2]!.text);
    engine.finishAll();
    controller.play();
    expect(engine.current.request.text).toBe(ARTICLE[0]!.text);
  });

  it('keeps the progress full after the last sentence until the next start', () => {
    const { engine, controller, last } = setup();
    controller.play();
    engine.finishAll();
    controller.stop();
    expect(last()).toMatchObject({ done: 4, total: 4 });
    controller.play();
    expect(last()).toMatchObject({ done: 0, status: 'speaking' });
  });
});

describe('SpeechController: controls', () => {
  it('pauses at the sentence (late events of the cancelled utterance are ignored) and resumes it from its start', () => {
    const { engine, controller, last } = setup();
    controller.play();
    engine.finish();
    const paused = engine.current;
    paused.events.start();
    controller.pause();
    expect(last()).toMatchObject({ status: 'paused', index: 1 });
    paused.events.error('interrupted');
    paused.events.end();
    expect(last()).toMatchObject({ status: 'paused', index: 1, message: null });
    controller.resume();
    expect(engine.current.request.text).toBe(ARTICLE[1]!.text);
    expect(engine.current).not.toBe(paused);
    expect(last().status).toBe('speaking');
  });

  it('toggles: play, pause, resume', () => {
    const { controller, last } = setup();
    controller.toggle();
    expect(last().status).toBe('speaking');
    controller.toggle();
    expect(last().status).toBe('paused');
    controller.toggle();
    expect(last().status).toBe('speaking');
  });

  it('stops: back to the start, idle, highlight cleared, late events ignored', () => {
    const { engine, controller, last, sentences } = setup();
    controller.play();
    engine.finish();
    const stopped = engine.current;
    controller.stop();
    stopped.events.end();
    expect(last()).toMatchObject({ status: 'idle', index: 0, done: 0 });
    expect(sentences.at(-1)).toBeNull();
    expect(engine.spoken).toHaveLength(2);
  });

  it('moves to the next and previous sentence while speaking, and only moves the position while idle', () => {
    const { engine, controller, last } = setup();
    controller.next();
    expect(last()).toMatchObject({ status: 'idle', index: 1 });
    expect(engine.spoken).toHaveLength(0);
    controller.play();
    expect(engine.current.request.text).toBe(ARTICLE[1]!.text);
    controller.next();
    expect(engine.current.request.text).toBe(ARTICLE[2]!.text);
    controller.previous();
    controller.previous();
    controller.previous();
    expect(engine.current.request.text).toBe(ARTICLE[0]!.text);
    expect(last().index).toBe(0);
  });
});

describe('SpeechController: missing voices', () => {
  it("never reads an Arabic article with another language's voice: it says so, with the how-to", () => {
    const { engine, controller, last } = setup({ engine: new FakeSpeechEngine([EN_SAMANTHA]) });
    controller.play();
    expect(engine.spoken).toHaveLength(0);
    expect(last().status).toBe('idle');
    expect(last().message).toMatch(/^No Arabic voice is installed.*Linux.*espeak-ng/);
  });

  it('skips a quote whose language has no voice, says so, and reads the rest', () => {
    const utterances = toUtterances([
      { text: 'The poet spoke first.', lang: 'en' },
      { text: 'שלום לכולם.', lang: 'he' },
      { text: 'Then the crowd cheered.', lang: 'en' },
    ]);
    const { engine, controller, last } = setup({ utterances, lang: 'en' });
    controller.play();
    engine.finishAll();
    expect(engine.spoken.map((s) => s.request.text)).toEqual(['The poet spoke first.', 'Then the crowd cheered.']);
    expect(last().message).toMatch(/^No Hebrew voice is installed/);
    expect(last()).toMatchObject({ done: 3, total: 3 });
  });

  it('waits for voices that arrive late (voiceschanged), then reads', () => {
    const engine = new FakeSpeechEngine([]);
    const { controller, last } = setup({ engine });
    controller.play();
    // Nothing speaks yet: idle (so no Pause button, no time left), saying why.
    expect(last()).toMatchObject({ status: 'idle', message: 'Loading voices…' });
    expect(engine.spoken).toHaveLength(0);
    engine.setVoices([AR_ZAC]);
    expect(last().status).toBe('speaking');
    expect(engine.current.request.voice).toEqual(AR_ZAC);
    expect(last().message).toBeNull();
  });

  it('gives up waiting for voices saying the browser has none at all (not that one language is missing)', () => {
    const { controller, last } = setup({ engine: new FakeSpeechEngine([]) });
    controller.play();
    vi.advanceTimersByTime(VOICES_TIMEOUT_MS);
    expect(last().status).toBe('idle');
    expect(last().message).toMatch(/^This browser reports no voices at all/);
    expect(last().message).not.toMatch(/No Arabic voice/);
  });

  it('stops waiting for voices on Stop', () => {
    const engine = new FakeSpeechEngine([]);
    const { controller, last } = setup({ engine });
    controller.play();
    controller.stop();
    engine.setVoices([AR_ZAC]);
    expect(engine.spoken).toHaveLength(0);
    expect(last().status).toBe('idle');
  });

  it('says so when the browser has no speech synthesis at all', () => {
    const { controller, last } = setup({ engine: null });
    controller.play();
    expect(last().message).toMatch(/can't read aloud/);
  });
});

describe('SpeechController: robustness', () => {
  it('moves on when an utterance starts but never ends (the watchdog, proportional to length and rate)', () => {
    const { engine, controller, last } = setup();
    controller.play();
    engine.current.events.start();
    vi.advanceTimersByTime(endTimeoutMs(ARTICLE[0]!.text, 1) - 1);
    expect(last().index).toBe(0);
    vi.advanceTimersByTime(1);
    expect(last()).toMatchObject({ index: 1, status: 'speaking' });
    expect(engine.current.request.text).toBe(ARTICLE[1]!.text);
  });

  it('a faster rate gives a shorter watchdog', () => {
    expect(endTimeoutMs('x'.repeat(200), 2)).toBeLessThan(endTimeoutMs('x'.repeat(200), 1));
    expect(endTimeoutMs('x'.repeat(200), 1)).toBeLessThan(endTimeoutMs('x'.repeat(400), 1));
  });

  it('retries an utterance that never starts once, then stops with a message', () => {
    const { engine, controller, last } = setup();
    controller.play();
    vi.advanceTimersByTime(START_TIMEOUT_MS);
    expect(engine.spoken).toHaveLength(2);
    expect(engine.spoken[1]!.request.text).toBe(ARTICLE[0]!.text);
    vi.advanceTimersByTime(START_TIMEOUT_MS);
    expect(engine.spoken).toHaveLength(2);
    expect(last()).toMatchObject({ status: 'idle', message: expect.stringMatching(/stopped responding/) });
  });

  it('turns errors into messages: interrupted by someone else, synthesis failed', () => {
    for (const [code, message] of [
      ['interrupted', /interrupted/],
      ['synthesis-failed', /failed to read/],
      ['audio-busy', /sound device/],
    ] as const) {
      const { engine, controller, last } = setup();
      controller.play();
      engine.current.events.start();
      engine.current.events.error(code);
      expect(last()).toMatchObject({ status: 'idle', message: expect.stringMatching(message) });
    }
  });

  it('skips a sentence whose language the voice cannot speak, with a message', () => {
    const { engine, controller, last } = setup();
    controller.play();
    engine.current.events.error('language-unavailable');
    expect(last()).toMatchObject({
      status: 'speaking',
      index: 1,
      message: expect.stringMatching(/can't speak Arabic/),
    });
  });

  it('stops on dispose and ignores voice changes afterwards', () => {
    const { engine, controller, last } = setup();
    controller.play();
    controller.dispose();
    engine.setVoices([AR_MAJED]);
    expect(last().status).toBe('idle');
    expect(engine.spoken).toHaveLength(1);
  });
});

describe('SpeechController: word boundaries', () => {
  it('reports plausible words in block offsets, and ignores boundaries that go backwards or out of range', () => {
    const utterances = toUtterances([{ text: 'Hello brave new world. Second one.', lang: 'en' }]);
    const { engine, controller, words } = setup({ utterances, lang: 'en' });
    controller.play(1);
    const u = utterances[1]!;
    engine.current.events.start();
    engine.current.events.boundary(0, null);
    engine.current.events.boundary(7, 3);
    engine.current.events.boundary(2, null);
    engine.current.events.boundary(500, null);
    expect(words).toEqual([
      [u.start, u.start + 6],
      [u.start + 7, u.start + 10],
    ]);
  });
});
