import { describe, expect, it } from 'vitest';
import {
  charClass,
  countLetters,
  IS_LETTER,
  IS_RTL,
  RTL_LETTER,
  SCRIPT_NAMES,
  SCRIPT_TESTS,
} from '../../../src/text/char-class';
import { countScripts } from '../../../src/text/scripts';
import { countStrong, firstStrongDirection, textDirection } from '../../../src/text/direction';

// The reference: the per-character regex tests the table replaces, asked directly.
const LETTER = /\p{L}/u;
const referenceScript = (ch: string) => SCRIPT_TESTS.find(([, re]) => re.test(ch))?.[0] ?? 'other';

describe('charClass', () => {
  it('agrees with the Unicode property regexes on every BMP code point', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      const letter = LETTER.test(ch) || ch === '\u30FC';
      const cls = charClass(code);
      if (Boolean(cls & IS_LETTER) !== letter) wrong.push(`${code.toString(16)} letter`);
      else if (letter) {
        const counts = countScripts(ch);
        if (counts[referenceScript(ch) as keyof typeof counts] !== 1) wrong.push(`${code.toString(16)} script`);
        if (RTL_LETTER.test(ch) !== Boolean(cls & IS_RTL)) wrong.push(`${code.toString(16)} rtl`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('counts a surrogate pair as one letter of its script', () => {
    const adlam = '\u{1E900}\u{1E901}'; // Adlam capital letters: right-to-left, outside the BMP
    expect(countStrong(adlam)).toEqual({ rtl: 2, ltr: 0 });
    expect(countScripts('𠀀𠀁').han).toBe(2); // CJK Extension B
    expect(countLetters('a\u{1D400}').ltr).toBe(2); // mathematical bold A is a letter
  });

  it('keeps digits, marks and punctuation out of every count', () => {
    const counts = countLetters('١٢٣ 123 ، ؟ ! \u064B\u0651 — ”');
    expect(counts).toEqual({ byScript: SCRIPT_NAMES.map(() => 0), rtl: 0, ltr: 0, first: null });
  });

  it('decides direction by majority and ties by the first strong letter', () => {
    expect(textDirection('iPhone 15 يصل إلى الأسواق')).toBe('rtl');
    expect(textDirection('ab جد')).toBe('ltr');
    expect(textDirection('جد ab')).toBe('rtl');
    expect(firstStrongDirection('123 שלום world')).toBe('rtl');
  });
});
