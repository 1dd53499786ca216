/**
 * The browser's own language detector (`i18n.detectLanguage`, available to content scripts in Chrome and
 * Firefox), as the pipeline's optional hook: asked only when neither the page nor the script of its text tells
 * the language. Null when the API is missing, unsure, or fails.
 */
import { browser } from './browser';
import type { DetectLanguage } from '../extract/pipeline';

interface Detection {
  isReliable: boolean;
  languages: { language: string; percentage: number }[];
}

export const detectLanguage: DetectLanguage = async (text) => {
  const i18n = browser.i18n as unknown as { detectLanguage?: (text: string) => Promise<Detection> };
  if (typeof i18n?.detectLanguage !== 'function') return null;
  try {
    const result = await i18n.detectLanguage(text.slice(0, 4000));
    const top = result.languages[0];
    return result.isReliable && top && top.language !== 'und' ? top.language : null;
  } catch {
    return null;
  }
};
