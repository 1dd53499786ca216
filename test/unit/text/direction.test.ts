import { describe, expect, it } from 'vitest';
import { countStrong, firstStrongDirection, isRtlLanguage, textDirection, type Dir } from '../../../src/text/direction';

describe('countStrong', () => {
  const cases: [string, string, { rtl: number; ltr: number }][] = [
    ['empty', '', { rtl: 0, ltr: 0 }],
    ['English', 'Hello world', { rtl: 0, ltr: 10 }],
    ['Arabic', 'مرحبا بالعالم', { rtl: 12, ltr: 0 }],
    ['Hebrew', 'שלום עולם', { rtl: 8, ltr: 0 }],
    ['Persian', 'سلام دنیا', { rtl: 8, ltr: 0 }],
    ['Urdu', 'ہیلو دنیا', { rtl: 8, ltr: 0 }],
    ['Arabic harakat are marks, not letters', 'بَيْتٌ', { rtl: 3, ltr: 0 }],
    ['Hebrew niqqud are marks', 'שָׁלוֹם', { rtl: 4, ltr: 0 }],
    ['ASCII digits and punctuation are weak', '123, 4.5! (?) — %', { rtl: 0, ltr: 0 }],
    ['Arabic-Indic digits are not letters', '١٢٣ ٣٫٥ ۱۲۳', { rtl: 0, ltr: 0 }],
    ['Arabic punctuation is not strong', '، ؛ ؟ ۔', { rtl: 0, ltr: 0 }],
    ['Arabic presentation forms (lam-alef, FEFB)', '\uFEFB\uFE8D', { rtl: 2, ltr: 0 }],
    ['Hebrew presentation forms (FB2A, FB4B)', '\uFB2A\uFB4B', { rtl: 2, ltr: 0 }],
    ['Syriac', 'ܫܠܡܐ', { rtl: 4, ltr: 0 }],
    ['Thaana', 'ދިވެހި', { rtl: 3, ltr: 0 }],
    ['NKo', 'ߒߞߏ', { rtl: 3, ltr: 0 }],
    ['Arabic Supplement / Extended-A letters', '\u0750\u08A0', { rtl: 2, ltr: 0 }],
    ['bidi marks are not letters', '\u200F\u200E\u061C', { rtl: 0, ltr: 0 }],
    ['mixed', 'iPhone 15 يصل', { rtl: 3, ltr: 6 }],
    ['CJK, Cyrillic and Greek are LTR', '日本 Мир Αβ', { rtl: 0, ltr: 7 }],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(countStrong(text)).toEqual(expected);
  });
});

describe('textDirection', () => {
  const cases: [string, Dir | null][] = [
    ['iPhone 15 يصل إلى الأسواق العربية اليوم', 'rtl'],
    ['Google أعلنت اليوم عن تحديث جديد لمحرك البحث', 'rtl'],
    ['הכנס של Google I/O התקיים היום בקליפורניה', 'rtl'],
    ['Windows 11 در ایران پرطرفدار است', 'rtl'],
    ['iOS 18 اب پاکستان میں دستیاب ہے', 'rtl'],
    ['The Arabic word كتاب means book in English', 'ltr'],
    ['Apple opened a store in دبي today', 'ltr'],
    ['Hello', 'ltr'],
    ['مرحبا', 'rtl'],
    ['שלום', 'rtl'],
    ['2024-05-01 12:30', null],
    ['١٢٣٤٥', null],
    ['', null],
    ['   ', null],
    ['«»!?', null],
    // tie: the first strong character decides
    ['ab جد', 'ltr'],
    ['جد ab', 'rtl'],
  ];
  it.each(cases)('%j → %s', (text, expected) => {
    expect(textDirection(text)).toBe(expected);
  });

  it('differs from the first-strong rule on an Arabic paragraph starting with Latin', () => {
    const text = 'iPhone 15 يصل إلى الأسواق العربية اليوم';
    expect(firstStrongDirection(text)).toBe('ltr');
    expect(textDirection(text)).toBe('rtl');
  });

  it('first-strong direction skips digits and punctuation', () => {
    expect(firstStrongDirection('123 «שלום» hello')).toBe('rtl');
    expect(firstStrongDirection('...')).toBeNull();
  });
});

describe('isRtlLanguage', () => {
  const rtl = [
    'ar',
    'AR',
    'ar-EG',
    'ar_EG',
    'ar-001',
    ' ar ',
    'he',
    'he-IL',
    'iw',
    'iw_IL',
    'fa',
    'fa-IR',
    'ur',
    'ur-PK',
    'ps',
    'sd',
    'ug',
    'yi',
    'dv',
    'ckb',
    'ckb-IQ',
    'az-Arab',
    'AZ_arab_IR',
    'pa-Arab',
    'uz-Arab',
    'ks',
    'syr',
    'nqo',
    'ff-Adlm',
    'ar-u-nu-latn',
  ];
  const ltr = [
    'en',
    'en-US',
    'fr',
    'az',
    'az-Latn',
    'ku',
    'ku-Latn',
    'sd-Deva',
    'ar-Latn',
    'ja',
    'zh',
    'ru',
    'hi',
    'tr',
    'en-u-nu-arab',
    '',
    'x',
    '123',
    'ar!',
    'und',
  ];
  it.each(rtl)('%j is RTL', (tag) => expect(isRtlLanguage(tag)).toBe(true));
  it.each(ltr)('%j is not RTL', (tag) => expect(isRtlLanguage(tag)).toBe(false));
  it('rejects non-strings', () => {
    expect(isRtlLanguage(undefined as unknown as string)).toBe(false);
  });
});
