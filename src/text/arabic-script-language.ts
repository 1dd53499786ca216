/**
 * Which language is an Arabic-script text written in: Arabic, Persian or Urdu?
 *
 * Decided by counting letters that only some orthographies use, never by a single character:
 * - Urdu: ٹ ڈ ڑ ں ے ۓ ھ ہ ۃ (retroflex letters, noon ghunna, bari ye, do-chashmi and goal he).
 *   Urdu also writes پ چ گ ی ک, so it is checked first.
 * - Persian: پ چ ژ گ (strong), and the Persian forms ی (U+06CC) and ک (U+06A9) (weak: Urdu uses
 *   them too, and Persian text typed on an Arabic keyboard uses ي/ك instead).
 * - Arabic: ة ى (strong) and the Arabic forms ي (U+064A) and ك (U+0643) (weak).
 */

/** The three Arabic-script languages we can tell apart. */
export type ArabicScriptLanguage = 'ar' | 'fa' | 'ur';

/** Marker counts used by {@link guessArabicScriptLanguage}. */
export interface ArabicScriptEvidence {
  /** Arabic-script letters in the text. */
  letters: number;
  urdu: number;
  persianStrong: number;
  persianWeak: number;
  arabicStrong: number;
  arabicWeak: number;
}

const URDU = new Set('ٹڈڑںےۓھہۃ');
const PERSIAN_STRONG = new Set('پچژگ');
const PERSIAN_WEAK = new Set('یک');
const ARABIC_STRONG = new Set('ةى');
const ARABIC_WEAK = new Set('يك');
const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/u;

/** Counts the orthography markers in `text`. */
export function arabicScriptEvidence(text: string): ArabicScriptEvidence {
  const e: ArabicScriptEvidence = {
    letters: 0,
    urdu: 0,
    persianStrong: 0,
    persianWeak: 0,
    arabicStrong: 0,
    arabicWeak: 0,
  };
  for (const ch of text) {
    if (!ARABIC_LETTER.test(ch)) continue;
    e.letters++;
    if (URDU.has(ch)) e.urdu++;
    else if (PERSIAN_STRONG.has(ch)) e.persianStrong++;
    else if (PERSIAN_WEAK.has(ch)) e.persianWeak++;
    else if (ARABIC_STRONG.has(ch)) e.arabicStrong++;
    else if (ARABIC_WEAK.has(ch)) e.arabicWeak++;
  }
  return e;
}

/**
 * Guesses Arabic, Persian or Urdu from letter counts.
 * - 'ur' when Urdu letters make up ≥ 2% of the Arabic-script letters and outnumber the
 *   Arabic-only letters (one Urdu name in an Arabic article does not flip it);
 * - else 'fa' when Persian letters outnumber Arabic-only letters (strong markers first, weak
 *   markers break a tie);
 * - else 'ar' (also for short ambiguous text such as "سلام").
 * @returns null when the text has no Arabic-script letters.
 */
export function guessArabicScriptLanguage(text: string): ArabicScriptLanguage | null {
  const e = arabicScriptEvidence(text);
  if (e.letters === 0) return null;
  if (e.urdu > 0 && e.urdu / e.letters >= 0.02 && e.urdu >= e.arabicStrong) return 'ur';
  if (e.persianStrong !== e.arabicStrong) return e.persianStrong > e.arabicStrong ? 'fa' : 'ar';
  return e.persianWeak > e.arabicWeak ? 'fa' : 'ar';
}

/**
 * Like {@link guessArabicScriptLanguage} but only answers when the evidence is overwhelming:
 * at least 20 Arabic-script letters, ≥ 3% markers of one orthography and none of the others.
 * Used to override a page's declared language (an Arabic verse quoted in a Persian article).
 */
export function confidentArabicScriptLanguage(text: string): ArabicScriptLanguage | null {
  const e = arabicScriptEvidence(text);
  if (e.letters < 20) return null;
  const ur = e.urdu;
  const fa = e.persianStrong + e.persianWeak;
  const ar = e.arabicStrong + e.arabicWeak;
  const enough = (n: number): boolean => n / e.letters >= 0.03;
  if (enough(ur) && ar === 0) return 'ur';
  if (ur === 0 && enough(fa) && ar === 0) return 'fa';
  if (ur === 0 && fa === 0 && e.arabicStrong > 0 && enough(ar)) return 'ar';
  return null;
}
