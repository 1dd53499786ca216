/**
 * Choosing speech-synthesis voices. Pure: works on plain `VoiceLike` records, so it is tested in
 * node; the content script passes `speechSynthesis.getVoices()`.
 *
 * Voices match on the primary language subtag after normalisation ('ar-001', 'ar_EG', 'AR' and
 * 'ar' are all Arabic; 'iw' is Hebrew). A voice of another language is never chosen.
 */
import { normalizeLangTag, primaryLanguage } from './language';

/** The fields of `SpeechSynthesisVoice` we use. */
export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default: boolean;
}

/** Case-insensitive canonical full tag, for exact (region) matches. */
function fullTag(tag: string | null | undefined): string | null {
  return normalizeLangTag(tag)?.toLowerCase() ?? null;
}

function byName(a: VoiceLike, b: VoiceLike): number {
  return a.name.localeCompare(b.name, 'en') || a.voiceURI.localeCompare(b.voiceURI, 'en');
}

/** The language's most likely region as a full tag ('en' → 'en-us', 'ar' → 'ar-eg'), or null. */
function likelyTag(tag: string | null | undefined): string | null {
  const canonical = normalizeLangTag(tag);
  if (!canonical) return null;
  try {
    const { language, region } = new Intl.Locale(canonical).maximize();
    return region ? `${language}-${region}`.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Voices whose primary language equals that of `lang`, best first: exact full-tag match ('ar-EG' for 'ar-EG'),
 * then local voices, then the platform default; then the language's most likely region ('en-US' for 'en'), the
 * plainest tag (fewest subtags: 'en-US' before 'en-US-nyc'), a main voice before its variants ('+Zac'), and by name.
 * @returns [] when `lang` is invalid or no voice matches.
 */
export function voicesForLanguage(voices: readonly VoiceLike[], lang: string | null | undefined): VoiceLike[] {
  const primary = primaryLanguage(lang);
  if (primary === null) return [];
  const wanted = fullTag(lang);
  const likely = likelyTag(lang);
  const exact = (v: VoiceLike): number => (fullTag(v.lang) === wanted ? 0 : 1);
  const likelyRegion = (v: VoiceLike): number => (fullTag(v.lang) === likely ? 0 : 1);
  const subtags = (v: VoiceLike): number => (fullTag(v.lang) ?? v.lang).split('-').length;
  return voices
    .filter((v) => primaryLanguage(v.lang) === primary)
    .sort(
      (a, b) =>
        exact(a) - exact(b) ||
        Number(b.localService) - Number(a.localService) ||
        Number(b.default) - Number(a.default) ||
        likelyRegion(a) - likelyRegion(b) ||
        subtags(a) - subtags(b) ||
        Number(isVoiceVariant(a)) - Number(isVoiceVariant(b)) ||
        byName(a, b),
    );
}

/**
 * The voice to speak `lang` with:
 * 1. the saved voice (by voiceURI) if it still exists and speaks that language;
 * 2. else a local default voice of the language; 3. else a local one; 4. else any of the language
 *    (each in {@link voicesForLanguage} order, so a region match is preferred).
 * @returns null when no voice speaks the language (never a voice of another language).
 */
export function chooseVoice(
  voices: readonly VoiceLike[],
  lang: string | null | undefined,
  savedVoiceURI?: string | null,
): VoiceLike | null {
  const candidates = voicesForLanguage(voices, lang);
  if (candidates.length === 0) return null;
  if (savedVoiceURI) {
    const saved = candidates.find((v) => v.voiceURI === savedVoiceURI);
    if (saved) return saved;
  }
  return (
    candidates.find((v) => v.localService && v.default) ??
    candidates.find((v) => v.localService) ??
    candidates[0] ??
    null
  );
}

/** Voices of one primary language. */
export interface VoiceGroup {
  /** Primary language subtag ('ar', 'he', …), or 'und' for voices with an unusable tag. */
  lang: string;
  voices: VoiceLike[];
}

/**
 * Groups voices by primary language for a voice picker. Duplicates (same voiceURI, or same name
 * and language) are dropped, keeping the first. Groups are sorted by language code, voices by
 * name then language tag.
 */
export function groupVoicesByLanguage(voices: readonly VoiceLike[]): VoiceGroup[] {
  const seenUri = new Set<string>();
  const seenNameLang = new Set<string>();
  const groups = new Map<string, VoiceLike[]>();
  for (const v of voices) {
    const nameLang = `${v.name}\u0000${fullTag(v.lang) ?? v.lang}`;
    if (seenUri.has(v.voiceURI) || seenNameLang.has(nameLang)) continue;
    seenUri.add(v.voiceURI);
    seenNameLang.add(nameLang);
    const key = primaryLanguage(v.lang) ?? 'und';
    const list = groups.get(key) ?? [];
    list.push(v);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([lang, list]) => ({
      lang,
      voices: list.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.lang.localeCompare(b.lang, 'en')),
    }));
}

/**
 * A human label: `${name} — ${lang}` with the tag normalised ('ar_EG' → 'ar-EG'),
 * e.g. "Arabic+Zac espeak-ng — ar". Falls back to the tag alone when the name is empty.
 */
export function voiceLabel(v: VoiceLike): string {
  const lang = normalizeLangTag(v.lang) ?? v.lang.trim();
  const name = v.name.trim();
  if (name === '') return lang;
  return lang === '' ? name : `${name} — ${lang}`;
}

/**
 * A variant of a language's voice rather than the voice itself: espeak-ng lists every language once more with
 * each of its ~70 variants ('English (America)+Zac espeak-ng'), so 'en' alone has hundreds of voices.
 */
export function isVoiceVariant(v: VoiceLike): boolean {
  return /\+\S/.test(v.name);
}

/**
 * The Voice menu for `lang`: its voices de-duplicated and in {@link voicesForLanguage} order (the article's own
 * tag first, then local, default, the language's likely region…), the main voices in `main` and their variants
 * in `more`. When a language has only variants, they are its main voices.
 */
export function voiceMenu(
  voices: readonly VoiceLike[],
  lang: string | null | undefined,
): { main: VoiceLike[]; more: VoiceLike[] } {
  const primary = primaryLanguage(lang);
  const group = groupVoicesByLanguage(voices).find((g) => g.lang === primary)?.voices ?? [];
  const ordered = voicesForLanguage(group, lang);
  const main = ordered.filter((v) => !isVoiceVariant(v));
  return main.length ? { main, more: ordered.filter(isVoiceVariant) } : { main: ordered, more: [] };
}
