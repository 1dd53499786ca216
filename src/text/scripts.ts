/**
 * Letter counts per writing system. Only letters (`\p{L}`) are counted: digits, punctuation,
 * symbols and combining marks say nothing about the script of a text.
 */

/** Writing systems the reader distinguishes (fonts, sizes, language guesses). */
export type ScriptName =
  | 'arabic'
  | 'hebrew'
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'han'
  | 'hiragana-katakana'
  | 'hangul'
  | 'devanagari'
  | 'thai'
  | 'other';

/** Every {@link ScriptName}; when counts tie, earlier entries win (non-Latin before Latin). */
export const SCRIPT_NAMES: readonly ScriptName[] = [
  'arabic',
  'hebrew',
  'hiragana-katakana',
  'hangul',
  'han',
  'devanagari',
  'thai',
  'greek',
  'cyrillic',
  'latin',
  'other',
];

const TESTS: readonly [ScriptName, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['han', /\p{Script=Han}/u],
  // U+30FC KATAKANA-HIRAGANA PROLONGED SOUND MARK is Script=Common but only ever used in kana.
  ['hiragana-katakana', /[\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u],
];

const LETTER = /\p{L}/u;

/** Per-script letter counts of a text. */
export type ScriptCounts = Record<ScriptName, number>;

/** An all-zero {@link ScriptCounts}. */
export function emptyScriptCounts(): ScriptCounts {
  const counts = {} as ScriptCounts;
  for (const name of SCRIPT_NAMES) counts[name] = 0;
  return counts;
}

/**
 * Counts the letters of each script in `text`.
 * @returns counts for every {@link ScriptName}; letters of unlisted scripts count as 'other'.
 */
export function countScripts(text: string): ScriptCounts {
  const counts = emptyScriptCounts();
  for (const ch of text) {
    if (!LETTER.test(ch) && ch !== '\u30FC') continue;
    let name: ScriptName = 'other';
    for (const [candidate, re] of TESTS) {
      if (re.test(ch)) {
        name = candidate;
        break;
      }
    }
    counts[name]++;
  }
  return counts;
}

/**
 * The script with the most letters, or null when the text has no letters at all.
 * Ties go to the earlier entry of {@link SCRIPT_NAMES}.
 */
export function dominantOf(counts: ScriptCounts): ScriptName | null {
  let best: ScriptName | null = null;
  let bestCount = 0;
  for (const name of SCRIPT_NAMES) {
    if (counts[name] > bestCount) {
      best = name;
      bestCount = counts[name];
    }
  }
  return best;
}
