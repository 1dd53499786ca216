/**
 * Cutting one long sentence into speakable pieces: at clause punctuation first, then between
 * words (`Intl.Segmenter` 'word'), never inside a word.
 */
import { segmentText } from './segmenter';
import { trimRange, type TextRange } from './sentence-ranges';

/**
 * Clause punctuation a piece may end with. Arabic comma/semicolon (، ؛), CJK/fullwidth marks and
 * the em dash and ellipsis may be followed directly by text; ASCII , ; : and the en dash only count
 * when followed by white space (so "1,000", "10:30" and "2010–2020" are never cut).
 */
const CLAUSE = /(?:[،؛、，；：…—⸺⸻]+|\.{3}|[,;:–](?=\s))[»"”’')\]]*/gu;

/** Offsets (absolute) right after each clause mark inside [start, end), excluding `end`. */
function clauseCuts(text: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  for (const m of text.slice(start, end).matchAll(CLAUSE)) {
    const cut = start + (m.index ?? 0) + m[0].length;
    if (cut < end) cuts.push(cut);
  }
  return cuts;
}

interface WordCuts {
  /** Starts of words that follow white space (the best places to cut). */
  spaced: number[];
  /** Every other boundary between segments (for scripts written without spaces). */
  other: number[];
}

/** Word-segment boundaries (absolute) strictly inside [start, end). */
function wordCuts(text: string, start: number, end: number, lang: string | null): WordCuts {
  const spaced: number[] = [];
  const other: number[] = [];
  let prevBlank = false;
  for (const s of segmentText(text.slice(start, end), lang, 'word')) {
    const at = start + s.index;
    const blank = /^\s+$/u.test(s.segment);
    if (at > start) (prevBlank && !blank ? spaced : other).push(at);
    prevBlank = blank;
  }
  return { spaced, other };
}

/** The cut in (from, limit] nearest to `target`, or null. `cuts` is ascending. */
function nearestCut(cuts: readonly number[], from: number, limit: number, target: number): number | null {
  let best: number | null = null;
  for (const c of cuts) {
    if (c > limit) break;
    if (c > from && (best === null || Math.abs(c - target) <= Math.abs(best - target))) best = c;
  }
  return best;
}

/**
 * Splits [start, end) between words into pieces of at most `max` code units where possible,
 * balanced in length (a 72-unit clause with max 60 becomes two of ~36, not 60 + 12).
 */
function splitAtWords(text: string, start: number, end: number, max: number, lang: string | null): TextRange[] {
  const { spaced, other } = wordCuts(text, start, end, lang);
  const all = [...spaced, ...other].sort((a, b) => a - b);
  const out: TextRange[] = [];
  let from = start;
  while (end - from > max) {
    const remaining = end - from;
    const target = from + remaining / Math.ceil(remaining / max);
    const limit = from + max;
    const cut =
      nearestCut(spaced, from, limit, target) ??
      nearestCut(all, from, limit, target) ??
      all.find((c) => c > from) ?? // a single word longer than max: keep it whole
      end;
    out.push({ start: from, end: cut });
    from = cut;
  }
  if (from < end) out.push({ start: from, end });
  return out;
}

/**
 * Splits the range [start, end) of `text` into trimmed, non-empty ranges of at most `max` UTF-16
 * code units: clause pieces are packed greedily; a clause longer than `max` is split between words.
 * Only a single word longer than `max` can exceed it. Ranges are ascending and never overlap, and
 * together they cover every non-blank character of the input range.
 */
export function chunkRange(text: string, start: number, end: number, max: number, lang: string | null): TextRange[] {
  const pieces: TextRange[] = [];
  const whole = trimRange(text, start, end);
  if (whole.end - whole.start <= max) {
    pieces.push(whole);
  } else {
    const bounds = [whole.start, ...clauseCuts(text, whole.start, whole.end), whole.end];
    let packStart = bounds[0] ?? whole.start;
    let packEnd = packStart;
    const flush = (): void => {
      const t = trimRange(text, packStart, packEnd);
      if (t.end > t.start) pieces.push(...splitAtWords(text, t.start, t.end, max, lang));
      packStart = packEnd;
    };
    for (let i = 1; i < bounds.length; i++) {
      const next = bounds[i] ?? whole.end;
      const candidate = trimRange(text, packStart, next);
      if (candidate.end - candidate.start > max && packEnd > packStart) flush();
      packEnd = next;
    }
    flush();
  }
  return pieces.map((r) => trimRange(text, r.start, r.end)).filter((r) => r.end > r.start);
}
