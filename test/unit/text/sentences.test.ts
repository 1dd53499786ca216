import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/text/sentences';
import { isAbbreviationBreak, sentenceRanges } from '../../../src/text/sentence-ranges';

describe('splitSentences', () => {
  const cases: [string, string, string | null, string[]][] = [
    // English
    ['two simple sentences', 'Hello world. How are you?', 'en', ['Hello world.', 'How are you?']],
    ['exclamation', 'Stop! Look. Listen?', 'en', ['Stop!', 'Look.', 'Listen?']],
    [
      'title and decimal stay together',
      'Dr. Haddad said prices rose 3.5% in Beirut.',
      'en',
      ['Dr. Haddad said prices rose 3.5% in Beirut.'],
    ],
    [
      'U.S. before lowercase',
      'U.S. officials met on Monday. They agreed.',
      'en',
      ['U.S. officials met on Monday.', 'They agreed.'],
    ],
    [
      'U.S. at the end of a sentence',
      'He moved to the U.S. Then he wrote.',
      'en',
      ['He moved to the U.S.', 'Then he wrote.'],
    ],
    [
      'U.K. and Mr.',
      'The U.K. minister met Mr. Smith and Mrs. Jones.',
      'en',
      ['The U.K. minister met Mr. Smith and Mrs. Jones.'],
    ],
    ['initials', 'Then J. K. Rowling spoke. It was late.', 'en', ['Then J. K. Rowling spoke.', 'It was late.']],
    [
      'Prof., St. and Mt.',
      'Prof. Khalil visited St. Louis and Mt. Hermon.',
      'en',
      ['Prof. Khalil visited St. Louis and Mt. Hermon.'],
    ],
    [
      'e.g. and i.e.',
      'Use a font, e.g. Amiri. It has the script, i.e. Arabic.',
      'en',
      ['Use a font, e.g. Amiri.', 'It has the script, i.e. Arabic.'],
    ],
    ['vs. and Fig.', 'See Fig. 3 for Barcelona vs. Madrid.', 'en', ['See Fig. 3 for Barcelona vs. Madrid.']],
    [
      'No. before a number',
      'Read No. 5 first. No. That is wrong.',
      'en',
      ['Read No. 5 first.', 'No.', 'That is wrong.'],
    ],
    [
      'month abbreviation before a date',
      'He was born on Jan. 5, 1990 in Haifa. He left.',
      'en',
      ['He was born on Jan. 5, 1990 in Haifa.', 'He left.'],
    ],
    [
      'etc. before lowercase vs end',
      'Bring pens, paper, etc. and books. We sell fruit etc. They buy.',
      'en',
      ['Bring pens, paper, etc. and books.', 'We sell fruit etc.', 'They buy.'],
    ],
    [
      'Jr. at the end of a sentence',
      'The speaker was John Smith Jr. The hall was full.',
      'en',
      ['The speaker was John Smith Jr.', 'The hall was full.'],
    ],
    [
      'quotes stay with their sentence',
      '"Go now." She left. (Really?) Yes.',
      'en',
      ['"Go now."', 'She left.', '(Really?)', 'Yes.'],
    ],
    ['ellipsis', 'Wait... What happened? Nothing.', 'en', ['Wait...', 'What happened?', 'Nothing.']],
    ['newline separates paragraphs', 'First line\nSecond line.', 'en', ['First line', 'Second line.']],
    ['no terminal punctuation', 'Just a title', 'en', ['Just a title']],
    ['surrounding blanks are trimmed', '  Hello.   Bye.  ', 'en', ['Hello.', 'Bye.']],
    // Arabic
    [
      'Arabic full stop and question mark',
      'ذهب أحمد إلى السوق. هل اشترى شيئا؟ نعم!',
      'ar',
      ['ذهب أحمد إلى السوق.', 'هل اشترى شيئا؟', 'نعم!'],
    ],
    [
      'Arabic decimal stays in the sentence',
      'بلغ عدد السكان حوالي 3.5 مليون نسمة. ثم ازداد.',
      'ar',
      ['بلغ عدد السكان حوالي 3.5 مليون نسمة.', 'ثم ازداد.'],
    ],
    [
      'Arabic-Indic decimal separator',
      'ارتفعت الأسعار ٣٫٥٪ هذا العام. وانخفضت البطالة.',
      'ar',
      ['ارتفعت الأسعار ٣٫٥٪ هذا العام.', 'وانخفضت البطالة.'],
    ],
    ['Arabic question mark without a following space', 'هل جاء؟نعم جاء.', 'ar', ['هل جاء؟', 'نعم جاء.']],
    [
      'Arabic abbreviations د. and أ.د.',
      'قال د. محمد إن أ.د. سعيد وصل. ثم غادر.',
      'ar',
      ['قال د. محمد إن أ.د. سعيد وصل.', 'ثم غادر.'],
    ],
    [
      'Arabic year suffix م. ends a sentence',
      'ولد عام 1950 م. ثم هاجر إلى مصر.',
      'ar',
      ['ولد عام 1950 م.', 'ثم هاجر إلى مصر.'],
    ],
    ['Arabic guillemets', 'قال: «ذهبت.» ثم عاد.', 'ar', ['قال: «ذهبت.»', 'ثم عاد.']],
    ['Arabic commas do not split', 'في الصباح، ذهبنا؛ وفي المساء عدنا.', 'ar', ['في الصباح، ذهبنا؛ وفي المساء عدنا.']],
    // Persian
    ['Persian question mark', 'آیا این درست است؟ بله. درست است.', 'fa', ['آیا این درست است؟', 'بله.', 'درست است.']],
    // Urdu
    ['Urdu full stop ۔', 'یہ ایک جملہ ہے۔ یہ دوسرا جملہ ہے۔', 'ur', ['یہ ایک جملہ ہے۔', 'یہ دوسرا جملہ ہے۔']],
    ['Urdu full stop without a space', 'یہ پہلا ہے۔یہ دوسرا ہے؟', 'ur', ['یہ پہلا ہے۔', 'یہ دوسرا ہے؟']],
    ['Urdu with null language', 'یہ ایک جملہ ہے۔ یہ دوسرا ہے۔', null, ['یہ ایک جملہ ہے۔', 'یہ دوسرا ہے۔']],
    // Hebrew
    ['Hebrew', 'זה משפט. זה עוד משפט? כן!', 'he', ['זה משפט.', 'זה עוד משפט?', 'כן!']],
    [
      'Hebrew gershayim abbreviation is not a break',
      'ד"ר כהן אמר שלום. הוא הלך.',
      'he',
      ['ד"ר כהן אמר שלום.', 'הוא הלך.'],
    ],
    // Mixed direction
    [
      'Arabic with an English product name',
      'أعلنت Apple عن iPhone 15 اليوم. وسيصل إلى الأسواق قريبا.',
      'ar',
      ['أعلنت Apple عن iPhone 15 اليوم.', 'وسيصل إلى الأسواق قريبا.'],
    ],
    [
      'English with an Arabic quote',
      'He said «مرحبا» to us. We smiled.',
      'en',
      ['He said «مرحبا» to us.', 'We smiled.'],
    ],
    [
      'Hebrew with English',
      'הכנס של Google I/O התקיים. היה מעניין.',
      'he',
      ['הכנס של Google I/O התקיים.', 'היה מעניין.'],
    ],
    // CJK
    ['Japanese', 'これは文です。これも文です。', 'ja', ['これは文です。', 'これも文です。']],
    ['Chinese', '今天天气很好。我们去公园吧！', 'zh', ['今天天气很好。', '我们去公园吧！']],
    // Edge cases
    ['empty', '', 'en', []],
    ['blank', '  \n\t ', 'en', []],
    ['only bidi marks and spaces', '\u200F \u200E', 'ar', []],
    ['invalid language tag falls back to the default locale', 'One. Two.', 'not a tag!', ['One.', 'Two.']],
  ];
  it.each(cases)('%s', (_name, text, lang, expected) => {
    expect(splitSentences(text, lang)).toEqual(expected);
  });
});

describe('sentenceRanges', () => {
  it('returns trimmed ranges that index into the original text', () => {
    const text = '  مرحبا بكم.  كيف الحال؟ \n Fine. ';
    const ranges = sentenceRanges(text, 'ar');
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['مرحبا بكم.', 'كيف الحال؟', 'Fine.']);
    expect(ranges[0]).toEqual({ start: 2, end: 12 });
  });

  it('counts UTF-16 code units (astral characters take two)', () => {
    const text = '😀 Smile. 𝒜 Next.';
    const ranges = sentenceRanges(text, 'en');
    expect(ranges).toEqual([
      { start: 0, end: 9 },
      { start: 10, end: 18 },
    ]);
    expect(text.slice(10, 18)).toBe('𝒜 Next.');
  });
});

describe('isAbbreviationBreak', () => {
  const cases: [string, string, boolean][] = [
    ['Dr. ', 'Haddad said', true],
    ['He met Mr. ', 'Smith', true],
    ['Then J. ', 'K. Rowling', true],
    ['in the U.S. ', 'Then', false],
    ['in the U.S. ', 'officials', true],
    ['John Smith Jr. ', 'The end', false],
    ['No. ', '5 is here', true],
    ['No. ', 'That is wrong', false],
    ['It ended. ', 'Then', false],
    ['Costs 3. ', 'Then', false],
    ['قال د. ', 'محمد', true],
    ['عام 1950 م. ', 'ثم', false],
    ['Wait... ', 'What', false],
    ['Smith et al. ', 'found that', true],
    ['He is 6 ft. ', 'The door is low', false],
    ['See ch. ', '5 for details', true],
  ];
  it.each(cases)('%j + %j → %s', (prev, next, expected) => {
    expect(isAbbreviationBreak(prev, next)).toBe(expected);
  });
});
