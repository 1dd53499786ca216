/**
 * Letter counts per writing system. Only letters (`\p{L}`) are counted: digits, punctuation,
 * symbols and combining marks say nothing about the script of a text.
 */

import { countLetters, scriptCounts, SCRIPT_NAMES, type ScriptName } from './char-class';

export type { ScriptName } from './char-class';

/** Per-script letter counts of a text. */
export type ScriptCounts = Record<ScriptName, number>;

/**
 * Counts the letters of each script in `text`.
 * @returns counts for every {@link ScriptName}; letters of unlisted scripts count as 'other'.
 */
export function countScripts(text: string): ScriptCounts {
  return scriptCounts(countLetters(text).byScript);
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
