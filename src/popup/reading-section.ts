/**
 * The popup's #reading disclosure: the shared reading controls (src/shared/ui/reading-controls.ts) for the target
 * tab's site, behind a <details> whose open/closed state the popup remembers (localStorage of the popup).
 * Returns a renderer for the tab's status; the controls are rebuilt only when the site or the language changes.
 *
 * The size shown is the one the reader will use: it depends on the script (Arabic script is ~12% larger), so the
 * language is the article's once Qari has read the page, before that the page's own (see page-language.ts).
 * When neither is known the popup shows the size step ("Default", "+2 from default"), never pixels that the
 * reader would then contradict.
 * Settings come from the popup's one feed (main.ts), so a rebuilt control shows them at once.
 */
import { t, uiLocale } from '../shared/i18n';
import type { TabStatus } from '../shared/messages';
import type { SettingsFeed } from '../shared/settings-store';
import { buildReadingControls, type ReadingControls } from '../shared/ui/reading-controls';
import { DEFAULT_STEP } from '../text/font-steps';

/** The popup's own UI state, not a reading setting: whether the reading settings are shown. */
export const SETTINGS_OPEN_KEY = 'qari.popup.readingSettingsOpen';

/** Open the disclosure as it was last left, and remember each change. */
export function rememberOpen(
  details: HTMLDetailsElement,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage(),
): void {
  details.open = storage?.getItem(SETTINGS_OPEN_KEY) === 'true';
  details.addEventListener('toggle', () => {
    try {
      storage?.setItem(SETTINGS_OPEN_KEY, String(details.open));
    } catch {
      // Storage full or blocked: the disclosure still works, it just is not remembered.
    }
  });
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** "Default", "+2 from default", "−1 from default" (digits and sign in the UI language). */
export function stepLabel(step: number, uiLang = uiLocale().lang): string {
  const offset = step - DEFAULT_STEP;
  if (offset === 0) return t('textSizeDefault');
  return t('textSizeFromDefault', new Intl.NumberFormat(uiLang, { signDisplay: 'always' }).format(offset));
}

/**
 * `pageLang`: the page's language as the browser tells it before Qari has read the page (null: not known).
 */
export function mountReading(
  section: HTMLElement,
  feed: SettingsFeed,
  pageLang: () => string | null = () => null,
): (status: TabStatus) => void {
  let mounted: { key: string; controls: ReadingControls } | null = null;
  return (status) => {
    // Once there is an article, its language is what the reader uses (null: unknown, the reader decides from
    // the text); before that, the page's.
    const lang = status.article ? status.article.lang : pageLang();
    const key = `${status.host}\n${lang ?? ''}`;
    if (mounted?.key === key) return;
    const focused = section.contains(document.activeElement) ? document.activeElement?.id : undefined;
    mounted?.controls.destroy();
    mounted?.controls.element.remove();
    const controls = buildReadingControls(document, {
      feed,
      host: status.host,
      lang,
      idPrefix: 'reading-',
      sizeLabel: lang ? undefined : (step) => stepLabel(step),
    });
    section.append(controls.element);
    mounted = { key, controls };
    if (focused) document.getElementById(focused)?.focus();
  };
}
