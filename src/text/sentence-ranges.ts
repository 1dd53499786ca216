/**
 * Sentence boundaries as UTF-16 ranges: `Intl.Segmenter` ('sentence'), plus a split at Arabic-script
 * sentence punctuation (؟ U+061F, ۔ U+06D4) for engines whose ICU data lacks it, minus the false
 * breaks after common abbreviations and initials ("Dr.", "U.S.", "J. K. Rowling", "د.").
 */
import { segmentText } from './segmenter';

/** A half-open range [start, end) of UTF-16 code units in a string. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Characters trimmed from the edges of sentences and utterances: white space plus zero-width and
 * bidi formatting characters (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, embeddings, isolates, BOM).
 */
export const BLANK = /[\s\u200B-\u200F\u2028\u2029\u2060\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** Titles and abbreviations that are (practically) never the end of a sentence. */
const ALWAYS = new Set(
  (
    'dr mr mrs ms mx prof st mt vs e.g i.e cf fig figs gen sen rep gov capt lt col sgt cpl adm rev ' +
    'hon pres messrs mme mlle approx viz'
  ).split(' '),
);

/** Abbreviations that can also end a sentence: merge only if the next text starts in lowercase or a digit. */
const CONDITIONAL = new Set(
  (
    'jr sr etc inc ltd co corp bros no nos p pp ft sec ch vol ca eq al dept est ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m'
  ).split(' '),
);

/** Arabic-script terminator run, with following terminators and closing quotes/brackets. */
const ARABIC_END = /[؟۔][؟۔!?.…]*[»"”’')\]]*/gu;

/** Splits [start, end) of `text` after each Arabic-script terminator followed by more text. */
function splitArabicTerminators(text: string, start: number, end: number): TextRange[] {
  const out: TextRange[] = [];
  const piece = text.slice(start, end);
  let from = 0;
  for (const m of piece.matchAll(ARABIC_END)) {
    const cut = (m.index ?? 0) + m[0].length;
    if (/\S/u.test(piece.slice(cut))) {
      out.push({ start: start + from, end: start + cut });
      from = cut;
    }
  }
  out.push({ start: start + from, end });
  return out;
}

/** The dotted token before the final '.' of `s` ("Dr." → "Dr", "U.S." → "U.S", "e.g." → "e.g"). */
function tokenBeforeFinalDot(s: string): { token: string; before: string } | null {
  const m = /(^|[^\p{L}\p{M}.])((?:[\p{L}\p{M}]+\.)*[\p{L}\p{M}]+)\.$/u.exec(s);
  if (!m) return null;
  const token = m[2] ?? '';
  return { token, before: s.slice(0, s.length - token.length - 1) };
}

/** First meaningful character of `s`, skipping blanks and opening quotes/brackets. */
function firstCharOf(s: string): string {
  const m = /^[\s"'“‘«([\u200B-\u200F]*(.)/u.exec(s);
  return m?.[1] ?? '';
}

/** Whether a sentence break after `prev` (followed by `next`) is a false break after an abbreviation. */
export function isAbbreviationBreak(prev: string, next: string): boolean {
  const trimmed = prev.replace(/[\s\u200B-\u200F]+$/u, '');
  const found = tokenBeforeFinalDot(trimmed);
  if (!found) return false;
  const { token, before } = found;
  const lower = token.toLowerCase();
  const first = firstCharOf(next);
  const continues = first !== '' && !/\p{Lu}/u.test(first) && /[\p{Ll}\p{N}]/u.test(first);
  const last = token.split('.').pop() ?? '';
  // Single Arabic letter: د. (Dr), م. (Eng.), أ.د. (Prof. Dr.) — but "1950 م." is a year (AD).
  if (/^\p{Script=Arabic}$/u.test(last)) return !/\p{N}\s*$/u.test(before);
  if (ALWAYS.has(lower)) return true;
  if (lower === 'no' || lower === 'nos') return /\p{N}/u.test(first);
  if (CONDITIONAL.has(lower)) return continues;
  // A single capital initial ("J. K. Rowling").
  if (/^\p{Lu}$/u.test(token)) return true;
  // Dotted acronyms (U.S., U.K., U.N.): an abbreviation unless a capitalised sentence follows.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return continues;
  return false;
}

/** Shrinks [start, end) so it neither starts nor ends with a {@link BLANK} character. */
export function trimRange(text: string, start: number, end: number): TextRange {
  let s = start;
  let e = end;
  while (s < e && BLANK.test(text[s] ?? '')) s++;
  while (e > s && BLANK.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/**
 * Sentence ranges of `text`, trimmed (no leading/trailing blanks) and never empty.
 * @param lang BCP 47 tag used for the segmenter's locale; null → default locale.
 */
export function sentenceRanges(text: string, lang: string | null): TextRange[] {
  if (typeof text !== 'string' || text === '') return [];
  const raw: TextRange[] = [];
  for (const s of segmentText(text, lang, 'sentence')) {
    raw.push(...splitArabicTerminators(text, s.index, s.index + s.segment.length));
  }
  const merged: TextRange[] = [];
  for (const r of raw) {
    const prev = merged[merged.length - 1];
    if (prev && isAbbreviationBreak(text.slice(prev.start, prev.end), text.slice(r.start, r.end))) {
      prev.end = r.end;
    } else {
      merged.push({ ...r });
    }
  }
  return merged.map((r) => trimRange(text, r.start, r.end)).filter((r) => r.end > r.start);
}
