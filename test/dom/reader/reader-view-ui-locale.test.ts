/** In an Arabic UI, the toolbar is right-to-left and in Arabic, while an English article stays left-to-right. */
import { describe, expect, it } from 'vitest';
import { fakeBrowser, installBrowser } from '../../support/fake-browser';

installBrowser(fakeBrowser({ locale: 'ar' }));

const { ReaderView } = await import('../../../src/content/reader/reader-view');
const { settingsStore } = await import('../../../src/shared/storage');
const { article, bodyOf } = await import('../article-fixture');

describe('UI direction is not content direction', () => {
  it('mirrors the toolbar for an RTL UI and keeps the article in its own direction', async () => {
    window.scrollTo = () => undefined;
    const a = article({ lang: 'en', dir: 'ltr', title: 'Hello', html: '<p>Hello.</p>', text: 'Hello.' });
    const view = new ReaderView(
      document,
      a,
      bodyOf(a),
      { onClose() {}, onReadAloud() {} },
      { host: 'news.test', feed: settingsStore.feed() },
    );
    await view.ready;
    expect(view.dialog.getAttribute('dir')).toBe('rtl');
    expect(view.dialog.getAttribute('lang')).toBe('ar');
    expect(view.article.getAttribute('dir')).toBe('ltr');
    expect(view.article.getAttribute('lang')).toBe('en');
    const larger = view.controls.size.querySelector<HTMLButtonElement>('.qari-larger')!;
    expect(larger.title).toBe('تكبير النص');
    const ui = view.article.querySelector('.meta .ui-text')!;
    expect(ui.getAttribute('dir')).toBe('rtl');
    expect(ui.getAttribute('lang')).toBe('ar');
    // The Arabic reading-time label inside the English article is isolated: its own element, holding only Qari's words.
    expect(ui.tagName).toBe('SPAN');
    expect(ui.textContent).toBe('مدة القراءة: 1 دقيقة');
    expect(ui.parentElement!.closest('[dir]')).toBe(view.article);
    view.close();
  });
});
