/**
 * What a character is, for counting: a letter or not, of a right-to-left script or not, and of which script.
 *
 * Testing every character against a chain of Unicode-property regexes was the costliest part of annotating
 * an article (several regexes per letter, and a string allocated per character). Here each character is one
 * table lookup. The table is filled lazily, 256 code points at a time, from the same regexes — so it stays
 * exactly as correct as they are — and a page is classified only when a text first uses it (a few pages
 * cover a whole article). Code points beyond the BMP are rare and are classified on the spot.
 */
import type { Dir } from './direction';

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

/** Which script a letter belongs to, tried in order (exported for the table's own test). */
export const SCRIPT_TESTS: readonly [ScriptName, RegExp][] = [
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

/**
 * Letters of right-to-left scripts (bidi classes R and AL): Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan,
 * Mandaic, Adlam, Hanifi Rohingya, Mende Kikakui, Yezidi and historic RTL scripts. JavaScript has no
 * `Bidi_Class` property, so strong characters are approximated by letters of these scripts.
 */
export const RTL_LETTER =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mende_Kikakui}\p{Script=Yezidi}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}\p{Script=Kharoshthi}\p{Script=Avestan}\p{Script=Nabataean}\p{Script=Palmyrene}\p{Script=Hatran}\p{Script=Old_South_Arabian}\p{Script=Old_North_Arabian}\p{Script=Inscriptional_Pahlavi}\p{Script=Inscriptional_Parthian}\p{Script=Psalter_Pahlavi}\p{Script=Manichaean}\p{Script=Sogdian}\p{Script=Old_Sogdian}\p{Script=Elymaic}\p{Script=Chorasmian}\p{Script=Lydian}\p{Script=Cypriot}\p{Script=Old_Turkic}\p{Script=Old_Hungarian}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}]/u;

const LETTER = /\p{L}/u;

/** A character's class: 0 for anything that is not counted, else the flags below and the script index. */
export type CharClass = number;
/** A letter (`\p{L}`, plus U+30FC, which only kana use): counted for scripts and direction. */
export const IS_LETTER = 1;
/** A letter of a right-to-left script. */
export const IS_RTL = 2;
const SCRIPT_SHIFT = 2;

/** Script names by the index stored in a class (the order of {@link SCRIPT_TESTS}, then 'other'). */
const SCRIPT_BY_INDEX: readonly ScriptName[] = [...SCRIPT_TESTS.map(([name]) => name), 'other'];

function classify(ch: string): CharClass {
  if (!LETTER.test(ch) && ch !== '\u30FC') return 0;
  let index = SCRIPT_TESTS.findIndex(([, re]) => re.test(ch));
  if (index === -1) index = SCRIPT_TESTS.length;
  return IS_LETTER | (RTL_LETTER.test(ch) ? IS_RTL : 0) | (index << SCRIPT_SHIFT);
}

const pages: (Uint8Array | undefined)[] = [];

function bmpPage(high: number): Uint8Array {
  let page = pages[high];
  if (!page) {
    page = new Uint8Array(256);
    for (let low = 0; low < 256; low++) page[low] = classify(String.fromCharCode((high << 8) | low));
    pages[high] = page;
  }
  return page;
}

/** The class of the code point `code`. */
export function charClass(code: number): CharClass {
  return code < 0x10000 ? bmpPage(code >> 8)[code & 0xff]! : classify(String.fromCodePoint(code));
}

/** Letter counts of a text: per script (indexed like the classes), strong RTL and LTR letters, and the first strong one. */
export interface LetterCounts {
  byScript: number[];
  rtl: number;
  ltr: number;
  /** Direction of the first letter (the `dir="auto"` rule), null when there is none. */
  first: Dir | null;
}

let last: { text: string; counts: LetterCounts } | null = null;

/**
 * One pass over `text` (by code point: a surrogate pair is one character). The last answer is kept: a block's
 * direction and its language are asked about the same text one after the other. Treat the result as read-only.
 */
export function countLetters(text: string): LetterCounts {
  if (last?.text === text) return last.counts;
  const counts = count(text);
  last = { text, counts };
  return counts;
}

function count(text: string): LetterCounts {
  const byScript: number[] = SCRIPT_BY_INDEX.map(() => 0);
  let rtl = 0;
  let ltr = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const cls = code < 0x10000 ? bmpPage(code >> 8)[code & 0xff]! : classify(String.fromCodePoint(code));
    if (cls === 0) continue;
    byScript[cls >> SCRIPT_SHIFT]!++;
    if (cls & IS_RTL) rtl++;
    else ltr++;
  }
  const first = rtl + ltr > 0 ? firstStrong(text) : null;
  return { byScript, rtl, ltr, first };
}

/** Direction of the first letter of `text` (the `dir="auto"` rule), null when it has none. */
export function firstStrong(text: string): Dir | null {
  for (const ch of text) {
    const cls = charClass(ch.codePointAt(0)!);
    if (cls !== 0) return cls & IS_RTL ? 'rtl' : 'ltr';
  }
  return null;
}

/** Per-script counts keyed by name, from {@link countLetters}' `byScript`. */
export function scriptCounts(byScript: readonly number[]): Record<ScriptName, number> {
  const counts = {} as Record<ScriptName, number>;
  for (const name of SCRIPT_NAMES) counts[name] = 0;
  byScript.forEach((n, index) => (counts[SCRIPT_BY_INDEX[index]!] += n));
  return counts;
}
