import { describe, expect, it } from 'vitest';
import * as text from '../../../src/text/index';

describe('src/text/index', () => {
  const functions = [
    'countStrong',
    'textDirection',
    'firstStrongDirection',
    'isRtlLanguage',
    'primaryLanguage',
    'normalizeLangTag',
    'dominantScript',
    'guessLanguageFromScript',
    'resolveBlockLanguage',
    'scriptOfLanguage',
    'splitSentences',
    'toUtterances',
    'voicesForLanguage',
    'chooseVoice',
    'groupVoicesByLanguage',
    'voiceLabel',
    'clampStep',
    'stepToPx',
    'lineHeightFor',
    'canGrow',
    'canShrink',
    'wordCount',
    'readingMinutes',
  ];
  it.each(functions)('re-exports %s', (name) => {
    expect(typeof (text as Record<string, unknown>)[name]).toBe('function');
  });
  it('re-exports the font step constants', () => {
    expect([text.MIN_STEP, text.DEFAULT_STEP, text.MAX_STEP].every(Number.isInteger)).toBe(true);
  });
  it('works end to end on an Arabic article with an English quote', () => {
    const blocks = [
      'iPhone 15 يصل إلى الأسواق العربية اليوم. وقال المدير إن المبيعات سترتفع.',
      'Tim Cook said the region matters. He smiled.',
    ].map((t) => ({ text: t, lang: text.resolveBlockLanguage(t, 'ar-EG'), dir: text.textDirection(t) }));
    expect(blocks.map((b) => [b.lang, b.dir])).toEqual([
      ['ar-EG', 'rtl'],
      ['en', 'ltr'],
    ]);
    const us = text.toUtterances(blocks);
    expect(us.map((u) => [u.block, u.lang])).toEqual([
      [0, 'ar-EG'],
      [0, 'ar-EG'],
      [1, 'en'],
      [1, 'en'],
    ]);
  });
});
