/**
 * Language tags and language guesses for blocks of text.
 *
 * A page declares one language (`<html lang>`), but articles quote other languages. A block whose
 * script does not fit the page language gets a guess from its script, so the right voice reads it.
 */
import { confidentArabicScriptLanguage, guessArabicScriptLanguage } from './arabic-script-language';
import { countScripts, dominantOf, type ScriptName } from './scripts';

export type { ScriptName } from './scripts';

/**
 * Answers of the `Intl` lookups below, by tag: they are asked once per block of every article, with the same
 * few tags, and each costs far more than a map lookup. Bounded, since tags come from pages.
 */
const canonicalTags = new Map<string, string | null>();
const languageScripts = new Map<string, ScriptName | null>();
const MEMO_LIMIT = 512;

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key)!;
  const value = compute();
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Deprecated ISO 639 codes some platforms still emit (Android/Java: iw, ji, in). */
const LEGACY_PRIMARY: Readonly<Record<string, string>> = { iw: 'he', ji: 'yi', in: 'id', jw: 'jv' };

/**
 * The primary language subtag, normalised: trimmed, `_` → `-`, lowercase, legacy codes mapped
 * ('iw' → 'he'). 'ar-001', 'ar_EG', 'AR' → 'ar'.
 * @returns null for null/undefined/empty/invalid tags and for 'und' (undetermined).
 */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().replace(/_/g, '-').toLowerCase().split('-')[0] ?? '';
  if (!/^[a-z]{2,3}$|^[a-z]{5,8}$/.test(primary) || primary === 'und') return null;
  return LEGACY_PRIMARY[primary] ?? primary;
}

/**
 * Canonical BCP 47 form (`Intl.getCanonicalLocales`) after trimming and `_` → `-`:
 * 'ar_eg' → 'ar-EG', 'iw' → 'he', 'zh-hant-tw' → 'zh-Hant-TW'.
 * @returns null for null/undefined/empty/invalid tags.
 */
export function normalizeLangTag(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  return memo(canonicalTags, tag, () => {
    const cleaned = tag.trim().replace(/_/g, '-');
    if (cleaned === '') return null;
    try {
      return Intl.getCanonicalLocales(cleaned)[0] ?? null;
    } catch {
      return null;
    }
  });
}

/**
 * The script most letters of `text` are written in; null when it has no letters.
 * Japanese mixes kanji and kana: whichever is more frequent wins here (see
 * {@link guessLanguageFromScript} for the language).
 */
export function dominantScript(text: string): ScriptName | null {
  return dominantOf(countScripts(text));
}

const SCRIPT_LANGUAGE: Readonly<Partial<Record<ScriptName, string>>> = {
  hebrew: 'he',
  han: 'zh',
  'hiragana-katakana': 'ja',
  hangul: 'ko',
  cyrillic: 'ru',
  greek: 'el',
  thai: 'th',
  devanagari: 'hi',
};

/**
 * Best guess of a language from the script of `text`, decided by letter counts:
 * Arabic script → 'ur' | 'fa' | 'ar' (see `guessArabicScriptLanguage`), Hebrew → 'he',
 * Han → 'zh' (or 'ja' when kana make up ≥ 10% of Han + kana letters), kana → 'ja', Hangul → 'ko',
 * Cyrillic → 'ru', Greek → 'el', Thai → 'th', Devanagari → 'hi'.
 * @returns null for Latin (cannot tell English from French by script), other scripts, or no letters.
 */
export function guessLanguageFromScript(text: string): string | null {
  const counts = countScripts(text);
  const script = dominantOf(counts);
  if (script === null) return null;
  if (script === 'arabic') return guessArabicScriptLanguage(text);
  if (script === 'han') {
    const kana = counts['hiragana-katakana'];
    if (kana > 0 && kana / (kana + counts.han) >= 0.1) return 'ja';
    if (counts.hangul > 0 && counts.hangul >= counts.han * 0.1) return 'ko';
  }
  return SCRIPT_LANGUAGE[script] ?? null;
}

const ISO15924: Readonly<Record<string, ScriptName>> = {
  Arab: 'arabic',
  Hebr: 'hebrew',
  Latn: 'latin',
  Cyrl: 'cyrillic',
  Grek: 'greek',
  Hans: 'han',
  Hant: 'han',
  Hani: 'han',
  Jpan: 'hiragana-katakana',
  Hira: 'hiragana-katakana',
  Kana: 'hiragana-katakana',
  Kore: 'hangul',
  Hang: 'hangul',
  Deva: 'devanagari',
  Thai: 'thai',
};

/**
 * The script a language is normally written in ('ar-EG' → 'arabic', 'ur' → 'arabic',
 * 'az-Arab' → 'arabic', 'az' → 'latin', 'sr' → 'cyrillic', 'ja' → 'hiragana-katakana',
 * 'zh-TW' → 'han', 'ko' → 'hangul', 'ka' → 'other'). Uses the CLDR likely-subtags data of `Intl.Locale`.
 * @returns null for invalid/empty tags.
 */
export function scriptOfLanguage(tag: string | null | undefined): ScriptName | null {
  const canonical = normalizeLangTag(tag);
  if (canonical === null || primaryLanguage(canonical) === null) return null;
  return memo(languageScripts, canonical, () => {
    try {
      const script = new Intl.Locale(canonical).maximize().script;
      return script === undefined ? 'other' : (ISO15924[script] ?? 'other');
    } catch {
      return null;
    }
  });
}

/** Scripts a language's text may be dominated by (Japanese and Korean also use Han). */
function compatibleScripts(pageScript: ScriptName): ScriptName[] {
  if (pageScript === 'hiragana-katakana') return ['hiragana-katakana', 'han'];
  if (pageScript === 'hangul') return ['hangul', 'han'];
  return [pageScript];
}

/** The language guessed for Latin-script text inside a page whose language is not Latin-script. */
export const LATIN_FALLBACK_LANGUAGE = 'en';

/**
 * The language of one block of an article.
 * - No letters (numbers, punctuation): the page language.
 * - The block's script fits the page language's script: the page language, canonical tag kept
 *   ('ar_EG' → 'ar-EG'). Exception: an Arabic-script block with overwhelming evidence of another
 *   Arabic-script language (an Arabic verse in a Persian page) gets that language.
 * - Latin block in a non-Latin page: {@link LATIN_FALLBACK_LANGUAGE} ('en'), the most likely
 *   language of a Latin quote in an Arabic/Hebrew/Persian article, and a voice that exists everywhere.
 * - Otherwise: the script guess ({@link guessLanguageFromScript}); without a page language a
 *   Latin block stays null (unknown).
 */
export function resolveBlockLanguage(text: string, pageLang: string | null): string | null {
  const page = normalizeLangTag(pageLang);
  const pagePrimary = primaryLanguage(page);
  const validPage = pagePrimary === null ? null : page;
  const script = dominantScript(text);
  if (script === null) return validPage;
  const pageScript = validPage === null ? null : scriptOfLanguage(validPage);
  if (pageScript !== null && compatibleScripts(pageScript).includes(script)) {
    if (script === 'arabic' && ['ar', 'fa', 'ur'].includes(pagePrimary ?? '')) {
      const sure = confidentArabicScriptLanguage(text);
      if (sure !== null && sure !== pagePrimary) return sure;
    }
    return validPage;
  }
  if (script === 'latin') return pageScript === null ? null : LATIN_FALLBACK_LANGUAGE;
  return guessLanguageFromScript(text);
}
