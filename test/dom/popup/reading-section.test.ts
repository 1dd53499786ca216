import { describe, expect, it } from 'vitest';
import type { TabStatus } from '../../../src/shared/messages';

const { mountReading } = await import('../../../src/popup/reading-section');
const { IDLE_SPEECH } = await import('../../../src/shared/messages');
const { settingsStore } = await import('../../../src/shared/storage');

const status = (host: string, lang: string | null): TabStatus => ({
  reader: 'closed',
  article: lang ? { title: 't', lang, dir: 'rtl', siteName: null, wordCount: 1, readingMinutes: 1 } : null,
  problem: null,
  speech: { ...IDLE_SPEECH },
  host,
});

describe('popup reading section', () => {
  it('mounts the controls for the site, and rebuilds them only when the site or language changes', () => {
    document.body.innerHTML = '<section id="reading"></section>';
    const section = document.getElementById('reading')!;
    const render = mountReading(section, settingsStore.feed());
    render(status('news.test', null));
    const first = section.querySelector('.qari-reading-controls');
    expect(first).not.toBeNull();
    expect(section.querySelector<HTMLSelectElement>('#reading-letter-spacing')!.disabled).toBe(false);
    render(status('news.test', null));
    expect(section.querySelector('.qari-reading-controls')).toBe(first);
    section.querySelector<HTMLSelectElement>('#reading-theme')!.focus();
    render(status('news.test', 'ar'));
    expect(section.querySelectorAll('.qari-reading-controls')).toHaveLength(1);
    expect(section.querySelector('.qari-reading-controls')).not.toBe(first);
    expect(section.querySelector<HTMLSelectElement>('#reading-letter-spacing')!.disabled).toBe(true);
    expect(document.activeElement?.id).toBe('reading-theme');
  });
});
