import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_UTTERANCE, toUtterances, type Utterance } from '../../../src/text/sentences';
import { chunkRange } from '../../../src/text/chunk';
import { BLANK } from '../../../src/text/sentence-ranges';

type Block = { text: string; lang: string | null };

const AR_LONG =
  'في عام ٢٠٢٣، قالت وزارة الصحة إن عدد المرضى ارتفع بشكل كبير، وإن المستشفيات تعاني من نقص حاد في الأدوية والمعدات الطبية؛ كما أكدت أن الحكومة ستعمل على توفير الدعم اللازم للقطاع الصحي في أقرب وقت ممكن، وذلك بالتعاون مع المنظمات الدولية والجهات المانحة التي أبدت استعدادها للمساعدة.';
const FA_LONG =
  'وزارت بهداشت روز دوشنبه اعلام کرد که تعداد بیماران در هفته گذشته به شکل چشمگیری افزایش یافته است و بیمارستان‌های پایتخت با کمبود دارو و تجهیزات پزشکی روبرو هستند و مسئولان از مردم خواسته‌اند که تا حد امکان در خانه بمانند و از سفرهای غیرضروری خودداری کنند تا فشار بر کادر درمان کاهش یابد.';
const UR_LONG =
  'وزیر اعظم نے پیر کے روز اسلام آباد میں ایک پریس کانفرنس سے خطاب کرتے ہوئے کہا کہ حکومت مہنگائی پر قابو پانے کے لیے ہر ممکن اقدامات کر رہی ہے، اور آنے والے مہینوں میں عوام کو ریلیف فراہم کیا جائے گا، جبکہ اپوزیشن نے حکومتی دعووں کو مسترد کر دیا ہے۔ دوسرا جملہ یہاں ہے۔';
const HE_LONG =
  'משרד הבריאות הודיע היום כי מספר החולים עלה באופן משמעותי בשבוע האחרון, וכי בתי החולים במרכז הארץ סובלים ממחסור חמור בתרופות ובציוד רפואי; לדבריו, הממשלה תפעל להעברת תקציבים נוספים בהקדם האפשרי, בשיתוף עם ארגונים בינלאומיים.';
const EN_LONG =
  'The ministry said on Monday that the number of patients had risen sharply over the past week, that hospitals in the capital were facing severe shortages of medicine and equipment, and that 1,000 additional beds would be made available by 10:30 tomorrow; officials also asked residents to stay at home whenever possible and to avoid all non-essential travel until further notice.';
const MIXED =
  'أعلنت شركة Apple اليوم عن إطلاق iPhone 15 Pro Max في الأسواق العربية، بسعر يبدأ من 4,999 درهم إماراتي، مع دعم كامل للغة العربية في نظام iOS 17 وتطبيقات Siri و Maps. وقال Tim Cook إن المنطقة سوق مهمة.';
const JA_LONG =
  'これは日本語の長い文章で、読み上げのために適切な長さに分割される必要がありますが、単語の途中で切られてはいけません。';
const NO_SPACES_WORD = `Visit ${'a'.repeat(60)} now.`;

const BLOCKS: Block[] = [
  { text: AR_LONG, lang: 'ar' },
  { text: FA_LONG, lang: 'fa-IR' },
  { text: UR_LONG, lang: 'ur' },
  { text: HE_LONG, lang: 'he' },
  { text: EN_LONG, lang: 'en' },
  { text: MIXED, lang: 'ar' },
  { text: JA_LONG, lang: 'ja' },
  { text: NO_SPACES_WORD, lang: 'en' },
  { text: '   \n\t  ', lang: 'en' },
  { text: 'Dr. Haddad said prices rose 3.5% in Beirut. U.S. officials agreed.', lang: 'en' },
  { text: '  مرحبا.  ', lang: null },
];

const nonBlank = (s: string): string => [...s].filter((c) => !BLANK.test(c)).join('');
const wordBoundaries = (text: string, lang: string | null): Set<number> => {
  const set = new Set<number>([0, text.length]);
  for (const s of new Intl.Segmenter(lang ?? undefined, { granularity: 'word' }).segment(text)) {
    set.add(s.index);
    set.add(s.index + s.segment.length);
  }
  return set;
};

describe.each([20, 40, 80, 120, DEFAULT_MAX_UTTERANCE])('toUtterances invariants (max %i)', (max) => {
  const utterances = toUtterances(BLOCKS, max);
  const byBlock = (i: number): Utterance[] => utterances.filter((u) => u.block === i);

  it('text is the exact trimmed slice of its block and never empty', () => {
    for (const u of utterances) {
      const block = BLOCKS[u.block];
      expect(block).toBeDefined();
      expect(u.text).toBe(block?.text.slice(u.start, u.end));
      expect(u.text.length).toBeGreaterThan(0);
      expect(BLANK.test(u.text[0] ?? '')).toBe(false);
      expect(BLANK.test(u.text[u.text.length - 1] ?? '')).toBe(false);
    }
  });

  it('carries the lang of its block', () => {
    for (const u of utterances) expect(u.lang).toBe(BLOCKS[u.block]?.lang);
  });

  it('is in order, never overlaps and never crosses a block boundary', () => {
    for (let i = 1; i < utterances.length; i++) {
      const a = utterances[i - 1] as Utterance;
      const b = utterances[i] as Utterance;
      expect(b.block).toBeGreaterThanOrEqual(a.block);
      if (b.block === a.block) expect(b.start).toBeGreaterThanOrEqual(a.end);
    }
  });

  it.each(BLOCKS.map((b, i) => [i, b] as const))('loses no character of block %i', (i, block) => {
    const joined = byBlock(i)
      .map((u) => u.text)
      .join('');
    expect(nonBlank(joined)).toBe(nonBlank(block.text));
    // and only blanks lie between consecutive utterances
    const list = byBlock(i);
    for (let k = 1; k < list.length; k++) {
      const gap = block.text.slice((list[k - 1] as Utterance).end, (list[k] as Utterance).start);
      expect(nonBlank(gap)).toBe('');
    }
  });

  it('respects maxLength except for a single over-long word', () => {
    for (const u of utterances) {
      if (u.text.length > max) {
        const segs = [...new Intl.Segmenter(u.lang ?? undefined, { granularity: 'word' }).segment(u.text)];
        expect(segs.filter((s) => s.isWordLike).length).toBe(1);
      }
    }
  });

  it('never cuts inside a word', () => {
    BLOCKS.forEach((block, i) => {
      const bounds = wordBoundaries(block.text, block.lang);
      for (const u of byBlock(i)) {
        expect(bounds.has(u.start)).toBe(true);
        expect(bounds.has(u.end)).toBe(true);
      }
    });
  });
});

describe('toUtterances examples', () => {
  it('splits a long Arabic sentence at ، and ؛', () => {
    const texts = toUtterances([{ text: AR_LONG, lang: 'ar' }], 80).map((u) => u.text);
    expect(texts).toEqual([
      'في عام ٢٠٢٣، قالت وزارة الصحة إن عدد المرضى ارتفع بشكل كبير،',
      'وإن المستشفيات تعاني من نقص حاد في الأدوية والمعدات الطبية؛',
      'كما أكدت أن الحكومة ستعمل على توفير الدعم اللازم للقطاع الصحي في أقرب وقت ممكن،',
      'وذلك بالتعاون مع المنظمات الدولية والجهات المانحة التي أبدت استعدادها للمساعدة.',
    ]);
  });

  it('packs clauses greedily up to maxLength', () => {
    const texts = toUtterances([{ text: AR_LONG, lang: 'ar' }], 130).map((u) => u.text);
    expect(texts[0]).toBe(
      'في عام ٢٠٢٣، قالت وزارة الصحة إن عدد المرضى ارتفع بشكل كبير، وإن المستشفيات تعاني من نقص حاد في الأدوية والمعدات الطبية؛',
    );
    expect(texts).toHaveLength(3);
  });

  it('never cuts English numbers or times at , or :', () => {
    const texts = toUtterances([{ text: EN_LONG, lang: 'en' }], 120).map((u) => u.text);
    expect(texts.join(' ')).toContain('1,000');
    expect(texts.join(' ')).toContain('10:30');
    expect(texts.some((t) => t.endsWith('1,') || t.startsWith('000'))).toBe(false);
    expect(texts[0]).toBe(
      'The ministry said on Monday that the number of patients had risen sharply over the past week,',
    );
  });

  it('falls back to word boundaries when a clause is too long (Persian, no clause marks)', () => {
    const us = toUtterances([{ text: FA_LONG, lang: 'fa' }], 100);
    expect(us.length).toBeGreaterThan(2);
    for (const u of us) expect(u.text.length).toBeLessThanOrEqual(100);
    // cut between words: the character after each utterance is a space or the end
    for (const u of us) expect([' ', undefined]).toContain(FA_LONG[u.end]);
  });

  it('balances word-level splits instead of leaving a short tail (Hebrew)', () => {
    const texts = toUtterances([{ text: HE_LONG, lang: 'he' }], 60).map((u) => u.text);
    expect(texts).toEqual([
      'משרד הבריאות הודיע היום כי מספר',
      'החולים עלה באופן משמעותי בשבוע האחרון,',
      'וכי בתי החולים במרכז הארץ סובלים',
      'ממחסור חמור בתרופות ובציוד רפואי;',
      'לדבריו, הממשלה תפעל להעברת תקציבים נוספים בהקדם האפשרי,',
      'בשיתוף עם ארגונים בינלאומיים.',
    ]);
  });

  it('mixed Arabic/English: splits at ، and between words, keeps 4,999 whole', () => {
    const texts = toUtterances([{ text: MIXED, lang: 'ar' }], 40).map((u) => u.text);
    expect(texts).toContain('بسعر يبدأ من 4,999 درهم إماراتي،');
    expect(texts[texts.length - 1]).toBe('وقال Tim Cook إن المنطقة سوق مهمة.');
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(40);
  });

  it('keeps one utterance per sentence when sentences are short', () => {
    const us = toUtterances([
      { text: 'Dr. Haddad said prices rose 3.5% in Beirut. U.S. officials agreed.', lang: 'en' },
    ]);
    expect(us.map((u) => [u.text, u.start, u.end])).toEqual([
      ['Dr. Haddad said prices rose 3.5% in Beirut.', 0, 43],
      ['U.S. officials agreed.', 44, 66],
    ]);
  });

  it('points start/end at the trimmed text and drops blank blocks', () => {
    const us = toUtterances([
      { text: '   ', lang: 'en' },
      { text: '  مرحبا.  ', lang: null },
      { text: 'שלום. להתראות!', lang: 'he' },
    ]);
    expect(us).toEqual([
      { text: 'مرحبا.', lang: null, block: 1, start: 2, end: 8 },
      { text: 'שלום.', lang: 'he', block: 2, start: 0, end: 5 },
      { text: 'להתראות!', lang: 'he', block: 2, start: 6, end: 14 },
    ]);
  });

  it('never joins two blocks, even without final punctuation', () => {
    const us = toUtterances([
      { text: 'A heading without a period', lang: 'en' },
      { text: 'عنوان بدون نقطة', lang: 'ar' },
    ]);
    expect(us.map((u) => [u.block, u.text, u.lang])).toEqual([
      [0, 'A heading without a period', 'en'],
      [1, 'عنوان بدون نقطة', 'ar'],
    ]);
  });

  it('keeps a single over-long word whole', () => {
    const us = toUtterances([{ text: NO_SPACES_WORD, lang: 'en' }], 20);
    expect(us.map((u) => u.text)).toEqual(['Visit', 'a'.repeat(60), 'now.']);
  });

  it('splits Urdu at ۔ and ، ', () => {
    const us = toUtterances([{ text: UR_LONG, lang: 'ur' }], 150);
    expect(us[us.length - 1]?.text).toBe('دوسرا جملہ یہاں ہے۔');
    expect(us[0]?.text.endsWith('،')).toBe(true);
  });

  it('uses the default maxLength for invalid values', () => {
    for (const bad of [Number.NaN, 0, -5, Number.POSITIVE_INFINITY]) {
      const us = toUtterances([{ text: EN_LONG, lang: 'en' }], bad);
      for (const u of us) expect(u.text.length).toBeLessThanOrEqual(DEFAULT_MAX_UTTERANCE);
      expect(us.length).toBeGreaterThan(1);
    }
  });

  it('returns nothing for no blocks', () => {
    expect(toUtterances([])).toEqual([]);
  });
});

describe('chunkRange', () => {
  it('returns the trimmed range when it fits', () => {
    expect(chunkRange('  abc def  ', 0, 11, 20, 'en')).toEqual([{ start: 2, end: 9 }]);
  });
  it('splits between words without a clause mark', () => {
    expect(chunkRange('aaa bbb ccc ddd', 0, 15, 8, 'en')).toEqual([
      { start: 0, end: 7 },
      { start: 8, end: 15 },
    ]);
  });
  it('cuts after an em dash and the Arabic semicolon', () => {
    const text = 'first part—second part؛ third part';
    expect(chunkRange(text, 0, text.length, 12, 'en').map((r) => text.slice(r.start, r.end))).toEqual([
      'first part—',
      'second part؛',
      'third part',
    ]);
  });
});
