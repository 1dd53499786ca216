import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const { ReaderView, ROOT_ID } = await import('../../../src/content/reader/reader-view');
const { settingsStore } = await import('../../../src/shared/storage');
const { stepToPx, MAX_STEP, DEFAULT_STEP } = await import('../../../src/text/font-steps');
const { article, bodyOf } = await import('../article-fixture');

const HOST = 'news.test';
let onClose: ReturnType<typeof vi.fn<() => void>>;
let onReadAloud: ReturnType<typeof vi.fn<(block?: number) => void>>;
/** The content script's one feed, as content-script.ts makes it (loaded before the reader opens). */
const feed = settingsStore.feed();

function open(a = article()) {
  return new ReaderView(document, a, bodyOf(a), { onClose, onReadAloud }, { host: HOST, feed });
}

beforeEach(async () => {
  window.scrollTo = () => undefined;
  document.body.innerHTML =
    '<header><button id="before">page button</button></header><main><p>Page</p><input id="q" value="kept"></main>';
  onClose = vi.fn<() => void>();
  onReadAloud = vi.fn<(block?: number) => void>();
  // Clean storage between tests.
  await settingsStore.setSite(HOST, { sizeStep: undefined, dir: undefined });
  for (const [key, value] of Object.entries({ theme: 'auto', letterSpacing: 0, sizeStep: DEFAULT_STEP } as const)) {
    await settingsStore.setPref(key as 'theme', value as 'auto');
  }
  await feed.ready;
  await expect.poll(() => feed.current()?.theme).toBe('auto');
});

afterEach(() => document.getElementById(ROOT_ID)?.remove());

describe('reader view rendering', () => {
  it('is a modal dialog named "Reader view", in the UI direction, with the article in its own', async () => {
    const view = open();
    await view.ready;
    const dialog = view.shadow.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-label')).toBe('Reader view');
    expect(dialog.getAttribute('dir')).toBe('ltr');
    const articleEl = view.shadow.querySelector('article')!;
    expect(articleEl.getAttribute('dir')).toBe('rtl');
    expect(articleEl.getAttribute('lang')).toBe('ar');
    expect(articleEl.dataset.script).toBe('arabic');
    expect(view.shadow.querySelector('h1')!.textContent).toBe('واشنطن تقول إنها لن تتعاون');
    const english = [...articleEl.querySelectorAll('p')].find((p) => p.textContent === 'An English line.')!;
    expect(english.getAttribute('dir')).toBe('ltr');
    expect(english.getAttribute('lang')).toBe('en');
    expect(articleEl.querySelectorAll('figcaption')).toHaveLength(1);
  });

  it('does not repeat the site name as the byline, and renders the body exactly as the pipeline made it', () => {
    const html = '<p>Body.</p><blockquote><p dir="rtl" lang="ar">الشعر هو البيت</p></blockquote>';
    const view = open(article({ byline: 'راديو سوا', html }));
    expect(view.shadow.querySelector('.byline')).toBeNull();
    expect(view.body.innerHTML).toBe(html);
  });

  it("puts Qari's own words in the header in the UI language, and the date in the article's", async () => {
    const view = open();
    const meta = view.shadow.querySelector('.meta')!;
    const ui = meta.querySelector('.ui-text')!;
    expect(ui.getAttribute('dir')).toBe('ltr');
    expect(ui.getAttribute('lang')).toBe('en');
    expect(ui.textContent).toBe('1 min read');
    const time = meta.querySelector('time')!;
    expect(time.textContent).toBe(
      new Intl.DateTimeFormat('ar', { dateStyle: 'long' }).format(new Date('2024-03-05T10:00:00Z')),
    );
  });

  it('renders the source line when the article has one, and none otherwise', () => {
    expect(open().shadow.querySelector('.source')).toBeNull();
    document.getElementById(ROOT_ID)?.remove();
    const view = open(article({ source: 'رويترز' }));
    const source = view.shadow.querySelector('.source')!;
    expect(source.textContent).toContain('رويترز');
    expect(source.querySelector('.ui-text')!.textContent).toBe('Source:');
  });

  it('sets the typography as CSS variables: Arabic gets no letter spacing whatever the setting', async () => {
    await settingsStore.setPref('letterSpacing', 0.1);
    await expect.poll(() => feed.current()?.letterSpacing).toBe(0.1);
    const view = open();
    await view.ready;
    expect(view.dialog.style.getPropertyValue('--qari-letter-spacing')).toBe('0');
    expect(view.dialog.style.getPropertyValue('--qari-font-size')).toBe(`${stepToPx(DEFAULT_STEP, 'arabic')}px`);
    expect(view.dialog.style.getPropertyValue('--qari-font')).toMatch(/^"Noto Naskh Arabic"/);
    document.getElementById(ROOT_ID)?.remove();
    const en = open(
      article({ lang: 'en', dir: 'ltr', title: 'Hello', html: '<p>Hello world.</p>', text: 'Hello world.' }),
    );
    await en.ready;
    expect(en.dialog.style.getPropertyValue('--qari-letter-spacing')).toBe('0.1em');
  });

  it('follows storage changes live: theme, per-site size and direction override', async () => {
    const view = open();
    await view.ready;
    expect(view.dialog.dataset.theme).toBe('auto');
    await settingsStore.setPref('theme', 'dark');
    await expect.poll(() => view.dialog.dataset.theme).toBe('dark');
    await settingsStore.setSite(HOST, { sizeStep: MAX_STEP });
    await expect
      .poll(() => view.dialog.style.getPropertyValue('--qari-font-size'))
      .toBe(`${stepToPx(MAX_STEP, 'arabic')}px`);
    await settingsStore.setSite(HOST, { dir: 'ltr' });
    await expect.poll(() => view.article.getAttribute('dir')).toBe('ltr');
    view.close();
    await settingsStore.setPref('theme', 'sepia');
    expect(view.dialog.dataset.theme).toBe('dark');
  });
});

describe('the first frame is the final look', () => {
  /** Record what the dialog looks like at the moment the view enters the page (before any frame is drawn). */
  function onMount(): Promise<{ theme?: string; size: string; font: string; dir: string | null }> {
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const host = document.getElementById(ROOT_ID);
        const dialog = host?.shadowRoot?.querySelector<HTMLElement>('.dialog');
        if (!dialog) return;
        observer.disconnect();
        const article = dialog.querySelector('article')!;
        resolve({
          theme: dialog.dataset.theme,
          size: dialog.style.getPropertyValue('--qari-font-size'),
          font: dialog.style.getPropertyValue('--qari-font'),
          dir: article.getAttribute('dir'),
        });
      });
      observer.observe(document.body, { childList: true });
    });
  }

  async function saveNonDefaults(): Promise<void> {
    await settingsStore.setPref('theme', 'sepia');
    await settingsStore.setSite(HOST, { sizeStep: 3, dir: 'ltr' });
    await expect.poll(() => feed.current()?.sites[HOST]?.dir).toBe('ltr');
  }

  it('enters the page with the saved size, theme, fonts and direction already applied, and again on a reopen', async () => {
    await saveNonDefaults();
    for (let round = 0; round < 2; round++) {
      const mounted = onMount();
      const view = open();
      // In the page at once (the feed had loaded), already styled: nothing is left for a later frame.
      expect(view.isOpen).toBe(true);
      expect(view.dialog.dataset.theme).toBe('sepia');
      expect(view.dialog.style.getPropertyValue('--qari-font-size')).toBe(`${stepToPx(3, 'arabic')}px`);
      expect(await mounted).toEqual({
        theme: 'sepia',
        size: `${stepToPx(3, 'arabic')}px`,
        font: expect.stringMatching(/^"Noto Naskh Arabic"/),
        dir: 'ltr',
      });
      view.close();
    }
  });

  it('without a loaded feed, waits for the settings before entering the page', async () => {
    await saveNonDefaults();
    const fresh = settingsStore.feed();
    const mounted = onMount();
    const a = article();
    const view = new ReaderView(document, a, bodyOf(a), { onClose, onReadAloud }, { host: HOST, feed: fresh });
    expect(view.host.isConnected).toBe(false);
    await view.ready;
    expect(view.isOpen).toBe(true);
    expect(await mounted).toEqual({
      theme: 'sepia',
      size: `${stepToPx(3, 'arabic')}px`,
      font: expect.stringMatching(/^"Noto Naskh Arabic"/),
      dir: 'ltr',
    });
    view.close();
    fresh.stop();
  });
});

describe('reader view keyboard and focus', () => {
  it('moves focus into the dialog on open and back on close, and restores the page', async () => {
    const before = document.getElementById('before') as HTMLButtonElement;
    before.focus();
    const view = open();
    expect(view.shadow.activeElement).toBe(view.scroller);
    expect(view.dialog.contains(view.scroller)).toBe(true);
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(true);
    view.close();
    expect(document.activeElement).toBe(before);
    expect(document.querySelectorAll('[inert]')).toHaveLength(0);
    expect((document.getElementById('q') as HTMLInputElement).value).toBe('kept');
  });

  it('closes on Escape', () => {
    const view = open();
    view.dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('changes the site text size with Ctrl + and Ctrl −, and stops at the bounds', async () => {
    const view = open();
    await view.ready;
    const press = (key: string) => {
      const event = new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, cancelable: true });
      view.dialog.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(press('=')).toBe(true);
    await expect.poll(async () => (await settingsStore.load()).sites[HOST]?.sizeStep).toBe(DEFAULT_STEP + 1);
    press('+');
    await expect.poll(async () => (await settingsStore.load()).sites[HOST]?.sizeStep).toBe(DEFAULT_STEP + 2);
    press('-');
    await expect.poll(async () => (await settingsStore.load()).sites[HOST]?.sizeStep).toBe(DEFAULT_STEP + 1);
    await settingsStore.setSite(HOST, { sizeStep: MAX_STEP });
    await expect.poll(() => view.controls.size.querySelector<HTMLButtonElement>('.qari-larger')!.disabled).toBe(true);
    press('+');
    expect((await settingsStore.load()).sites[HOST]?.sizeStep).toBe(MAX_STEP);
    expect(press('s')).toBe(false);
  });

  it("keeps Tab inside the dialog, the toolbar first: article, toolbar, the article's links, and round again", () => {
    const view = open(article({ html: '<p><a href="https://example.test/">link</a></p>' }));
    const tab = (shift = false) => {
      const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: shift, bubbles: true, cancelable: true });
      (view.shadow.activeElement ?? view.dialog).dispatchEvent(event);
      return event.defaultPrevented;
    };
    const link = view.shadow.querySelector<HTMLAnchorElement>('article a')!;
    // Focus starts on the article (so the keyboard scrolls it); one Tab reaches the toolbar, not its links.
    expect(view.shadow.activeElement).toBe(view.scroller);
    expect(tab()).toBe(true);
    expect(view.shadow.activeElement).toBe(view.shadow.querySelector('.qari-smaller'));
    expect(tab(true)).toBe(true);
    expect(view.shadow.activeElement).toBe(view.scroller);
    // Past the toolbar's last control come the article's links; past the last link, the article again.
    view.shadow.querySelector<HTMLButtonElement>('.close')!.focus();
    expect(tab()).toBe(true);
    expect(view.shadow.activeElement).toBe(link);
    expect(tab()).toBe(true);
    expect(view.shadow.activeElement).toBe(view.scroller);
    expect(tab(true)).toBe(true);
    expect(view.shadow.activeElement).toBe(link);
  });

  it('never stacks two views', () => {
    open();
    open();
    expect(document.querySelectorAll(`#${ROOT_ID}`)).toHaveLength(1);
  });

  it('shows the reading settings on demand, with the size controls always in the toolbar', () => {
    const view = open();
    const toggle = view.shadow.querySelector<HTMLButtonElement>('.settings-toggle')!;
    const panel = view.shadow.getElementById('qari-settings-panel')!;
    expect(view.toolbar.contains(view.controls.size)).toBe(true);
    expect(panel.hidden).toBe(true);
    toggle.click();
    expect(panel.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.querySelector('select#qari-theme')).not.toBeNull();
  });
});
