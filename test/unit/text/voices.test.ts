import { describe, expect, it } from 'vitest';
import {
  chooseVoice,
  groupVoicesByLanguage,
  isVoiceVariant,
  voiceLabel,
  voiceMenu,
  voicesForLanguage,
  type VoiceLike,
} from '../../../src/text/voices';

const v = (voiceURI: string, name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({
  voiceURI,
  name,
  lang,
  localService,
  default: isDefault,
});

const ESPEAK_AR = v('espeak-ar', 'Arabic+Zac espeak-ng', 'ar');
const GOOGLE_AR = v('google-ar', 'Google العربية', 'ar-SA', false);
const HODA = v('ms-hoda', 'Microsoft Hoda', 'ar-EG');
const MAJED = v('com.apple.majed', 'Majed', 'ar_001', true, true);
const CARMIT = v('carmit', 'Carmit', 'he-IL');
const ANDROID_HE = v('android-iw', 'Android Hebrew', 'iw_IL');
const DARIUSH = v('dariush', 'Dariush', 'fa-IR', false);
const SAMANTHA = v('samantha', 'Samantha', 'en-US', true, true);
const GOOGLE_EN = v('google-en', 'Google US English', 'en-US', false);
const SAMANTHA_DUP_NAME = v('samantha-2', 'Samantha', 'en_US', true, false);
const SAMANTHA_DUP_URI = v('samantha', 'Samantha (copy)', 'en-US');
const WEIRD = v('weird', 'Weird', '');

const VOICES: VoiceLike[] = [
  SAMANTHA,
  GOOGLE_AR,
  ESPEAK_AR,
  CARMIT,
  HODA,
  GOOGLE_EN,
  MAJED,
  DARIUSH,
  ANDROID_HE,
  SAMANTHA_DUP_NAME,
  SAMANTHA_DUP_URI,
  WEIRD,
];
const uris = (list: VoiceLike[]): string[] => list.map((x) => x.voiceURI);

describe('voicesForLanguage', () => {
  const cases: [string | null | undefined, string[]][] = [
    ['ar', ['espeak-ar', 'com.apple.majed', 'ms-hoda', 'google-ar']],
    ['ar-EG', ['ms-hoda', 'com.apple.majed', 'espeak-ar', 'google-ar']],
    ['AR_eg', ['ms-hoda', 'com.apple.majed', 'espeak-ar', 'google-ar']],
    ['ar-001', ['com.apple.majed', 'espeak-ar', 'ms-hoda', 'google-ar']],
    ['ar-SA', ['google-ar', 'com.apple.majed', 'espeak-ar', 'ms-hoda']],
    ['he', ['android-iw', 'carmit']],
    ['iw', ['android-iw', 'carmit']],
    ['fa', ['dariush']],
    ['ur', []],
    ['', []],
    [null, []],
    [undefined, []],
    ['??', []],
  ];
  it.each(cases)('%j', (lang, expected) => expect(uris(voicesForLanguage(VOICES, lang))).toEqual(expected));

  it('never returns a voice of another language', () => {
    for (const x of voicesForLanguage(VOICES, 'en')) expect(x.lang.toLowerCase().startsWith('en')).toBe(true);
  });

  it('does not mutate its input', () => {
    const copy = [...VOICES];
    voicesForLanguage(VOICES, 'ar');
    expect(VOICES).toEqual(copy);
  });
});

describe('chooseVoice', () => {
  const cases: [string, string | null | undefined, string | null | undefined, string | null][] = [
    ['local default voice of the language', 'ar', undefined, 'com.apple.majed'],
    ['saved voice that still exists and matches', 'ar', 'google-ar', 'google-ar'],
    ['saved voice of another language is ignored', 'ar', 'samantha', 'com.apple.majed'],
    ['saved voice that disappeared is ignored', 'ar', 'gone', 'com.apple.majed'],
    ['null saved voice', 'ar-EG', null, 'com.apple.majed'],
    ['local voice when there is no local default', 'he', undefined, 'android-iw'],
    ['legacy iw tag', 'iw-IL', undefined, 'android-iw'],
    ['saved Hebrew voice', 'he', 'carmit', 'carmit'],
    ['any voice when none is local', 'fa-IR', undefined, 'dariush'],
    ['English default', 'en', undefined, 'samantha'],
    ['saved remote English voice', 'en-US', 'google-en', 'google-en'],
    ['no voice for Urdu', 'ur', undefined, null],
    ['no voice for Urdu even with a saved voice of another language', 'ur', 'com.apple.majed', null],
    ['no language', null, 'samantha', null],
  ];
  it.each(cases)('%s', (_name, lang, saved, expected) => {
    expect(chooseVoice(VOICES, lang, saved)?.voiceURI ?? null).toBe(expected);
  });

  it('prefers a local voice over a remote default', () => {
    const voices = [v('remote', 'Remote', 'ar', false, true), v('local', 'Local', 'ar', true, false)];
    expect(chooseVoice(voices, 'ar')?.voiceURI).toBe('local');
  });

  it('returns null for an empty list', () => {
    expect(chooseVoice([], 'ar')).toBeNull();
  });
});

describe('a plain language tag picks the plainest voice of its likely region', () => {
  // espeak-ng through speech-dispatcher, as Chromium lists it on Linux: all local, none default.
  const ESPEAK_EN = [
    v('en-029', 'English (Caribbean)', 'en-029'),
    v('en-gb', 'English (Great Britain)', 'en-GB'),
    v('en-us-nyc', 'English (America, New York City)', 'en-US-NYC'),
    v('en-gb-rp', 'English (Received Pronunciation)', 'en-GB-X-RP'),
    v('en-us', 'English (America)', 'en-US'),
  ];
  it.each([
    ['en', 'en-us'],
    ['en-US', 'en-us'],
    ['en-GB', 'en-gb'],
    ['en-029', 'en-029'],
  ])('%s → %s', (lang, uri) => {
    expect(chooseVoice(ESPEAK_EN, lang)?.voiceURI).toBe(uri);
  });
});

describe('groupVoicesByLanguage', () => {
  const groups = groupVoicesByLanguage(VOICES);

  it('groups by primary language, sorted', () => {
    expect(groups.map((g) => g.lang)).toEqual(['ar', 'en', 'fa', 'he', 'und']);
  });

  it('sorts voices by name inside a group', () => {
    expect(groups.find((g) => g.lang === 'ar')?.voices.map((x) => x.name)).toEqual([
      'Arabic+Zac espeak-ng',
      'Google العربية',
      'Majed',
      'Microsoft Hoda',
    ]);
    expect(uris(groups.find((g) => g.lang === 'he')?.voices ?? [])).toEqual(['android-iw', 'carmit']);
  });

  it('drops duplicates by voiceURI and by name + language', () => {
    expect(uris(groups.find((g) => g.lang === 'en')?.voices ?? [])).toEqual(['google-en', 'samantha']);
    const total = groups.reduce((n, g) => n + g.voices.length, 0);
    expect(total).toBe(VOICES.length - 2);
  });

  it('is empty for no voices', () => {
    expect(groupVoicesByLanguage([])).toEqual([]);
  });
});

describe('voiceLabel', () => {
  const cases: [VoiceLike, string][] = [
    [ESPEAK_AR, 'Arabic+Zac espeak-ng — ar'],
    [MAJED, 'Majed — ar-001'],
    [ANDROID_HE, 'Android Hebrew — he-IL'],
    [GOOGLE_AR, 'Google العربية — ar-SA'],
    [v('x', '', 'fa-IR'), 'fa-IR'],
    [WEIRD, 'Weird'],
  ];
  it.each(cases)('%j → %s', (voice, expected) => expect(voiceLabel(voice)).toBe(expected));
});

describe('voiceMenu (espeak-ng lists ~70 variants of every voice)', () => {
  const espeak = (name: string, lang: string) => v(`${name} espeak-ng`, `${name} espeak-ng`, lang);
  const LIST = [
    espeak('English (America)+Zac', 'en-US'),
    espeak('English (Great Britain)+Annie', 'en-GB'),
    espeak('English (America)', 'en-US'),
    espeak('English (Great Britain)', 'en-GB'),
    espeak('English (Scotland)', 'en-GB-SCOTLAND'),
    espeak('English (America)+Adam', 'en-US'),
    espeak('Arabic', 'ar'),
  ];
  const names = (list: VoiceLike[]) => list.map((x) => x.name.replace(' espeak-ng', ''));

  it('tells a variant ("+Zac") from a main voice', () => {
    expect(LIST.map(isVoiceVariant)).toEqual([true, true, false, false, false, true, false]);
  });

  it("puts the main voices first, the article's own tag on top, and the variants after them in the same order", () => {
    const gb = voiceMenu(LIST, 'en-GB');
    expect(names(gb.main)).toEqual(['English (Great Britain)', 'English (America)', 'English (Scotland)']);
    expect(names(gb.more)).toEqual([
      'English (Great Britain)+Annie',
      'English (America)+Adam',
      'English (America)+Zac',
    ]);
    expect(names(voiceMenu(LIST, 'en').main)[0]).toBe('English (America)');
  });

  it('chooses a main voice over its variants, and keeps variants as main voices when a language has nothing else', () => {
    expect(chooseVoice(LIST, 'en-US')?.name).toBe('English (America) espeak-ng');
    const only = [espeak('Hebrew+Max', 'he'), espeak('Hebrew+Anna', 'he')];
    expect(voiceMenu(only, 'he')).toEqual({ main: [only[1], only[0]], more: [] });
    expect(voiceMenu(LIST, 'fr')).toEqual({ main: [], more: [] });
  });
});
