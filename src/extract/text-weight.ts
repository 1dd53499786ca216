/** How much a text says, for length thresholds that must hold in every script. */

/** Han and kana characters each write about a word; Hangul syllables about half of one. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;

/**
 * The length of `text` in Latin-letter terms: a Han or kana character counts 3, a Hangul syllable 2 (a Chinese
 * article of 200 characters says as much as an English one of 600).
 */
export function textWeight(text: string): number {
  return text.length + 2 * (text.match(WIDE)?.length ?? 0) + (text.match(HANGUL)?.length ?? 0);
}
