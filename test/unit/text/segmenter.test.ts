import { describe, expect, it } from 'vitest';
import { PIECE_SIZE, getSegmenter, segmentText } from '../../../src/text/segmenter';
import { wordCount } from '../../../src/text/reading-time';
import { splitSentences } from '../../../src/text/sentences';

const PARAS = [
  'في عام ٢٠٢٣، قالت وزارة الصحة إن عدد المرضى ارتفع بشكل كبير. هل هذا صحيح؟ نعم!',
  'Dr. Haddad said prices rose 3.5% in Beirut. U.S. officials agreed.',
  'משרד הבריאות הודיע היום על עלייה במספר החולים.  זה נכון!',
  'یہ ایک جملہ ہے۔ یہ دوسرا ہے۔',
  'これは日本語の文章です。東京に住んでいます。',
];
// ~17 000 code units with mixed scripts, double spaces and line breaks: several pieces.
const LONG = Array.from({ length: 300 }, (_, i) => `${PARAS[i % PARAS.length]}${i % 3 === 0 ? '\n' : ' '}`).join('');

const plain = (text: string, lang: string, granularity: 'word' | 'sentence') =>
  [...getSegmenter(lang, granularity).segment(text)].map((s) => ({
    segment: s.segment,
    index: s.index,
    isWordLike: s.isWordLike === true,
  }));

describe('segmentText', () => {
  it('the fixture is longer than one piece', () => {
    expect(LONG.length).toBeGreaterThan(PIECE_SIZE * 3);
  });

  it.each(['word', 'sentence'] as const)('gives exactly the segments of Intl.Segmenter (%s)', (granularity) => {
    expect([...segmentText(LONG, 'ar', granularity)]).toEqual(plain(LONG, 'ar', granularity));
  });

  it('handles a long text without any white space', () => {
    const text = 'كلمة'.repeat(PIECE_SIZE); // 16 384 code units, no safe cut
    expect([...segmentText(text, 'ar', 'word')]).toEqual(plain(text, 'ar', 'word'));
  });

  it('yields nothing for empty text', () => {
    expect([...segmentText('', 'en', 'word')]).toEqual([]);
  });

  it('caches segmenters per language and granularity, with canonical tags', () => {
    expect(getSegmenter('ar_EG', 'word')).toBe(getSegmenter('ar-EG', 'word'));
    expect(getSegmenter('ar', 'word')).not.toBe(getSegmenter('ar', 'sentence'));
    expect(getSegmenter('not a tag', 'word')).toBe(getSegmenter(null, 'word'));
  });

  it('keeps word counts and sentences identical on long texts', () => {
    const expectedWords = plain(LONG, 'en', 'word').filter((s) => s.isWordLike).length;
    expect(wordCount(LONG, 'en')).toBe(expectedWords);
    const sentences = splitSentences(LONG, 'ar');
    expect(sentences.filter((s) => s === 'Dr. Haddad said prices rose 3.5% in Beirut.')).toHaveLength(60);
  });

  it('stays fast on a 100 KB article (V8 slows down on long strings)', () => {
    const text = LONG.repeat(4);
    const t0 = performance.now();
    wordCount(text, 'ar');
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
