/**
 * Text direction from content, not from the first strong character.
 *
 * `dir="auto"` (and the Unicode bidi algorithm's paragraph-level rule P2) uses the FIRST strong
 * character, so an Arabic paragraph that starts with "iPhone" is laid out left-to-right. We count
 * all strong characters instead and let the majority decide: more right-to-left letters than
 * left-to-right ones make the block right-to-left (an exact tie goes to the first strong character).
 *
 * JavaScript regular expressions have no `Bidi_Class` property, so "strong" is approximated with
 * letters (`\p{L}`) of right-to-left scripts (bidi classes R and AL) versus letters of every other
 * script (bidi class L). Digits (including Arabic-Indic digits, class AN), punctuation, symbols,
 * combining marks (NSM) and bidi controls are never counted.
 */

import { countLetters, firstStrong } from './char-class';

/** A content direction. */
/** A writing direction: the one type for it everywhere. */
export type Dir = 'rtl' | 'ltr';

/** ISO 15924 codes of right-to-left scripts, as they appear in language tags (`az-Arab`). */
const RTL_SCRIPT_CODES = new Set(
  (
    'arab hebr syrc thaa nkoo samr mand adlm rohg mend yezi armi phnx khar avst nbat palm hatr sarb ' +
    'narb phli prti phlp mani sogd sogo elym chrs lydi cprt orkh hung merc mero aran syre syrj syrn'
  ).split(' '),
);

/**
 * Primary language subtags whose default script is right-to-left. Used when `Intl.Locale`
 * cannot tell (it is consulted first). `ku` alone is Kurmanji (Latin); `ckb` is Sorani (Arabic).
 */
const RTL_LANGUAGES = new Set(
  (
    'ar arc arz apc acm ary aeb ckb dv fa glk he iw ji khw ks lrc mzn nqo pnb prs ps sd skr syr ug ur ' +
    'yi bal bqi azb sdh ota pes sam men haz bgn luz dcc'
  ).split(' '),
);

/** An ISO 15924 script subtag; an explicit script decides the direction ('az-Arab' rtl, 'ku-Latn' ltr). */
const SCRIPT_SUBTAG = /^[a-z]{4}$/;

/**
 * Counts strong right-to-left and left-to-right characters.
 * @param text any string (may be empty)
 * @returns the number of RTL letters (Hebrew, Arabic, Syriac, Thaana, NKo, …) and of letters of
 *   all other scripts. Digits, punctuation, marks and symbols count for neither.
 */
export function countStrong(text: string): { rtl: number; ltr: number } {
  const { rtl, ltr } = countLetters(text);
  return { rtl, ltr };
}

/**
 * Direction of a block of text by majority of strong characters.
 * "iPhone 15 يصل إلى الأسواق العربية اليوم" → 'rtl' (the first-strong rule would say 'ltr').
 * On an exact tie the first strong character decides.
 * @returns 'rtl' | 'ltr', or null when the text has no strong character (digits, punctuation…).
 */
export function textDirection(text: string): Dir | null {
  const { rtl, ltr, first } = countLetters(text);
  if (rtl !== ltr) return rtl > ltr ? 'rtl' : 'ltr';
  return first;
}

/**
 * Direction of the first strong character (the `dir="auto"` rule). Exported for comparison and
 * for tie-breaking; prefer {@link textDirection}.
 */
export function firstStrongDirection(text: string): Dir | null {
  return firstStrong(text);
}

/**
 * Whether a BCP 47 language tag denotes a right-to-left language.
 * Accepts `_` or `-` separators and any case: 'ar', 'AR_eg', 'he-IL', 'iw', 'fa-IR', 'ur-PK',
 * 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb' → true. An explicit script subtag wins: 'az-Arab',
 * 'pa-Arab', 'uz-Arab' → true; 'ku-Latn', 'sd-Deva' → false. Invalid or empty tags → false.
 */
export function isRtlLanguage(tag: string): boolean {
  if (typeof tag !== 'string') return false;
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const primary = parts[0] ?? '';
  if (!/^[a-z]{2,8}$/.test(primary)) return false;
  const singleton = parts.findIndex((p, i) => i > 0 && p.length === 1);
  const subtags = singleton === -1 ? parts : parts.slice(0, singleton);
  const script = subtags.slice(1).find((p) => SCRIPT_SUBTAG.test(p));
  if (script) return RTL_SCRIPT_CODES.has(script);
  try {
    const likely = new Intl.Locale(subtags.join('-')).maximize().script;
    if (likely) return RTL_SCRIPT_CODES.has(likely.toLowerCase());
  } catch {
    // Not a valid tag for Intl (e.g. a stray subtag); fall back to the primary-language table.
  }
  return RTL_LANGUAGES.has(primary);
}
