/**
 * Sentences and speakable utterances.
 *
 * Chrome stops an utterance after ~15 s without an error event, so read-aloud speaks one sentence
 * at a time and cuts sentences longer than `DEFAULT_MAX_UTTERANCE` (250 UTF-16 units) at clause
 * punctuation, then at word boundaries.
 */
import { chunkRange } from './chunk';
import { sentenceRanges } from './sentence-ranges';

/**
 * Splits text into trimmed, non-empty sentences with `Intl.Segmenter` for `lang`, also at Arabic
 * ؟ and ۔, without breaking after abbreviations ("Dr.", "U.S."), initials ("J. K.") or inside
 * decimals ("3.5").
 */
export function splitSentences(text: string, lang: string | null): string[] {
  return sentenceRanges(text, lang).map((r) => text.slice(r.start, r.end));
}

/** One piece of speech: a sentence, or part of a long one. */
export interface Utterance {
  /** The text to speak: trimmed, never empty. Equal to `blocks[block].text.slice(start, end)`. */
  text: string;
  /** Language of the block it comes from (as given). */
  lang: string | null;
  /** Index of the block in the input array. */
  block: number;
  /** UTF-16 offset of `text` in the block's text (inclusive). */
  start: number;
  /** UTF-16 offset of the end of `text` in the block's text (exclusive). */
  end: number;
}

/** Default maximum utterance length in UTF-16 code units. */
export const DEFAULT_MAX_UTTERANCE = 250;

/**
 * Turns blocks of text into utterances, in order. Sentences never cross a block boundary; a sentence
 * longer than `maxLength` is split at clause punctuation (، ؛ , ; : — …), then between words, never
 * inside a word (a single word longer than `maxLength` is kept whole). Nothing but blanks is lost.
 * @param maxLength maximum utterance length (UTF-16 code units); invalid values → 250.
 */
export function toUtterances(
  blocks: readonly { text: string; lang: string | null }[],
  maxLength: number = DEFAULT_MAX_UTTERANCE,
): Utterance[] {
  const max = Number.isFinite(maxLength) && maxLength >= 1 ? Math.floor(maxLength) : DEFAULT_MAX_UTTERANCE;
  const out: Utterance[] = [];
  blocks.forEach((b, block) => {
    const text = typeof b.text === 'string' ? b.text : '';
    const lang = b.lang ?? null;
    for (const sentence of sentenceRanges(text, lang)) {
      for (const r of chunkRange(text, sentence.start, sentence.end, max, lang)) {
        out.push({ text: text.slice(r.start, r.end), lang, block, start: r.start, end: r.end });
      }
    }
  });
  return out;
}
