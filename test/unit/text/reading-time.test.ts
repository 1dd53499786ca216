import { describe, expect, it } from 'vitest';
import {
  CHARACTERS_PER_MINUTE,
  DEFAULT_WORDS_PER_MINUTE,
  WORDS_PER_MINUTE,
  readingMinutes,
  wordCount,
} from '../../../src/text/reading-time';

const words = (word: string, n: number): string => Array.from({ length: n }, () => word).join(' ');

describe('wordCount', () => {
  const cases: [string, string, string | null, number][] = [
    ['English', 'The quick brown fox jumps.', 'en', 5],
    ['English with numbers and punctuation', 'Prices rose 3.5% in 2024!', 'en', 5],
    ['Arabic', 'قالت وزارة الصحة إن عدد الحالات ارتفع.', 'ar', 7],
    ['Arabic with a decimal', 'حوالي 3.5 مليون', 'ar', 3],
    ['Persian with ZWNJ', 'بیمارستان‌های پایتخت', 'fa', 2],
    ['Urdu', 'یہ ایک جملہ ہے۔', 'ur', 4],
    ['Hebrew', 'שלום עולם', 'he', 2],
    ['mixed', 'أعلنت Apple عن iPhone 15', 'ar', 5],
    ['null language', 'one two three', null, 3],
    ['invalid language', 'one two three', 'not a tag', 3],
    ['punctuation only', '... — !!', 'en', 0],
    ['empty', '', 'en', 0],
  ];
  it.each(cases)('%s', (_name, text, lang, expected) => expect(wordCount(text, lang)).toBe(expected));

  // Dictionary-based segmentation of CJK varies a little between ICU versions: check a range.
  const cjk: [string, string, number, number][] = [
    ['東京に住んでいます', 'ja', 4, 7],
    ['我喜欢读书', 'zh', 2, 4],
  ];
  it.each(cjk)('counts words in %s (no spaces, %s)', (text, lang, min, max) => {
    const n = wordCount(text, lang);
    expect(n).toBeGreaterThanOrEqual(min);
    expect(n).toBeLessThanOrEqual(max);
  });
});

describe('readingMinutes', () => {
  const cases: [string, string, string | null, number][] = [
    ['empty', '', 'en', 0],
    ['blank', '   \n ', 'ar', 0],
    ['one word is at least a minute', 'Hello', 'en', 1],
    ['English 5 minutes', words('word', 238 * 5), 'en', 5],
    ['English with region', words('word', 238 * 5), 'en-GB', 5],
    ['Arabic 3 minutes at 138 wpm', words('كلمة', 138 * 3), 'ar', 3],
    ['Arabic guessed from script without a language', words('كلمة', 138 * 3), null, 3],
    ['Hebrew 4 minutes', words('מילה', 187 * 4), 'he', 4],
    ['Persian like Arabic', words('کتاب', 138 * 2), 'fa', 2],
    ['Urdu like Arabic', words('کتاب', 138 * 2), 'ur-PK', 2],
    ['Japanese by characters', '日'.repeat(357 * 2), 'ja', 2],
    ['Chinese by characters', '书'.repeat(255 * 4), 'zh-CN', 4],
    ['unknown language uses the default speed', words('slovo', DEFAULT_WORDS_PER_MINUTE * 3), 'xx', 3],
    ['English text without a language', words('word', 238 * 2), null, 2],
  ];
  it.each(cases)('%s', (_name, text, lang, expected) => expect(readingMinutes(text, lang)).toBe(expected));

  it('reads Arabic slower than English for the same word count', () => {
    const n = 2000;
    expect(readingMinutes(words('كلمة', n), 'ar')).toBeGreaterThan(readingMinutes(words('word', n), 'en'));
  });

  it('has plausible speeds', () => {
    for (const wpm of Object.values(WORDS_PER_MINUTE)) {
      expect(wpm).toBeGreaterThanOrEqual(100);
      expect(wpm).toBeLessThanOrEqual(300);
    }
    for (const cpm of Object.values(CHARACTERS_PER_MINUTE)) {
      expect(cpm).toBeGreaterThanOrEqual(200);
      expect(cpm).toBeLessThanOrEqual(500);
    }
    expect(WORDS_PER_MINUTE.en).toBe(238);
  });
});
