/**
 * Read-aloud controls, one builder for the popup and the reader toolbar (same state, same strings):
 * Read aloud / Pause / Resume, Stop, Previous and Next sentence (arrows pointing where the buttons sit), Speed
 * (remembered), Voice for the article's language (remembered per language), a progress bar, time left and
 * a status line. It only renders a `SpeechState` and calls `actions`; settings go through the store.
 */
import { primaryLanguage } from '../../text/language';
import { chooseVoice, voiceLabel, voiceMenu, type VoiceLike } from '../../text/voices';
import { t, uiLocale } from '../i18n';
import type { SpeechState } from '../messages';
import type { Dir } from '../../text/direction';
import { LIMITS, type Settings } from '../settings';
import type { SettingsFeed } from '../settings-store';
import { languageName, noVoiceMessage, type Platform } from '../speech-help';
import css from './speech-controls.css?inline';

/** How long an empty voice list counts as still loading when the browser has not said it is complete. */
const VOICES_LISTED_MS = 3000;

export interface SpeechActions {
  play(from?: number): void;
  pause(): void;
  resume(): void;
  stop(): void;
  next(): void;
  previous(): void;
}

export interface SpeechControlsOptions {
  actions: SpeechActions;
  settings: SettingsFeed;
  voices(): VoiceLike[];
  onVoicesChanged?(listener: () => void): () => void;
  platform: Platform;
  /**
   * A short reading status ("Reading sentence 3 of 12"), naming the voice only when it is not the Voice select's
   * (a quote in another language): the reader's toolbar keeps it on one line, so the toolbar keeps its height.
   */
  compactStatus?: boolean;
}

export interface SpeechControls {
  element: HTMLElement;
  /** Show the state of speech for an article of language `lang` and direction `dir` (the arrows follow the UI's). */
  render(state: SpeechState, lang: string | null, dir: Dir): void;
  destroy(): void;
}

/**
 * Adopt the controls' stylesheet (plus `extra` CSS) into a document or shadow root. Constructable, so it works
 * under a page's strict CSP.
 */
export function adoptSpeechStyles(root: Document | ShadowRoot, extra = ''): void {
  const doc = 'defaultView' in root ? root : root.ownerDocument;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) return;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css + extra);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets (old engines): the controls stay usable unstyled.
  }
}

/** "2 min left" / "40 s left". */
export function timeLeft(seconds: number): string {
  return seconds >= 60
    ? t('speechMinutesLeft', String(Math.round(seconds / 60)))
    : t('speechSecondsLeft', String(Math.max(0, seconds)));
}

export function speechControls(doc: Document, options: SpeechControlsOptions): SpeechControls {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const root = make('div', { class: 'qari-speech', role: 'group', 'aria-label': t('speechControls') });
  const buttons = make('div', { class: 'buttons' });
  const play = make('button', { type: 'button', class: 'play' }, t('speechPlay'));
  const previous = make('button', {
    type: 'button',
    class: 'previous',
    'aria-label': t('speechPrevious'),
    title: t('speechPrevious'),
  });
  const next = make('button', { type: 'button', class: 'next', 'aria-label': t('speechNext'), title: t('speechNext') });
  const stop = make('button', { type: 'button', class: 'stop' }, t('speechStop'));
  buttons.append(play, previous, next, stop);

  const speedLabel = make('label', {}, t('speechSpeed'));
  const speed = make('input', {
    type: 'range',
    min: String(LIMITS.rate.min),
    max: String(LIMITS.rate.max),
    step: String(LIMITS.rate.step),
    value: '1',
  });
  // The slider announces its own value (aria-valuetext); the visible copy is not a second live region.
  const speedValue = make('span', { 'aria-hidden': 'true' }, '1×');
  speedLabel.append(speed, speedValue);

  const voiceLabelEl = make('label', {}, t('speechVoice'));
  const voice = make('select');
  voiceLabelEl.append(voice);

  const progress = make('div', {
    class: 'progress',
    role: 'progressbar',
    'aria-label': t('speechProgress'),
    'aria-valuemin': '0',
    'aria-valuemax': '0',
    'aria-valuenow': '0',
  });
  const bar = make('div');
  progress.append(bar);
  const left = make('p', { class: 'left' });
  const line = make('p', { class: 'line', role: 'status', 'aria-live': 'polite' });
  root.append(buttons, speedLabel, voiceLabelEl, progress, left, line);

  let state: SpeechState | null = null;
  let lang: string | null = null;
  let saved: Record<string, string> = {};
  let shownLang: string | null | undefined;

  play.addEventListener('click', () => {
    if (state?.status === 'speaking') options.actions.pause();
    else if (state?.status === 'paused') options.actions.resume();
    else options.actions.play();
  });
  stop.addEventListener('click', () => options.actions.stop());
  previous.addEventListener('click', () => options.actions.previous());
  next.addEventListener('click', () => options.actions.next());
  const showSpeed = (rate: number) => {
    speedValue.textContent = `${rate}×`;
    speed.setAttribute('aria-valuetext', `${rate}×`);
  };
  speed.addEventListener('input', () => showSpeed(Number(speed.value)));
  speed.addEventListener('change', () => void options.settings.store.setPref('rate', Number(speed.value)));
  voice.addEventListener('change', () => {
    const primary = primaryLanguage(lang);
    if (primary && voice.value) void options.settings.store.setVoice(primary, voice.value);
  });

  /**
   * Fill the Voice select with the article language's voices (de-duplicated), the saved or best one selected:
   * the main voices first, best match for the article's tag on top, their variants (espeak-ng has ~70 per
   * language) in a "More voices" group.
   */
  function fillVoices(force = false): void {
    if (!force && shownLang === lang) return;
    shownLang = lang;
    const primary = primaryLanguage(lang);
    const all = options.voices();
    const { main, more } = voiceMenu(all, lang);
    voice.replaceChildren();
    if (!main.length) {
      const empty = !all.length
        ? t(voicesListed ? 'speechNoVoicesOption' : 'speechLoadingVoices')
        : primary
          ? t('speechNoVoiceOption', languageName(lang))
          : t('speechNoLanguage');
      voice.append(make('option', { value: '' }, empty));
      voice.disabled = true;
      return;
    }
    voice.disabled = false;
    const chosen = chooseVoice([...main, ...more], lang, primary ? saved[primary] : null);
    const option = (v: VoiceLike) => {
      const node = make('option', { value: v.voiceURI }, voiceLabel(v));
      node.selected = v.voiceURI === chosen?.voiceURI;
      return node;
    };
    voice.append(...main.map(option));
    if (more.length) {
      const group = make('optgroup', { label: t('speechMoreVoices') });
      group.append(...more.map(option));
      voice.append(group);
    }
  }

  function hasVoice(): boolean {
    const primary = primaryLanguage(lang);
    return !primary || options.voices().some((v) => primaryLanguage(v.lang) === primary);
  }

  function update(): void {
    if (!state) return;
    const s = state;
    play.textContent = t(
      s.status === 'speaking' ? 'speechPause' : s.status === 'paused' ? 'speechResume' : 'speechPlay',
    );
    play.setAttribute('aria-pressed', String(s.status === 'speaking'));
    stop.disabled = s.status === 'idle';
    previous.disabled = s.total === 0 || s.index <= 0;
    next.disabled = s.total === 0 || s.index >= s.total - 1;
    progress.setAttribute('aria-valuemax', String(s.total));
    progress.setAttribute('aria-valuenow', String(Math.min(s.done, s.total)));
    progress.setAttribute(
      'aria-valuetext',
      t('speechProgressText', [String(Math.min(s.done, s.total)), String(s.total)]),
    );
    bar.style.setProperty('inline-size', s.total ? `${(100 * Math.min(s.done, s.total)) / s.total}%` : '0');
    left.textContent = s.total && s.status !== 'idle' ? timeLeft(s.secondsLeft) : '';
    fillVoices();
    const message =
      s.message ??
      (!hasVoice() && options.voices().length ? noVoiceMessage(lang, options.platform) : null) ??
      (s.status === 'speaking' && s.voice
        ? options.compactStatus && primaryLanguage(s.lang) === primaryLanguage(lang)
          ? t('speechReadingSentence', [String(Math.min(s.index + 1, s.total)), String(s.total)])
          : t('speechReadingWith', [String(Math.min(s.index + 1, s.total)), String(s.total), s.voice])
        : s.status === 'paused' && s.total
          ? t('speechPaused', [String(Math.min(s.index + 1, s.total)), String(s.total)])
          : '');
    if (line.textContent !== message) line.textContent = message;
  }

  const applySettings = (settings: Settings) => {
    saved = settings.voices;
    speed.value = String(settings.rate);
    showSpeed(settings.rate);
    fillVoices(true);
  };
  // Until the browser has listed its voices (its first voiceschanged, or VOICES_LISTED_MS without one), an empty
  // list means "loading", not "none": the select says so instead of claiming there are no voices.
  let voicesListed = options.voices().length > 0 || !options.onVoicesChanged;
  const listing = voicesListed ? undefined : setTimeout(() => listed(), VOICES_LISTED_MS);
  const unsubscribeStore = options.settings.onChange(applySettings);
  const first = options.settings.current();
  if (first) applySettings(first);
  const listed = () => {
    voicesListed = true;
    clearTimeout(listing);
    fillVoices(true);
    update();
  };
  const unsubscribeVoices = options.onVoicesChanged?.(listed) ?? (() => {});

  return {
    element: root,
    render(next_, lang_) {
      state = next_;
      lang = lang_;
      // The buttons are laid out in the UI's direction, so each arrow points the way its button sits (in an RTL
      // UI Previous is on the right: →). The keyboard's arrow keys follow the article's direction instead.
      const rtl = uiLocale().dir === 'rtl';
      previous.textContent = rtl ? '→' : '←';
      next.textContent = rtl ? '←' : '→';
      update();
    },
    destroy() {
      clearTimeout(listing);
      unsubscribeStore();
      unsubscribeVoices();
      root.remove();
    },
  };
}
