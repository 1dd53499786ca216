/**
 * Cached `Intl.Segmenter` instances, and segmentation of long texts in pieces.
 *
 * V8's segment iterator gets superlinearly slow on long strings (100 KB of text takes seconds for
 * 'word'), so long texts are segmented piece by piece, cut only where no segment can span the cut:
 * at the start of white space for words, after a line break for sentences (a hard break in UAX #29).
 */
import { normalizeLangTag } from './language';

/** Granularities of `Intl.Segmenter`. */
export type Granularity = 'grapheme' | 'word' | 'sentence';

const cache = new Map<string, Intl.Segmenter>();

/**
 * A shared segmenter for `lang` (canonicalised; the runtime's default locale when the tag is
 * missing or invalid) and `granularity`.
 */
export function getSegmenter(lang: string | null | undefined, granularity: Granularity): Intl.Segmenter {
  const locale = normalizeLangTag(lang);
  const key = `${granularity}\u0000${locale ?? ''}`;
  let seg = cache.get(key);
  if (!seg) {
    seg = new Intl.Segmenter(locale ?? undefined, { granularity });
    cache.set(key, seg);
  }
  return seg;
}

/** A segment with its absolute UTF-16 offset in the whole text. */
export interface Segment {
  segment: string;
  index: number;
  isWordLike: boolean;
}

/** Texts up to this many UTF-16 code units are segmented in one go. */
export const PIECE_SIZE = 4096;

/** A safe cut in (from, from + size], or `text.length` when there is none. */
function safeCut(text: string, from: number, size: number, granularity: Granularity): number {
  if (text.length - from <= size) return text.length;
  const limit = from + size;
  if (granularity === 'word') {
    for (let i = limit; i > from + size / 2; i--) {
      if (/\s/u.test(text[i] ?? '') && !/\s/u.test(text[i - 1] ?? '')) return i;
    }
    const ahead = text.slice(limit).search(/\S\s/u);
    return ahead === -1 ? text.length : limit + ahead + 1;
  }
  if (granularity === 'sentence') {
    const back = text.lastIndexOf('\n', limit - 1);
    if (back > from) return back + 1;
    const ahead = text.indexOf('\n', limit);
    return ahead === -1 ? text.length : ahead + 1;
  }
  return text.length; // graphemes: segmented in one go
}

/**
 * All segments of `text` with absolute offsets, as `Intl.Segmenter(lang, { granularity })` would
 * give them, but fast on long texts.
 */
export function* segmentText(
  text: string,
  lang: string | null | undefined,
  granularity: Granularity,
): Generator<Segment> {
  const seg = getSegmenter(lang, granularity);
  for (const [from, to] of pieces(text, granularity)) {
    for (const s of seg.segment(text.slice(from, to))) {
      yield { segment: s.segment, index: from + s.index, isWordLike: s.isWordLike === true };
    }
  }
}

/** The pieces `text` is segmented in, as [from, to) offsets. */
function* pieces(text: string, granularity: Granularity): Generator<[number, number]> {
  for (let from = 0; from < text.length;) {
    const to = safeCut(text, from, PIECE_SIZE, granularity);
    yield [from, to];
    from = to;
  }
}

/** How many word-like segments `text` has (as {@link segmentText} would find, without building each segment). */
export function countWordLike(text: string, lang: string | null | undefined): number {
  const seg = getSegmenter(lang, 'word');
  let n = 0;
  for (const [from, to] of pieces(text, 'word'))
    for (const s of seg.segment(text.slice(from, to))) if (s.isWordLike) n++;
  return n;
}
