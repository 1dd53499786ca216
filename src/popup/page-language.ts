/**
 * The page's language before Qari has read it, without running anything in the page: the browser's own answer
 * (`tabs.detectLanguage`, which gives the page's declared language when it has one). The popup uses it only to
 * show the text size in the script the reader will use; null when the browser cannot tell ('und', a restricted
 * page, no API, or no answer in time), and then the popup shows the size step rather than a wrong number.
 */
import { browser } from '../platform/browser';

export async function pageLanguage(tabId: number, timeoutMs = 300): Promise<string | null> {
  const tabs = browser.tabs as unknown as { detectLanguage?: (tabId: number) => Promise<string> };
  if (typeof tabs.detectLanguage !== 'function') return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  try {
    const lang = await Promise.race([tabs.detectLanguage(tabId).catch(() => null), late]);
    return typeof lang === 'string' && lang && lang !== 'und' ? lang : null;
  } finally {
    clearTimeout(timer);
  }
}
