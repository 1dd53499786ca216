import { describe, expect, it } from 'vitest';
import {
  arabicScriptEvidence,
  confidentArabicScriptLanguage,
  guessArabicScriptLanguage,
  type ArabicScriptLanguage,
} from '../../../src/text/arabic-script-language';

const AR = 'قالت وزارة الصحة إن عدد الحالات ارتفع خلال الأسبوع الماضي';
const FA = 'وزارت بهداشت اعلام کرد که تعداد بیماران در هفته گذشته افزایش یافته است';
const UR = 'وزیر اعظم نے کہا کہ حکومت عوام کی مدد کرے گی اور مہنگائی کم ہوگی۔';

describe('arabicScriptEvidence', () => {
  it('counts markers of each orthography and ignores other scripts and digits', () => {
    expect(arabicScriptEvidence('پچژگ یک ةى يك ٹڈ abc ١٢٣')).toEqual({
      letters: 12,
      urdu: 2,
      persianStrong: 4,
      persianWeak: 2,
      arabicStrong: 2,
      arabicWeak: 2,
    });
  });
  it('is all zero for non-Arabic text', () => {
    expect(arabicScriptEvidence('Hello שלום').letters).toBe(0);
  });
});

describe('guessArabicScriptLanguage', () => {
  const cases: [string, string, ArabicScriptLanguage | null][] = [
    ['Arabic', AR, 'ar'],
    ['Persian', FA, 'fa'],
    ['Urdu', UR, 'ur'],
    ['Arabic with English', `${AR} (WHO)`, 'ar'],
    ['Persian with Arabic ي/ك and پ/گ', 'پزشكان گفتند كه بيماري در حال گسترش است', 'fa'],
    ['Persian quoted inside a longer Arabic text', `${AR} ${AR} ${AR} «ژاله»`, 'ar'],
    ['Arabic quoted inside a longer Persian text', `${FA} ${FA} «${AR}»`, 'fa'],
    ['Urdu with a short Arabic phrase', `${UR} ${UR} «${'السلام عليكم'}»`, 'ur'],
    ['no Arabic letters', 'Hello', null],
    ['digits only', '١٢٣', null],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(guessArabicScriptLanguage(text)).toBe(expected));
});

describe('confidentArabicScriptLanguage', () => {
  const cases: [string, string, ArabicScriptLanguage | null][] = [
    ['Arabic sentence', AR, 'ar'],
    ['Persian sentence', FA, 'fa'],
    ['Urdu sentence', UR, 'ur'],
    ['too short to be sure', 'این کتاب', null],
    ['mixed Persian and Arabic markers', `${FA} ${AR}`, null],
    ['no markers at all', 'سلام دوست من امروز خوب است و هوا خوب است', null],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(confidentArabicScriptLanguage(text)).toBe(expected));
});
