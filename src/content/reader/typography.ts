/**
 * Typography: the user's settings plus the article's script → the CSS custom properties of the reader view.
 * Pure (plain values in, plain values out), so it is tested without a browser.
 *
 * Arabic script is cursive: letter-spacing breaks its joining, so it is always 0 there, and it is never
 * justified by default. Arabic script reads smaller than Latin at the same pixel size, so it gets a slightly
 * larger size and line height (text/font-steps.ts); Urdu's Nastaliq, with its diagonal words, gets more room.
 */
import { lineHeightFor, stepToPx } from '../../text/font-steps';
import { dominantScript, primaryLanguage, scriptOfLanguage, type ScriptName } from '../../text/language';
import type { Dir } from '../../text/direction';
import {
  directionFor,
  sizeStepFor,
  type FontChoice,
  type Settings,
  type Theme,
  type Width,
} from '../../shared/settings';

/** Font families the reader distinguishes; Persian and Urdu have their own traditions within Arabic script. */
export type FontFamily = 'latin' | 'arabic' | 'persian' | 'urdu' | 'hebrew';

/** Latin stacks, without their generic family (added last, after the other scripts' fallbacks). */
const LATIN: Record<Exclude<FontChoice, 'auto'>, string> = {
  serif: 'Charter, "Bitstream Charter", Georgia, "Noto Serif", "DejaVu Serif", "Times New Roman"',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial',
  legible: '"Atkinson Hyperlegible Next", "Atkinson Hyperlegible", Lexend, Verdana, "Noto Sans", "DejaVu Sans"',
};

/**
 * Per-script stacks: `serif` (the book style of the script) and `sans`, each with system fallbacks. Script fonts
 * such as Noto Naskh Arabic or Noto Sans Hebrew have no Latin letters, so each is followed by its Latin
 * companion (Noto Naskh Arabic + Noto Serif, Noto Sans Hebrew + Noto Sans): a name or a brand inside Arabic or
 * Hebrew text is set in a matching design, not in whatever the system falls back to (Amiri, Liberation Sans…).
 */
const SCRIPT_STACKS: Record<Exclude<FontFamily, 'latin'>, { serif: string; sans: string }> = {
  arabic: {
    serif:
      '"Noto Naskh Arabic", "Noto Serif", Amiri, "Noto Sans Arabic", "Geeza Pro", "Traditional Arabic", "Arabic Typesetting", Tahoma',
    sans: '"Noto Sans Arabic", "Noto Sans", "Noto Kufi Arabic", "Segoe UI", "Geeza Pro", Tahoma, "Noto Naskh Arabic"',
  },
  persian: {
    serif: 'Vazirmatn, "Noto Naskh Arabic", "Noto Serif", "Noto Sans Arabic", "B Nazanin", Tahoma, Amiri',
    sans: 'Vazirmatn, "Noto Sans Arabic", "Noto Sans", Tahoma, "Segoe UI", "Noto Naskh Arabic"',
  },
  urdu: {
    serif:
      '"Noto Nastaliq Urdu", "Noto Serif", "Jameel Noori Nastaleeq", "Urdu Typesetting", "Noto Naskh Arabic", Amiri',
    sans: '"Noto Sans Arabic", "Noto Sans", "Noto Nastaliq Urdu", Tahoma, "Noto Naskh Arabic"',
  },
  hebrew: {
    serif: '"Noto Serif Hebrew", "Noto Serif", "Noto Sans Hebrew", "David", "Frank Ruehl CLM", "Times New Roman"',
    sans: '"Noto Sans Hebrew", "Noto Sans", "Noto Serif Hebrew", Arial, "Segoe UI", "Arial Hebrew"',
  },
};

/** Which font family a language (or, failing that, a script) calls for. */
export function fontFamilyOf(lang: string | null, script: ScriptName | null): FontFamily {
  const primary = primaryLanguage(lang);
  if (primary === 'ur') return 'urdu';
  if (primary === 'fa') return 'persian';
  if (primary === 'he' || primary === 'yi') return 'hebrew';
  if (script === 'arabic') return 'arabic';
  if (script === 'hebrew') return 'hebrew';
  return 'latin';
}

/**
 * The font-family stack for a family and the user's choice. `auto` picks the book style of each script
 * (serif for Latin, Naskh for Arabic, Vazirmatn for Persian, Nastaliq for Urdu, sans for Hebrew).
 * Every stack ends with fallbacks for the other scripts, so a quote in another script still renders well.
 */
export function fontStack(family: FontFamily, choice: FontChoice): string {
  const latin = LATIN[choice === 'auto' ? 'serif' : choice];
  if (family === 'latin') {
    const generic = choice === 'serif' || choice === 'auto' ? 'serif' : 'sans-serif';
    return `${latin}, "Noto Naskh Arabic", "Noto Sans Hebrew", ${generic}`;
  }
  const style = choice === 'serif' || (choice === 'auto' && family !== 'hebrew') ? 'serif' : 'sans';
  return `${SCRIPT_STACKS[family][style]}, ${latin}, ${style === 'serif' ? 'serif' : 'sans-serif'}`;
}

export const WIDTH_EM: Readonly<Record<Width, string>> = { narrow: '30em', medium: '36em', wide: '46em', full: '100%' };

/** Extra line height for Urdu's Nastaliq, on top of Arabic script's. */
export const URDU_EXTRA_LINE_HEIGHT = 0.4;

/** Line height of Nastaliq headings: its diagonal words collide at the 1.25 of other headings when a title wraps. */
export const URDU_HEADING_LINE_HEIGHT = 1.9;

export interface ArticleFactsForType {
  lang: string | null;
  dir: Dir;
  /** Some of the article's text, to tell its script when the language is unknown. */
  text?: string;
}

export interface Typography {
  /** The article's script, from its language, else from its letters. */
  script: ScriptName | null;
  family: FontFamily;
  /** The article's direction after the site's override. */
  dir: Dir;
  sizeStep: number;
  fontPx: number;
  theme: Theme;
  /** CSS custom properties, set on the reader's dialog. */
  vars: Record<string, string>;
}

function em(value: number): string {
  return value === 0 ? '0' : `${value}em`;
}

/** Everything the reader view needs to lay out one article for one site under the user's settings. */
export function typography(settings: Settings, host: string, article: ArticleFactsForType): Typography {
  const script = scriptOfLanguage(article.lang) ?? (article.text ? dominantScript(article.text.slice(0, 4000)) : null);
  const family = fontFamilyOf(article.lang, script);
  const arabic = script === 'arabic';
  const override = directionFor(settings, host);
  const sizeStep = sizeStepFor(settings, host);
  const fontPx = stepToPx(sizeStep, script);
  const urduExtra = family === 'urdu' ? URDU_EXTRA_LINE_HEIGHT : 0;
  const lineHeight = Math.round((lineHeightFor(script, settings.lineHeight) + urduExtra) * 100) / 100;
  const blockLineHeight = (extra: number) => String(Math.round((settings.lineHeight + extra) * 100) / 100);
  const vars: Record<string, string> = {
    '--qari-font-size': `${fontPx}px`,
    '--qari-line-height': String(lineHeight),
    '--qari-width': WIDTH_EM[settings.width],
    '--qari-word-spacing': em(settings.wordSpacing),
    '--qari-letter-spacing': arabic ? '0' : em(settings.letterSpacing),
    '--qari-text-align': settings.justify && !arabic ? 'justify' : 'start',
    '--qari-font': fontStack(family, settings.font),
    // Blocks in another script than the article's (an Arabic quote in an English article) use these.
    '--qari-font-arabic': fontStack('arabic', settings.font),
    '--qari-font-persian': fontStack('persian', settings.font),
    '--qari-font-urdu': fontStack('urdu', settings.font),
    '--qari-font-hebrew': fontStack('hebrew', settings.font),
    '--qari-font-size-arabic': `${stepToPx(sizeStep, 'arabic')}px`,
    '--qari-line-height-arabic': blockLineHeight(0.2),
    '--qari-line-height-urdu': blockLineHeight(0.2 + URDU_EXTRA_LINE_HEIGHT),
    '--qari-heading-line-height-urdu': String(URDU_HEADING_LINE_HEIGHT),
  };
  return {
    script,
    family,
    dir: override === 'auto' ? article.dir : override,
    sizeStep,
    fontPx,
    theme: settings.theme,
    vars,
  };
}
