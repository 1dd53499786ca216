/** Read-aloud in the reader view: keys (mirrored for RTL articles) and a click on a paragraph to read from there. */
import { describe, expect, it } from 'vitest';

import { browser } from '../../../src/platform/browser';
import { ReaderSpeech } from '../../../src/content/speech/reader-speech';
import { IDLE_SPEECH } from '../../../src/shared/messages';
import { SettingsStore, type ChangeEventLike, type StorageAreaLike } from '../../../src/shared/settings-store';
import { toUtterances } from '../../../src/text/sentences';
import { FakeSpeechEngine } from '../../support/fake-speech-engine';
import type { Dir } from '../../../src/text/direction';

const store = new SettingsStore(
  browser.storage.local as unknown as StorageAreaLike,
  browser.storage.onChanged as unknown as ChangeEventLike,
);
const utterances = toUtterances([
  { text: 'الجملة الأولى. الجملة الثانية.', lang: 'ar' },
  { text: 'الفقرة الثانية.', lang: 'ar' },
]);

function mount(dir: Dir) {
  document.body.innerHTML = '';
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<div class="dialog" tabindex="-1"><div class="toolbar"><div class="speech-slot"></div></div>
    <main><div class="body"><p>الجملة الأولى. الجملة الثانية.</p><p>الفقرة <a href="#x">الثانية</a>.</p></div></main></div>`;
  const calls: string[] = [];
  const record = (name: string) => (from?: number) => void calls.push(from === undefined ? name : `${name}${from}`);
  const reader = new ReaderSpeech({
    slot: shadow.querySelector('.speech-slot')!,
    body: shadow.querySelector('.body')!,
    keyTarget: shadow.querySelector('.dialog')!,
    shadow,
    lang: 'ar',
    dir,
    settings: store.feed(),
    engine: new FakeSpeechEngine(),
    platform: 'linux',
    utterances: () => utterances,
    actions: {
      play: record('play'),
      pause: record('pause'),
      resume: record('resume'),
      stop: record('stop'),
      next: record('next'),
      previous: record('previous'),
      toggle: record('toggle'),
    },
  });
  reader.render({ ...IDLE_SPEECH, total: utterances.length });
  const press = (key: string, target: Element = shadow.querySelector('.dialog')!) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  return { shadow, calls, press, reader };
}

describe('reader read-aloud', () => {
  it('puts the controls in the toolbar slot', () => {
    const { shadow } = mount('rtl');
    expect(shadow.querySelector('.speech-slot [role="group"]')?.getAttribute('aria-label')).toBe('Read aloud controls');
  });

  it('Space and K play/pause; arrows are mirrored for a right-to-left article', () => {
    const { calls, press } = mount('rtl');
    press(' ');
    press('k');
    press('ArrowLeft');
    press('ArrowRight');
    expect(calls).toEqual(['toggle', 'toggle', 'next', 'previous']);
  });

  it('arrows follow reading order in a left-to-right article, and keys are left alone in form controls', () => {
    const { calls, press, shadow } = mount('ltr');
    press('ArrowRight');
    press('ArrowLeft');
    press('ArrowRight', shadow.querySelector('input[type="range"]')!);
    press(' ', shadow.querySelector('button')!);
    expect(calls).toEqual(['next', 'previous']);
  });

  it('a click on a paragraph reads from its first sentence; a click on a link does not', () => {
    const { calls, shadow } = mount('rtl');
    const [, second] = shadow.querySelectorAll('.body p');
    second!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    shadow.querySelector('a')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(calls).toEqual(['play2']);
  });
});
