/**
 * The popup's #reading section: the shared reading controls (src/shared/ui/reading-controls.ts) for the target
 * tab's site. Returns a renderer for the tab's status; the controls are rebuilt only when the site or the
 * article's language changes (the language decides the size shown and whether letter spacing applies). Settings
 * come from the popup's one feed (main.ts), so a rebuilt control shows them at once.
 */
import type { TabStatus } from '../shared/messages';
import type { SettingsFeed } from '../shared/settings-store';
import { buildReadingControls, type ReadingControls } from '../shared/ui/reading-controls';

export function mountReading(section: HTMLElement, feed: SettingsFeed): (status: TabStatus) => void {
  let mounted: { key: string; controls: ReadingControls } | null = null;
  return (status) => {
    const key = `${status.host}\n${status.article?.lang ?? ''}`;
    if (mounted?.key === key) return;
    const focused = section.contains(document.activeElement) ? document.activeElement?.id : undefined;
    mounted?.controls.destroy();
    mounted?.controls.element.remove();
    const controls = buildReadingControls(document, { feed, host: status.host, lang: status.article?.lang, idPrefix: 'reading-' });
    section.append(controls.element);
    mounted = { key, controls };
    if (focused) document.getElementById(focused)?.focus();
  };
}
