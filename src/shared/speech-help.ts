/**
 * Plain sentences about speech for the user: a language's name in the UI language, and how to add a voice
 * for it on this operating system (never a silent failure, never Arabic read by an English voice).
 */
import { primaryLanguage } from '../text/language';
import { t, uiLocale, type MessageKey } from './i18n';

export type Platform = 'windows' | 'mac' | 'chromeos' | 'android' | 'ios' | 'linux' | 'other';

/** The operating system, from a user-agent string. */
export function platformOf(userAgent: string): Platform {
  if (/CrOS/.test(userAgent)) return 'chromeos';
  if (/Android/i.test(userAgent)) return 'android';
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'ios';
  if (/Windows/.test(userAgent)) return 'windows';
  if (/Mac OS X|Macintosh/.test(userAgent)) return 'mac';
  if (/Linux|X11|BSD/.test(userAgent)) return 'linux';
  return 'other';
}

const HOW_TO: Record<Platform, MessageKey> = {
  windows: 'speechHowToWindows',
  mac: 'speechHowToMac',
  chromeos: 'speechHowToChromeOS',
  android: 'speechHowToAndroid',
  ios: 'speechHowToMac',
  linux: 'speechHowToLinux',
  other: 'speechHowToOther',
};

/** The language's name in the UI language ('ar' → "Arabic"), or the tag itself. */
export function languageName(lang: string | null): string {
  const primary = primaryLanguage(lang);
  if (!primary) return lang ?? '?';
  try {
    return new Intl.DisplayNames([uiLocale().lang, 'en'], { type: 'language' }).of(primary) ?? primary;
  } catch {
    return primary;
  }
}

/** "No Arabic voice is installed. To add one: …" for this platform. */
export function noVoiceMessage(lang: string | null, platform: Platform): string {
  return `${t('speechNoVoice', languageName(lang))} ${t(HOW_TO[platform])}`;
}

/** Chromium, Chrome, Edge, Brave… (not Firefox) on desktop Linux: it speaks only when started with --enable-speech-dispatcher. */
export function isChromiumOnLinux(userAgent: string): boolean {
  return platformOf(userAgent) === 'linux' && /Chrom(e|ium)\//.test(userAgent) && !/Firefox\//.test(userAgent);
}

/**
 * The browser reports no voice at all (not just none for one language): say so, and how to get voices. Chromium
 * on Linux lists none unless started with --enable-speech-dispatcher, even with speech-dispatcher installed.
 */
export function noVoicesMessage(
  platform: Platform,
  userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent,
): string {
  const how = platform === 'linux' && isChromiumOnLinux(userAgent) ? 'speechHowToLinuxChromium' : HOW_TO[platform];
  return `${t('speechNoVoices')} ${t(how)}`;
}

/** The platform of the running browser. */
export function currentPlatform(): Platform {
  return platformOf(typeof navigator === 'undefined' ? '' : navigator.userAgent);
}
