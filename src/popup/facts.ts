/** The popup's one line of article facts: language (named in the UI language), direction, reading time. */
import { t } from '../shared/i18n';
import type { ArticleFacts } from '../shared/messages';

/** "Arabic" for `ar` in an English UI, "العربية" in an Arabic one; the tag itself if the browser cannot name it. */
export function languageName(tag: string | null, uiLang: string): string {
  if (!tag) return t('languageUnknown');
  try {
    return new Intl.DisplayNames([uiLang, 'en'], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function factsLine(article: ArticleFacts, uiLang: string): string {
  return t('articleFacts', [
    languageName(article.lang, uiLang),
    t(article.dir === 'rtl' ? 'dirRtl' : 'dirLtr'),
    String(article.readingMinutes),
  ]);
}
