/** The shared read-aloud controls: what they show for a state, and what they do (actions, settings). */
import { describe, expect, it, vi } from 'vitest';

import { browser } from '../../../src/platform/browser';
import { IDLE_SPEECH, type SpeechState } from '../../../src/shared/messages';
import { SettingsStore, type ChangeEventLike, type StorageAreaLike } from '../../../src/shared/settings-store';
import { speechControls, timeLeft, type SpeechActions } from '../../../src/shared/ui/speech-controls';
import { isChromiumOnLinux, noVoicesMessage, platformOf } from '../../../src/shared/speech-help';
import type { VoiceLike } from '../../../src/text/voices';
import { AR_MAJED, AR_ZAC, EN_SAMANTHA, voice } from '../../support/fake-speech-engine';

const store = new SettingsStore(
  browser.storage.local as unknown as StorageAreaLike,
  browser.storage.onChanged as unknown as ChangeEventLike,
);

function mount(
  voices: VoiceLike[] = [AR_ZAC, AR_MAJED, EN_SAMANTHA, { ...AR_ZAC }],
  onVoicesChanged?: (listener: () => void) => () => void,
) {
  const calls: string[] = [];
  const actions: SpeechActions = {
    play: (from) => calls.push(`play${from ?? ''}`),
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    stop: () => calls.push('stop'),
    next: () => calls.push('next'),
    previous: () => calls.push('previous'),
  };
  const controls = speechControls(document, {
    actions,
    settings: store.feed(),
    voices: () => voices,
    onVoicesChanged,
    platform: 'windows',
  });
  document.body.replaceChildren(controls.element);
  const q = <T extends Element>(selector: string) => controls.element.querySelector<T>(selector)!;
  const button = (name: string) =>
    [...controls.element.querySelectorAll('button')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
    )!;
  return { controls, calls, q, button };
}

const state = (patch: Partial<SpeechState>): SpeechState => ({ ...IDLE_SPEECH, total: 10, ...patch });

describe('speech controls', () => {
  it('shows Read aloud / Pause / Resume and calls the matching action', () => {
    const { controls, calls, button } = mount();
    controls.render(state({}), 'ar', 'rtl');
    button('Read aloud').click();
    controls.render(state({ status: 'speaking', voice: 'Majed — ar-001', index: 2, done: 2 }), 'ar', 'rtl');
    button('Pause').click();
    controls.render(state({ status: 'paused', index: 3, done: 3 }), 'ar', 'rtl');
    button('Resume').click();
    button('Stop').click();
    button('Next sentence').click();
    button('Previous sentence').click();
    expect(calls).toEqual(['play', 'pause', 'resume', 'stop', 'next', 'previous']);
  });

  it('has a progress bar named "Reading progress": finished sentences of the total, full at the end', () => {
    const { controls, q } = mount();
    controls.render(state({ status: 'speaking', index: 3, done: 3 }), 'ar', 'rtl');
    const bar = q('[role="progressbar"]');
    expect(bar.getAttribute('aria-label')).toBe('Reading progress');
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['3', '10']);
    expect(bar.getAttribute('aria-valuetext')).toBe('3 of 10 sentences');
    controls.render(state({ index: 10, done: 10 }), 'ar', 'rtl');
    expect(bar.getAttribute('aria-valuenow')).toBe('10');
  });

  it("points the previous/next arrows where the buttons sit, in the UI's direction, whatever the article's", () => {
    const { controls, button } = mount();
    // An English UI lays the buttons out left to right: Previous on the left, pointing left, even over Arabic.
    controls.render(state({ index: 4 }), 'ar', 'rtl');
    expect([button('Previous sentence').textContent, button('Next sentence').textContent]).toEqual(['←', '→']);
    controls.render(state({ index: 4 }), 'en', 'ltr');
    expect([button('Previous sentence').textContent, button('Next sentence').textContent]).toEqual(['←', '→']);
  });

  it('lists the article language\'s voices once each, labelled "name — lang", and remembers the choice per language', async () => {
    const { controls, q } = mount();
    controls.render(state({}), 'ar-EG', 'rtl');
    const select = q<HTMLSelectElement>('select');
    // Main voices first (best match for the article's tag on top), espeak-ng's variants under "More voices".
    await vi.waitFor(() =>
      expect([...select.options].map((o) => o.textContent)).toEqual(['Majed — ar-001', 'Arabic+Zac espeak-ng — ar']),
    );
    expect([...select.querySelectorAll('optgroup')].map((g) => [g.label, g.children.length])).toEqual([
      ['More voices', 1],
    ]);
    expect(select.value).toBe(AR_MAJED.voiceURI);
    select.value = AR_ZAC.voiceURI;
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect((await store.load()).voices).toEqual({ ar: AR_ZAC.voiceURI }));
    await vi.waitFor(() => expect(select.value).toBe(AR_ZAC.voiceURI));
  });

  it('remembers the speed and follows it from storage', async () => {
    const { controls, q } = mount();
    controls.render(state({}), 'ar', 'rtl');
    const slider = q<HTMLInputElement>('input[type="range"]');
    expect([slider.min, slider.max]).toEqual(['0.5', '2']);
    slider.value = '1.5';
    slider.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect((await store.load()).rate).toBe(1.5));
    await store.setPref('rate', 0.8);
    await vi.waitFor(() => expect(slider.value).toBe('0.8'));
    expect(slider.getAttribute('aria-valuetext')).toBe('0.8×');
  });

  it("says plainly when no voice speaks the article's language, with how to add one, and keeps the controls", () => {
    const { controls, q, button } = mount([EN_SAMANTHA, voice('x', 'Anna', 'de-DE')]);
    controls.render(state({}), 'ar', 'rtl');
    const select = q<HTMLSelectElement>('select');
    expect(select.disabled).toBe(true);
    expect(select.options[0]?.textContent).toBe('No Arabic voice');
    const line = q('[role="status"]');
    expect(line.getAttribute('aria-live')).toBe('polite');
    expect(line.textContent).toMatch(/^No Arabic voice is installed.*Windows.*Add voices/);
    expect(button('Read aloud').hidden).toBe(false);
  });

  it('tells "no voices at all" apart from "no voice for this language", naming Chromium\'s flag on Linux', () => {
    const { controls, q } = mount([]);
    controls.render(state({}), 'en', 'ltr');
    expect(q<HTMLSelectElement>('select').options[0]?.textContent).toBe('No voices');
    const chromium =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36';
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
    expect(isChromiumOnLinux(chromium)).toBe(true);
    expect(isChromiumOnLinux(firefox)).toBe(false);
    expect(noVoicesMessage('linux', chromium)).toMatch(
      /^This browser reports no voices at all.*--enable-speech-dispatcher/,
    );
    expect(noVoicesMessage('linux', firefox)).toMatch(
      /^This browser reports no voices at all.*install speech-dispatcher and espeak-ng/,
    );
    expect(noVoicesMessage('windows', 'Mozilla/5.0 (Windows NT 10.0) Chrome/140.0')).not.toContain(
      '--enable-speech-dispatcher',
    );
  });

  it('says "Loading voices…", not "No voices", until the browser has listed its voices', () => {
    vi.useFakeTimers();
    try {
      const voices: VoiceLike[] = [];
      let changed = () => {};
      const { controls, q } = mount(voices, (listener) => ((changed = listener), () => {}));
      controls.render(state({}), 'en', 'ltr');
      expect(q<HTMLSelectElement>('select').options[0]?.textContent).toBe('Loading voices…');
      voices.push(EN_SAMANTHA);
      changed();
      expect(q<HTMLSelectElement>('select').options[0]?.textContent).toBe('Samantha — en-US');

      // A browser that never lists any: after a while the select says so.
      const none = mount([], () => () => {});
      none.controls.render(state({}), 'en', 'ltr');
      expect(none.q<HTMLSelectElement>('select').options[0]?.textContent).toBe('Loading voices…');
      vi.advanceTimersByTime(3000);
      expect(none.q<HTMLSelectElement>('select').options[0]?.textContent).toBe('No voices');
    } finally {
      vi.useRealTimers();
    }
  });

  it("says where it paused, and keeps the reader's status short (the Voice select names the voice)", () => {
    const { controls, q } = mount();
    controls.render(state({ status: 'paused', index: 3 }), 'ar', 'rtl');
    expect(q('[role="status"]').textContent).toBe('Paused at sentence 4 of 10');
    const compact = speechControls(document, {
      actions: { play() {}, pause() {}, resume() {}, stop() {}, next() {}, previous() {} },
      settings: store.feed(),
      voices: () => [AR_MAJED],
      platform: 'linux',
      compactStatus: true,
    });
    const line = compact.element.querySelector('[role="status"]')!;
    compact.render(state({ status: 'speaking', index: 1, voice: 'Majed — ar-001', lang: 'ar-001' }), 'ar', 'rtl');
    expect(line.textContent).toBe('Reading sentence 2 of 10');
    // A quote in another language names its voice.
    compact.render(state({ status: 'speaking', index: 2, voice: 'Samantha — en-US', lang: 'en-US' }), 'ar', 'rtl');
    expect(line.textContent).toBe('Reading sentence 3 of 10 with Samantha — en-US');
    compact.destroy();
  });

  it("shows the controller's message first, else which sentence and voice", () => {
    const { controls, q } = mount();
    controls.render(state({ status: 'speaking', index: 1, voice: 'Majed — ar-001', secondsLeft: 95 }), 'ar', 'rtl');
    expect(q('[role="status"]').textContent).toBe('Reading sentence 2 of 10 with Majed — ar-001');
    expect(q('.left').textContent).toBe('About 2 min left');
    controls.render(state({ message: 'The voice failed to read this text.' }), 'ar', 'rtl');
    expect(q('[role="status"]').textContent).toBe('The voice failed to read this text.');
    expect(timeLeft(42)).toBe('About 42 s left');
  });
});

describe('platformOf', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120', 'windows'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari', 'mac'],
    ['Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) Chrome/120', 'chromeos'],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/120 Mobile', 'android'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko Firefox/140', 'linux'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)', 'ios'],
    ['curl/8', 'other'],
  ])('%s → %s', (ua, platform) => expect(platformOf(ua)).toBe(platform));
});
