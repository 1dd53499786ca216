/**
 * Word counts and reading-time estimates per language.
 *
 * Speeds (words per minute unless marked cpm = characters per minute):
 * - English 238 wpm: Brysbaert M. (2019) "How many words do we read per minute? A review and
 *   meta-analysis of reading rate", J. Memory and Language 109:104047 (silent, non-fiction).
 * - Other languages: Trauzettel-Klosinski S., Dietz K. & the IReST Study Group (2012)
 *   "Standardized assessment of reading performance: the new International Reading Speed Texts
 *   IReST", Invest. Ophthalmol. Vis. Sci. 53(9):5452–5461 (mean speeds of 25 native readers per
 *   language; 17-language mean 184 wpm, used as the default).
 * - Persian and Urdu are not in IReST; they use the Arabic-script figure (an assumption).
 *   Korean is not in IReST either; it uses the default.
 */
import { guessLanguageFromScript, primaryLanguage } from './language';
import { countWordLike } from './segmenter';

/** Words per minute by primary language subtag. */
export const WORDS_PER_MINUTE: Readonly<Record<string, number>> = {
  en: 238,
  ar: 138,
  fa: 138,
  ur: 138,
  he: 187,
  de: 179,
  es: 218,
  fi: 161,
  fr: 195,
  it: 188,
  nl: 202,
  pl: 166,
  pt: 181,
  ru: 184,
  sl: 180,
  sv: 199,
  tr: 166,
};

/** Characters per minute for languages written without spaces between words (IReST). */
export const CHARACTERS_PER_MINUTE: Readonly<Record<string, number>> = {
  zh: 255,
  ja: 357,
};

/** Default words per minute (IReST mean over 17 languages). */
export const DEFAULT_WORDS_PER_MINUTE = 184;

/**
 * Number of words (word-like segments of `Intl.Segmenter`, so it also works for Chinese and
 * Japanese, which do not separate words with spaces). Numbers count as words; punctuation does not.
 */
export function wordCount(text: string, lang: string | null): number {
  if (typeof text !== 'string' || text === '') return 0;
  return countWordLike(text, lang);
}

/** Letters and digits (what IReST counts as characters for Chinese and Japanese). */
function characterCount(text: string): number {
  let n = 0;
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) n++;
  return n;
}

/**
 * Estimated reading time in whole minutes: 0 when the text has no words, otherwise at least 1.
 * Chinese and Japanese are measured in characters, other languages in words. Without a usable
 * `lang`, the language is guessed from the script (Latin → English speed).
 */
export function readingMinutes(text: string, lang: string | null): number {
  return readingTime(text, lang).minutes;
}

/** {@link wordCount} and {@link readingMinutes} together, segmenting the text once. */
export function readingTime(text: string, lang: string | null): { words: number; minutes: number } {
  const words = wordCount(text, lang);
  return { words, minutes: minutesFor(text, lang, words) };
}

function minutesFor(text: string, lang: string | null, words: number): number {
  if (words === 0) return 0;
  const primary = primaryLanguage(lang) ?? guessLanguageFromScript(text) ?? 'en';
  const cpm = CHARACTERS_PER_MINUTE[primary];
  const minutes =
    cpm !== undefined ? characterCount(text) / cpm : words / (WORDS_PER_MINUTE[primary] ?? DEFAULT_WORDS_PER_MINUTE);
  return Math.max(1, Math.round(minutes));
}
